"""Keeping a key ring whole: making a missing ring key, handing keys to slots that wait for
them, finding slots outside the signed list, and the upgrade of a file from before the ring.
A mixin of store/vault.Vault, which holds the slots and the signed list."""

from __future__ import annotations

from sxcounsel.store import keyring
from sxcounsel.store.keyring import RING, UnlockedKeys
from sxcounsel.store.slots import SlotProblem, b64


class RingCare:
    """The parts of Vault that act on the whole ring (see Vault for the attributes)."""

    # -- keeping the ring whole -------------------------------------------------------------------
    def _note_key_ids(self, keys: UnlockedKeys) -> None:
        for name, key in keys.ring.items():
            if name != RING:
                self.key_ids[name] = keyring.key_id(name, key)

    def ensure_key(self, keys: UnlockedKeys, name: str) -> bool:
        """Make the ring key ``name`` if the store has none yet (the counselor key is made by
        the first counselor who opens the store). Returns True when it was made."""
        if name in self.key_ids or not keys.has(RING):
            return False
        if name not in keys.grants:
            return False
        keys.ring[name] = keyring.new_key(name)
        self._note_key_ids(keys)
        self.grant_waiting(keys)
        return True

    def grant_waiting(self, keys: UnlockedKeys) -> list[str]:
        """Wrap the ring keys ``keys`` holds for listed slots that are granted them but do not
        have them yet (a counselor added by an administrator). Returns the accounts served."""
        if not keys.has(RING):
            return []
        served = []
        for slot in self.slots:
            entry = self.entries.get(slot.slot_id)
            if not entry or entry["public_key"] != slot.header["public_key"]:
                continue
            for name in entry["grants"]:
                if name in keys.ring and name not in slot.wrapped:
                    slot.wrap(name, keys.ring[name])
                    served.append(slot.user)
        if served:
            self.sign(keys.ring[RING])
        return sorted(set(served))

    def problems(self) -> list[SlotProblem]:
        """What is wrong with the slot file as this process sees it."""
        if self.version < 2:
            return []
        out = []
        seen: dict[str, int] = {}
        for s in self.slots:
            seen[s.user] = seen.get(s.user, 0) + 1
            e = self.entries.get(s.slot_id)
            if e is None or e["public_key"] != s.header["public_key"] or e["user"] != s.user:
                out.append(
                    SlotProblem(
                        s.user,
                        "unlisted",
                        f"A key slot for {s.user!r} is not in the signed list of accounts "
                        "(planted outside sxcounsel); it does not open and is dropped at the "
                        "next key rotation.",
                    )
                )
            elif any(n not in s.wrapped for n in e["grants"]):
                out.append(
                    SlotProblem(
                        s.user,
                        "waiting",
                        f"The account {s.user!r} is waiting for a key its role grants; it gets "
                        "it the next time a counselor or the recovery key opens the store.",
                    )
                )
        for user, n in seen.items():
            if n > 1:
                out.append(
                    SlotProblem(user, "duplicate", f"There are {n} key slots named {user!r}.")
                )
        present = {s.slot_id for s in self.slots}
        for sid, e in self.entries.items():
            if sid not in present:
                out.append(
                    SlotProblem(
                        e["user"],
                        "missing",
                        f"The key slot of {e['user']!r} was removed from keyslots.json outside "
                        "sxcounsel.",
                    )
                )
        return out

    def drop_unlisted(self, keys: UnlockedKeys) -> list[str]:
        """Remove slots outside the signed list (before a rotation re-wraps the store key)."""
        if self.version < 2:
            return []
        dropped = [p.user for p in self.problems() if p.code in ("unlisted",)]
        self.slots = [
            s
            for s in self.slots
            if (e := self.entries.get(s.slot_id)) and e["public_key"] == s.header["public_key"]
        ]
        return dropped

    # -- upgrade from a slot file without a key ring ------------------------------------------------
    def upgrade_to_ring(
        self, keys: UnlockedKeys, ring: dict[str, bytes], roles_by_user: dict[str, list[str]]
    ) -> list[str]:
        """Turn a version-1 file (one store key in every slot) into a key ring: every slot is
        given the ring keys its account's roles grant (``roles_by_user``: the live accounts;
        slots of other names are dropped and returned), the list is signed, and the slot just
        opened binds the anchor under its passphrase. ``keys`` gains the ring keys its own
        grants allow."""
        if self.version >= 2:
            return []
        anchor = keyring.ring_public(ring[RING])
        dropped, kept = [], []
        for slot in self.slots:
            recovery = slot.is_recovery
            if not recovery and slot.user not in roles_by_user:
                dropped.append(slot.user)
                continue
            roles = [] if recovery else roles_by_user[slot.user]
            entry = self._entry(slot, roles, owner_set=True)
            for name in entry["grants"]:
                slot.wrap(name, ring[name])
            self.entries[slot.slot_id] = entry
            kept.append(slot)
        self.slots = kept
        self.key_ids = {n: keyring.key_id(n, k) for n, k in ring.items() if n != RING}
        own = self.entries.get(keys.slot_id)
        if own is not None:
            keys.ring.update({n: ring[n] for n in own["grants"]})
            keys.roles = frozenset(own["roles"])
            keys.grants = frozenset(own["grants"])
        if self._last_opened and self._last_opened[0] == keys.slot_id:
            slot = next(s for s in self.slots if s.slot_id == keys.slot_id)
            opened = self._last_opened[1]
            opened.keys = {**opened.keys, **{n: ring[n] for n in own["grants"]}} if own else {}
            slot.reseal(opened, {**slot.header, "anchor": b64(anchor)})
        self.sign(ring[RING])
        return dropped
