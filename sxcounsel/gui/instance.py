"""One app instance per data folder.

Every account change saves the key-slot file, so two windows on one data folder would drop each
other's changes. The first instance holds a lock file in the data folder and listens on a local
server; a second start on the same folder finds the lock taken, asks the first instance (through
its server) to bring its window forward, and stops.

The lock file (:data:`LOCK_NAME`) holds what ``QLockFile`` writes: a process id, the program's
file name, the computer's name and boot ids; nothing about the school or its students. The
server's name is a hash of the user's home folder and the data folder: on Windows it is a pipe
name every user of the computer can see, so neither path appears in clear.

A lock file left by a crashed instance does not block the next start: ``QLockFile`` removes it
when its process is gone, and when the process id was reused meanwhile by another process of the
same name, :func:`_take_lock` removes it if no process holds it (native lock on the file).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSysInfo, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from sxcounsel.store import paths

LOCK_NAME = paths.INSTANCE_LOCK_NAME
_REQUEST = b"sxcounsel:activate\n"
_MAX_REQUEST = 256
_WAIT_MS = 2000  # each blocking step of a second start talking to the first
_CONNECT_TRIES = 10  # the first instance may hold the lock and not listen yet
_RETRY_MS = 100

log = logging.getLogger(__name__)

_current: InstanceGuard | None = None


def server_name(home: Path) -> str:
    """The local server name of ``home`` for this user: a hash, no path or user name in clear."""
    key = "\0".join(
        ("sxcounsel-instance", os.path.normcase(str(Path.home())), _folder_key(Path(home)))
    )
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return f"sxcounsel-{digest[:32]}"


def _folder_key(home: Path) -> str:
    return os.path.normcase(str(home.expanduser().resolve()))


def current() -> InstanceGuard | None:
    """The guard holding the data folder this process has open (None before the first)."""
    return _current


def switch(home: Path) -> bool:
    """Hold ``home`` instead of the folder held now: the new folder is taken first, then the
    old one let go. False, and nothing changed, if ``home`` is open in another instance.

    The guard object stays the same (its ``activate_requested`` connections with it); without a
    current guard, one is made for ``home``.
    """
    guard = _current
    if guard is None:
        return InstanceGuard(Path(home)).acquire(activate=False)
    return guard._move(Path(home))


class _Hold:
    """The lock file and local server of one data folder, while held."""

    def __init__(self, lock: QLockFile | None, server: QLocalServer | None) -> None:
        self.lock, self.server = lock, server

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None  # owned by Python: deleted here, with its sockets
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


class InstanceGuard(QObject):
    """Keeps a second instance of the app off the data folder ``home``.

    :meth:`acquire` returns False when another instance has the folder open; it has then asked
    that instance to emit ``activate_requested`` (``reached_other`` says whether it got there).
    """

    activate_requested = Signal()

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home = Path(home)
        self._hold: _Hold | None = None
        self.reached_other = False

    @property
    def home(self) -> Path:
        return self._home

    @property
    def held(self) -> bool:
        """True while this guard holds the folder's lock file (False if the folder could not
        take one, e.g. a read-only folder: the store itself then reports what is wrong)."""
        return self._hold is not None and self._hold.lock is not None

    @property
    def listening(self) -> bool:
        return self._hold is not None and self._hold.server is not None

    def acquire(self, *, activate: bool = True) -> bool:
        """Take the data folder for this process; False if another instance has it open.

        When refused and ``activate`` is true, the other instance is asked to bring its
        window forward. When granted, this guard becomes :func:`current` unless another guard
        of this process already is.
        """
        global _current
        if self._hold is not None:
            return True
        hold = self._take(self._home, activate)
        if hold is None:
            return False
        self._hold = hold
        if _current is None:
            _current = self
        return True

    def release(self) -> None:
        """Let the folder go: the lock file is removed and the server closed."""
        global _current
        if self._hold is not None:
            self._hold.release()
            self._hold = None
        if _current is self:
            _current = None

    # -- internals ----------------------------------------------------------------------------
    def _move(self, home: Path) -> bool:
        global _current
        if self._hold is not None and _folder_key(home) == _folder_key(self._home):
            self._home = home
            return True
        hold = self._take(home, activate=False)
        if hold is None:
            return False
        old, self._hold, self._home = self._hold, hold, home
        if old is not None:
            old.release()
        _current = self
        return True

    def _take(self, home: Path, activate: bool) -> _Hold | None:
        self.reached_other = False
        try:
            home.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("data folder cannot be created (%s): not guarded", type(exc).__name__)
            return _Hold(None, None)
        lock, free = _take_lock(home / LOCK_NAME)
        name = server_name(home)
        if not free:
            self.reached_other = activate and _ask_to_activate(name)
            return None
        if lock is None:
            return _Hold(None, None)
        return _Hold(lock, self._listen(name))

    def _listen(self, name: str) -> _Server | None:
        server = _Server()
        if not server.listen(name):
            # A socket file left by a crashed instance (Unix): the lock is ours, so nothing of
            # this user serves this folder any more.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                log.warning("no activation server: %s", server.serverError().name)
                return None
        server.requested.connect(self.activate_requested)
        return server


class _Server(QLocalServer):
    """Listens for second starts; emits ``requested`` for each well-formed request. (Slots are
    methods, not lambdas holding the server, so a released server is really deleted.)"""

    requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.hasPendingConnections():
            socket = self.nextPendingConnection()
            if socket is None:
                return
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.canReadLine():
            line = bytes(socket.readLine(_MAX_REQUEST).data())
            socket.disconnectFromServer()
            if line == _REQUEST:
                self.requested.emit()
        elif socket.bytesAvailable() >= _MAX_REQUEST:
            socket.abort()


def _take_lock(path: Path) -> tuple[QLockFile | None, bool]:
    """``(lock, True)`` when taken; ``(None, False)`` when another live instance holds it;
    ``(None, True)`` when the folder cannot hold a lock file (not writable)."""
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # held for hours: never stale by age, only when its process is gone
    if lock.tryLock(0):
        return lock, True
    if lock.error() != QLockFile.LockError.LockFailedError:
        log.warning("lock file not created (%s): not guarded", lock.error().name)
        return None, True
    # Qt already removed a lock file whose process is gone. A process of the same name may have
    # been given the dead one's id since; removeStaleLockFile() then deletes the file, unless a
    # live process holds it (flock on Unix, an open handle on Windows). Only for lock files of
    # this computer: a native lock on a network share may not be seen from here.
    info = lock.getLockInfo()
    host = info[1] if isinstance(info, tuple) and len(info) == 3 else ""
    if host == QSysInfo.machineHostName() and lock.removeStaleLockFile() and lock.tryLock(0):
        return lock, True
    return None, False


def _ask_to_activate(name: str) -> bool:
    """Ask the instance listening on ``name`` to bring its window forward; True if delivered."""
    _allow_foreground()
    for attempt in range(_CONNECT_TRIES):
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(_WAIT_MS):
            socket.write(_REQUEST)
            while socket.bytesToWrite() and socket.waitForBytesWritten(_WAIT_MS):
                pass
            sent = socket.bytesToWrite() == 0
            socket.disconnectFromServer()
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(_WAIT_MS)
            return sent
        error = socket.error()
        socket.abort()
        not_yet = (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        )
        if error not in not_yet or attempt == _CONNECT_TRIES - 1:
            break
        QThread.msleep(_RETRY_MS)
    return False


def _allow_foreground() -> None:
    """Windows only: let the first instance take the foreground (this process, just started by
    the user, has the right to give it); elsewhere nothing to do."""
    if sys.platform != "win32":
        return
    import ctypes

    with contextlib.suppress(AttributeError, OSError):
        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
