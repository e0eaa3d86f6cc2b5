"""Key slots: the data key wrapped once per account, as LUKS does.

File ``keyslots.json`` beside the database. Each slot has

* a header (slot id, kind, user name, store id, Argon2id parameters and salt, an X25519
  public key), bound as associated data into everything below;
* the slot's X25519 private key sealed with ChaCha20-Poly1305 under the Argon2id key of the
  passphrase (or recovery key);
* the data key(s) sealed to the slot's public key (ephemeral X25519 + HKDF + ChaCha20-Poly1305).

Sealing to a public key lets the store rotate its data key (after removing an account) and
re-wrap it for every remaining slot without knowing their passphrases. A passphrase change
rewrites one slot and nothing else. Failed unlocks are counted per slot in the same file.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sxcounsel.core.errors import StoreError, ThrottledError, UnlockError
from sxcounsel.store import kdf
from sxcounsel.store.atomic import atomic_write_bytes

FORMAT = "sxcounsel-keyslots"
FORMAT_VERSION = 1
FREE_FAILURES = 5
BASE_WAIT_SECONDS = 30.0
MAX_WAIT_SECONDS = 3600.0
RECOVERY = "recovery"
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed back


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


def _raw_public(pub: X25519PublicKey) -> bytes:
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(data_key: bytes) -> str:
    """A short public identifier of a data key (not a hash of the key itself)."""
    h = HKDF(hashes.SHA256(), 8, salt=None, info=b"sxcounsel data key id v1")
    return h.derive(data_key).hex()


def wait_seconds(failures: int) -> float:
    """How long after the last failure the next attempt must wait."""
    if failures < FREE_FAILURES:
        return 0.0
    return min(BASE_WAIT_SECONDS * 2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS)


def new_recovery_key() -> str:
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(32))  # 160 bits
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def normalize_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.encode("ascii", errors="ignore")


@dataclass
class UnlockedKeys:
    """Data keys recovered from a slot: the current one and any pending rotation."""

    current_id: str
    keys: dict[str, bytes]
    slot_id: str
    user: str

    @property
    def current(self) -> bytes:
        return self.keys[self.current_id]


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

    def to_json(self) -> dict:
        return {
            "header": self.header,
            "sealed_private": self.sealed_private,
            "wrapped": self.wrapped,
            "failures": self.failures,
        }

    def wrap(self, kid: str, data_key: bytes) -> None:
        slot_pub = X25519PublicKey.from_public_bytes(_unb64(self.header["public_key"]))
        eph = X25519PrivateKey.generate()
        eph_pub = _raw_public(eph.public_key())
        wk = _wrap_key(eph.exchange(slot_pub), eph_pub, _raw_public(slot_pub))
        nonce = os.urandom(12)
        ct = ChaCha20Poly1305(wk).encrypt(nonce, data_key, self.ad + kid.encode())
        self.wrapped[kid] = {"ephemeral": _b64(eph_pub), "nonce": _b64(nonce), "ct": _b64(ct)}

    def open(self, secret: bytes) -> dict[str, bytes]:
        params = kdf.KdfParams.from_json(self.header["kdf"])
        kek = kdf.derive(secret, params)
        try:
            priv_raw = ChaCha20Poly1305(kek).decrypt(
                _unb64(self.sealed_private["nonce"]), _unb64(self.sealed_private["ct"]), self.ad
            )
        except InvalidTag:
            raise UnlockError("The passphrase is wrong.", user=self.user) from None
        priv = X25519PrivateKey.from_private_bytes(priv_raw)
        own_pub = _raw_public(priv.public_key())
        keys = {}
        for kid, w in self.wrapped.items():
            eph_pub = _unb64(w["ephemeral"])
            wk = _wrap_key(
                priv.exchange(X25519PublicKey.from_public_bytes(eph_pub)), eph_pub, own_pub
            )
            try:
                keys[kid] = ChaCha20Poly1305(wk).decrypt(
                    _unb64(w["nonce"]), _unb64(w["ct"]), self.ad + kid.encode()
                )
            except InvalidTag:
                raise StoreError(
                    "The key-slot file is damaged; restore it from a backup.",
                    slot=self.header["slot_id"],
                ) from None
        return keys


def _wrap_key(shared: bytes, eph_pub: bytes, slot_pub: bytes) -> bytes:
    return HKDF(
        hashes.SHA256(), 32, salt=eph_pub + slot_pub, info=b"sxcounsel slot wrap v1"
    ).derive(shared)


def _new_slot(user: str, store_id: str, secret: bytes, keys: dict[str, bytes]) -> Slot:
    params = kdf.new_params()
    priv = X25519PrivateKey.generate()
    header = {
        "slot_id": str(uuid.uuid4()),
        "kind": RECOVERY if user == RECOVERY else "user",
        "user": user,
        "store_id": store_id,
        "kdf": params.to_json(),
        "kdf_seconds_at_creation": round(kdf.measured_seconds(), 3),
        "aead": "chacha20-poly1305",
        "public_key": _b64(_raw_public(priv.public_key())),
    }
    slot = Slot(header=header, sealed_private={}, wrapped={})
    kek = kdf.derive(secret, params)
    nonce = os.urandom(12)
    priv_raw = priv.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    ct = ChaCha20Poly1305(kek).encrypt(nonce, priv_raw, slot.ad)
    slot.sealed_private = {"nonce": _b64(nonce), "ct": _b64(ct)}
    for kid, key in keys.items():
        slot.wrap(kid, key)
    return slot


class Vault:
    """The key-slot file of one store."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.clock = clock
        self.store_id = ""
        self.current_id = ""
        self.slots: list[Slot] = []
        self.persist = True  # False for a vault read out of a backup file
        # Audit events that happened without writing the database (passphrase changes);
        # appended to the audit log at the next unlock.
        self.pending_events: list[dict] = []
        if self.path.exists():
            self._parse(self.path.read_bytes())

    # -- file -------------------------------------------------------------------------------
    def _parse(self, data: bytes) -> None:
        try:
            doc = json.loads(data)
            if doc.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            if doc.get("version") != FORMAT_VERSION:
                raise StoreError(
                    "The key-slot file was written by a newer sxcounsel; install the newer version.",
                    file=self.path.name,
                )
            self.store_id = doc["store_id"]
            self.current_id = doc["current_key_id"]
            self.pending_events = list(doc.get("pending_events", []))
            self.slots = [
                Slot(s["header"], s["sealed_private"], s["wrapped"], list(s.get("failures", [])))
                for s in doc["slots"]
            ]
        except StoreError:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(
                f"The key-slot file {self.path.name} is damaged; restore it from a backup.",
                file=self.path.name,
            ) from exc

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "store_id": self.store_id,
            "current_key_id": self.current_id,
            "pending_events": self.pending_events,
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode()

    def save(self) -> None:
        if not self.persist:
            return
        atomic_write_bytes(self.path, self.to_bytes())

    @classmethod
    def from_bytes(cls, data: bytes, path: Path) -> Vault:
        """A vault read from bytes that are not (yet) at ``path``, e.g. inside a backup."""
        v = cls(Path(path).with_name(".absent"))
        v.path = Path(path)
        v.persist = False
        v._parse(data)
        return v

    # -- creation ----------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path, store_id: str, clock: Callable[[], float] = time.time
    ) -> tuple[Vault, bytes]:
        if Path(path).exists():
            raise StoreError("A store already exists in this folder.", file=Path(path).name)
        v = cls(path, clock)
        v.store_id = store_id
        data_key = secrets.token_bytes(32)
        v.current_id = key_id(data_key)
        return v, data_key

    def users(self) -> list[str]:
        return [s.user for s in self.slots if s.header["kind"] == "user"]

    def has_recovery(self) -> bool:
        return any(s.header["kind"] == RECOVERY for s in self.slots)

    def _slot(self, user: str) -> Slot:
        for s in self.slots:
            if s.user == user:
                return s
        raise UnlockError(f"There is no account named {user!r} on this computer.", user=user)

    def set_slot(self, user: str, secret: bytes, keys: dict[str, bytes]) -> None:
        """Add or replace the slot of ``user`` (a passphrase change replaces only this slot)."""
        slot = _new_slot(user, self.store_id, secret, keys)
        self.slots = [s for s in self.slots if s.user != user] + [slot]

    def record_event(self, actor: str, action: str, user: str, at: str) -> None:
        self.pending_events.append({"actor": actor, "action": action, "user": user, "at": at})

    def take_events(self) -> list[dict]:
        events, self.pending_events = self.pending_events, []
        return events

    def remove_slot(self, user: str) -> None:
        self._slot(user)
        self.slots = [s for s in self.slots if s.user != user]

    # -- unlocking ---------------------------------------------------------------------------
    def retry_after(self, user: str) -> float:
        """Seconds until ``user`` may try again (0 when allowed now)."""
        slot = self._slot(user)
        if not slot.failures:
            return 0.0
        due = slot.failures[-1] + wait_seconds(len(slot.failures))
        return max(0.0, due - self.clock())

    def unlock(self, user: str, secret: bytes) -> tuple[UnlockedKeys, list[float]]:
        """Open ``user``'s slot. Returns the keys and the times of failed attempts since the
        last success (for the audit log). Failures are counted in the file, so waiting
        survives a restart."""
        slot = self._slot(user)
        wait = self.retry_after(user)
        if wait > 0:
            raise ThrottledError(
                f"Too many wrong passphrases; wait {int(wait) + 1} seconds and try again.",
                wait_seconds=wait,
                user=user,
            )
        try:
            keys = slot.open(secret)
        except UnlockError:
            slot.failures.append(self.clock())
            self.save()
            raise
        failed = list(slot.failures)
        if failed:
            slot.failures.clear()
            self.save()
        if self.current_id not in keys:
            raise StoreError("The key-slot file does not match this store.", user=user)
        return UnlockedKeys(self.current_id, keys, slot.header["slot_id"], user), failed

    # -- rotation ----------------------------------------------------------------------------
    def add_key_everywhere(self, data_key: bytes) -> str:
        kid = key_id(data_key)
        for s in self.slots:
            s.wrap(kid, data_key)
        return kid

    def finish_rotation(self, kid: str) -> None:
        self.current_id = kid
        for s in self.slots:
            s.wrapped = {k: v for k, v in s.wrapped.items() if k == kid}
