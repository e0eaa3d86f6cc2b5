"""Dataclass <-> row mapping shared by the record services.

Lists and dicts are stored as JSON text, booleans as 0/1; ``id`` and ``version`` are the
store's own and never written by a service directly.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

import sqlcipher3

T = TypeVar("T")
_MANAGED = ("id", "version")


@functools.cache  # get_type_hints re-evaluates string annotations on every call
def _kinds(cls: type) -> dict[str, type]:
    hints = typing.get_type_hints(cls)
    out = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        origin = typing.get_origin(hint) or hint
        out[f.name] = origin if origin in (list, dict, bool, int) else str
    return out


def data_fields(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.name not in _MANAGED]


def to_values(obj: Any) -> dict[str, object]:
    kinds = _kinds(type(obj))
    values: dict[str, object] = {}
    for name in data_fields(type(obj)):
        v = getattr(obj, name)
        if kinds[name] in (list, dict):
            v = json.dumps(v, ensure_ascii=False, sort_keys=True)
        elif kinds[name] is bool:
            v = int(bool(v))
        values[name] = v
    return values


def from_row(cls: type[T], row: Mapping[str, object]) -> T:
    kinds = _kinds(cls)
    kw: dict[str, object] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        raw = row[f.name]
        if kinds[f.name] in (list, dict):
            raw = json.loads(raw)  # type: ignore[arg-type]
        elif kinds[f.name] is bool:
            raw = bool(raw)
        kw[f.name] = raw
    return cls(**kw)


def columns(cls: type, prefix: str = "") -> str:
    """The SELECT list for ``cls``: id, version and its data fields."""
    return ", ".join(f"{prefix}{c}" for c in ("id", "version", *data_fields(cls)))


def select_live(
    conn: sqlcipher3.Connection, cls: type[T], table: str, order_by: str, **equals: object
) -> list[T]:
    """Live (not deleted) rows of ``table`` as ``cls``, filtered by ``column = value`` for every
    keyword whose value is not None, in ``order_by`` order."""
    where, args = ["deleted = 0"], []
    for column, value in equals.items():
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    rows = conn.execute(
        f"SELECT {columns(cls)} FROM {table} WHERE {' AND '.join(where)} ORDER BY {order_by}",
        args,
    ).fetchall()
    return [from_row(cls, r) for r in rows]
