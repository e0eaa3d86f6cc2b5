"""The live countdown after repeated failed unlocks, read from the key-slot file."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from sxcounsel.core.errors import SxError
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import Vault

TICK_MS = 250


class ThrottleWatch(QObject):
    """Emits ``tick(seconds_left)`` while ``user`` must wait, then ``ended``."""

    tick = Signal(float)
    ended = Signal()

    def __init__(self, home: Path, clock: Callable[[], float] = time.time, parent=None) -> None:
        super().__init__(parent)
        self.slots = StorePaths(Path(home)).slots
        self.clock = clock
        self.user = ""
        self.vault: Vault | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)

    def users(self) -> list[str]:
        """Accounts that have a key slot on this computer (reloads the file)."""
        self.vault = Vault(self.slots, self.clock)
        return self.vault.users()

    def remaining(self) -> float:
        if self.vault is None or not self.user:
            return 0.0
        try:
            return self.vault.retry_after(self.user)
        except SxError:
            return 0.0

    def watch(self, user: str) -> float:
        """Reload the slot file and start counting down if ``user`` must wait."""
        self.user = user
        try:
            self.vault = Vault(self.slots, self.clock)
        except SxError:
            self.vault = None
        return self.refresh()

    def refresh(self) -> float:
        left = self.remaining()
        if left > 0:
            if not self.timer.isActive():
                self.timer.start()
            self.tick.emit(left)
        elif self.timer.isActive():
            self.timer.stop()
            self.ended.emit()
        return left

    @property
    def active(self) -> bool:
        return self.timer.isActive()
