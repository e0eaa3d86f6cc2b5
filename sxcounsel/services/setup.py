"""Creating a school store: ``sxcounsel init``."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from sxcounsel.core.clock import utc_stamp
from sxcounsel.core.errors import StoreError, ValidationError
from sxcounsel.core.ids import new_id
from sxcounsel.core.passphrase import check_passphrase
from sxcounsel.core.roles import Role, parse_roles
from sxcounsel.services import fieldcheck
from sxcounsel.services.account_session import passphrase_bytes
from sxcounsel.store import audit, connection, keyring, migrations
from sxcounsel.store.atomic import remove
from sxcounsel.store.db import FIELDS_SEALED_META
from sxcounsel.store.keyring import COUNSELOR, RING, SYNC, UnlockedKeys
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import RECOVERY, Vault, new_recovery_key, normalize_recovery_key

_USERNAME = re.compile(r"^[\w.\-]{2,32}$")


def check_username(username: str) -> str:
    username = username.strip()
    if not _USERNAME.match(username) or username.lower() == RECOVERY:
        raise ValidationError("account.name_invalid", field="username", username=username)
    return username


def check_code(value: str, digits: int, field: str) -> str:
    value = value.strip()
    if not re.fullmatch(rf"\d{{{digits}}}", value):
        raise ValidationError("setup.digits", field=field, digits=digits, value=value)
    return value


def init_school(
    home: Path,
    *,
    school_code: str,
    school_name: str,
    county_code: str,
    admin: str,
    passphrase: str,
    roles: list[str] | None = None,
    display_name: str = "",
) -> str:
    """Create the store; returns the recovery key (shown once, never stored in clear).

    ``display_name``: the first user's own name (王丽), shown on records and printouts
    instead of the account name."""
    school_code = check_code(school_code, 10, "school code")
    county_code = check_code(county_code, 6, "county code")
    school_name = fieldcheck.name(school_name, "school name")
    admin = check_username(admin)
    display_name = fieldcheck.name(display_name, "display name", required=False)
    admin_roles = parse_roles(roles or [Role.SCHOOL_ADMIN.value])
    check_passphrase(passphrase)
    return create_store(
        home,
        meta={
            "kind": "school",
            "school_code": school_code,
            "school_name": school_name.strip(),
            "county_code": county_code,
        },
        admin=admin,
        passphrase=passphrase,
        roles=[r.value for r in admin_roles],
        display_name=display_name,
    )


def create_store(
    home: Path,
    *,
    meta: Mapping[str, str],
    admin: str,
    passphrase: str,
    roles: list[str],
    display_name: str = "",
    ddl: Sequence[str] = (),
) -> str:
    """Create an encrypted store (a school's or a county's) with its first account; its
    arguments are already checked. ``meta`` goes into ``meta`` (inside the encryption) beside
    store_id and created_at; ``ddl`` adds tables of the store's kind. Nothing is left behind
    if any step fails. Returns the recovery key (shown once, never stored in clear)."""
    paths = StorePaths(Path(home))
    if paths.db.exists() or paths.slots.exists():
        raise StoreError("setup.store_exists", home=str(paths.home))
    paths.home.mkdir(parents=True, exist_ok=True)

    store_id = new_id()
    vault, data_key = Vault.create(paths.slots, store_id)
    ring = {RING: keyring.new_key(RING), SYNC: keyring.new_key(SYNC)}
    created: list[Path] = []
    try:
        conn = connection.connect(paths.db, data_key, create=True)
        created += [paths.db, *paths.sidecars]
        try:
            migrations.migrate(conn)
            now = utc_stamp()
            with contextlib.closing(conn.cursor()) as cur:
                cur.execute("BEGIN IMMEDIATE")
                for sql in ddl:
                    cur.execute(sql)
                rows = {
                    "store_id": store_id,
                    **meta,
                    "created_at": now,
                    FIELDS_SEALED_META: "1",  # counselor-only fields are sealed from the start
                }
                cur.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", list(rows.items()))
                uid = new_id()
                cur.execute(
                    "INSERT INTO users (id, created_at, updated_at, created_by, username, "
                    "display_name, roles) VALUES (?,?,?,?,?,?,?)",
                    (uid, now, now, admin, admin, display_name, json.dumps(roles)),
                )
                audit.append(conn, admin, "init", "store", store_id)
                audit.append(conn, admin, "create", "user", uid)
                audit.seal(conn, store_id, ring[RING])
                cur.execute("COMMIT")
        finally:
            with contextlib.suppress(Exception):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        keys = UnlockedKeys(
            vault.current_id,
            {vault.current_id: data_key},
            "",
            admin,
            ring,
            frozenset(roles),
            keyring.grants_for(roles),
        )
        vault.set_slot(admin, passphrase_bytes(passphrase), keys, roles)
        recovery = new_recovery_key()
        vault.set_slot(RECOVERY, normalize_recovery_key(recovery), keys)
        # The counselor key exists from the start only when the first account is a counselor;
        # otherwise the first counselor to open the store makes it.
        vault.ensure_key(keys, COUNSELOR)
        vault.save()
        created.append(paths.slots)
    except BaseException:
        for p in created:  # waits out a virus scan; a file still held never hides the cause
            with contextlib.suppress(OSError, StoreError):
                remove(p)
        raise
    return recovery
