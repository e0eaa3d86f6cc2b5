"""The key ring: which keys a store has, which roles hold which, and fields sealed under one.

* the **store key** (SQLCipher's raw key) — every account;
* the **ring key** (Ed25519) — signs the list of key slots and seals the audit chain;
  counselors, administrators, county staff and the recovery key;
* the **counselor key** (ChaCha20-Poly1305) — what the role table gives to counselors alone:
  counseling notes and addenda, confidentiality breaks; counselors and the recovery key;
* the **sync key** (ChaCha20-Poly1305) — the school's signing and encryption private keys;
  the roles that may sync and the recovery key.

A key slot wraps only the keys its account's roles grant (store/vault.py). A field sealed under
the counselor key is text ``sxc1:<version>:<base64(nonce + ciphertext)>`` whose associated data
is the table, the record id, the field and the record version it was sealed at, so a sealed
value cannot be moved to another record or field, and an older one is refused when its version
is above the row's.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sxcounsel.core.errors import IntegrityError, PermissionDenied

STORE, RING, COUNSELOR, SYNC = "store", "ring", "counselor", "sync"
RING_KEYS = (RING, COUNSELOR, SYNC)  # the keys beside the store key, in a fixed order

# Which of RING_KEYS each role is given (DESIGN.md "Roles": counselor-only rows under COUNSELOR).
GRANTS: dict[str, frozenset[str]] = {
    "counselor": frozenset({RING, COUNSELOR, SYNC}),
    "school_admin": frozenset({RING, SYNC}),
    "head_teacher": frozenset(),
    "teacher": frozenset(),
    "county": frozenset({RING, SYNC}),
}
RECOVERY_GRANTS = frozenset(RING_KEYS)

FIELD_PREFIX = "sxc1:"

# Columns sealed under the counselor key, per table (the role table's counselor-only text).
SEALED_COLUMNS: dict[str, tuple[str, ...]] = {
    "counseling_sessions": ("notes",),
    "session_addenda": ("text",),
    "confidentiality_breaks": ("disclosed_to", "reason", "what"),
}


def grants_for(roles: Iterable[str], *, recovery: bool = False) -> frozenset[str]:
    if recovery:
        return RECOVERY_GRANTS
    out: set[str] = set()
    for role in roles:
        out |= GRANTS.get(str(role), frozenset())
    return frozenset(out)


def key_id(name: str, key: bytes) -> str:
    """A short public identifier of a secret key (HKDF of it, not the key)."""
    info = b"sxcounsel data key id v1" if name == STORE else f"sxcounsel {name} key id v1".encode()
    return HKDF(hashes.SHA256(), 8, salt=None, info=info).derive(key).hex()


def ring_public(ring_private: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(ring_private)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def new_key(name: str) -> bytes:
    if name == RING:
        return Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
    return os.urandom(32)


@dataclass
class UnlockedKeys:
    """What one slot opened: the store key(s) and the ring keys its account holds."""

    current_id: str
    keys: dict[str, bytes]  # store key id -> store key (two while a rotation is unfinished)
    slot_id: str
    user: str
    ring: dict[str, bytes] = field(default_factory=dict)  # RING/COUNSELOR/SYNC -> key
    roles: frozenset[str] | None = None  # from the signed slot list (None: an old slot file)
    grants: frozenset[str] = frozenset()  # ring keys the signed list grants this slot

    @property
    def current(self) -> bytes:
        return self.keys[self.current_id]

    def has(self, name: str) -> bool:
        return name in self.ring

    def wiped(self) -> UnlockedKeys:
        return UnlockedKeys("", {}, "", self.user)


class KeyMissing(PermissionDenied):
    """The account's roles allow the action, but its slot does not hold the key yet."""

    kind = "keyring.key_missing"


def missing_counselor_key() -> KeyMissing:
    return KeyMissing("keyring.no_notes_key", key=COUNSELOR)


# -- fields sealed under the counselor key ------------------------------------------------------
def _ad(table: str, record_id: str, column: str, version: int) -> bytes:
    return f"sxcounsel field v1\0{table}\0{record_id}\0{column}\0{version}".encode()


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FIELD_PREFIX)


def seal_field(key: bytes, table: str, record_id: str, column: str, version: int, text: str) -> str:
    nonce = os.urandom(12)
    ct = ChaCha20Poly1305(key).encrypt(
        nonce, text.encode("utf-8"), _ad(table, record_id, column, version)
    )
    return f"{FIELD_PREFIX}{version}:{base64.b64encode(nonce + ct).decode('ascii')}"


def open_field(
    key: bytes,
    table: str,
    record_id: str,
    column: str,
    value: str,
    row_version: int,
    *,
    plain_ok: bool = False,
) -> str:
    """The clear text of a sealed field. Plain text is returned as it is only with
    ``plain_ok`` (a store whose fields are not sealed yet); otherwise it was written around
    sxcounsel and is refused. Raises IntegrityError when the value was altered or moved."""
    if not is_sealed(value):
        if plain_ok:
            return value
        raise IntegrityError(
            "keyring.field_unsealed",
            table=table,
            id=record_id,
            field=column,
        )
    try:
        version_text, blob_text = value[len(FIELD_PREFIX) :].split(":", 1)
        version = int(version_text)
        blob = base64.b64decode(blob_text.encode("ascii"), validate=True)
        if version > row_version or len(blob) < 28:
            raise ValueError("version")
        return (
            ChaCha20Poly1305(key)
            .decrypt(blob[:12], blob[12:], _ad(table, record_id, column, version))
            .decode("utf-8")
        )
    except (ValueError, InvalidTag, binascii.Error, UnicodeDecodeError):
        raise IntegrityError(
            "keyring.field_altered",
            table=table,
            id=record_id,
            field=column,
        ) from None
