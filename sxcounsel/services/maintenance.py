"""Backup, restore and verify: keeping the store whole."""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.clock import parse_stamp, utc_now, utc_stamp
from sxcounsel.core.errors import (
    IntegrityError,
    StoreError,
    SxError,
    UnlockError,
    ValidationError,
)
from sxcounsel.core.textnorm import has_control_chars
from sxcounsel.services.account_session import Session, open_vault, passphrase_bytes
from sxcounsel.store import atomic, audit, backup, connection, keyring
from sxcounsel.store.atomic import fsync_dir
from sxcounsel.store.db import Store
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import RECOVERY, UnlockedKeys, Vault, normalize_recovery_key


@dataclass
class VerifyReport:
    problems: list[str]
    audit_entries: int

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session) -> VerifyReport:
    """SQLCipher page MACs, SQLite structure, the audit chain and its seal, and the key-slot
    file of an open session."""
    store = session.store
    report = check_connection(store.conn, store.vault.store_id, store.anchor)
    report.problems += [p.message for p in store.vault.problems() if p.code != "waiting"]
    return report


def verify_store(home: Path, username: str, passphrase: str) -> VerifyReport:
    """Verify without logging in: reads only, so it works (and says so) on a damaged store
    whose account table cannot be read, and writes nothing to it."""
    paths, vault = open_vault(home)
    keys, _ = vault.unlock(username, passphrase_bytes(passphrase))
    try:
        conn = connection.connect(paths.db, keys.current)
    except StoreError:
        return VerifyReport(["the first page does not decrypt (damaged or a foreign key)"], 0)
    anchor = (
        keyring.ring_public(keys.ring[keyring.RING])
        if keys.has(keyring.RING)
        else (vault.signer if vault.version >= 2 else None)
    )
    try:
        report = check_connection(conn, vault.store_id, anchor)
    finally:
        conn.close()
    report.problems += [p.message for p in vault.problems() if p.code != "waiting"]
    return report


def check_connection(
    conn: sqlcipher3.Connection, store_id: str = "", anchor: bytes | None = None
) -> VerifyReport:
    try:
        problems = backup.check_database(conn)
    except Exception as exc:  # a damaged page can make the pragmas themselves fail
        problems = [f"the database could not be read through ({type(exc).__name__})"]
    try:
        brk = audit.verify_chain(conn, store_id, anchor)
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
    permissions.require(session.account, "make", "backups", doing="make backups")
    out = Path(out)
    if out.is_dir():
        out = out / f"sxcounsel-{utc_now():%Y%m%d-%H%M%S}.sxbak"
    if has_control_chars(str(out)) or "\n" in str(out) or "\r" in str(out):
        raise ValidationError("backup.name_control", field="file")
    if not out.parent.is_dir():
        raise StoreError("backup.no_folder", file=str(out), folder=str(out.parent))
    try:
        size = backup.write_backup(session.store, out)
    except (OSError, sqlcipher3.Error) as exc:
        why = getattr(exc, "strerror", None) or "the disk is full or cannot be written"
        raise StoreError("backup.not_written", file=str(out), why=why) from None
    session.store.audit(session.username, "backup", "store", session.store.meta("store_id"))
    return size


RESTORED_FROM_BACKUP = "sync_restored_from_backup"  # meta: the backup's created_at (sync)


class RestoreNeedsConfirmation(SxError):
    """A restore that replaces more than the person may expect; asked for by name it runs."""

    kind = "restore_confirm"


class OtherStoreBackup(RestoreNeedsConfirmation):
    kind = "restore_other_store"


class OlderBackup(RestoreNeedsConfirmation):
    kind = "restore_older"
    required = ("days",)
    days: int


@dataclass
class RestoreResult:
    records_path: Path
    replaced: Path | None
    other_store: bool = False
    older_days: int = 0  # days of records the restore rolled back (0: none known)
    created_at: str = ""  # when the backup was made
    rebase_allowed: bool = False  # RESTORED_FROM_BACKUP was written


def _live_store_id(paths: StorePaths) -> str | None:
    """The store id of the store in ``paths`` ("" when there is none, None when unreadable)."""
    if not paths.exists():
        return ""
    try:
        return Vault(paths.slots).store_id or None
    except SxError:
        return None


