"""A damaged store at unlock: detect it, and find the newest backup to restore from.

``unlock_checked`` is ``Session.unlock`` followed by a check of every page's MAC (SQLCipher's
``cipher_integrity_check``, about 10 ms per MB): a flipped byte anywhere in the database is
found before the user works on it, not later in the middle of a form. A damaged store raises
``StoreDamaged`` instead of whatever SQLite said; a wrong passphrase is still an UnlockError.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from sxcounsel.core.errors import IntegrityError, StoreError
from sxcounsel.services.account_session import Session
from sxcounsel.services.autobackup import auto_backups
from sxcounsel.store.connection import is_disk_full
from sxcounsel.store.db import UPGRADE_BACKUPS


class StoreDamaged(IntegrityError):
    """The keys are right but the database fails its checks: restore a backup."""

    kind = "damaged"


def unlock_checked(
    home: Path, username: str, passphrase: str, clock: Callable[[], float] = time.time
) -> Session:
    """Unlock, then check every page; raises StoreDamaged if the store is damaged."""
    try:
        session = Session.unlock(home, username, passphrase, clock=clock)
    except StoreError as exc:
        if exc.code == "store.undecryptable":
            # The key slot opened with this passphrase, so the keys are right: page 1 is bad.
            raise StoreDamaged("login.damaged", reason="damaged") from None
        raise
    except sqlcipher3.DatabaseError as exc:
        if is_disk_full(exc):
            raise StoreError("login.disk_full", reason="disk") from None
        raise StoreDamaged("login.damaged", reason="damaged") from None
    try:
        bad = session.store.conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError:
        bad = ["unreadable"]
    if bad:
        session.store.close()  # not lock(): nothing more is written to a damaged store
        raise StoreDamaged("login.damaged", reason="damaged", pages=len(bad))
    return session


@dataclass(frozen=True)
class FoundBackup:
    path: Path
    made: datetime  # the file's modification time, UTC
    kind: str  # "automatic" (the chosen folder) or "before upgrade" (the data folder)


def find_backups(home: Path, autobackup_folder: str | Path | None) -> list[FoundBackup]:
    """Backups this program wrote, newest first: the automatic backups in the chosen folder
    (a USB stick that may be missing) and the backups made before upgrades."""
    found: list[FoundBackup] = []
    places = [(Path(home) / UPGRADE_BACKUPS, "before upgrade")]
    if autobackup_folder:
        places.insert(0, (Path(autobackup_folder), "automatic"))
    for folder, kind in places:
        try:
            files = (
                auto_backups(folder)
                if kind == "automatic"
                else sorted(p for p in folder.glob("*.sxbak") if p.is_file())
            )
            for p in files:
                made = datetime.fromtimestamp(p.stat().st_mtime, UTC)
                found.append(FoundBackup(p, made, kind))
        except OSError:
            continue  # an unplugged stick, an unreadable folder: look elsewhere
    return sorted(found, key=lambda b: b.made, reverse=True)
