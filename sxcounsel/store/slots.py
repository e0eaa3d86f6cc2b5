"""One key slot: a header, the slot's private key sealed under the passphrase, and the keys
sealed to its public key (see store/vault.py for the file and the signed list)."""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sxcounsel.core.errors import IntegrityError, StoreError, UnlockError
from sxcounsel.store import kdf
from sxcounsel.store.keyring import RING_KEYS

RECOVERY = "recovery"


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


def raw_public(pub: X25519PublicKey) -> bytes:
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


class TamperedError(IntegrityError):
    """The slot file was changed outside sxcounsel (a foreign list, a planted key)."""

    kind = "keyring.tampered"


def tampered(code: str, **facts: object) -> TamperedError:
    """``code``: keyring.tampered_kdf, _ring, _list or _key (which check failed)."""
    return TamperedError(code, reason=code.removeprefix("keyring.tampered_"), **facts)


@dataclass(frozen=True)
class SlotProblem:
    """A finding about the slot file, shown by ``user list``, ``verify`` and at unlock."""

    user: str
    code: str  # unlisted | duplicate | missing | waiting
    message: str


@dataclass
class Opened:
    private: X25519PrivateKey
    kek: bytes
    keys: dict[str, bytes]  # wrapped name -> key


@dataclass
class Slot:
    header: dict
    sealed_private: dict
    wrapped: dict[str, dict]
    failures: list[float] = field(default_factory=list)

    @property
    def ad(self) -> bytes:
        return json.dumps(self.header, sort_keys=True, separators=(",", ":")).encode()

    @property
    def user(self) -> str:
        return self.header["user"]

    @property
    def slot_id(self) -> str:
        return self.header["slot_id"]

    @property
    def is_recovery(self) -> bool:
        return self.header["kind"] == RECOVERY

    def to_json(self) -> dict:
        return {
            "header": self.header,
            "sealed_private": self.sealed_private,
            "wrapped": self.wrapped,
            "failures": self.failures,
        }

    def wrap(self, name: str, key: bytes) -> None:
        slot_pub = X25519PublicKey.from_public_bytes(unb64(self.header["public_key"]))
        eph = X25519PrivateKey.generate()
        eph_pub = raw_public(eph.public_key())
        wk = wrap_key(eph.exchange(slot_pub), eph_pub, raw_public(slot_pub))
        nonce = os.urandom(12)
        ct = ChaCha20Poly1305(wk).encrypt(nonce, key, self.ad + name.encode())
        self.wrapped[name] = {"ephemeral": b64(eph_pub), "nonce": b64(nonce), "ct": b64(ct)}

    def open(self, secret: bytes) -> Opened:
        params = kdf.KdfParams.from_json(self.header["kdf"])
        if params.memory_kib < kdf.MIN_MEMORY_KIB:
            raise tampered("keyring.tampered_kdf", user=self.user)
        kek = kdf.derive(secret, params)
        try:
            priv_raw = ChaCha20Poly1305(kek).decrypt(
                unb64(self.sealed_private["nonce"]), unb64(self.sealed_private["ct"]), self.ad
            )
        except InvalidTag:
            raise UnlockError("unlock.wrong_passphrase", user=self.user) from None
        priv = X25519PrivateKey.from_private_bytes(priv_raw)
        return Opened(priv, kek, self._unwrap(priv))

    def _unwrap(self, priv: X25519PrivateKey) -> dict[str, bytes]:
        own_pub = raw_public(priv.public_key())
        keys = {}
        for name, w in self.wrapped.items():
            eph_pub = unb64(w["ephemeral"])
            wk = wrap_key(
                priv.exchange(X25519PublicKey.from_public_bytes(eph_pub)), eph_pub, own_pub
            )
            try:
                keys[name] = ChaCha20Poly1305(wk).decrypt(
                    unb64(w["nonce"]), unb64(w["ct"]), self.ad + name.encode()
                )
            except InvalidTag:
                raise StoreError("store.slot_damaged", slot=self.header["slot_id"]) from None
        return keys

    def reseal(self, opened: Opened, header: dict) -> None:
        """Give the slot a new header (same passphrase hash) and seal everything again."""
        keys = opened.keys
        self.header = header
        nonce = os.urandom(12)
        priv_raw = opened.private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        ct = ChaCha20Poly1305(opened.kek).encrypt(nonce, priv_raw, self.ad)
        self.sealed_private = {"nonce": b64(nonce), "ct": b64(ct)}
        self.wrapped = {}
        for name, key in keys.items():
            self.wrap(name, key)


def wrap_key(shared: bytes, eph_pub: bytes, slot_pub: bytes) -> bytes:
    return HKDF(
        hashes.SHA256(), 32, salt=eph_pub + slot_pub, info=b"sxcounsel slot wrap v1"
    ).derive(shared)


def new_slot(
    user: str,
    store_id: str,
    secret: bytes,
    keys: dict[str, bytes],
    anchor: bytes | None,
    private: X25519PrivateKey | None = None,
    slot_id: str | None = None,
) -> Slot:
    params = kdf.new_params()
    priv = private or X25519PrivateKey.generate()
    header = {
        "slot_id": slot_id or str(uuid.uuid4()),
        "kind": RECOVERY if user == RECOVERY else "user",
        "user": user,
        "store_id": store_id,
        "kdf": params.to_json(),
        "kdf_seconds_at_creation": round(kdf.measured_seconds(), 3),
        "aead": "chacha20-poly1305",
        "public_key": b64(raw_public(priv.public_key())),
    }
    if anchor is not None:
        header["anchor"] = b64(anchor)
    slot = Slot(header=header, sealed_private={}, wrapped={})
    slot.reseal(Opened(priv, kdf.derive(secret, params), dict(keys)), header)
    return slot


def is_store_key(name: str) -> bool:
    return name not in RING_KEYS
