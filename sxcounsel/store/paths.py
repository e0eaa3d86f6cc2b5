"""Where the data folder (``--home``) is, and where a store's files live inside it.

The data folder is, in this order: the environment's ``SXCOUNSEL_HOME``; the folder this user
chose (in the first-run wizard or by moving it from Settings), remembered in a small pointer
file kept *outside* the data folder, in the user's configuration folder; else the platform's
per-user data folder (``%LOCALAPPDATA%\\sxcounsel`` on Windows). The pointer holds a path and
nothing else: no student data, no key.

A school PC with a restore card (还原卡) wipes drive C: at every reboot, pointer included: the
wizard then offers to use the data folder that already holds the records (on D:, say).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from sxcounsel.store.atomic import atomic_write_bytes

APP_NAME = "sxcounsel"
DB_NAME = "sxcounsel.db"
SLOTS_NAME = "keyslots.json"
POINTER_NAME = "data-folder.json"
# Held by the one app instance that has the data folder open (gui/instance.py).
INSTANCE_LOCK_NAME = ".sxcounsel-open.lock"
HOME_ENV = "SXCOUNSEL_HOME"


def platform_home() -> Path:
    """The platform's per-user data folder: the data folder when nothing else is chosen."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def pointer_path() -> Path:
    """The file remembering the data folder this user chose (in the configuration folder)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / POINTER_NAME


def same_folder(a: Path, b: Path) -> bool:
    """Whether two paths name the same folder (case-insensitively where the OS is)."""
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def remembered_home() -> Path | None:
    """The folder the pointer names; None without a pointer or with one that cannot be read
    (a damaged pointer falls back to the platform's folder: it never stops the program)."""
    try:
        data = json.loads(pointer_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    home = data.get("home") if isinstance(data, dict) else None
    if not isinstance(home, str) or not home or not os.path.isabs(home):
        return None
    return Path(home)


def remember_home(home: Path) -> None:
    """Remember ``home`` as this user's data folder (atomically); the platform's own folder
    is remembered by having no pointer. Raises OSError when the pointer cannot be written."""
    pointer = pointer_path()
    if same_folder(home, platform_home()):
        pointer.unlink(missing_ok=True)
        return
    pointer.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"home": os.path.abspath(home)}, ensure_ascii=False, indent=1) + "\n"
    atomic_write_bytes(pointer, text.encode("utf-8"))


def set_by_environment() -> bool:
    """Whether ``SXCOUNSEL_HOME`` fixes the data folder (an empty value counts as unset)."""
    return bool(os.environ.get(HOME_ENV))


def default_home() -> Path:
    """The data folder: ``SXCOUNSEL_HOME``, else the remembered folder, else the platform's."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env)
    return remembered_home() or platform_home()


def choosable(home: Path) -> bool:
    """Whether the user may choose or move ``home`` (a choice remembered for the next start
    takes effect): it is the folder ``default_home()`` gives, not one fixed by the
    environment (``SXCOUNSEL_HOME``) or picked on the command line (``--home``)."""
    return not set_by_environment() and same_folder(home, default_home())


@dataclass(frozen=True)
class StorePaths:
    home: Path

    @property
    def db(self) -> Path:
        return self.home / DB_NAME

    @property
    def slots(self) -> Path:
        return self.home / SLOTS_NAME

    @property
    def sidecars(self) -> list[Path]:
        return [self.home / (DB_NAME + "-wal"), self.home / (DB_NAME + "-shm")]

    def exists(self) -> bool:
        return self.db.exists() and self.slots.exists()
