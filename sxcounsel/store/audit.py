"""The hash-chained audit log.

Each entry's hash covers its own fields and the previous entry's hash, so editing, deleting or
reordering an entry breaks the chain at that entry. The head (last seq and hash) is also kept
in ``meta`` so that cutting entries off the end is caught too. Entries name records by id and
never hold student data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlcipher3

from sxcounsel.core.clock import utc_stamp

GENESIS = "0" * 64
ACTIONS = frozenset(
    {
        "init",
        "login",
        "failed_login",
        "lock",
        "create",
        "update",
        "delete",
        "view_confidential",
        "sign",
        "addendum",
        "disclose",
        "print",
        "export",
        "import",
        "backup",
        "restore",
        "user_disable",
        "passphrase_change",
        "recovery_unlock",
        "rekey",
        "enroll",
    }
)
_FIELDS = ("seq", "at", "actor", "action", "record_type", "record_id", "result", "detail")


def entry_hash(prev_hash: str, entry: dict) -> str:
    body = json.dumps([prev_hash, *[entry[f] for f in _FIELDS]], ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()


def append(
    conn: sqlcipher3.Connection,
    actor: str,
    action: str,
    record_type: str = "",
    record_id: str = "",
    result: str = "ok",
    detail: str = "",
    at: str | None = None,
) -> int:
    """Append one entry; the caller owns the transaction."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    entry = {
        "seq": seq,
        "at": at or utc_stamp(),
        "actor": actor,
        "action": action,
        "record_type": record_type,
        "record_id": record_id,
        "result": result,
        "detail": detail,
    }
    h = entry_hash(prev, entry)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, record_type, record_id, result, detail,"
        " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (*[entry[f] for f in _FIELDS], prev, h),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{h}",),
    )
    return seq


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str


def verify_chain(conn: sqlcipher3.Connection) -> ChainBreak | None:
    """Walk the chain; return the first broken entry, or None when it is whole."""
    prev, expected_seq = GENESIS, 1
    cur = conn.execute(
        "SELECT seq, at, actor, action, record_type, record_id, result, detail, prev_hash, hash "
        "FROM audit_log ORDER BY seq"
    )
    for row in cur:
        entry = dict(zip(_FIELDS, row[:8], strict=True))
        seq = entry["seq"]
        if seq != expected_seq:
            return ChainBreak(expected_seq, f"entry {expected_seq} is missing")
        if row[8] != prev:
            return ChainBreak(seq, f"entry {seq} does not follow entry {seq - 1}")
        if entry_hash(prev, entry) != row[9]:
            return ChainBreak(seq, f"entry {seq} was altered")
        prev, expected_seq = row[9], seq + 1
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head and head[0] != f"{expected_seq - 1}:{prev}":
        last = int(head[0].split(":", 1)[0])
        return ChainBreak(min(expected_seq, last), f"entries after {expected_seq - 1} are missing")
    return None
