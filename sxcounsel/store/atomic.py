"""Atomic file writes: a temp file in the same folder, fsync, rename, fsync the folder.

No half-written file ever carries the final name, and the temp name says nothing about
its content.

Windows refuses to replace or delete a file another program holds open (a PDF still open in a
viewer, an XLSX in Excel or WPS, keyslots.json while an antivirus scans it): ``replace`` and
``remove`` retry for about two seconds, then raise a StoreError naming the file and the program
that probably holds it. POSIX never refuses for that reason, so there is nothing to retry.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from sxcounsel.core.errors import StoreError

# ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: what Windows answers
# while another handle holds the file (an open without FILE_SHARE_DELETE, a byte-range lock).
SHARING_VIOLATIONS = frozenset({5, 32, 33})
# The pauses between tries: about two seconds in all, enough for a virus scan of one file.
PAUSES: tuple[float, ...] = (0.05, 0.1, 0.15, 0.2, 0.25, 0.25, 0.5, 0.5)
_SHEETS = frozenset({".xlsx", ".xls", ".csv"})


def in_use(exc: BaseException) -> bool:
    """Whether ``exc`` is Windows refusing because another program holds the file."""
    return isinstance(exc, OSError) and getattr(exc, "winerror", None) in SHARING_VIOLATIONS


def held_by(path: Path) -> str:
    """The program that probably holds ``path``, guessed from its extension: "pdf" (a PDF
    viewer), "sheet" (Excel or WPS) or "other" (an antivirus, another copy of sxcounsel)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    return "sheet" if suffix in _SHEETS else "other"


def in_use_error(path: Path, winerror: int | None = None) -> StoreError:
    """The refusal for a file another program holds: its name only, and the program."""
    name, program = Path(path).name, held_by(path)
    if program == "pdf":
        return StoreError("file.in_use_pdf", file=name, program=program, winerror=winerror)
    if program == "sheet":
        return StoreError("file.in_use_sheet", file=name, program=program, winerror=winerror)
    return StoreError("file.in_use_other", file=name, program=program, winerror=winerror)


def _patiently(action: Callable[[], None], path: Path) -> None:
    """Run ``action``; while Windows says another program holds the file, pause and try
    again, then raise the StoreError that names ``path``. Any other OSError is raised as is."""
    for pause in (*PAUSES, None):
        try:
            action()
            return
        except OSError as exc:
            if not in_use(exc):
                raise
            if pause is None:
                raise in_use_error(path, getattr(exc, "winerror", None)) from None
        time.sleep(pause)


def replace(src: Path | str, dst: Path | str) -> None:
    """``os.replace`` that waits out a brief hold of either file by another program; the
    refusal names ``dst`` (the name the user knows)."""
    _patiently(lambda: os.replace(src, dst), Path(dst))


def remove(path: Path | str) -> None:
    """``os.unlink`` that waits out a brief hold by another program (FileNotFoundError as is)."""
    _patiently(lambda: os.unlink(path), Path(path))


def discard(path: Path | str) -> None:
    """Remove a temp file if it can be removed: a clean-up never fails the job it follows (a
    temp file another program still holds stays; its name says nothing about its content)."""
    with contextlib.suppress(OSError, StoreError):
        remove(path)


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, path)
    except BaseException:
        discard(tmp)
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    with atomic_writer(path) as fh:
        fh.write(data)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS renames are journaled.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
