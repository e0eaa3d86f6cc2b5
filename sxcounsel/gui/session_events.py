"""What the operating system says that should lock the records at once, before anyone else
can sit down at the screen: the session is locked, the user switched away or logs off, the
computer goes to sleep. ``SessionEvents.happened`` carries the reason; IdleWatcher (idle.py)
turns it into its ``idle`` signal while a store is open.

Windows: a native event filter sees ``WM_WTSSESSION_CHANGE`` (a hidden helper window is
registered with ``WTSRegisterSessionNotification``) and ``WM_POWERBROADCAST``/``PBT_APMSUSPEND``
(sent to every top-level window).

Linux (D-Bus, through QtDBus): on the system bus logind's ``PrepareForSleep(true)`` and, for
this process's own session, its ``Lock`` signal and its ``LockedHint`` property turning true;
on the session bus the screen lockers of the desktops schools use: ``ActiveChanged(true)`` of
``org.freedesktop.ScreenSaver`` (KDE and others) and ``org.gnome.ScreenSaver``, Deepin/UOS
(``LockedChanged(true)`` of ``org.deepin.dde.SessionManager1``, or the ``Locked`` property of
``com.deepin.SessionManager`` before V23) and UKUI/Kylin (``lock`` of ``org.ukui.ScreenSaver``).
Every signal is matched on its sender's bus name, so another program cannot fake one without
owning that name. No bus, no logind, no such desktop: nothing happens (a debug log line).
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtGui import QWindow

log = logging.getLogger(__name__)

# Reasons ``SessionEvents.happened`` carries.
SESSION_LOCKED = "session_locked"  # the desktop's lock screen or screen saver came up
USER_SWITCHED = "user_switched"  # another user took the console, or a remote session left
LOGGED_OFF = "logged_off"
SLEEPING = "sleeping"

# -- Windows ----------------------------------------------------------------------------------
WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOGOFF = 0x6
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
WTS_REASONS = {
    WTS_SESSION_LOCK: SESSION_LOCKED,
    WTS_CONSOLE_DISCONNECT: USER_SWITCHED,
    WTS_REMOTE_DISCONNECT: USER_SWITCHED,
    WTS_SESSION_LOGOFF: LOGGED_OFF,
}
# Messages to Qt's own windows, and messages the event dispatcher sees (thread messages).
WINDOWS_MSG_TYPES = frozenset({b"windows_generic_MSG", b"windows_dispatcher_MSG"})


class MSG(ctypes.Structure):
    """The leading fields of Win32's MSG, laid out as Windows lays them out (32 and 64 bit)."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),  # UINT
        ("wParam", ctypes.c_size_t),  # UINT_PTR
        ("lParam", ctypes.c_ssize_t),  # LONG_PTR
        ("time", ctypes.c_uint32),  # DWORD
        ("pt_x", ctypes.c_int32),  # POINT: two LONGs, 32 bit on Windows
        ("pt_y", ctypes.c_int32),
    )


def windows_event(event_type: QByteArray | bytes, message: Any) -> str | None:
    """The reason to lock a native Windows message gives, or None. ``message`` is what a
    native event filter receives: the address of a MSG (a shiboken VoidPtr or an int)."""
    raw = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
    if raw not in WINDOWS_MSG_TYPES:
        return None
    address = int(message)
    if not address:
        return None
    msg = MSG.from_address(address)
    if msg.message == WM_WTSSESSION_CHANGE:
        return WTS_REASONS.get(msg.wParam)
    if msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
        return SLEEPING
    return None


class WindowsMessageFilter(QAbstractNativeEventFilter):
    """Reports the messages ``windows_event`` recognises; never swallows one."""

    def __init__(self, report: Callable[[str], None]) -> None:
        super().__init__()
        self._report = report

    def nativeEventFilter(self, eventType: QByteArray, message: Any) -> tuple[bool, int]:
        reason = windows_event(eventType, message)
        if reason is not None:
            self._report(reason)
        return False, 0  # PySide6 reads (filtered, LRESULT)


def load_wtsapi() -> Any:  # pragma: no cover - Windows only
    """wtsapi32.dll with the two functions this module calls typed."""
    dll = ctypes.WinDLL("wtsapi32", use_last_error=True)  # type: ignore[attr-defined]
    dll.WTSRegisterSessionNotification.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
    dll.WTSRegisterSessionNotification.restype = ctypes.c_int
    dll.WTSUnRegisterSessionNotification.argtypes = (ctypes.c_void_p,)
    dll.WTSUnRegisterSessionNotification.restype = ctypes.c_int
    return dll


