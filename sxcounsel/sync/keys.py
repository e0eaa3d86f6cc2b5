"""Keys, key ids, canonical JSON and signed documents shared by the school and the county.

Private keys are kept as raw bytes (base64) in the encrypted store's ``meta`` table and never
written to a plain file. A key id is the first 16 bytes of SHA-256 over the raw public key, in
hex. A *signed document* (enrollment file, enrollment request, acknowledgement) is UTF-8 JSON:
``{"format": F, "version": 1, "body": {...}, "signer": KEY_ID, "signature": B64}`` where the
Ed25519 signature covers ``F + "\\n" + canonical(body)``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sxcounsel.sync.errors import SyncError

_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw
# The documents a user hands over, by kind ("enrollment", "request", "ack"); the refusals name
# the kind (core/texts/system.py). The phrases are what callers passed before the kinds.
_KINDS = {
    "an enrollment file": "enrollment",
    "an enrollment request": "request",
    "an acknowledgement": "ack",
    "an sxcounsel enrollment file": "enrollment",
    "an sxcounsel enrollment request": "request",
    "an sxcounsel acknowledgement": "ack",
}
_NOT = {"enrollment": "sync.not_enrollment", "request": "sync.not_request", "ack": "sync.not_ack"}
_NEWER = {
    "enrollment": "sync.newer_enrollment",
    "request": "sync.newer_request",
    "ack": "sync.newer_ack",
}
_TOO_LARGE = {
    "enrollment": "sync.too_large_enrollment",
    "request": "sync.too_large_request",
    "ack": "sync.too_large_ack",
}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("not base64 text") from exc
    if size is not None and len(raw) != size:
        raise ValueError(f"expected {size} bytes")
    return raw


def canonical(obj: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8 (not ASCII-escaped)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def key_id(raw_public: bytes) -> str:
    return hashlib.sha256(raw_public).hexdigest()[:32]


def raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(*_RAW)


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


@dataclass(frozen=True)
class KeyPairs:
    """An Ed25519 signing key and an X25519 encryption key (private halves)."""

    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def generate(cls) -> KeyPairs:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_meta(cls, signing_b64: str, encryption_b64: str) -> KeyPairs:
        return cls(
            Ed25519PrivateKey.from_private_bytes(unb64(signing_b64, 32)),
            X25519PrivateKey.from_private_bytes(unb64(encryption_b64, 32)),
        )

    def to_meta(self) -> tuple[str, str]:
        return b64(raw_private(self.signing)), b64(raw_private(self.encryption))

    @property
    def signing_public(self) -> bytes:
        return raw_public(self.signing)

    @property
    def encryption_public(self) -> bytes:
        return raw_public(self.encryption)

    @property
    def signing_id(self) -> str:
        return key_id(self.signing_public)

    @property
    def encryption_id(self) -> str:
        return key_id(self.encryption_public)


def ed25519_public(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def x25519_public(raw: bytes) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(raw)


def verify(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        ed25519_public(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- signed documents ---------------------------------------------------------------------------
def sign_document(fmt: str, body: dict, key: Ed25519PrivateKey) -> bytes:
    signature = key.sign(fmt.encode() + b"\n" + canonical(body))
    doc = {
        "format": fmt,
        "version": 1,
        "body": body,
        "signer": key_id(raw_public(key)),
        "signature": b64(signature),
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n"


def read_document(
    data: bytes, fmt: str, name: str, kind: str, error: type[SyncError] = SyncError
) -> tuple[dict, str, bytes]:
    """Parse a signed document of format ``fmt``; returns (body, signer id, signature).

    ``kind`` ("enrollment", "request", "ack") names the document in a refusal. The signature
    is not checked here: the caller knows which key must have made it.
    """
    kind = _KINDS.get(kind, kind)
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != fmt:
            raise ValueError("format")
        if doc.get("version") != 1:
            raise SyncError(_NEWER[kind], file=name, version=doc.get("version"))
        body, signer = doc["body"], doc["signer"]
        signature = unb64(doc["signature"], 64)
        if not isinstance(body, dict) or not isinstance(signer, str):
            raise ValueError("shape")
    except SyncError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise error(_NOT[kind], file=name) from None
    return body, signer, signature


def check_document(fmt: str, body: dict, signature: bytes, public: bytes) -> bool:
    return verify(public, signature, fmt.encode() + b"\n" + canonical(body))


def read_limited(path: Path, limit: int, kind: str) -> bytes:
    """Read a file the user named, refusing one that is far too large to be a document of
    ``kind`` ("enrollment", "request", "ack"; the older phrases such as "an enrollment
    request" are understood too)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SyncError("sync.file_missing", file=path.name) from None
    if size > limit:
        raise SyncError(_TOO_LARGE[_KINDS.get(kind, kind)], file=path.name)
    return path.read_bytes()
