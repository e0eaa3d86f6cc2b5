"""``sync export``: the next bundle from the change log, kept until the county acknowledges it.

Payload: one line per changed record, ``type TAB id TAB version TAB deleted TAB sha256 TAB
data`` where ``data`` is the record's full state as canonical JSON and ``sha256`` its hash.
Counseling notes (``counseling_sessions.notes``, session addenda, whom a confidentiality
break told, why and what) stay at the school unless the county's signed policy asks for them;
then they are opened from under the counselor key, so only a counselor can export them.
Which fields travel, and which of them are notes: the allow-list of sync/payload.py.
The header carries the store's sealed audit head (store/audit.py).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sxcounsel.core.clock import utc_stamp
from sxcounsel.core.errors import PermissionDenied
from sxcounsel.core.ids import new_id
from sxcounsel.core.progress import Progress
from sxcounsel.services.account_session import Session
from sxcounsel.store import audit, migrations
from sxcounsel.store.atomic import atomic_write_bytes
from sxcounsel.store.db import Store
from sxcounsel.store.keyring import SEALED_COLUMNS, KeyMissing
from sxcounsel.sync import bundle, payload
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.enrollment import Enrollment, enrollment_of, require_school, school_keys
from sxcounsel.sync.keys import canonical, x25519_public

_PAIR = payload.SCHOOL_TO_COUNTY


def record_line(record_type: str, row: dict) -> bytes:
    data = {k: v for k, v in row.items() if k not in payload.MANAGED}
    text = canonical(data)
    digest = hashlib.sha256(text).hexdigest()
    head = f"{record_type}\t{row['id']}\t{row['version']}\t{int(row['deleted'])}\t{digest}\t"
    return head.encode() + text


def payload_lines(
    session: Session, changed: list[tuple[str, str]], notes_allowed: bool
) -> list[bytes]:
    by_type: dict[str, list[str]] = {}
    for record_type, rid in changed:
        if not _PAIR.travels(record_type, notes_allowed):
            continue  # accounts, derived tables and (without the policy) addenda stay home
        by_type.setdefault(record_type, []).append(rid)
    lines = []
    store = session.store
    for record_type, ids in by_type.items():
        spec = _PAIR.types[record_type]
        fields = spec.fields(notes_allowed)
        sealed = [c for c in SEALED_COLUMNS.get(spec.table, ()) if c in fields]
        for row in sync_outbox.full_rows(store, record_type, ids, fields):
            for col in sealed:
                row[col] = _opened(store, spec.table, row, col)
            lines.append(record_line(record_type, row))
    return lines


def _opened(store: Store, table: str, row: dict, col: str) -> str:
    try:
        return store.open_field(table, row["id"], col, row[col], row["version"])
    except KeyMissing:
        raise PermissionDenied(
            "sync.notes_need_counselor", action="export counseling notes"
        ) from None


@dataclass(frozen=True)
class Exported:
    new: sync_outbox.OutboxBundle | None
    unacked: list[sync_outbox.OutboxBundle]


def make_bundle(
    session: Session, progress: Progress | None = None
) -> sync_outbox.OutboxBundle | None:
    """Seal the changes since the last bundle into the next one (None: nothing new)."""
    require_school(session, "export changes for the county")
    e: Enrollment = enrollment_of(session)
    store = session.store
    keys = school_keys(session)
    last = sync_outbox.last_bundle(store)
    after = last.last_change if last else 0
    upto = sync_outbox.latest_change(store)
    changed = sync_outbox.changes_after(store, after, upto)
    lines = payload_lines(session, changed, e.notes_allowed)
    if not lines:
        return None
    if progress:
        progress.start(1, "sealing")
    seq = (last.seq if last else 0) + 1
    header = {
        "format": bundle.FORMAT,
        "format_version": bundle.FORMAT_VERSION,
        "kind": "changes",
        "bundle_id": new_id(),
        "school_code": store.meta("school_code"),
        "county_code": e.county_code,
        "device": store.meta("store_id"),
        "sender_key_id": keys.signing_id,
        "recipient_key_id": e.encryption_id,
        "seq": seq,
        "prev_hash": last.file_hash if last else bundle.ZERO_HASH,
        "created_at": utc_stamp(),
        "record_count": len(lines),
        "schema_version": migrations.LATEST,
        "first_change": after + 1,
        "last_change": upto,
        "payload_encoding": bundle.PAYLOAD_ENCODING,
        "suite": bundle.SUITE_NAME,
        "audit_seal": _audit_seal(store),
    }
    data = bundle.build(header, b"\n".join(lines), keys.signing, x25519_public(e.encryption_key))
    if progress:
        progress.advance()
    made = sync_outbox.OutboxBundle(
        seq,
        header["bundle_id"],
        after + 1,
        upto,
        len(lines),
        bundle.file_hash(data),
        header["created_at"],
        "",
    )
    with store.transaction():
        sync_outbox.add_bundle(store, made, data)
        store.set_meta("sync_last_export_at", header["created_at"])
        store.audit(
            session.username,
            "export",
            "bundle",
            made.bundle_id,
            detail=f"seq {seq}: {len(lines)} records"
            + (" with counseling notes (county policy)" if e.notes_allowed else ""),
        )
    return made


def _audit_seal(store: Store) -> str:
    """``seq:hash:signature`` of the store's sealed audit head ('' before the key ring)."""
    doc = audit.sealed_head(store.conn)
    return f"{doc['seq']}:{doc['hash']}:{doc['sig'].hex()}" if doc else ""


def bundle_name(school_code: str, seq: int) -> str:
    return f"{school_code}-{seq}.sxb"


def export_to(session: Session, out_dir: Path) -> Exported:
    """Make the next bundle (if anything changed) and write every bundle the county has not
    acknowledged yet into ``out_dir`` (atomic writes)."""
    new = make_bundle(session)
    pending = sync_outbox.unacked(session.store)
    out = Path(out_dir)
    if pending:
        out.mkdir(parents=True, exist_ok=True)
    code = session.store.meta("school_code")
    for b in pending:
        atomic_write_bytes(
            out / bundle_name(code, b.seq), sync_outbox.bundle_bytes(session.store, b.seq)
        )
    return Exported(new, pending)