class WindowsWatch:
    """A hidden helper window registered for this session's WTS notifications, and the native
    event filter that reads them. ``api`` stands in for wtsapi32 (tests on Linux pass theirs)."""

    def __init__(self, report: Callable[[str], None], api: Any = None) -> None:
        self.filter = WindowsMessageFilter(report)
        self.window = QWindow()  # never shown: only its HWND is needed
        self.window.setObjectName("sessionEventsWindow")
        self.hwnd = int(self.window.winId())
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self.filter)
        self.registered = False
        try:
            self.api = api if api is not None else load_wtsapi()
        except OSError as exc:  # pragma: no cover - wtsapi32.dll ships with every Windows
            log.debug("wtsapi32 not loaded: %s", exc)
            return
        self.registered = bool(
            self.api.WTSRegisterSessionNotification(self.hwnd, NOTIFY_FOR_THIS_SESSION)
        )
        if not self.registered:  # e.g. the Terminal Services service not started yet
            error = ctypes.get_last_error() if sys.platform == "win32" else 0
            log.debug("WTSRegisterSessionNotification failed (error %s)", error)

    def close(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self.filter)
        if self.registered:  # before the window is destroyed, as the API asks
            self.registered = False
            self.api.WTSUnRegisterSessionNotification(self.hwnd)
        self.window.destroy()


# -- Linux: D-Bus -----------------------------------------------------------------------------
LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
CALL_TIMEOUT_MS = 5_000


@dataclass(frozen=True)
class BusSignal:
    """A signal to listen for: sender's bus name, object path ("" for any), interface, name,
    and the slot signature it goes to."""

    service: str
    path: str
    interface: str
    name: str
    slot: str


# Session bus: screen savers and lockers. ``active(bool)`` locks on true.
SESSION_BUS_SIGNALS = (
    BusSignal(
        "org.freedesktop.ScreenSaver",
        "",  # KDE publishes it on /ScreenSaver and /org/freedesktop/ScreenSaver
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        "active(bool)",
    ),
    BusSignal(
        "org.gnome.ScreenSaver", "", "org.gnome.ScreenSaver", "ActiveChanged", "active(bool)"
    ),
    # Deepin V23 and later, UOS built on it (dde-session).
    BusSignal(
        "org.deepin.dde.SessionManager1",
        "/org/deepin/dde/SessionManager1",
        "org.deepin.dde.SessionManager1",
        "LockedChanged",
        "active(bool)",
    ),
    # UKUI (Kylin): ukui-screensaver's "lock" signal, no arguments.
    BusSignal("org.ukui.ScreenSaver", "/", "org.ukui.ScreenSaver", "lock", "locked()"),
)


@dataclass(frozen=True)
class LockProperty:
    """A boolean property whose PropertiesChanged is followed by reading it: PySide6 cannot
    read the a{sv} of the signal itself."""

    service: str
    path: str
    interface: str
    name: str


# Deepin 20 and UOS 20 (startdde): com.deepin.SessionManager's Locked property.
DEEPIN_LOCKED = LockProperty(
    "com.deepin.SessionManager",
    "/com/deepin/SessionManager",
    "com.deepin.SessionManager",
    "Locked",
)


