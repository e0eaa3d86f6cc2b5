"""Writing records the one way DESIGN.md allows.

Every insert, update and tombstone bumps ``version``, appends to the change log (which sync
reads) and to the audit log, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlcipher3

from sxcounsel.core.clock import utc_stamp
from sxcounsel.core.errors import NotFound, ValidationError
from sxcounsel.core.ids import new_id
from sxcounsel.store import audit

_COMMON = ("id", "created_at", "updated_at", "created_by", "version", "deleted")


def _check_columns(values: Mapping[str, object]) -> None:
    for col in values:
        if col in _COMMON or not col.replace("_", "").isalnum():
            raise ValueError(f"column {col!r} cannot be written directly")


def _log(
    conn: sqlcipher3.Connection, record_type: str, rid: str, version: int, op: str, at: str
) -> None:
    conn.execute(
        "INSERT INTO change_log (record_type, record_id, version, op, at) VALUES (?,?,?,?,?)",
        (record_type, rid, version, op, at),
    )


def insert(
    conn: sqlcipher3.Connection,
    table: str,
    record_type: str,
    values: Mapping[str, object],
    actor: str,
    record_id: str | None = None,
) -> str:
    _check_columns(values)
    rid = record_id or new_id()
    now = utc_stamp()
    cols = ["id", "created_at", "updated_at", "created_by", "version", *values]
    marks = ",".join("?" * len(cols))
    conn.execute(
        f"INSERT INTO {table} ({','.join(cols)}) VALUES ({marks})",
        (rid, now, now, actor, 1, *values.values()),
    )
    _log(conn, record_type, rid, 1, "upsert", now)
    audit.append(conn, actor, "create", record_type, rid, at=now)
    return rid


def update(
    conn: sqlcipher3.Connection,
    table: str,
    record_type: str,
    record_id: str,
    values: Mapping[str, object],
    actor: str,
    expected_version: int | None = None,
) -> int:
    """Update fields; refuses a stale edit when ``expected_version`` is given."""
    _check_columns(values)
    row = conn.execute(
        f"SELECT version FROM {table} WHERE id = ? AND deleted = 0", (record_id,)
    ).fetchone()
    if row is None:
        raise NotFound("store.record_gone", record_type=record_type, id=record_id)
    if expected_version is not None and row[0] != expected_version:
        raise ValidationError("store.stale_edit", record_type=record_type, id=record_id)
    version, now = row[0] + 1, utc_stamp()
    sets = ",".join(f"{c} = ?" for c in values)
    conn.execute(
        f"UPDATE {table} SET {sets}, updated_at = ?, version = ? WHERE id = ?",
        (*values.values(), now, version, record_id),
    )
    _log(conn, record_type, record_id, version, "upsert", now)
    audit.append(conn, actor, "update", record_type, record_id, at=now)
    return version


def tombstone(
    conn: sqlcipher3.Connection, table: str, record_type: str, record_id: str, actor: str
) -> int:
    row = conn.execute(
        f"SELECT version FROM {table} WHERE id = ? AND deleted = 0", (record_id,)
    ).fetchone()
    if row is None:
        raise NotFound("store.record_gone", record_type=record_type, id=record_id)
    version, now = row[0] + 1, utc_stamp()
    conn.execute(
        f"UPDATE {table} SET deleted = 1, updated_at = ?, version = ? WHERE id = ?",
        (now, version, record_id),
    )
    _log(conn, record_type, record_id, version, "delete", now)
    audit.append(conn, actor, "delete", record_type, record_id, at=now)
    return version


def insert_many(
    conn: sqlcipher3.Connection,
    table: str,
    record_type: str,
    rows: list[Mapping[str, object]],
    actor: str,
    detail: str = "",
) -> list[str]:
    """Insert many records of the same shape (roster import, demo data).

    Every record gets its change-log entry; the audit log gets one ``import`` entry naming
    the count, rather than one ``create`` per row.
    """
    if not rows:
        return []
    cols = list(rows[0])
    _check_columns(rows[0])
    now = utc_stamp()
    ids = [new_id() for _ in rows]
    all_cols = ["id", "created_at", "updated_at", "created_by", "version", *cols]
    conn.executemany(
        f"INSERT INTO {table} ({','.join(all_cols)}) VALUES ({','.join('?' * len(all_cols))})",
        [
            (rid, now, now, actor, 1, *(r[c] for c in cols))
            for rid, r in zip(ids, rows, strict=True)
        ],
    )
    conn.executemany(
        "INSERT INTO change_log (record_type, record_id, version, op, at) VALUES (?,?,?,?,?)",
        [(record_type, rid, 1, "upsert", now) for rid in ids],
    )
    audit.append(
        conn, actor, "import", record_type, "", detail=detail or f"{len(ids)} created", at=now
    )
    return ids
