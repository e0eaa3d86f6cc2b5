"""Where a store's files live inside the data folder (``--home``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DB_NAME = "sxcounsel.db"
SLOTS_NAME = "keyslots.json"


def default_home() -> Path:
    env = os.environ.get("SXCOUNSEL_HOME")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("sxcounsel", appauthor=False))


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
