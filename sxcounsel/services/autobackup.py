"""Automatic encrypted backups into a chosen folder (a USB stick), keeping the newest N.

Only files this module named (``sxcounsel-auto-YYYYMMDD-HHMMSS.sxbak``) are ever removed, and
only after the new backup is complete: a failed backup never costs an older one. The names
carry the time only, never a school's or a student's data.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from sxcounsel.core.clock import utc_now
from sxcounsel.core.errors import StoreError, ValidationError
from sxcounsel.services.account_session import Session
from sxcounsel.services.maintenance import make_backup
from sxcounsel.store.atomic import remove

PREFIX, SUFFIX = "sxcounsel-auto-", ".sxbak"
_NAME = re.compile(rf"^{re.escape(PREFIX)}\d{{8}}-\d{{6}}(?:-\d+)?{re.escape(SUFFIX)}$")
MIN_KEEP, MAX_KEEP, DEFAULT_KEEP = 1, 100, 10


def auto_backups(folder: Path) -> list[Path]:
    """This module's backups in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _NAME.match(p.name) and p.is_file())


def auto_backup(session: Session, folder: Path, keep: int = DEFAULT_KEEP) -> Path:
    """Write a new backup into ``folder`` and remove the oldest beyond ``keep``."""
    if not MIN_KEEP <= keep <= MAX_KEEP:
        raise ValidationError(
            "backup.keep_range", field="keep", value=keep, low=MIN_KEEP, high=MAX_KEEP
        )
    folder = Path(folder)
    if not folder.is_dir():
        raise StoreError("backup.auto_no_folder", file=str(folder), folder=str(folder))
    stamp = f"{utc_now():%Y%m%d-%H%M%S}"
    out, n = folder / f"{PREFIX}{stamp}{SUFFIX}", 1
    while out.exists():  # two exits within one second
        out, n = folder / f"{PREFIX}{stamp}-{n}{SUFFIX}", n + 1
    make_backup(session, out)
    for old in auto_backups(folder)[:-keep]:
        # A read-only stick, or an old backup held open (a virus scan, an explorer preview): the
        # new backup still counts; the old one goes next time.
        with contextlib.suppress(OSError, StoreError):
            remove(old)
    return out
