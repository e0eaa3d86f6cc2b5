"""Acknowledgements: what the county confirms it holds, signed by the county.

Body: county and school codes, ``acked_seq`` (highest seq received with every lower one),
``acked_hash`` (file hash of that bundle), ``received_max``, ``gaps`` (missing seqs below
``received_max``), ``quarantined`` records with reasons, ``created_at``. The school marks
its bundles delivered up to ``acked_seq`` only after checking the signature and the hash.

An acknowledgement can show that the county holds a bundle of this school that this store
never wrote (a seq beyond its last bundle, or another bundle at one of its seqs). Only a
store restored from an older backup (services/maintenance.py writes meta RESTORED) may
continue after the county's chain, once; any other store stops and says so: someone else
signed bundles with the school's key, and continuing would bury the school's own changes
under theirs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sxcounsel.core import texts
from sxcounsel.core.clock import utc_stamp
from sxcounsel.services.account_session import Session
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.enrollment import enrollment_of, require_school
from sxcounsel.sync.errors import AckRefused, ForeignBundle
from sxcounsel.sync.keys import check_document, read_document, read_limited, sign_document

ACK = "sxcounsel-ack"
MAX_FILE = 4 * 1024 * 1024
MAX_LISTED = 1000
_HASH = re.compile(r"[0-9a-f]{64}")
# meta: the backup's creation time, written by a restore (services/maintenance.py); while it
# is set, the next acknowledgement that shows the store behind the county rebases it once.
RESTORED = "sync_restored_from_backup"
# meta: JSON of the last acknowledgement that showed a bundle this store never wrote.
FOREIGN = "sync_foreign_bundle"


def contiguous(seqs: list[int]) -> tuple[int, list[int]]:
    """(highest seq with every lower one present, missing seqs below the highest)."""
    have = set(seqs)
    top = 0
    while top + 1 in have:
        top += 1
    high = max(have, default=0)
    return top, [s for s in range(top + 1, high) if s not in have]


def build_ack(
    key: Ed25519PrivateKey,
    *,
    county_code: str,
    school_code: str,
    seqs: list[int],
    acked_hash: str,
    quarantined: list[tuple],
) -> bytes:
    top, gaps = contiguous(seqs)
    body = {
        "county_code": county_code,
        "school_code": school_code,
        "acked_seq": top,
        "acked_hash": acked_hash,
        "received_max": max(seqs, default=0),
        "gaps": gaps[:MAX_LISTED],
        "quarantined": [
            {"seq": q[0], "line": q[1], "id": q[2], "reason": q[3]}
            for q in quarantined[:MAX_LISTED]
        ],
        "created_at": utc_stamp(),
    }
    return sign_document(ACK, body, key)


# Over HTTPS a school proves it is the enrolled school before it gets its acknowledgement:
# the server answers 401 with a one-time "nonce"; the school asks again with this header.
PROOF_HEADER = "x-sxcounsel-proof"  # "<nonce>.<base64 Ed25519 signature of request_message>"


def request_message(school_code: str, nonce: str) -> bytes:
    """What a school signs to fetch its acknowledgement over HTTPS (the server's challenge)."""
    return f"sxcounsel-ack-request\n{school_code}\n{nonce}".encode()


def ack_name(school_code: str) -> str:
    """Acknowledgements are cumulative: the newest one per school is all a school needs."""
    return f"{school_code}.ack"


@dataclass(frozen=True)
class AckResult:
    acked_seq: int
    newly_delivered: int
    gaps: list[int]
    quarantined: int
    # True when the store was restored from an older backup, was behind the county and now
    # continues after the county's bundle ``acked_seq``; unconfirmed changes go again.
    rebased: bool = False


def foreign_sentence(seq: int) -> str:
    return texts.text("ack.foreign", seq=seq)


def apply_ack(session: Session, data: bytes, name: str) -> AckResult:
    """Verify a county acknowledgement and mark the bundles it confirms as delivered."""
    require_school(session, "import acknowledgements")
    e = enrollment_of(session)
    body, signer, signature = read_document(data, ACK, name, "ack", AckRefused)
    if signer != e.signing_id or not check_document(ACK, body, signature, e.signing_key):
        raise AckRefused("ack.signature", file=name)
    store = session.store
    try:
        school, seq, acked_hash = body["school_code"], body["acked_seq"], body["acked_hash"]
        gaps, quarantined = list(body["gaps"]), list(body["quarantined"])
        received_max = body.get("received_max", seq)
        created = str(body.get("created_at", ""))
        if not isinstance(seq, int) or seq < 0:
            raise TypeError("acked_seq")
        if not isinstance(received_max, int) or received_max < seq:
            raise TypeError("received_max")
    except (KeyError, TypeError):
        raise AckRefused("ack.incomplete", file=name) from None
    if school != store.meta("school_code") or body.get("county_code") != e.county_code:
        raise AckRefused("ack.other_school", file=name, school=school)
    if seq and not (isinstance(acked_hash, str) and _HASH.fullmatch(acked_hash)):
        raise AckRefused("ack.incomplete", file=name)
    last = sync_outbox.last_bundle(store)
    last_seq = last.seq if last else 0
    ours = sync_outbox.bundle_at(store, seq) if seq else None
    if ours is not None and ours.acked_at and ours.file_hash != acked_hash:
        # The county confirmed our bundle once and now holds another: it is not ours to fix.
        raise AckRefused("ack.different", file=name, seq=seq)
    # The county holds bundles this store never wrote (seq beyond ours) or wrote differently.
    differs = ours is not None and ours.file_hash != acked_hash
    behind = differs or seq > last_seq
    if not store.meta(RESTORED) and (behind or received_max > last_seq):
        _stop(session, seq if differs else received_max, acked_hash, created)
    delivered = 0
    detail = ""
    with store.transaction():
        if behind:  # restored from an older backup: continue after the county's chain, once
            dropped = sync_outbox.rebase(store, seq, acked_hash, utc_stamp())
            sync_outbox.drop_meta(store, RESTORED)
            detail = f"restored store continues after the county's bundle; {dropped} unsent dropped"
        elif seq:
            delivered = sync_outbox.mark_acked(store, seq, utc_stamp())
            detail = f"{delivered} delivered"
        previous = store.meta("sync_last_ack_created")
        if created >= previous:
            store.set_meta("sync_last_ack_created", created)
            store.set_meta("sync_last_ack_at", utc_stamp())
            store.set_meta("sync_ack_gaps", json.dumps(gaps))
            store.set_meta("sync_ack_quarantined", json.dumps(quarantined, ensure_ascii=False))
        if created >= _foreign_ack_created(store):  # a newer acknowledgement without one
            sync_outbox.drop_meta(store, FOREIGN)
        store.audit(session.username, "import", "ack", str(seq), detail=detail or "0 delivered")
    return AckResult(seq, delivered, gaps, len(quarantined), behind)


def _foreign_ack_created(store) -> str:
    try:
        return str(json.loads(store.meta(FOREIGN) or "{}").get("ack_created", ""))
    except (ValueError, AttributeError):
        return ""


def _stop(session: Session, seq: int, county_hash: str, created: str) -> None:
    """Record that the county holds bundle ``seq`` this store never wrote, and refuse."""
    store = session.store
    seen = {"seq": seq, "county_hash": county_hash, "ack_created": created, "at": utc_stamp()}
    with store.transaction():
        store.set_meta(FOREIGN, json.dumps(seen))
        store.audit(
            session.username,
            "import",
            "ack",
            str(seq),
            result="refused",
            detail=f"the county holds bundle {seq} that this store never wrote; nothing changed",
        )
    raise ForeignBundle("ack.foreign", seq=seq)


def import_ack_file(session: Session, path: Path) -> AckResult:
    path = Path(path)
    return apply_ack(session, read_limited(path, MAX_FILE, "ack"), path.name)
