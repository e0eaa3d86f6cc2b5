"""Point the user's folders that store/paths.py reads (the pointer to the chosen data folder,
the platform's data folder) at a test's own folder, never the real user's."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from sxcounsel.store import paths


@dataclass(frozen=True)
class UserDirs:
    pointer: Path  # the pointer file (may not exist)
    platform: Path  # the platform's data folder (%LOCALAPPDATA%\sxcounsel on Windows)


def redirect(monkeypatch: pytest.MonkeyPatch, root: Path) -> UserDirs:
    """No SXCOUNSEL_HOME; the pointer and the platform's data folder under ``root``."""
    dirs = UserDirs(
        root / "config" / "sxcounsel" / paths.POINTER_NAME, root / "local" / "sxcounsel"
    )
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    monkeypatch.setattr(paths, "pointer_path", lambda: dirs.pointer)
    monkeypatch.setattr(paths, "platform_home", lambda: dirs.platform)
    return dirs
