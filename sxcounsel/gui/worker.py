"""Run slow work (key derivation, backup, restore) off the GUI thread.

``run_task(fn)`` starts ``fn()`` on the global thread pool and returns a ``Task`` living in the
GUI thread; its ``succeeded``/``failed`` signals carry the result or the exception back to the
GUI thread. Errors are passed on as objects, never printed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from sxcounsel.services.session import Session

_running: set[Task] = set()


class _Relay(QObject):
    """Carries the outcome from the worker thread; lives in the GUI thread."""

    done = Signal(object)
    error = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.relay.error.emit(exc)
        else:
            self.relay.done.emit(result)


class Task(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[], Any], holds_store: bool = True) -> None:
        super().__init__()
        # A task that holds the session's store keeps it open: locking waits for it. A task
        # that only uses a connection of its own (a read on a sibling) does not.
        self.holds_store = holds_store
        self._relay = _Relay()
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.error.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self._job = _Job(fn, self._relay)
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None

    def start(self) -> Task:
        if self.holds_store:
            _running.add(self)
        self.running = True
        QThreadPool.globalInstance().start(self._job)
        return self

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.result = result
        self._finish()
        self.finished.emit()
        self.succeeded.emit(result)

    @Slot(object)
    def _on_error(self, exc: object) -> None:
        self.error = exc  # type: ignore[assignment]
        self._finish()
        self.finished.emit()
        self.failed.emit(exc)

    def _finish(self) -> None:
        self.running = False
        _running.discard(self)


def run_task(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    holds_store: bool = True,
) -> Task:
    task = Task(fn, holds_store)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_error is not None:
        task.failed.connect(on_error)
    return task.start()


def on_sibling(session: Session, work: Callable[[Session], Any]) -> Callable[[], Any]:
    """``work`` run on a second connection to the store, closed afterwards (for a worker
    thread: its transactions never mix with a form being saved on the first one)."""

    def run() -> Any:
        sibling = session.sibling()
        try:
            return work(sibling)
        finally:
            sibling.store.close()

    return run


class Latest:
    """A series of background loads of which only the newest may deliver: a page reloaded
    (another school year chosen) before its previous load ended must not be overwritten by
    that older result when it arrives last."""

    def __init__(self) -> None:
        self.generation = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        self.generation += 1
        mine = self.generation

        def succeeded(result: Any) -> None:
            if mine == self.generation:
                on_success(result)

        def failed(exc: BaseException) -> None:
            if mine == self.generation:
                on_error(exc)

        return run_task(fn, succeeded, failed)


def busy() -> bool:
    """Whether background work is running (the store must not be closed under it)."""
    return bool(_running)


def wait_all(msecs: int = 30000) -> bool:
    """Wait for background work to end (at quit: never leave a backup half written)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