def session_bus_reachable() -> bool:
    """A session bus to connect to without libdbus starting one itself (X11 autolaunch)."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(runtime) and Path(runtime, "bus").exists()


def logind_session_names() -> list[str]:
    """What to ask logind's GetSession for, in turn: "auto" (systemd 246+: this process's
    session, else the user's graphical one, for programs a desktop starts outside the session
    scope), "" (older systemd: the session of the calling process, as GetSessionByPID), and
    XDG_SESSION_ID when the desktop set it."""
    names = ["auto", ""]
    xdg = os.environ.get("XDG_SESSION_ID")
    if xdg:
        names.append(xdg)
    return names


class DBusWatch(QObject):
    """Listens on the given buses; ``None`` for a bus means the default one (if reachable)."""

    def __init__(
        self,
        report: Callable[[str], None],
        session_bus: Any = None,
        system_bus: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._report = report
        self._closed = False
        self._hooks: list[tuple[Any, BusSignal]] = []
        self._properties: dict[str, tuple[Any, LockProperty]] = {}
        self._calls: set[Any] = set()
        self.session_path = ""
        self.session_bus: Any = None
        self.system_bus: Any = None
        try:
            from PySide6 import QtDBus
        except ImportError:  # a build without QtDBus
            log.debug("QtDBus is not available: no session lock events")
            return
        self._dbus = QtDBus
        self.session_bus = self._bus(session_bus, "session")
        self.system_bus = self._bus(system_bus, "system")
        if self.session_bus is not None:
            for signal in SESSION_BUS_SIGNALS:
                self._hook(self.session_bus, signal)
            self._watch_property(self.session_bus, DEEPIN_LOCKED)
        if self.system_bus is not None:
            self._hook(
                self.system_bus,
                BusSignal(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", "sleeping(bool)"),
            )
            self._find_session(logind_session_names())

    @property
    def watching(self) -> list[str]:
        """The signals listened for now, as "service interface.name" (for tests and support)."""
        return [f"{s.service} {s.interface}.{s.name}" for _, s in self._hooks]

    def close(self) -> None:
        self._closed = True
        for bus, signal in self._hooks:
            bus.disconnect(
                signal.service,
                signal.path,
                signal.interface,
                signal.name,
                self,
                SLOT(signal.slot),
            )
        self._hooks.clear()
        self._properties.clear()
        for watcher in self._calls:  # replies still on their way are dropped
            watcher.deleteLater()
        self._calls.clear()

    # -- connecting ---------------------------------------------------------------------------
    def _bus(self, given: Any, which: str) -> Any:
        connection = self._dbus.QDBusConnection
        if given is None:
            if which == "session" and not session_bus_reachable():
                log.debug("no session bus")
                return None
            given = connection.sessionBus() if which == "session" else connection.systemBus()
        if not given.isConnected():
            log.debug("no %s bus: %s", which, given.lastError().message())
            return None
        return given

    def _hook(self, bus: Any, signal: BusSignal) -> None:
        if bus.connect(
            signal.service, signal.path, signal.interface, signal.name, self, SLOT(signal.slot)
        ):
            self._hooks.append((bus, signal))
        else:
            log.debug(
                "cannot listen for %s.%s: %s",
                signal.interface,
                signal.name,
                bus.lastError().message(),
            )

    def _watch_property(self, bus: Any, prop: LockProperty) -> None:
        self._properties[prop.path] = (bus, prop)
        signal = BusSignal(
            prop.service, prop.path, PROPERTIES, "PropertiesChanged", "properties(QDBusMessage)"
        )
        self._hook(bus, signal)

    def _call(self, bus: Any, message: Any, done: Callable[[Any], None]) -> None:
        watcher = self._dbus.QDBusPendingCallWatcher(bus.asyncCall(message, CALL_TIMEOUT_MS), self)
        self._calls.add(watcher)

        def finished(w: Any) -> None:
            self._calls.discard(w)
            reply = w.reply()
            w.deleteLater()
            if not self._closed:
                done(reply)

        watcher.finished.connect(finished)

    def _replied(self, reply: Any) -> list[Any] | None:
        if reply.type() != self._dbus.QDBusMessage.MessageType.ReplyMessage:
            return None
        return list(reply.arguments())

    # -- logind: which session is ours ---------------------------------------------------------
    def _find_session(self, names: list[str]) -> None:
        if not names:
            log.debug("logind knows no session of this process")
            return
        call = self._dbus.QDBusMessage.createMethodCall(
            LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession"
        )
        call.setArguments([names[0]])
        self._call(self.system_bus, call, lambda reply: self._session_found(reply, names[1:]))

    def _session_found(self, reply: Any, rest: list[str]) -> None:
        args = self._replied(reply)
        if not args or not isinstance(args[0], self._dbus.QDBusObjectPath):
            self._find_session(rest)
            return
        # Signals come from the session's real path (…/session/_32), never from …/session/auto.
        self.session_path = args[0].path()
        self._hook(
            self.system_bus,
            BusSignal(LOGIN1, self.session_path, LOGIN1_SESSION, "Lock", "locked()"),
        )
        self._watch_property(
            self.system_bus, LockProperty(LOGIN1, self.session_path, LOGIN1_SESSION, "LockedHint")
        )

    # -- slots ----------------------------------------------------------------------------------
    @Slot(bool)
    def active(self, on: bool) -> None:
        """A screen saver or locker became active (true) or went away (false)."""
        if on:
            self._report(SESSION_LOCKED)

    @Slot()
    def locked(self) -> None:
        self._report(SESSION_LOCKED)

    @Slot(bool)
    def sleeping(self, starting: bool) -> None:
        """logind's PrepareForSleep: true before sleep, false after waking."""
        if starting:
            self._report(SLEEPING)

    @Slot("QDBusMessage")
    def properties(self, message: Any) -> None:
        """PropertiesChanged of an object whose lock property is watched: read it."""
        watched = self._properties.get(message.path())
        args = list(message.arguments())
        if watched is None or not args or args[0] != watched[1].interface:
            return
        bus, prop = watched
        call = self._dbus.QDBusMessage.createMethodCall(prop.service, prop.path, PROPERTIES, "Get")
        call.setArguments([prop.interface, prop.name])
        self._call(bus, call, self._property_read)

    def _property_read(self, reply: Any) -> None:
        args = self._replied(reply)
        if not args:
            return
        value = args[0].variant() if isinstance(args[0], self._dbus.QDBusVariant) else args[0]
        if value is True:
            self._report(SESSION_LOCKED)


# -- the platform's watcher -------------------------------------------------------------------
class SessionEvents(QObject):
    """``happened(reason)`` on session lock, user switch, logoff and sleep, where the platform
    reports them. The D-Bus connections and ``wtsapi`` are for tests; by default the
    platform's own are used."""

    happened = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: Any = None,
        system_bus: Any = None,
        wtsapi: Any = None,
    ) -> None:
        super().__init__(parent)
        self.windows: WindowsWatch | None = None
        self.dbus: DBusWatch | None = None
        if sys.platform == "win32":
            self.windows = WindowsWatch(self.happened.emit, wtsapi)
        elif sys.platform != "darwin":
            self.dbus = DBusWatch(self.happened.emit, session_bus, system_bus, self)

    def close(self) -> None:
        """Stop listening (idempotent)."""
        if self.windows is not None:
            self.windows.close()
            self.windows = None
        if self.dbus is not None:
            self.dbus.close()
            self.dbus = None
