"""Backup, restore and verify: keeping the store whole."""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from sxcounsel.core.clock import utc_now
from sxcounsel.core.errors import (
    IntegrityError,
    StoreError,
    SxError,
    UnlockError,
    ValidationError,
)
from sxcounsel.core.roles import BACKUP_ROLES
from sxcounsel.core.textnorm import has_control_chars
from sxcounsel.services.session import Session, open_vault, passphrase_bytes
from sxcounsel.store import audit, backup, connection
from sxcounsel.store.atomic import fsync_dir
from sxcounsel.store.db import Store
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import RECOVERY, Vault, normalize_recovery_key


@dataclass
class VerifyReport:
    problems: list[str]
    audit_entries: int

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session) -> VerifyReport:
    """SQLCipher page MACs, SQLite structure, and the audit chain of an open session."""
    return check_connection(session.store.conn)


def verify_store(home: Path, username: str, passphrase: str) -> VerifyReport:
    """Verify without logging in: reads only, so it works (and says so) on a damaged store
    whose account table cannot be read, and writes nothing to it."""
    paths, vault = open_vault(home)
    keys, _ = vault.unlock(username, passphrase_bytes(passphrase))
    try:
        conn = connection.connect(paths.db, keys.current)
    except StoreError:
        return VerifyReport(["the first page does not decrypt (damaged or a foreign key)"], 0)
    try:
        return check_connection(conn)
    finally:
        conn.close()


def check_connection(conn: sqlcipher3.Connection) -> VerifyReport:
    try:
        problems = backup.check_database(conn)
    except Exception as exc:  # a damaged page can make the pragmas themselves fail
        problems = [f"the database could not be read through ({type(exc).__name__})"]
    try:
        brk = audit.verify_chain(conn)
    except Exception as exc:
        brk = None
        problems.append(f"the audit log could not be read ({type(exc).__name__})")
    if brk is not None:
        problems.append(f"audit log broken at entry {brk.seq}: {brk.reason}")
    count = 0
    with contextlib.suppress(Exception):
        count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return VerifyReport(problems, count)


def make_backup(session: Session, out: Path) -> int:
    session.require(*BACKUP_ROLES, action="make backups")
    out = Path(out)
    if out.is_dir():
        out = out / f"sxcounsel-{utc_now():%Y%m%d-%H%M%S}.sxbak"
    if has_control_chars(str(out)) or "\n" in str(out) or "\r" in str(out):
        raise ValidationError(
            "The backup file name contains control characters or line breaks.", field="file"
        )
    if not out.parent.is_dir():
        raise StoreError(f"The folder {out.parent} does not exist.", file=str(out))
    try:
        size = backup.write_backup(session.store, out)
    except (OSError, sqlcipher3.Error) as exc:
        why = getattr(exc, "strerror", None) or "the disk is full or cannot be written"
        raise StoreError(
            f"The backup could not be written to {out} ({why}); nothing was saved.", file=str(out)
        ) from None
    session.store.audit(session.username, "backup", "store", session.store.meta("store_id"))
    return size


@dataclass
class RestoreResult:
    records_path: Path
    replaced: Path | None


def restore(
    home: Path,
    file: Path,
    *,
    username: str,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> RestoreResult:
    """Verify ``file`` fully, then put it in place; the replaced store is kept aside."""
    paths = StorePaths(Path(home))
    bf = backup.read_backup(Path(file))
    vault = bf.vault
    try:
        if recovery_key:
            keys, _ = vault.unlock(RECOVERY, normalize_recovery_key(recovery_key))
        else:
            keys, _ = vault.unlock(username, passphrase_bytes(passphrase or ""))
    except UnlockError:
        what = "recovery key" if recovery_key else f"passphrase of {username!r}"
        raise UnlockError(
            f"The {what} does not open this backup (it is the one in force when the backup was made)."
        ) from None
    backup.check_mac(bf, keys.current)

    paths.home.mkdir(parents=True, exist_ok=True)
    staging = paths.home / f".restore-{utc_now():%Y%m%d%H%M%S%f}"
    staging.mkdir()
    try:
        staged = StorePaths(staging)
        backup.extract_db(bf, staged.db)
        conn = connection.connect(staged.db, keys.current)
        try:
            problems = backup.check_database(conn)
            brk = audit.verify_chain(conn)
            if brk is not None:
                problems.append(f"audit log broken at entry {brk.seq}")
            if problems:
                raise IntegrityError(
                    f"The backup file {bf.path.name} holds a damaged store; nothing was restored.",
                    file=bf.path.name,
                )
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        finally:
            conn.close()
        vault.path = staged.slots
        vault.persist = True
        vault.save()
        replaced = _swap_in(paths, staged)
    except SxError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(
            f"The backup could not be restored ({exc.strerror or exc}); the store was not changed.",
            file=bf.path.name,
        ) from None
    shutil.rmtree(staging, ignore_errors=True)
    with Store.open(paths.home, keys, Vault(paths.slots)) as store:
        actor = RECOVERY if recovery_key else username
        store.audit(actor, "restore", "store", store.meta("store_id"), detail=bf.path.name)
    return RestoreResult(paths.db, replaced)


def _swap_in(paths: StorePaths, staged: StorePaths) -> Path | None:
    replaced = None
    live = [p for p in (paths.db, *paths.sidecars, paths.slots) if p.exists()]
    if live:
        replaced = paths.home / f"replaced-{utc_now():%Y%m%d-%H%M%S}"
        replaced.mkdir()
        for p in live:
            os.replace(p, replaced / p.name)
    os.replace(staged.db, paths.db)
    os.replace(staged.slots, paths.slots)
    fsync_dir(paths.home)
    return replaced
