"""Background work, one way: read and write operations off the GUI thread.

In the manner of Anki's ``aqt.operations`` (``QueryOp`` / ``CollectionOp``):

- ``read(work, success, failure, session=...)`` runs ``work(sibling)`` on a thread of the
  operations pool, on a connection of its own (``Session.sibling()``, opened and closed on that
  thread), and calls ``success(result)`` or ``failure(exc)`` on the GUI thread.
- ``write(..., changes=(kind, record_id))`` does the same for a change, then announces it once
  through the application-wide ``notifier().records_changed`` (pages hear it on their
  ``ctx.bus.changed``).
- ``job(work, success, failure)`` is for work with no store open yet (unlocking, creating a
  store, restoring a backup): no connection at all. ``hand_over`` / ``Handover.open`` bring a
  session opened on a worker (an unlock) over to the GUI thread on a connection of its own.
- ``Latest`` runs a series of reads of which only the newest delivers.

Every operation may take a ``core.progress.Progress``: the work passes it to the service, the
operation polls it (``progressed``) and ``cancel()`` asks it to stop. Connections are bound to
the thread that opened them (store/connection.py): no connection is shared between threads.
Callbacks are dropped when ``parent`` was deleted meanwhile (a page closed by locking).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from sxcounsel.core.progress import Cancelled, Progress
from sxcounsel.services.account_session import Account, Session
from sxcounsel.store import connection
from sxcounsel.store.db import Store
from sxcounsel.store.keyring import UnlockedKeys
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.slots import SlotProblem
from sxcounsel.store.vault import Vault

POLL_MS = 100
Changes = tuple[str, str] | Callable[[Any], tuple[str, str]]

_pool = QThreadPool()
_pool.setMaxThreadCount(max(4, QThread.idealThreadCount()))
_live: set[Operation] = set()


class Notifier(QObject):
    """One per application: a write operation ended (store home, record kind, record id;
    kind and id are "" when many records changed)."""

    records_changed = Signal(str, str, str)


_notifier: Notifier | None = None


def notifier() -> Notifier:
    global _notifier
    if _notifier is None:
        _notifier = Notifier()
    return _notifier


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


class _Runner(QRunnable):
    def __init__(self, op: Operation) -> None:
        super().__init__()
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:
        self.op._run()


class Operation(QObject):
    """One piece of background work; ``running`` until its outcome is back on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    progressed = Signal(object)  # a core.progress.Snapshot, every POLL_MS while running
    _done = Signal(object)
    _error = Signal(object)

    def __init__(
        self,
        work: Callable[..., Any],
        *,
        session: Session | None = None,
        kind: str = "read",
        changes: Changes | None = None,
        parent: QObject | None = None,
        progress: Progress | None = None,
    ) -> None:
        super().__init__()
        self.work, self.session, self.kind = work, session, kind
        self.changes, self.parent, self.progress = changes, parent, progress
        self.home = str(session.store.paths.home) if session is not None else ""
        self.running = False
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.thread_name = ""  # the thread the work ran on
        self.ended = threading.Event()  # set on the worker once its connection is closed
        self._guard = threading.Lock()
        self._sibling: Session | None = None
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._error.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self._timer: QTimer | None = None

    @property
    def holds_store(self) -> bool:
        """Writes and jobs keep the store open (locking waits); reads do not."""
        return self.kind != "read"

    def start(self) -> Operation:
        self.running = True
        _live.add(self)
        if self.progress is not None:
            self._timer = QTimer(self)
            self._timer.setInterval(POLL_MS)
            self._timer.timeout.connect(self._poll)
            self._timer.start()
        _pool.start(_Runner(self))
        return self

    def cancel(self) -> None:
        """Ask the work to stop: its Progress says so, a read's query is interrupted."""
        self.cancelled = True
        if self.progress is not None:
            self.progress.cancel()
        if self.kind == "read":
            with self._guard:
                if self._sibling is not None and self._sibling.store.conn is not None:
                    self._sibling.store.conn.interrupt()

    # -- on the worker thread -----------------------------------------------------------------
    def _run(self) -> None:
        self.thread_name = threading.current_thread().name
        try:
            if on_gui_thread():  # never: the pool's threads are not the GUI thread
                raise RuntimeError("an operation ran on the GUI thread")
            if self.cancelled:
                raise Cancelled()
            result = self._work()
            if self.cancelled and self.kind == "read":
                raise Cancelled()
        except BaseException as exc:
            # An interrupted query (a cancelled read) says so in the operations' own words.
            error = Cancelled() if self.cancelled and self.kind == "read" else exc
            self.ended.set()
            self._error.emit(error)
        else:
            self.ended.set()
            self._done.emit(result)

    def _work(self) -> Any:
        if self.session is None:
            return self.work()
        if self.session.store.conn is None:  # locked before the work began
            raise Cancelled()
        sibling = self.session.sibling()
        with self._guard:
            self._sibling = sibling
        try:
            return self.work(sibling)
        finally:
            with self._guard:
                self._sibling = None
            sibling.store.close()

    # -- back on the GUI thread ---------------------------------------------------------------
    def _poll(self) -> None:
        if self.progress is not None:
            self.progressed.emit(self.progress.snapshot())

    def _end(self) -> bool:
        self.running = False
        if self._timer is not None:
            self._timer.stop()
        _live.discard(self)
        return self.parent is None or shiboken6.isValid(self.parent)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.result = result
        alive = self._end()
        if self.kind == "write" and self.changes is not None:
            kind, record_id = self.changes(result) if callable(self.changes) else self.changes
            notifier().records_changed.emit(self.home, kind, record_id)
        if alive:
            self.finished.emit()
            self.succeeded.emit(result)

    @Slot(object)
    def _on_error(self, exc: object) -> None:
        self.error = exc  # type: ignore[assignment]
        if self._end():
            self.finished.emit()
            self.failed.emit(exc)


