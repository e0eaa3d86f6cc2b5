"""The data folder a user chooses: where a new store goes, using one that already exists, and
moving a store to another folder or drive, all or nothing.

Schools with restore cards (还原卡) lose drive C: at every restart; the first-run wizard and
Settings let the user keep the records elsewhere (``store/paths.py`` remembers the choice).

A move runs with the store closed (no connection may hold the database: Windows cannot move
an open file). It moves only the store's own entries (``store_entries``): the database and its
-wal/-shm/-journal, the key-slot file and its lock file, the backups made before upgrades and
the stores a restore kept aside; anything else in the folder stays where it is.

- Same drive: each entry is renamed into the new folder; if one rename fails, the ones done
  are renamed back.
- Another drive: every entry is copied (and flushed to disk) first; then the originals are
  renamed into a hidden folder beside them, and deleted once the new place is remembered. A
  failure before that point deletes the copies and renames the originals back.

Either way the new folder is remembered (the pointer) before the move counts as done; if that
fails, everything goes back too. Only a rollback that itself fails leaves the store split, and
the error says exactly where its files are.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sxcounsel.core.clock import utc_now
from sxcounsel.core.errors import StoreError, SxError
from sxcounsel.core.progress import Cancelled, Progress
from sxcounsel.store import paths
from sxcounsel.store.atomic import fsync_dir, in_use, replace
from sxcounsel.store.db import UPGRADE_BACKUPS
from sxcounsel.store.paths import APP_NAME, DB_NAME, SLOTS_NAME, StorePaths

# The store's files, besides the folders below (the journal only after a crash outside WAL).
STORE_FILES = (
    DB_NAME + "-wal",
    DB_NAME + "-shm",
    DB_NAME + "-journal",
    SLOTS_NAME + ".lock",  # store/filelock.py: beside the slot file, never removed
    DB_NAME,
    SLOTS_NAME,
)
# Folders of the store: backups made before upgrades, and (by prefix) the stores a restore
# kept aside (services/maintenance.py names them "replaced-<time>").
STORE_FOLDERS = (UPGRADE_BACKUPS,)
REPLACED_PREFIX = "replaced-"
# Files in a data folder that are not the store's and do not make it "hold other files": the
# pointer (in the platform's folder on Windows) and the lock file of the running instance
# (gui/instance.py's LOCK_NAME, and QLockFile's companions of it).
NOT_THE_STORE = (paths.POINTER_NAME, paths.INSTANCE_LOCK_NAME)
RETIRED_PREFIX = ".moved-"  # the originals of a move to another drive, until it is done
CHUNK = 1 << 20
# Room left on the target drive beyond the store's size (the database grows, temp files).
SPARE_BYTES = 16 << 20


@dataclass(frozen=True)
class Place:
    """Where a store goes (``existing`` False) or already is (True) for a folder the user
    chose."""

    home: Path
    existing: bool


@dataclass(frozen=True)
class MoveResult:
    old: Path
    home: Path
    copied: bool  # another drive: the files were copied, then the originals deleted
    left_behind: bool  # originals that could not be deleted stay in a hidden folder of ``old``


# -- choosing a folder ---------------------------------------------------------------------------
def _absolute(folder: Path) -> Path:
    return Path(os.path.abspath(os.path.expanduser(folder)))


def _nearest_existing(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return None


def check_writable(folder: Path) -> None:
    """Refuse a folder nothing can be written in (checked in it, or in the nearest folder
    above it that exists, which is where it would be made). Nothing is left behind."""
    folder = _absolute(folder)
    base = _nearest_existing(folder)
    if base is None:
        raise StoreError("folder.not_writable", folder=str(folder), why="no such drive")
    if not base.is_dir():
        raise StoreError("folder.not_a_folder", folder=str(base))
    try:
        fd, probe = tempfile.mkstemp(prefix=".sxcounsel-check-", dir=base)
    except OSError as exc:
        raise StoreError(
            "folder.not_writable", folder=str(folder), why=exc.strerror or type(exc).__name__
        ) from None
    try:
        os.write(fd, b"0")
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(probe)


def store_entries(home: Path) -> list[Path]:
    """The store's own files and folders present in ``home`` (folders first, then the files,
    the database and the slot file last)."""
    home = Path(home)
    found: list[Path] = []
    with contextlib.suppress(OSError):
        for child in sorted(home.iterdir()):
            if child.is_dir() and (
                child.name in STORE_FOLDERS or child.name.startswith(REPLACED_PREFIX)
            ):
                found.append(child)
    found += [home / name for name in STORE_FILES if (home / name).is_file()]
    return found


def _fresh(folder: Path) -> bool:
    """A folder a store may be put in: missing, empty (but for the pointer and the running
    instance's lock file), or the platform's own data folder without any file of a store (on
    Windows it also holds the pointer and the translation cache)."""
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    try:
        if all(child.name.startswith(NOT_THE_STORE) for child in folder.iterdir()):
            return True
    except OSError:
        return False
    return paths.same_folder(folder, paths.platform_home()) and not store_entries(folder)


def place_for(chosen: Path) -> Place:
    """Where the records go for a folder the user chose: the folder itself when it holds a
    store (``existing``), or is missing or empty; else its subfolder ``sxcounsel`` (choosing
    D:\\ keeps the records in D:\\sxcounsel), under the same rules. Refuses a file, a folder
    holding other files or part of a store, and a place nothing can be written in."""
    chosen = _absolute(chosen)
    for candidate in (chosen, chosen / APP_NAME):
        if candidate.exists() and not candidate.is_dir():
            raise StoreError("folder.not_a_folder", folder=str(candidate))
        if StorePaths(candidate).exists():
            check_writable(candidate)
            return Place(candidate, True)
        if _fresh(candidate):
            check_writable(candidate)
            return Place(candidate, False)
        if store_entries(candidate):  # part of a store: never put another beside it
            break
    raise StoreError("folder.not_empty", folder=str(candidate))


def existing_store(chosen: Path) -> Path:
    """The data folder holding a store, for a folder the user chose (itself or its
    ``sxcounsel`` subfolder); refuses a folder without records."""
    chosen = _absolute(chosen)
    for candidate in (chosen, chosen / APP_NAME):
        if StorePaths(candidate).exists():
            check_writable(candidate)  # unlocking writes the slot file
            return candidate
    raise StoreError("folder.no_records", folder=str(chosen))


def found_elsewhere() -> list[Path]:
    """Records kept in the folder ``sxcounsel`` at the top of a local disk (D:\\sxcounsel, the
    folder the wizard makes when D:\\ is chosen). A restore card wipes the pointer on drive
    C: at every restart: the wizard offers what it finds here. Windows only (drive letters)."""
    return [home for home in _drive_folders() if StorePaths(home).exists()]


def _drive_folders() -> list[Path]:
    if sys.platform != "win32":
        return []
    import ctypes  # pragma: no cover - Windows
    import string

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    drives = kernel32.GetLogicalDrives()
    found = []
    for index, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        # Local disks only: no floppy (A:, B:), no network drive that may hang a start.
        if letter not in "AB" and drives >> index & 1 and kernel32.GetDriveTypeW(root) == 3:
            found.append(Path(root) / APP_NAME)
    return found


def remember(home: Path) -> None:
    """Remember ``home`` as this user's data folder for the next start."""
    try:
        paths.remember_home(_absolute(home))
    except OSError as exc:
        raise StoreError(
            "folder.not_remembered", folder=str(home), why=exc.strerror or type(exc).__name__
        ) from None
    except SxError as exc:  # the pointer held by another program (Windows)
        raise StoreError("folder.not_remembered", folder=str(home), why=exc.message) from None


# -- moving ----------------------------------------------------------------------------------
def _inside(folder: Path, outer: Path) -> bool:
    a, b = os.path.normcase(str(folder)), os.path.normcase(str(outer))
    try:
        return os.path.commonpath([a, b]) == b
    except ValueError:  # different drives
        return False


def move_target(home: Path, chosen: Path) -> Path:
    """The folder the store of ``home`` would move to, for a folder the user chose; refuses
    the current folder, a folder inside it, and one already holding records."""
    home = _absolute(home)
    place = place_for(chosen)
    if paths.same_folder(place.home, home):
        raise StoreError("folder.same", folder=str(home))
    if place.existing:
        raise StoreError("folder.has_records", folder=str(place.home))
    if _inside(place.home, home):
        raise StoreError("folder.inside", folder=str(home), target=str(place.home))
    return place.home


def move_data_folder(home: Path, chosen: Path, progress: Progress | None = None) -> MoveResult:
    """Move the (closed) store of ``home`` to the folder the user chose and remember it as
    this user's data folder. Refuses a data folder fixed by SXCOUNSEL_HOME or --home."""
    home = _absolute(home)
    if not paths.choosable(home):
        raise StoreError("folder.fixed", folder=str(home))
    return move_store(home, move_target(home, chosen), remember=True, progress=progress)


def move_store(
    home: Path, target: Path, *, remember: bool = False, progress: Progress | None = None
) -> MoveResult:
    """Move the store of ``home`` into ``target`` (missing or empty), all or nothing; with
    ``remember``, the new folder is remembered as part of the move."""
    home, target = _absolute(home), _absolute(target)
    if not StorePaths(home).exists():
        raise StoreError("folder.no_store", folder=str(home))
    if paths.same_folder(home, target):
        raise StoreError("folder.same", folder=str(home))
    if _inside(target, home):
        raise StoreError("folder.inside", folder=str(home), target=str(target))
    if not _fresh(target):
        raise StoreError("folder.not_empty", folder=str(target))
    check_writable(target)
    entries = store_entries(home)
    made = _make_folder(target)
    try:
        if same_drive(home, target):
            _rename_all(home, target, entries, remember)
            return MoveResult(home, target, copied=False, left_behind=False)
        left = _copy_all(home, target, entries, remember, progress)
        return MoveResult(home, target, copied=True, left_behind=left)
    except BaseException as exc:
        split = isinstance(exc, StoreError) and exc.code == "folder.half_moved"
        if made is not None and not split:  # everything is back: remove the folders made
            shutil.rmtree(made, ignore_errors=True)
        raise


def same_drive(a: Path, b: Path) -> bool:
    """Whether a rename can move an entry from folder ``a`` into folder ``b``."""
    return os.stat(a).st_dev == os.stat(b).st_dev


def _make_folder(target: Path) -> Path | None:
    """Make ``target``; the topmost folder this made (to remove on failure), or None."""
    top = next((f for f in (*reversed(target.parents), target) if not f.exists()), None)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if top is not None:
            shutil.rmtree(top, ignore_errors=True)
        raise StoreError(
            "folder.not_writable", folder=str(target), why=exc.strerror or type(exc).__name__
        ) from None
    return top


def _commit(home: Path, target: Path, remember: bool) -> None:
    """The last step of a move: flushed to disk, and the new folder remembered."""
    fsync_dir(target)
    fsync_dir(home)
    if remember:
        paths.remember_home(target)


def _rename_all(home: Path, target: Path, entries: list[Path], remember: bool) -> None:
    _move_and_remember(home, target, entries, target, remember)


def _move_and_remember(
    home: Path,
    into: Path,
    entries: list[Path],
    target: Path,
    remember: bool,
    on_failure: Callable[[], None] = lambda: None,
) -> None:
    """Move ``entries`` into ``into``, then remember ``target``: all or nothing. On a failure
    the moves are undone (if that fails too, the error says where the files are and nothing
    else runs), then ``on_failure`` runs and the failure is raised naming its file."""
    done: list[tuple[Path, Path]] = []
    current = ""
    try:
        for entry in entries:
            current = entry.name
            replace(entry, into / entry.name)
            done.append((entry, into / entry.name))
        current = paths.POINTER_NAME
        _commit(home, target, remember)
    except BaseException as exc:
        _roll_back(exc, done, home)
        on_failure()
        raise _not_moved(exc, current, home) from None


def _copy_all(
    home: Path, target: Path, entries: list[Path], remember: bool, progress: Progress | None
) -> bool:
    """Copy, retire the originals, remember; True if retired originals could not be deleted."""
    files = [f for entry in entries for f in _files(entry)]
    need = sum(f.stat().st_size for f in files)
    free = shutil.disk_usage(target).free
    if need + SPARE_BYTES > free:
        raise StoreError(
            "folder.no_space",
            target=str(target),
            need_mb=max(1, round((need + SPARE_BYTES) / 1e6)),
            free_mb=round(free / 1e6),
        )
    if progress is not None:
        progress.start(sum(_units(f.stat().st_size) for f in files))
    copies: list[Path] = []
    current = ""
    try:
        for entry in entries:
            current = entry.name
            copies.append(target / entry.name)
            _copy(entry, target / entry.name, progress)
    except BaseException as exc:
        for copy in copies:
            _delete(copy)
        raise _not_moved(exc, current, home) from None
    retired = home / f"{RETIRED_PREFIX}{utc_now():%Y%m%d%H%M%S%f}"

    def discard_copies() -> None:
        for copy in copies:
            _delete(copy)
        with contextlib.suppress(OSError):
            retired.rmdir()

    try:
        retired.mkdir()
    except OSError as exc:
        discard_copies()
        raise _not_moved(exc, current, home) from None
    _move_and_remember(home, retired, entries, target, remember, discard_copies)
    shutil.rmtree(retired, ignore_errors=True)
    return retired.exists()


def _roll_back(exc: BaseException, done: list[tuple[Path, Path]], home: Path) -> None:
    """Rename back what was renamed; if one cannot be, raise the error that says the store
    is split, and where."""
    for original, moved in reversed(done):
        try:
            replace(moved, original)
        except (OSError, SxError):
            raise StoreError(
                "folder.half_moved",
                file=original.name,
                folder=str(home),
                target=str(moved.parent),
                why=_why(exc),
            ) from None


def _files(entry: Path) -> list[Path]:
    if entry.is_dir():
        return sorted(p for p in entry.rglob("*") if p.is_file())
    return [entry]


def _units(size: int) -> int:
    """Progress steps for a file of ``size`` bytes (one per KiB, at least one)."""
    return size // 1024 + 1


def _copy(src: Path, dst: Path, progress: Progress | None) -> None:
    if src.is_dir():
        dst.mkdir()
        for child in sorted(src.iterdir()):
            _copy(child, dst / child.name, progress)
        return
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
        while chunk := fin.read(CHUNK):
            fout.write(chunk)
            if progress is not None:
                progress.check()
        fout.flush()
        os.fsync(fout.fileno())
    with contextlib.suppress(OSError):  # FAT and exFAT drives keep no permissions
        shutil.copystat(src, dst)
    if progress is not None:
        progress.advance(_units(src.stat().st_size))


def _delete(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def _why(exc: BaseException) -> str:
    if isinstance(exc, SxError):
        return exc.message
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return type(exc).__name__


def _not_moved(exc: BaseException, current: str, home: Path) -> BaseException:
    """The error to raise once everything is back: the user's cancel as is, a file another
    program holds, or any other failure, naming the file."""
    if isinstance(exc, Cancelled) or not isinstance(exc, Exception):
        return exc  # a cancel, KeyboardInterrupt and the like
    if in_use(exc) or (isinstance(exc, StoreError) and exc.code.startswith("file.in_use")):
        return StoreError("folder.not_moved_in_use", file=current, folder=str(home))
    return StoreError("folder.not_moved", file=current, folder=str(home), why=_why(exc))


def remove_if_empty(folder: Path) -> bool:
    """Remove the old data folder after a move if nothing is left in it."""
    try:
        Path(folder).rmdir()
    except OSError:
        return False
    return True