def _newest_change(conn: sqlcipher3.Connection) -> tuple | None:
    row = conn.execute(
        "SELECT seq, record_type, record_id, version, at FROM change_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return tuple(row) if row else None


def _holds_change(conn: sqlcipher3.Connection, change: tuple) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM change_log WHERE seq = ? AND record_type = ? AND record_id = ? "
            "AND version = ? AND at = ?",
            change,
        ).fetchone()
        is not None
    )


def _live_newest_change(paths: StorePaths, data_keys: list[bytes]) -> tuple[bool, tuple | None]:
    """(known, newest change) of the live store, read with the backup's data keys; not known
    when none of them opens it (rotated since) or it cannot be read (damaged)."""
    for key in data_keys:
        try:
            conn = connection.connect(paths.db, key)
        except StoreError:
            continue
        try:
            return True, _newest_change(conn)
        except sqlcipher3.Error:
            return False, None
        finally:
            conn.close()
    return False, None


def _last_written(paths: StorePaths) -> str:
    files = [p for p in (paths.db, *paths.sidecars) if p.exists()]
    moment = max(p.stat().st_mtime for p in files)
    return utc_stamp(datetime.fromtimestamp(moment, UTC))


def _compare_with_live(
    paths: StorePaths, keys: UnlockedKeys, staged: sqlcipher3.Connection, created: str
) -> tuple[bool, str, str]:
    """(compared, the backup's newest change, the live store's newer one or "").

    The live store is read with the backup's data keys. When none opens it (the key was
    rotated since) or it cannot be read (damaged), the time its files were last written
    stands in for its newest change, and ``compared`` is False."""
    compared, live = _live_newest_change(paths, list(keys.keys.values()))
    mine = _newest_change(staged)
    since = mine[4] if mine else created
    if compared:
        if live is None or _holds_change(staged, live):
            return True, since, ""
        return True, since, live[4]
    written = _last_written(paths)
    return False, created, written if written > created else ""


def days_between(earlier: str, later: str) -> int:
    """Whole days from one time stamp to a later one, rounded (at least 1)."""
    try:
        seconds = (parse_stamp(later) - parse_stamp(earlier)).total_seconds()
    except ValueError:
        return 1
    return max(1, round(seconds / 86400))


def _plural_days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


def restore(
    home: Path,
    file: Path,
    *,
    username: str,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    allow_other_store: bool = True,
    allow_older: bool = True,
) -> RestoreResult:
    """Verify ``file`` fully, then put it in place; the replaced store is kept aside.

    A person's restore (the command, the settings dialog) passes ``allow_other_store`` and
    ``allow_older`` False until that person asked for it by name: a backup of another store
    then raises OtherStoreBackup (before any passphrase is tried), and a backup that lacks
    changes the store on this computer holds raises OlderBackup with the days it would roll
    back. The defaults keep programmatic restores (the damaged-store screen) as they were.
    After a restore that rolls back changes, or whose live store could not be compared, meta
    RESTORED_FROM_BACKUP holds the backup's creation time (sync may then rebase once)."""
    paths = StorePaths(Path(home))
    bf = backup.read_backup(Path(file))
    name = bf.path.name
    backup_id = str(bf.header.get("store_id", ""))
    created = str(bf.header.get("created_at", ""))
    live_id = _live_store_id(paths)
    other = bool(live_id) and live_id != backup_id
    if other and not allow_other_store:
        raise OtherStoreBackup(
            "restore.other_store", file=name, backup_store=backup_id, live_store=live_id
        )
    vault = bf.vault
    try:
        if recovery_key:
            keys, _ = vault.unlock(RECOVERY, normalize_recovery_key(recovery_key))
        else:
            keys, _ = vault.unlock(username, passphrase_bytes(passphrase or ""))
    except UnlockError:
        if recovery_key:
            raise UnlockError("restore.recovery_wrong") from None
        raise UnlockError("restore.passphrase_wrong", username=username) from None
    backup.check_mac(bf, keys.current)

    paths.home.mkdir(parents=True, exist_ok=True)
    staging = paths.home / f".restore-{utc_now():%Y%m%d%H%M%S%f}"
    staging.mkdir()
    older_days, compared = 0, False
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
                raise IntegrityError("restore.damaged", file=bf.path.name)
            if live_id and not other:
                compared, since, newer = _compare_with_live(paths, keys, conn, created)
                if newer:
                    older_days = days_between(since, newer)
                    if not allow_older:
                        raise OlderBackup(
                            "restore.older" if older_days != 1 else "restore.older_day",
                            file=name, days=older_days, backup_change=since, live_change=newer,
                            backup_day=since[:10], live_day=newer[:10],
                        )  # fmt: skip
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        finally:
            conn.close()
        vault.path = staged.slots
        vault.persist = True
        vault.save()
        replaced = _swap_in(paths, staged, name)
    except SxError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(
            "restore.not_restored", file=bf.path.name, why=exc.strerror or str(exc)
        ) from None
    shutil.rmtree(staging, ignore_errors=True)
    rebase = older_days > 0 or not compared
    with Store.open(paths.home, keys, Vault(paths.slots)) as store:
        actor = RECOVERY if recovery_key else username
        detail = name
        if other:
            detail += f"; of another store {backup_id} (replaced {live_id})"
        if older_days:
            detail += f"; rolled back {_plural_days(older_days)} of records"
        with store.transaction():
            if rebase and created:
                store.set_meta(RESTORED_FROM_BACKUP, created)
            store.audit(actor, "restore", "store", store.meta("store_id"), detail=detail)
    return RestoreResult(paths.db, replaced, other, older_days, created, rebase and bool(created))


