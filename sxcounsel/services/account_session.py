"""An unlocked store and the account acting on it: the entry point of every service."""

from __future__ import annotations

import dataclasses
import json
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sxcounsel.core.clock import utc_stamp
from sxcounsel.core.errors import StoreError, UnlockError
from sxcounsel.core.roles import Role
from sxcounsel.services import keyring_care
from sxcounsel.store.db import Store
from sxcounsel.store.keyring import UnlockedKeys
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.slots import SlotProblem
from sxcounsel.store.vault import RECOVERY, Vault, normalize_recovery_key


def passphrase_bytes(passphrase: str) -> bytes:
    """The same passphrase typed through different input methods gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class Account:
    id: str
    username: str
    display_name: str
    roles: frozenset[Role]
    classes: tuple[str, ...]
    disabled: bool


def load_account(store: Store, username: str) -> Account | None:
    row = store.conn.execute(
        "SELECT id, username, display_name, roles, classes, disabled FROM users "
        "WHERE username = ? AND deleted = 0",
        (username,),
    ).fetchone()
    if row is None:
        return None
    return Account(
        row[0],
        row[1],
        row[2],
        frozenset(Role(r) for r in json.loads(row[3])),
        tuple(json.loads(row[4])),
        bool(row[5]),
    )


def open_vault(home: Path, clock: Callable[[], float] = time.time) -> tuple[StorePaths, Vault]:
    paths = StorePaths(Path(home))
    if not paths.exists():
        raise StoreError("login.no_store", home=str(paths.home))
    return paths, Vault(paths.slots, clock)


class Session:
    """One account's unlocked view of the store. Services take a Session and ask the role
    table (``core.permissions``) what its account may do.

    ``findings``: what the unlock found wrong with the key slots or the audit seal (planted or
    duplicate slots, a broken seal, roles changed outside sxcounsel), each with a code and one
    sentence; the CLI prints them as warnings and the app shows them after unlocking."""

    def __init__(
        self, store: Store, account: Account, findings: list[SlotProblem] | None = None
    ) -> None:
        self.store = store
        self.account = account
        self.findings = list(findings or [])

    @property
    def username(self) -> str:
        return self.account.username

    @property
    def roles(self) -> frozenset[Role]:
        return self.account.roles

    # -- unlocking ----------------------------------------------------------------------------
    @classmethod
    def unlock(
        cls, home: Path, username: str, passphrase: str, clock: Callable[[], float] = time.time
    ) -> Session:
        _, vault = open_vault(home, clock)
        keys, failed = vault.unlock(username, passphrase_bytes(passphrase))
        return cls._open(home, vault, keys, username, failed, "login")

    @classmethod
    def unlock_with_recovery(
        cls, home: Path, recovery_key: str, username: str, new_passphrase: str
    ) -> Session:
        """Open with the recovery key and give ``username`` a new passphrase."""
        from sxcounsel.core.passphrase import check_passphrase

        check_passphrase(new_passphrase)
        _, vault = open_vault(home)
        try:
            keys, failed = vault.unlock(RECOVERY, normalize_recovery_key(recovery_key))
        except UnlockError:
            raise UnlockError("login.recovery_wrong") from None
        session = cls._open(home, vault, keys, username, failed, "recovery_unlock")
        entry = vault.entry_of(username)
        roles = (
            entry["roles"] if entry else [r.value for r in session.account.roles]
        )  # the roles as the signed list gives them
        with vault.changing():
            vault.set_slot(username, passphrase_bytes(new_passphrase), session.store.keys, roles)
            vault.grant_waiting(session.store.keys)
        session.store.audit(
            username, "passphrase_change", "user", session.account.id, detail="recovery key"
        )
        return session

    @classmethod
    def _open(
        cls,
        home: Path,
        vault: Vault,
        keys: UnlockedKeys,
        username: str,
        failed: list[float],
        action: str,
    ) -> Session:
        store = Store.open(home, keys, vault)
        findings: list[SlotProblem] = []
        try:
            account = load_account(store, username)
            if account is None or account.disabled:
                raise UnlockError("login.disabled", user=username)
            roles, findings = keyring_care.after_unlock(
                store, account.username, account.roles, action
            )
            account = dataclasses.replace(account, roles=roles)
            events = list(vault.pending_events)
            with store.transaction():
                for ev in events:
                    target = load_account(store, ev["user"])
                    rid = target.id if target else ""
                    store.audit(ev["actor"], ev["action"], "user", rid, at=ev["at"])
                for moment in failed:
                    at = utc_stamp(datetime.fromtimestamp(moment, UTC))
                    store.audit(
                        username, "failed_login", "user", account.id, result="refused", at=at
                    )
                store.audit(username, action, "user", account.id)
            if events:
                with vault.changing():
                    vault.forget_events(events)
        except BaseException:
            store.close()
            raise
        return cls(store, account, findings)

    def sibling(self) -> Session:
        """The same account on a second connection (see Store.sibling); close it with
        ``.store.close()``, not ``lock()``: it is not a login of its own."""
        return Session(self.store.sibling(), self.account, self.findings)

    def lock(self) -> None:
        if self.store.conn is None:
            return
        self.store.audit(self.username, "lock", "user", self.account.id)
        self.store.close()

    close = lock

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
