"""The steps every record service repeats: load a live record, create one, save an edit,
delete (tombstone) a record."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any, Protocol, TypeVar

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import NotFound
from sxcounsel.services import codec, fieldcheck
from sxcounsel.services.account_session import Session
from sxcounsel.store import records


class Stored(Protocol):
    """A record dataclass: its id and version are set by the store."""

    id: str
    version: int


T = TypeVar("T")
R = TypeVar("R", bound=Stored)
# Checks a record before it is written and gives the values to store.
Validate = Callable[[sqlcipher3.Connection, R], dict[str, object]]


def load_live(
    conn: sqlcipher3.Connection,
    cls: type[T],
    table: str,
    record_id: object,
    missing: str,
    **facts: object,
) -> T:
    """The live (not deleted) record ``record_id`` of ``table`` as ``cls``; without one,
    NotFound(``missing``, id=record_id, **facts)."""
    row = conn.execute(
        f"SELECT {codec.columns(cls)} FROM {table} WHERE id = ? AND deleted = 0",
        (record_id,),
    ).fetchone()
    if row is None:
        raise NotFound(missing, id=record_id, **facts)
    return codec.from_row(cls, row)


def taken_by(
    conn: sqlcipher3.Connection,
    table: str,
    own_id: str,
    *,
    returning: str = "id",
    **equal: object,
) -> object | None:
    """Column ``returning`` of another live record of ``table`` (not ``own_id``) whose columns
    equal ``equal``, or None when no other record holds those values."""
    where = " AND ".join(f"{column} = ?" for column in equal)
    row = conn.execute(
        f"SELECT {returning} FROM {table} WHERE {where} AND id != ? AND deleted = 0",
        (*equal.values(), own_id),
    ).fetchone()
    return None if row is None else row[0]


def get_record(
    session: Session,
    kind: str,
    doing: str,
    load: Callable[[sqlcipher3.Connection, str], R],
    record_id: str,
) -> R:
    """``load(conn, record_id)`` for an account with the read right on ``kind``."""
    permissions.require(session.account, "read", kind, doing=doing)
    return load(session.store.conn, record_id)


def list_records(
    session: Session,
    kind: str,
    doing: str,
    cls: type[R],
    table: str,
    order_by: str,
    choices: Mapping[str, Collection[str]] | None = None,
    **equals: object,
) -> list[R]:
    """Live records of ``table`` for an account with the read right on ``kind``, filtered by
    ``column = value`` for every keyword that is not None; a filter named in ``choices`` must be
    one of its values (a ValidationError on that field otherwise)."""
    permissions.require(session.account, "read", kind, doing=doing)
    for column, allowed in (choices or {}).items():
        if equals.get(column) is not None:
            equals[column] = fieldcheck.choice(equals[column], allowed, column)
    return codec.select_live(session.store.conn, cls, table, order_by, **equals)


def write_record(
    session: Session,
    kind: str,
    doing: str,
    table: str,
    record_type: str,
    obj: R,
    validate: Validate[R],
    check: Callable[[sqlcipher3.Connection, str], object] | None = None,
) -> R:
    """Write ``obj`` for an account with the write right on ``kind`` (``doing`` names the
    action when refused); ``validate(conn, obj)`` checks it and gives the values to store.

    Without ``check`` the record is new: inserted, ``obj.id`` set and ``obj.version`` 1. With
    ``check`` it is an edit: ``check(conn, obj.id)`` runs first in the same transaction and
    raises to refuse (a missing record), then the values are saved as ``save_changes`` does.
    """
    permissions.require(session.account, "write", kind, doing=doing)
    with session.store.transaction() as conn:
        if check is None:
            values = validate(conn, obj)
            obj.id = records.insert(conn, table, record_type, values, session.username)
            obj.version = 1
        else:
            check(conn, obj.id)
            save_changes(session, conn, table, record_type, obj, validate(conn, obj))
    return obj


def save_changes(
    session: Session,
    conn: sqlcipher3.Connection,
    table: str,
    record_type: str,
    obj: Any,
    values: dict[str, object],
) -> None:
    """Write ``values`` over the stored record ``obj.id`` and set ``obj.version`` to the new
    version; a set ``obj.version`` must match the stored one (0 means: do not check)."""
    obj.version = records.update(
        conn, table, record_type, obj.id, values, session.username, obj.version or None
    )


def delete_record(
    session: Session,
    kind: str,
    doing: str,
    table: str,
    record_type: str,
    record_id: str,
    check: Callable[[sqlcipher3.Connection, str], object] | None = None,
) -> None:
    """Tombstone ``record_id`` for an account with the write right on ``kind`` (``doing`` names
    the action when refused). ``check(conn, record_id)`` runs first in the same transaction:
    it raises to refuse (a missing record, a signed one)."""
    permissions.require(session.account, "write", kind, doing=doing)
    with session.store.transaction() as conn:
        if check is not None:
            check(conn, record_id)
        records.tombstone(conn, table, record_type, record_id, session.username)
