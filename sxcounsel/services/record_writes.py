"""The write steps every record service repeats: save an edit, delete (tombstone) a record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.services.account_session import Session
from sxcounsel.store import records


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
