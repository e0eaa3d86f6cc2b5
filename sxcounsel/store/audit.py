"""The hash-chained audit log.

Each entry's hash covers its own fields and the previous entry's hash, so editing, deleting or
reordering an entry breaks the chain at that entry. The head (last seq and hash) is also kept
in ``meta`` so that cutting entries off the end is caught too; a missing head is a break.

Anyone who holds the store key could rewrite the whole chain and its head, so the chain is also
**sealed**: whenever an account holding the ring key (a counselor, an administrator, the
recovery key; never a head teacher) commits, the head is signed with the ring key into
``meta.audit_seal``. A rewritten or truncated chain no longer matches the seal, and the seal
cannot be made again without the ring key; a store with a key ring and no seal is a break. The
seal travels in every backup (it is in the database) and in every bundle's header. Entries
written by head teachers after the last seal are sealed at the next counselor or administrator
commit. Entries name records by id and never hold student data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlcipher3
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

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
SEAL_META = "audit_seal"
_SEAL_CONTEXT = b"sxcounsel audit seal v1\n"
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


def head(conn: sqlcipher3.Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def _seal_message(store_id: str, seq: int, hash_: str) -> bytes:
    return _SEAL_CONTEXT + f"{store_id}:{seq}:{hash_}".encode()


def seal(conn: sqlcipher3.Connection, store_id: str, ring_private: bytes) -> str:
    """Sign the chain's head with the ring key (the caller owns the transaction)."""
    seq, hash_ = head(conn)
    sig = Ed25519PrivateKey.from_private_bytes(ring_private).sign(
        _seal_message(store_id, seq, hash_)
    )
    value = json.dumps({"seq": seq, "hash": hash_, "sig": sig.hex()}, sort_keys=True)
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (SEAL_META, value),
    )
    return f"{seq}:{hash_}"


def sealed_head(conn: sqlcipher3.Connection) -> dict | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (SEAL_META,)).fetchone()
    if row is None:
        return None
    try:
        doc = json.loads(row[0])
        return {"seq": int(doc["seq"]), "hash": str(doc["hash"]), "sig": bytes.fromhex(doc["sig"])}
    except (ValueError, KeyError, TypeError):
        return {"seq": 0, "hash": "", "sig": b""}


def check_seal(conn: sqlcipher3.Connection, store_id: str, anchor: bytes) -> ChainBreak | None:
    """Whether the seal is there, signed by the ring key ``anchor`` names, and still on the
    chain (the entry it names has the hash it signed). Cheap: one entry is read."""
    doc = sealed_head(conn)
    if doc is None:
        return ChainBreak(0, "the sealed head of the audit log is missing")
    try:
        Ed25519PublicKey.from_public_bytes(anchor).verify(
            doc["sig"], _seal_message(store_id, doc["seq"], doc["hash"])
        )
    except (InvalidSignature, ValueError):
        return ChainBreak(doc["seq"], "the sealed head of the audit log is not this store's")
    if doc["seq"] == 0:
        return None
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (doc["seq"],)).fetchone()
    if row is None:
        return ChainBreak(doc["seq"], f"entries up to the sealed entry {doc['seq']} are missing")
    if row[0] != doc["hash"]:
        return ChainBreak(doc["seq"], f"entries up to the sealed entry {doc['seq']} were rewritten")
    return None


def verify_chain(
    conn: sqlcipher3.Connection, store_id: str = "", anchor: bytes | None = None
) -> ChainBreak | None:
    """Walk the chain; return the first broken entry, or None when it is whole. With the
    ring key's public half (``anchor``) the seal is checked too."""
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
    stored = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if stored is None and expected_seq > 1:
        return ChainBreak(expected_seq - 1, "the head of the audit log is missing")
    if stored and stored[0] != f"{expected_seq - 1}:{prev}":
        try:
            last = int(stored[0].split(":", 1)[0])
        except ValueError:
            last = expected_seq
        return ChainBreak(min(expected_seq, last), f"entries after {expected_seq - 1} are missing")
    if anchor is not None:
        return check_seal(conn, store_id, anchor)
    return None