def _start(
    op: Operation,
    success: Callable[[Any], None] | None,
    failure: Callable[[BaseException], None] | None,
) -> Operation:
    if success is not None:
        op.succeeded.connect(success)
    if failure is not None:
        op.failed.connect(failure)
    return op.start()


def read(
    work: Callable[[Session], Any],
    success: Callable[[Any], None] | None,
    failure: Callable[[BaseException], None] | None,
    *,
    session: Session,
    parent: QObject | None = None,
    progress: Progress | None = None,
) -> Operation:
    """``work(sibling)`` on its own connection; nothing it does is announced as a change."""
    op = Operation(work, session=session, parent=parent, progress=progress)
    return _start(op, success, failure)


def write(
    work: Callable[[Session], Any],
    success: Callable[[Any], None] | None,
    failure: Callable[[BaseException], None] | None,
    *,
    session: Session,
    changes: Changes | None,
    parent: QObject | None = None,
    progress: Progress | None = None,
) -> Operation:
    """``work(sibling)`` on its own connection; on success ``notifier().records_changed`` is
    emitted once with ``changes`` (kind, record id), or ``changes(result)`` when callable."""
    op = Operation(
        work, session=session, kind="write", changes=changes, parent=parent, progress=progress
    )
    return _start(op, success, failure)


def job(
    work: Callable[[], Any],
    success: Callable[[Any], None] | None,
    failure: Callable[[BaseException], None] | None,
    *,
    parent: QObject | None = None,
    progress: Progress | None = None,
) -> Operation:
    """``work()`` with no store open (key derivation, unlocking, creating, restoring)."""
    op = Operation(work, kind="job", parent=parent, progress=progress)
    return _start(op, success, failure)


class Latest:
    """Reads of which only the newest may deliver: a page reloaded (another school year
    chosen) before its previous read ended is not overwritten by that older result arriving
    last. Starting a read cancels the one before it."""

    def __init__(self) -> None:
        self.generation = 0
        self.current: Operation | None = None

    def run(
        self,
        work: Callable[..., Any],
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None],
        *,
        session: Session | None = None,
        parent: QObject | None = None,
    ) -> Operation:
        self.generation += 1
        mine = self.generation
        if self.current is not None and self.current.running:
            self.current.cancel()

        def succeeded(result: Any) -> None:
            if mine == self.generation:
                success(result)

        def failed(exc: BaseException) -> None:
            if mine == self.generation:
                failure(exc)

        if session is None:
            op = Operation(work, kind="read", parent=parent)
        else:
            op = Operation(work, session=session, parent=parent)
        self.current = _start(op, succeeded, failed)
        return self.current

    @property
    def running(self) -> bool:
        return self.current is not None and self.current.running


# -- a session opened on a worker thread, for the GUI thread ----------------------------------
@dataclass
class Handover:
    """What reopens a session on the GUI thread after a worker unlocked it."""

    paths: StorePaths
    vault: Vault
    keys: UnlockedKeys
    account: Account
    findings: list[SlotProblem]
    seal_suspended: bool

    def open(self) -> Session:
        conn = connection.connect(self.paths.db, self.keys.current)
        store = Store(self.paths, conn, self.vault, self.keys)
        store.seal_suspended = self.seal_suspended
        return Session(store, self.account, self.findings)


def hand_over(session: Session) -> Handover:
    """On the worker that opened ``session``: close its connection there, keep what reopens it."""
    store = session.store
    keys = store.keys
    out = Handover(
        store.paths, store.vault, keys, session.account, session.findings, store.seal_suspended
    )
    store.close()
    return out


# -- the application's view of what runs ------------------------------------------------------
def running() -> list[Operation]:
    return [op for op in _live if op.running]


def busy() -> bool:
    """Whether a write or a job runs (the store must not be closed under it)."""
    return any(op.holds_store for op in _live)


def idle() -> bool:
    """Whether nothing at all runs (tests wait for it)."""
    return not _live


def stop_reads(timeout: float = 10.0) -> None:
    """Before the store closes: interrupt running reads and wait until their connections are
    closed (a restore may replace the file next)."""
    reads = [op for op in _live if not op.holds_store]
    for op in reads:
        op.cancel()
    for op in reads:
        op.ended.wait(timeout)


def wait_all(msecs: int = 30000) -> bool:
    """Wait for background work to end (at quit: never leave a backup half written)."""
    return _pool.waitForDone(msecs)
