"""Staff accounts: add, change or reset a passphrase, disable (optionally rotating the key)."""

from __future__ import annotations

import json
import secrets

from sxcounsel.core import permissions
from sxcounsel.core.clock import utc_stamp
from sxcounsel.core.errors import NotFound, ValidationError
from sxcounsel.core.passphrase import check_passphrase
from sxcounsel.core.roles import parse_roles
from sxcounsel.services import fieldcheck
from sxcounsel.services.account_session import Account, Session, load_account, passphrase_bytes
from sxcounsel.services.setup import check_username
from sxcounsel.store import records


def list_accounts(session: Session) -> list[Account]:
    rows = session.store.conn.execute(
        "SELECT username FROM users WHERE deleted = 0 ORDER BY username"
    ).fetchall()
    return [a for (name,) in rows if (a := load_account(session.store, name)) is not None]


def add_user(
    session: Session,
    username: str,
    roles: list[str],
    passphrase: str,
    classes: list[str] | None = None,
    display_name: str = "",
) -> Account:
    permissions.require(session.account, "manage", "accounts", doing="add accounts")
    username = check_username(username)
    role_list = parse_roles(roles)
    class_list = [fieldcheck.name(c, "class name") for c in (classes or []) if c.strip()]
    display_name = fieldcheck.name(display_name, "display name", required=False)
    if any(permissions.needs_classes(r) for r in role_list) and not class_list:
        raise ValidationError("account.head_teacher_class", field="class")
    check_passphrase(passphrase)
    store = session.store
    if load_account(store, username) is not None:
        raise ValidationError("account.exists", field="username", username=username)
    with store.transaction() as conn:
        records.insert(
            conn,
            "users",
            "user",
            {
                "username": username,
                "display_name": display_name,
                "roles": json.dumps([r.value for r in role_list]),
                "classes": json.dumps(class_list, ensure_ascii=False),
            },
            session.username,
        )
        # The slot file is written inside the transaction: if it fails, the account is not added.
        with store.vault.changing():
            store.vault.set_slot(
                username,
                passphrase_bytes(passphrase),
                store.keys,
                [r.value for r in role_list],
                owner_set=False,
            )
    account = load_account(store, username)
    assert account is not None
    return account


def change_passphrase(session: Session, old: str, new: str) -> None:
    """Change the acting account's own passphrase: rewrites only its key slot."""
    check_passphrase(new)
    vault = session.store.vault
    with vault.changing():
        # Proves the old one (a wrong one is counted as a failed unlock); rewrites this slot.
        vault.change_own_passphrase(
            session.store.keys, passphrase_bytes(old), passphrase_bytes(new)
        )
        # Audited at the next unlock: the change must leave the database file untouched.
        vault.record_event(session.username, "passphrase_change", session.username, utc_stamp())


def reset_passphrase(session: Session, username: str, new: str) -> None:
    """An administrator sets a new passphrase for someone who forgot theirs."""
    permissions.require(session.account, "manage", "accounts", doing="reset passphrases")
    check_passphrase(new)
    account = _account(session, username)
    vault = session.store.vault
    with vault.changing():
        entry = vault.entry_of(username)
        roles = entry["roles"] if entry else [r.value for r in account.roles]
        # A new slot: keys the administrator does not hold (the counselor key) wait for the
        # next counselor or recovery unlock.
        vault.set_slot(username, passphrase_bytes(new), session.store.keys, roles, owner_set=False)
        vault.record_event(session.username, "passphrase_change", account.username, utc_stamp())


def disable_user(session: Session, username: str, rotate_key: bool = True) -> None:
    """Disable an account and remove its key slot; by default the data key is rotated so
    that a copy of the old slot file no longer opens the database."""
    permissions.require(session.account, "manage", "accounts", doing="disable accounts")
    if username == session.username:
        raise ValidationError("account.disable_self", field="username")
    account = _account(session, username)
    store = session.store
    with store.transaction() as conn:
        records.update(conn, "users", "user", account.id, {"disabled": 1}, session.username)
        store.audit(session.username, "user_disable", "user", account.id)
    with store.vault.changing():
        if username in store.vault.users():
            store.vault.remove_slot(username, store.keys)
    if rotate_key:
        dropped = store.rotate_key(secrets.token_bytes(32))
        detail = f"slots outside the signed list dropped: {', '.join(dropped)}" if dropped else ""
        store.audit(session.username, "rekey", "store", store.meta("store_id"), detail=detail)


def _account(session: Session, username: str) -> Account:
    account = load_account(session.store, username)
    if account is None:
        raise NotFound("account.missing", username=username)
    return account
