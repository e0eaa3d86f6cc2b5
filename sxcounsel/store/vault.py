"""Key slots: the key ring wrapped once per account, as LUKS does.

File ``keyslots.json`` beside the database. Each slot has

* a header (slot id, kind, user name, store id, Argon2id parameters and salt, an X25519
  public key and, once known, the *anchor*: the public half of the store's ring key), bound
  as associated data into everything below;
* the slot's X25519 private key sealed with ChaCha20-Poly1305 under the Argon2id key of the
  passphrase (or recovery key);
* the keys the account's roles grant (store/keyring.py), each sealed to the slot's public key
  (ephemeral X25519 + HKDF + ChaCha20-Poly1305).

Sealing to a public key lets the store rotate its store key and hand a ring key to a new
account without knowing the other passphrases. Because anyone with the file could also seal
*something* to a slot, the file carries a **signed slot list**: every slot's id, account, public
key, roles and grants, and the ids of the ring keys, signed by the ring key. A slot outside the
list does not open; a slot's anchor (bound under its passphrase) says which ring key must have
signed the list, and every ring key a slot yields must have the id the list gives it. A head
teacher with the file holds only the store key and cannot sign a list, so cannot mint a slot
that opens, and cannot plant a key that a counselor would use.

Failed unlocks are counted per slot in the same file, under a file lock, so parallel guesses
are all counted; a passphrase change rewrites one slot and nothing else.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sxcounsel.core.errors import StoreError, ThrottledError, UnlockError
from sxcounsel.store import keyring
from sxcounsel.store.atomic import atomic_write_bytes
from sxcounsel.store.filelock import locked
from sxcounsel.store.keyring import RING, UnlockedKeys
from sxcounsel.store.ringcare import RingCare
from sxcounsel.store.slots import (
    RECOVERY,
    Opened,
    Slot,
    SlotProblem,
    TamperedError,
    b64,
    canonical,
    is_store_key,
    new_slot,
    tampered,
    unb64,
)

FORMAT = "sxcounsel-keyslots"
FORMAT_VERSION = 2  # 1: one data key in every slot, no signed list (sxcounsel 0.1.0)
FREE_FAILURES = 5
BASE_WAIT_SECONDS = 30.0
MAX_WAIT_SECONDS = 3600.0
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed back
_LIST_CONTEXT = b"sxcounsel slot list v1\n"

__all__ = ["RECOVERY", "SlotProblem", "TamperedError", "UnlockedKeys", "Vault"]


def key_id(data_key: bytes) -> str:
    """A short public identifier of a store key (not a hash of the key itself)."""
    return keyring.key_id(keyring.STORE, data_key)


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


class Vault(RingCare):
    """The key-slot file of one store."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.clock = clock
        self.store_id = ""
        self.current_id = ""
        self.version = FORMAT_VERSION
        self.slots: list[Slot] = []
        # The signed list as read (``entries`` and ``key_ids`` are trusted only once an unlock
        # has checked ``signature`` against the slot's anchor).
        self.entries: dict[str, dict] = {}  # slot id -> {user, kind, public_key, roles, grants}
        self.key_ids: dict[str, str] = {}  # ring key name -> key id
        self.counter = 0
        self.signer = b""
        self.signature = b""
        self.persist = True  # False for a vault read out of a backup file
        self._last_opened: tuple[str, Opened] | None = None
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
            if doc.get("version") not in (1, FORMAT_VERSION):
                raise StoreError("store.slots_newer", file=self.path.name)
            self.version = doc["version"]
            self.store_id = doc["store_id"]
            self.current_id = doc["current_key_id"]
            self.pending_events = list(doc.get("pending_events", []))
            self.slots = [
                Slot(s["header"], s["sealed_private"], s["wrapped"], list(s.get("failures", [])))
                for s in doc["slots"]
            ]
            signed = doc.get("list")
            if self.version >= 2:
                body = signed["body"]
                self.entries = {e["slot_id"]: dict(e) for e in body["slots"]}
                self.key_ids = dict(body["key_ids"])
                self.counter = int(body["counter"])
                self.signer = unb64(body["signer"])
                self.signature = unb64(signed["signature"])
                if body["store_id"] != self.store_id:
                    raise ValueError("list of another store")
        except StoreError:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError("store.slots_damaged", file=self.path.name) from exc

    def _list_body(self) -> dict:
        return {
            "store_id": self.store_id,
            "counter": self.counter,
            "signer": b64(self.signer),
            "key_ids": self.key_ids,
            "slots": [self.entries[k] for k in sorted(self.entries)],
        }

    def to_bytes(self) -> bytes:
        doc: dict = {
            "format": FORMAT,
            "version": self.version,
            "store_id": self.store_id,
            "current_key_id": self.current_id,
            "pending_events": self.pending_events,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.version >= 2:
            doc["list"] = {"body": self._list_body(), "signature": b64(self.signature)}
        return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False).encode()

    def save(self) -> None:
        """Write the file as this object holds it: for a file no other process writes yet (a
        new store, a restore's staged copy). Changes to a live store go through ``changing``."""
        if not self.persist:
            return
        with locked(self.path):
            atomic_write_bytes(self.path, self.to_bytes())

    @contextlib.contextmanager
    def changing(self) -> Iterator[None]:
        """Change the slot file as it is on disk now. Under the file's lock the file is read
        again (another window or command may have added an account, changed a passphrase or
        counted a failure since this process read it), the block makes its change, and the
        file is written back if anything changed. Refused, with nothing written, when the file
        on disk is no longer one this process trusts (another store's, another format, a list
        not signed by the ring key the unlock checked, or an older list)."""
        if not self.persist:
            yield
            return
        with locked(self.path):
            self._reload()
            before = self.to_bytes()
            yield
            after = self.to_bytes()
            if after != before:
                atomic_write_bytes(self.path, after)

    _STATE = (
        "version", "current_id", "pending_events", "slots", "entries", "key_ids", "counter",
        "signer", "signature",
    )  # fmt: skip

    def _reload(self) -> None:
        if not self.path.exists():
            return
        disk = Vault(self.path, self.clock)
        trusted = disk.store_id == self.store_id and disk.version == self.version
        if trusted and self.version >= 2:
            trusted = disk.counter >= self.counter and disk.list_is_signed_by(self.signer)
        if not trusted:
            raise StoreError("store.slots_replaced", file=self.path.name)
        for name in self._STATE:
            setattr(self, name, getattr(disk, name))

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
        """A new, empty key ring: returns the vault and the store key. The ring key and the
        sync key are made here; the counselor key is made by ``ensure_key``."""
        if Path(path).exists():
            raise StoreError("store.exists", file=Path(path).name)
        v = cls(path, clock)
        v.store_id = store_id
        data_key = secrets.token_bytes(32)
        v.current_id = key_id(data_key)
        return v, data_key

    # -- the signed list -----------------------------------------------------------------------
    def sign(self, ring_private: bytes) -> None:
        """Sign the list (the caller holds the ring key); the counter goes up."""
        self.version = FORMAT_VERSION
        self.signer = keyring.ring_public(ring_private)
        self.counter += 1
        body = self._list_body()
        self.signature = Ed25519PrivateKey.from_private_bytes(ring_private).sign(
            _LIST_CONTEXT + canonical(body)
        )

    def list_is_signed_by(self, anchor: bytes) -> bool:
        if self.version < 2 or anchor != self.signer:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(anchor).verify(
                self.signature, _LIST_CONTEXT + canonical(self._list_body())
            )
        except (InvalidSignature, ValueError):
            return False
        return True

    def _entry(self, slot: Slot, roles: Iterable[str], *, owner_set: bool) -> dict:
        recovery = slot.is_recovery
        role_list = sorted({str(r) for r in roles})
        return {
            "slot_id": slot.slot_id,
            "user": slot.user,
            "kind": slot.header["kind"],
            "public_key": slot.header["public_key"],
            "roles": [] if recovery else role_list,
            "grants": sorted(keyring.grants_for(role_list, recovery=recovery)),
            "owner_set": owner_set,
        }

    def entry_of(self, user: str) -> dict | None:
        for e in self.entries.values():
            if e["user"] == user:
                return e
        return None

    # -- accounts --------------------------------------------------------------------------------
    def users(self) -> list[str]:
        """Accounts with a slot (in a signed file: only the listed ones)."""
        if self.version >= 2:
            listed = {e["user"] for e in self.entries.values() if e["kind"] == "user"}
            return [s.user for s in self.slots if s.header["kind"] == "user" and s.user in listed]
        return [s.user for s in self.slots if s.header["kind"] == "user"]

    def _listed_slot(self, user: str) -> Slot:
        named = [s for s in self.slots if s.user == user]
        if self.version < 2:
            if named:
                return named[0]
        else:
            for s in named:
                e = self.entries.get(s.slot_id)
                if e and e["user"] == user and e["public_key"] == s.header["public_key"]:
                    return s
            if named:
                # The fact ``code`` too: callers from before the codes read it there.
                raise UnlockError("keyring.unlisted", user=user, code="keyring.unlisted")
        raise UnlockError("unlock.no_account", user=user)

    def set_slot(
        self,
        user: str,
        secret: bytes,
        keys: UnlockedKeys,
        roles: Iterable[str] = (),
        *,
        owner_set: bool = True,
    ) -> None:
        """Add or replace the slot of ``user`` with the keys its roles grant that ``keys``
        holds (the others wait: ``grant_waiting``), and sign the list. The caller holds the
        ring key (an administrator, a counselor, the recovery key)."""
        if self.version < 2:  # a store from before the key ring: one store key in every slot
            slot = new_slot(user, self.store_id, secret, dict(keys.keys), None)
            self.slots = [s for s in self.slots if s.user != user] + [slot]
            return
        if not keys.has(RING):
            raise StoreError("store.slots_need_ring")
        recovery = user == RECOVERY
        grants = keyring.grants_for(roles, recovery=recovery)
        wrapped = {kid: k for kid, k in keys.keys.items()}
        wrapped |= {n: k for n, k in keys.ring.items() if n in grants}
        anchor = keyring.ring_public(keys.ring[RING])
        slot = new_slot(user, self.store_id, secret, wrapped, anchor)
        self.slots = [s for s in self.slots if s.user != user] + [slot]
        self.entries = {k: e for k, e in self.entries.items() if e["user"] != user}
        self.entries[slot.slot_id] = self._entry(slot, roles, owner_set=owner_set)
        self._note_key_ids(keys)
        self.sign(keys.ring[RING])

    def change_own_passphrase(self, keys: UnlockedKeys, old: bytes, new: bytes) -> None:
        """The account's own passphrase change: the old one is proven; an account holding the
        ring key gets a new slot key pair (whoever knew the first passphrase cannot open it),
        others keep theirs (they hold only the store key) so no signature is needed."""
        slot = self._listed_slot(keys.user)
        opened = self._open_counted(slot, old)
        if keys.has(RING):
            entry = self.entries.get(slot.slot_id)
            roles = entry["roles"] if entry else sorted(keys.roles or ())
            fresh = new_slot(
                keys.user,
                self.store_id,
                new,
                opened.keys,
                keyring.ring_public(keys.ring[RING]),
                slot_id=slot.slot_id,
            )
            self.slots = [s for s in self.slots if s is not slot] + [fresh]
            self.entries[slot.slot_id] = self._entry(fresh, roles, owner_set=True)
            self.sign(keys.ring[RING])
        else:
            fresh = new_slot(
                keys.user,
                self.store_id,
                new,
                opened.keys,
                unb64(slot.header["anchor"]) if "anchor" in slot.header else None,
                private=opened.private,
                slot_id=slot.slot_id,
            )
            self.slots = [s if s is not slot else fresh for s in self.slots]

    def record_event(self, actor: str, action: str, user: str, at: str) -> None:
        self.pending_events.append({"actor": actor, "action": action, "user": user, "at": at})

    def forget_events(self, events: list[dict]) -> None:
        """Drop ``events`` (now in the audit log) from the pending ones; call inside
        ``changing`` (another process may have added more meanwhile)."""
        self.pending_events = [e for e in self.pending_events if e not in events]

    def remove_slot(self, user: str, keys: UnlockedKeys) -> None:
        if not any(s.user == user for s in self.slots):
            raise UnlockError("unlock.no_account", user=user)
        self.slots = [s for s in self.slots if s.user != user]
        self.entries = {k: e for k, e in self.entries.items() if e["user"] != user}
        if keys.has(RING):
            self.sign(keys.ring[RING])

    # -- unlocking ---------------------------------------------------------------------------
    def _fresh_failures(self, slot_id: str) -> list[float]:
        """The failures on disk (other processes count too)."""
        if not self.persist or not self.path.exists():
            return next((s.failures for s in self.slots if s.slot_id == slot_id), [])
        try:
            doc = json.loads(self.path.read_bytes())
            for s in doc["slots"]:
                if s["header"]["slot_id"] == slot_id:
                    return [float(x) for x in s.get("failures", [])]
        except (ValueError, KeyError, TypeError, OSError):
            pass
        return []

    @contextlib.contextmanager
    def _failures_of(self, slot: Slot) -> Iterator[list[float]]:
        """Read-modify-write of one slot's failure list under the file lock."""
        if not self.persist:
            yield slot.failures
            return
        with locked(self.path):
            current = Vault(self.path, self.clock) if self.path.exists() else self
            target = next((s for s in current.slots if s.slot_id == slot.slot_id), slot)
            yield target.failures
            slot.failures = list(target.failures)
            if current is not self:
                atomic_write_bytes(self.path, current.to_bytes())

    def retry_after(self, user: str) -> float:
        """Seconds until ``user`` may try again (0 when allowed now)."""
        slot = self._listed_slot(user)
        failures = self._fresh_failures(slot.slot_id)
        if not failures:
            return 0.0
        last = failures[-1]
        now = self.clock()
        if last > now:
            # The clock moved back (a flat CMOS battery): the wait counts from now, so it is
            # never longer than ``wait_seconds`` gives, however far the clock jumped.
            with self._failures_of(slot) as stored:
                stored[:] = [min(t, now) for t in stored]
            last = now
        return max(0.0, wait_seconds(len(failures)) - (now - last))

    def _open_counted(self, slot: Slot, secret: bytes) -> Opened:
        wait = self.retry_after(slot.user)
        if wait > 0:
            raise ThrottledError(
                "unlock.throttled", wait_seconds=wait, seconds=int(wait) + 1, user=slot.user
            )
        try:
            return slot.open(secret)
        except UnlockError:
            with self._failures_of(slot) as failures:
                failures.append(self.clock())
            raise

    def unlock(self, user: str, secret: bytes) -> tuple[UnlockedKeys, list[float]]:
        """Open ``user``'s slot. Returns the keys and the times of failed attempts since the
        last success (for the audit log). Failures are counted in the file, so waiting
        survives a restart."""
        slot = self._listed_slot(user)
        opened = self._open_counted(slot, secret)
        failed: list[float] = []
        if self._fresh_failures(slot.slot_id):
            with self._failures_of(slot) as failures:
                failed = list(failures)
                failures.clear()
        keys = self._check(slot, opened)
        self._last_opened = (slot.slot_id, opened)  # for upgrade_to_ring, in this process only
        if self.current_id not in keys.keys:
            raise StoreError("store.slots_mismatch", user=user)
        return keys, failed

    def _check(self, slot: Slot, opened: Opened) -> UnlockedKeys:
        store_keys = {n: k for n, k in opened.keys.items() if is_store_key(n)}
        ring = {n: k for n, k in opened.keys.items() if not is_store_key(n)}
        if self.version < 2:
            return UnlockedKeys(self.current_id, store_keys, slot.slot_id, slot.user, ring)
        anchor = unb64(slot.header["anchor"]) if "anchor" in slot.header else None
        if RING in ring:
            own = keyring.ring_public(ring[RING])
            if anchor is not None and own != anchor:
                raise tampered("keyring.tampered_ring", user=slot.user)
            anchor = own
        if anchor is None:
            anchor = self.signer  # a slot from before the key ring: trusted on first use
        if not self.list_is_signed_by(anchor):
            raise tampered("keyring.tampered_list", user=slot.user)
        for name, key in ring.items():
            if name != RING and self.key_ids.get(name) != keyring.key_id(name, key):
                raise tampered("keyring.tampered_key", key=name, user=slot.user)
        entry = self.entries[slot.slot_id]
        roles, grants = frozenset(entry["roles"]), frozenset(entry["grants"])
        if "anchor" not in slot.header:
            # Bind the anchor under this passphrase from now on (unless the slot changed on
            # disk meanwhile: a passphrase changed in another window wins).
            with self.changing():
                now = next((s for s in self.slots if s.slot_id == slot.slot_id), None)
                if now is not None and now.to_json() == slot.to_json():
                    now.reseal(opened, {**now.header, "anchor": b64(anchor)})
        return UnlockedKeys(
            self.current_id, store_keys, slot.slot_id, slot.user, ring, roles, grants
        )

    # -- rotation ----------------------------------------------------------------------------
    def add_key_everywhere(self, data_key: bytes) -> str:
        kid = key_id(data_key)
        for s in self.slots:
            s.wrap(kid, data_key)
        return kid

    def finish_rotation(self, kid: str) -> None:
        self.current_id = kid
        for s in self.slots:
            s.wrapped = {k: v for k, v in s.wrapped.items() if k == kid or not is_store_key(k)}
