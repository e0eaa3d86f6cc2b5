"""Creating a school store: ``sxcounsel init``."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

from sxcounsel.core.clock import utc_stamp
from sxcounsel.core.errors import StoreError, ValidationError
from sxcounsel.core.ids import new_id
from sxcounsel.core.passphrase import check_passphrase
from sxcounsel.core.roles import Role, parse_roles
from sxcounsel.services.session import passphrase_bytes
from sxcounsel.store import audit, connection, migrations
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import RECOVERY, Vault, new_recovery_key, normalize_recovery_key

_USERNAME = re.compile(r"^[\w.\-]{2,32}$")


def check_username(username: str) -> str:
    username = username.strip()
    if not _USERNAME.match(username) or username.lower() == RECOVERY:
        raise ValidationError(
            f"The account name {username!r} is not allowed; use 2 to 32 letters, digits, '.', '-' or '_'.",
            field="username",
        )
    return username


def check_code(value: str, digits: int, field: str) -> str:
    value = value.strip()
    if not re.fullmatch(rf"\d{{{digits}}}", value):
        raise ValidationError(f"The {field} must be {digits} digits.", field=field)
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
) -> str:
    """Create the store; returns the recovery key (shown once, never stored in clear)."""
    school_code = check_code(school_code, 10, "school code")
    county_code = check_code(county_code, 6, "county code")
    if not school_name.strip():
        raise ValidationError("The school name is empty.", field="school name")
    admin = check_username(admin)
    admin_roles = parse_roles(roles or [Role.SCHOOL_ADMIN.value])
    check_passphrase(passphrase)
    paths = StorePaths(Path(home))
    if paths.db.exists() or paths.slots.exists():
        raise StoreError(f"A store already exists in {paths.home}.", home=str(paths.home))
    paths.home.mkdir(parents=True, exist_ok=True)

    store_id = new_id()
    vault, data_key = Vault.create(paths.slots, store_id)
    created: list[Path] = []
    try:
        conn = connection.connect(paths.db, data_key, create=True)
        created += [paths.db, *paths.sidecars]
        try:
            migrations.migrate(conn)
            now = utc_stamp()
            with contextlib.closing(conn.cursor()) as cur:
                cur.execute("BEGIN IMMEDIATE")
                for key, value in {
                    "store_id": store_id,
                    "kind": "school",
                    "school_code": school_code,
                    "school_name": school_name.strip(),
                    "county_code": county_code,
                    "created_at": now,
                }.items():
                    cur.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
                uid = new_id()
                cur.execute(
                    "INSERT INTO users (id, created_at, updated_at, created_by, username, roles)"
                    " VALUES (?,?,?,?,?,?)",
                    (uid, now, now, admin, admin, json.dumps([r.value for r in admin_roles])),
                )
                audit.append(conn, admin, "init", "store", store_id)
                audit.append(conn, admin, "create", "user", uid)
                cur.execute("COMMIT")
        finally:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        keys = {vault.current_id: data_key}
        vault.set_slot(admin, passphrase_bytes(passphrase), keys)
        recovery = new_recovery_key()
        vault.set_slot(RECOVERY, normalize_recovery_key(recovery), keys)
        vault.save()
        created.append(paths.slots)
    except BaseException:
        for p in created:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        raise
    return recovery
