"""School-side sync data: the change log read for export, the outbox of bundles, acks.

The only SQL of the school side of sync (sxcounsel/sync/ holds the format and the logic).
A bundle stays in ``sync_outbox`` until the county acknowledges it; then only its hash and
range are kept (the next bundle chains to that hash).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import sqlcipher3

from sxcounsel.store.db import Store
from sxcounsel.sync.payload import MANAGED, SCHOOL_TO_COUNTY

# record_type -> table of every record family that may leave the school (sync/payload.py).
TABLES = {t: spec.table for t, spec in SCHOOL_TO_COUNTY.types.items()}
_BATCH = 500


@dataclass(frozen=True)
class OutboxBundle:
    seq: int
    bundle_id: str
    first_change: int
    last_change: int
    record_count: int
    file_hash: str
    created_at: str
    acked_at: str


def _bundle(row: sqlcipher3.Row) -> OutboxBundle:
    return OutboxBundle(*row)


_COLS = "seq, bundle_id, first_change, last_change, record_count, file_hash, created_at, acked_at"


def last_bundle(store: Store) -> OutboxBundle | None:
    row = store.conn.execute(
        f"SELECT {_COLS} FROM sync_outbox ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return _bundle(row) if row else None


def unacked(store: Store) -> list[OutboxBundle]:
    rows = store.conn.execute(f"SELECT {_COLS} FROM sync_outbox WHERE acked_at = '' ORDER BY seq")
    return [_bundle(r) for r in rows]


def bundle_bytes(store: Store, seq: int) -> bytes:
    row = store.conn.execute("SELECT data FROM sync_outbox WHERE seq = ?", (seq,)).fetchone()
    return bytes(row[0])


def latest_change(store: Store) -> int:
    return store.conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]


def changes_after(store: Store, after: int, upto: int) -> list[tuple[str, str]]:
    """Distinct (record_type, record_id) changed in (after, upto], in first-change order."""
    rows = store.conn.execute(
        "SELECT record_type, record_id FROM change_log WHERE seq > ? AND seq <= ? ORDER BY seq",
        (after, upto),
    )
    return list(dict.fromkeys((r[0], r[1]) for r in rows))


def pending_count(store: Store, after: int, record_types: Sequence[str]) -> int:
    """Changed records of ``record_types`` after change ``after``."""
    marks = ",".join("?" * len(record_types))
    return store.conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT record_type, record_id FROM change_log "
        f"WHERE seq > ? AND record_type IN ({marks}))",
        (after, *record_types),
    ).fetchone()[0]


def full_rows(
    store: Store, record_type: str, ids: list[str], fields: Sequence[str]
) -> Iterator[dict]:
    """The current state of the given records (tombstones included), as dicts of ``id``,
    ``version``, ``deleted`` and the allow-listed ``fields`` (sync/payload.py).

    No other column is read out of the database at all (counseling notes, unless the county's
    policy asks for them; a column the allow-list does not name yet).
    """
    table = TABLES[record_type]
    present = {r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")}
    names = [c for c in (*MANAGED, *fields) if c in present]
    cols = ", ".join(names)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        marks = ",".join("?" * len(chunk))
        for row in store.conn.execute(f"SELECT {cols} FROM {table} WHERE id IN ({marks})", chunk):
            yield dict(zip(names, row, strict=True))


def add_bundle(store: Store, bundle: OutboxBundle, data: bytes) -> None:
    with store.transaction() as conn:
        conn.execute(
            f"INSERT INTO sync_outbox ({_COLS}, data) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                bundle.seq,
                bundle.bundle_id,
                bundle.first_change,
                bundle.last_change,
                bundle.record_count,
                bundle.file_hash,
                bundle.created_at,
                "",
                data,
            ),
        )


def bundle_at(store: Store, seq: int) -> OutboxBundle | None:
    row = store.conn.execute(f"SELECT {_COLS} FROM sync_outbox WHERE seq = ?", (seq,)).fetchone()
    return _bundle(row) if row else None


def rebase(store: Store, seq: int, file_hash: str, at: str) -> int:
    """Continue this school's chain after the county's bundle ``seq`` (hash ``file_hash``).

    For a store restored from an older backup: the county holds bundles this store never
    wrote or wrote differently. The unacknowledged bundles are dropped (the county has them
    or refused them), a delivered marker row stands for the county's last bundle, and the
    next bundle carries every change since the last one the county confirmed to this store
    (sent twice at worst; the county keeps the higher version). Returns the bundles dropped.
    """
    with store.transaction() as conn:
        dropped = conn.execute("DELETE FROM sync_outbox WHERE acked_at = ''").rowcount
        base = acked_change(store)
        conn.execute(
            f"INSERT INTO sync_outbox ({_COLS}, data) VALUES (?,?,?,?,?,?,?,?,NULL)",
            (seq, f"county-{seq}", base + 1, base, 0, file_hash, at, at),
        )
        return dropped


def mark_acked(store: Store, upto_seq: int, at: str) -> int:
    """Mark bundles up to ``upto_seq`` delivered and drop their bytes; returns how many."""
    with store.transaction() as conn:
        cur = conn.execute(
            "UPDATE sync_outbox SET acked_at = ?, data = NULL WHERE seq <= ? AND acked_at = ''",
            (at, upto_seq),
        )
        return cur.rowcount


def acked_change(store: Store) -> int:
    """The last change-log seq the county has acknowledged (0 when none)."""
    row = store.conn.execute(
        "SELECT coalesce(max(last_change), 0) FROM sync_outbox WHERE acked_at != ''"
    ).fetchone()
    return row[0]


def drop_meta(store: Store, key: str) -> None:
    """Remove a sync meta entry (a restore marker once used, a situation since resolved)."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
