"""Progress of long work (import, export, print, sync, backup), shared between threads.

The core accepts a ``Progress`` and calls ``advance``/``check``; the GUI polls ``snapshot`` from
a timer and may call ``cancel``. No Qt here: the same object serves the CLI and tests.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sxcounsel.core.errors import SxError


class Cancelled(SxError):
    kind = "cancelled"

    def __init__(self) -> None:
        super().__init__("operation.cancelled")


@dataclass(frozen=True)
class Snapshot:
    done: int
    total: int
    stage: str
    cancelled: bool

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


class Progress:
    def __init__(self, total: int = 0, stage: str = "") -> None:
        self._lock = threading.Lock()
        self._done, self._total, self._stage = 0, total, stage
        self._cancel = threading.Event()

    def start(self, total: int, stage: str = "") -> None:
        with self._lock:
            self._done, self._total, self._stage = 0, total, stage or self._stage

    def advance(self, n: int = 1) -> None:
        """Count ``n`` steps done; raises Cancelled if the user asked to stop."""
        with self._lock:
            self._done += n
        self.check()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    def snapshot(self) -> Snapshot:
        with self._lock:
            return Snapshot(self._done, self._total, self._stage, self._cancel.is_set())
