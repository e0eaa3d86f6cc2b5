"""Keeping the key ring whole at every unlock, and the one-time upgrade to it.

After a slot opens (store/vault.py has already refused an unlisted slot, a foreign list or a
planted key), the unlock here:

* bounds the account's roles by the signed list (a role added to the accounts table with
  SQL gives nothing);
* lets the first counselor make the counselor key, and hands waiting keys to accounts that
  are granted them (a counselor added by an administrator);
* checks the audit seal and the slot file, and returns what is wrong as findings, one
  sentence each; after a broken seal the store stops sealing, so ``verify`` keeps saying so;
* upgrades a store from before the key ring on the first counselor or recovery unlock:
  a backup first, then the ring keys for every live account, then every counselor-only
  field sealed and the school's sync keys moved under the sync key, in one transaction, read
  back before the backups in the data folder's backups/ (which hold the notes under the store
  key alone: this one and those of earlier schema upgrades) are removed.
  A head teacher's or an administrator's unlock of such a store changes nothing.
"""

from __future__ import annotations

import contextlib
import json

from sxcounsel.core.clock import utc_now
from sxcounsel.core.errors import StoreError
from sxcounsel.core.roles import Role
from sxcounsel.store import audit, keyring
from sxcounsel.store.atomic import remove
from sxcounsel.store.db import FIELDS_SEALED_META, UPGRADE_BACKUPS, Store
from sxcounsel.store.keyring import COUNSELOR, RING, SEALED_COLUMNS, SYNC
from sxcounsel.store.slots import SlotProblem

SYNC_SECRETS = ("sync_signing_key", "sync_encryption_key")


def after_unlock(
    store: Store, username: str, roles: frozenset[Role], action: str
) -> tuple[frozenset[Role], list[SlotProblem]]:
    """The account's roles as the signed list bounds them, and what is wrong."""
    vault, keys = store.vault, store.keys
    recovery = action == "recovery_unlock"
    findings: list[SlotProblem] = []
    if vault.version < 2:
        if recovery or Role.COUNSELOR in roles:
            upgrade(store)
        return roles, findings
    if keys.roles is not None and not recovery:
        listed = frozenset(Role(r) for r in keys.roles if r in Role.__members__.values())
        if roles != listed:
            findings.append(
                SlotProblem(
                    username,
                    "roles",
                    f"The roles of {username!r} in the store differ from the signed "
                    "list of accounts (changed outside sxcounsel); the signed list's roles are "
                    "used.",
                )
            )
            roles = roles & listed
    with vault.changing():  # written only if a key was made or handed on
        vault.ensure_key(keys, COUNSELOR)
        vault.grant_waiting(keys)
    if not store.fields_sealed and keys.has(COUNSELOR):
        seal_fields(store)  # an upgrade stopped after the slot file was written
    anchor = store.anchor
    if anchor is not None:
        brk = audit.check_seal(store.conn, vault.store_id, anchor)
        if brk is not None:
            store.seal_suspended = True
            findings.append(
                SlotProblem(
                    "", "audit", f"The audit log was changed outside sxcounsel: {brk.reason}."
                )
            )
    if keys.has(RING):
        findings += [p for p in vault.problems() if p.code != "waiting"]
    return roles, findings


def upgrade(store: Store) -> None:
    """Move a store from before the key ring onto it (see the module docstring)."""
    from sxcounsel.store.backup import write_backup

    folder = store.paths.home / UPGRADE_BACKUPS
    out = folder / f"before-keyring-{utc_now():%Y%m%d-%H%M%S}.sxbak"
    try:
        folder.mkdir(exist_ok=True)
        write_backup(store, out)
    except OSError as exc:
        raise StoreError(
            "keyring.upgrade_backup_failed",
            file=str(out),
            folder=str(folder),
            why=exc.strerror or "disk full?",
        ) from None
    rows = store.conn.execute(
        "SELECT username, roles FROM users WHERE deleted = 0 AND disabled = 0"
    ).fetchall()
    roles_by_user = {name: json.loads(roles) for name, roles in rows}
    ring = {name: keyring.new_key(name) for name in keyring.RING_KEYS}
    with store.vault.changing():  # from here on the ring keys are safe in the slot file
        dropped = store.vault.upgrade_to_ring(store.keys, ring, roles_by_user)
    seal_fields(store, detail=f"slots without an account dropped: {len(dropped)}")
    _check_sealed(store)
    # This backup, and those made before earlier schema upgrades, hold the notes under the
    # store key alone, which every account has: the upgrade exists to remove exactly that.
    for old in folder.glob("*.sxbak"):
        with contextlib.suppress(OSError, StoreError):
            remove(old)  # waits out a virus scan of the backup just written


def seal_fields(store: Store, detail: str = "") -> int:
    """Seal every plain counselor-only field and move the sync keys under the sync key, in
    one transaction; then rewrite the file so no plain copy stays in free pages or the WAL."""
    key = store.ring_key(COUNSELOR)
    sealed = 0
    with store.transaction() as conn:
        for table, columns in SEALED_COLUMNS.items():
            cols = ", ".join(columns)
            for row in conn.execute(f"SELECT id, version, {cols} FROM {table}").fetchall():
                values = {}
                for col in columns:
                    value = row[col]
                    if not keyring.is_sealed(value):
                        values[col] = keyring.seal_field(
                            key, table, row["id"], col, row["version"], value
                        )
                if values:
                    sets = ", ".join(f"{c} = ?" for c in values)
                    conn.execute(
                        f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), row["id"])
                    )
                    sealed += 1
        if store.keys.has(SYNC):
            for name in SYNC_SECRETS:
                value = store.meta(name)
                if value and not keyring.is_sealed(value):
                    store.set_secret(name, value)
        store.set_meta(FIELDS_SEALED_META, "1")
        store.audit(
            store.user,
            "rekey",
            "store",
            store.vault.store_id,
            detail=f"key ring: {sealed} records' counselor-only fields sealed"
            + (f"; {detail}" if detail else ""),
        )
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    store.conn.execute("VACUUM")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return sealed


def _check_sealed(store: Store) -> None:
    """Read every sealed field back before the pre-upgrade backup goes."""
    for table, columns in SEALED_COLUMNS.items():
        cols = ", ".join(columns)
        for row in store.conn.execute(f"SELECT id, version, {cols} FROM {table}"):
            for col in columns:
                store.open_field(table, row["id"], col, row[col], row["version"])
    for name in SYNC_SECRETS:
        store.secret(name)