def _swap_in(paths: StorePaths, staged: StorePaths, backup_name: str) -> Path | None:
    """Move the live store's files aside into ``replaced-…`` and the staged ones into place:
    all of them, or none. On any failure the moves made are undone in reverse and the store is
    left as it was (restore.rolled_back); only if undoing fails too does the error say which
    of the store's files are still in the ``replaced-…`` folder (restore.rollback_failed;
    nothing is deleted)."""
    replaced = None
    aside: list[tuple[Path, Path]] = []
    live = [p for p in (paths.db, *paths.sidecars, paths.slots) if p.exists()]
    if live:
        replaced = paths.home / f"replaced-{utc_now():%Y%m%d-%H%M%S}"
        replaced.mkdir()
        aside = [(p, replaced / p.name) for p in live]
    moves = [*aside, (staged.db, paths.db), (staged.slots, paths.slots)]
    done: list[tuple[Path, Path]] = []
    try:
        for src, dst in moves:
            atomic.replace(src, dst)
            done.append((src, dst))
    except (OSError, StoreError) as exc:
        _roll_back(paths, done, aside, replaced, exc, backup_name)
    fsync_dir(paths.home)
    return replaced


def _roll_back(
    paths: StorePaths,
    done: list[tuple[Path, Path]],
    aside: list[tuple[Path, Path]],
    replaced: Path | None,
    exc: OSError | StoreError,
    backup_name: str,
) -> NoReturn:
    """Undo ``done`` in reverse (the staged files back into staging, then the live ones back
    into the data folder), then raise what happened. A staged file that cannot be moved back
    is overwritten by the live file of the same name moved back after it, or, with no live
    file of its name, removed if it can be (a copy of the backup, which stays)."""
    stuck: list[str] = []
    for src, dst in reversed(done):
        try:
            atomic.replace(dst, src)
        except (OSError, StoreError):
            if (src, dst) in aside:
                stuck.append(src.name)
            elif all(live != dst for live, _ in aside):
                atomic.discard(dst)
    fsync_dir(paths.home)
    held = exc.facts.get("file", "") if isinstance(exc, StoreError) else ""
    if not held and isinstance(exc, OSError):
        held = Path(exc.filename or "").name
    if stuck and replaced is not None:
        raise StoreError(
            "restore.rollback_failed",
            file=backup_name,
            held=held,
            folder=replaced.name,
            files=sorted(stuck),
        ) from None
    if replaced is not None:
        with contextlib.suppress(OSError):
            replaced.rmdir()  # empty again: every live file is back in place
    if isinstance(exc, StoreError):  # atomic.in_use_error: another program holds the file
        why = "another program holds it"
    else:
        why = exc.strerror or type(exc).__name__
    raise StoreError("restore.rolled_back", file=backup_name, held=held, why=why) from None
