"""Reading list and dashboard rows on a worker thread, one read at a time.

Unlike ``worker.run_task`` (backups, restores: the store must stay open until they end), a
read does not hold the lock screen back: locking first waits for a running read to finish
(``wait_for_reads``, registered as a draft saver, which the window runs before it closes the
store), so a read never runs against a closed store and locking is not deferred.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

# One read at a time on the store's single connection.
READ_LOCK = threading.Lock()


def wait_for_reads() -> None:
    """Block until no read is running (called before the store is closed)."""
    with READ_LOCK:
        pass


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], read: Read) -> None:
        super().__init__()
        self.fn, self.read = fn, read
        self.setAutoDelete(True)

    def run(self) -> None:
        # The outcome is posted while the lock is held: the store cannot close in between.
        with READ_LOCK:
            try:
                result = self.fn()
            except BaseException as exc:
                self._post(self.read.error, exc)
            else:
                self._post(self.read.done, result)

    @staticmethod
    def _post(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
            signal.emit(value)


class Read(QObject):
    """One background read; ``running`` until its result is back in the GUI thread."""

    done = Signal(object)
    error = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any], parent: QObject) -> None:
        super().__init__(parent)
        self.running = True
        self.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.error.connect(self._error, Qt.ConnectionType.QueuedConnection)
        QThreadPool.globalInstance().start(_Job(fn, self))

    @Slot(object)
    def _done(self, result: object) -> None:
        self.running = False
        self.succeeded.emit(result)

    @Slot(object)
    def _error(self, exc: object) -> None:
        self.running = False
        self.failed.emit(exc)


def start_read(
    owner: QObject,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Read:
    read = Read(fn, owner)
    read.succeeded.connect(on_success)
    read.failed.connect(on_error)
    return read
