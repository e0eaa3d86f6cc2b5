"""A private D-Bus for the session-event tests (imported as ``dbustools``: tests/gui is on
sys.path): a real ``dbus-daemon`` started for the test, a connection for the code under test,
and a second connection that plays the desktop's services (logind, the screen savers)."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import ClassInfo, Property, QObject, Slot

pytest.importorskip("PySide6.QtDBus", reason="this PySide6 has no QtDBus")
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusVariant,
)

WAIT_BUS_MS = 30_000  # replies on a busy CI machine; the tests never wait for nothing
_names = itertools.count()


def disconnected_bus() -> QDBusConnection:
    """A connection that is not connected: what the app gets where there is no bus."""
    name = f"sxcounsel-test-nobus-{next(_names)}"
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/sxcounsel-test-bus", name)
    QDBusConnection.disconnectFromBus(name)
    return bus


def sync(bus: QDBusConnection) -> None:
    """A round trip to the daemon on ``bus``: every match rule ``bus`` sent before is in place
    once the reply comes (the daemon handles one connection's messages in order)."""
    call = QDBusMessage.createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"
    )
    reply = bus.call(call)
    assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()


@dataclass
class PrivateBus:
    address: str
    watcher: QDBusConnection  # for the code under test
    desktop: QDBusConnection  # owns the desktop's service names and sends their signals

    def own(self, *services: str) -> None:
        for service in services:
            assert self.desktop.registerService(service), service

    def emit(self, path: str, interface: str, name: str, *args: object) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        if args:
            message.setArguments(list(args))
        assert self.desktop.send(message)

    def properties_changed(self, path: str, interface: str, changed: dict[str, object]) -> None:
        values = {key: QDBusVariant(value) for key, value in changed.items()}
        self.emit(
            path, "org.freedesktop.DBus.Properties", "PropertiesChanged", interface, values, []
        )


@pytest.fixture(name="dbus")
def dbus_fixture(gui_app) -> Iterator[PrivateBus]:
    """A private bus for one test (import ``dbus_fixture``, ask for ``dbus``)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian: apt install dbus-daemon)")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # "Failed to set fd limit" in containers
        text=True,
    )
    names: list[str] = []
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        connections = []
        for role in ("watcher", "desktop"):
            name = f"sxcounsel-test-{role}-{next(_names)}"
            names.append(name)
            bus = QDBusConnection.connectToBus(address, name)
            assert bus.isConnected(), bus.lastError().message()
            connections.append(bus)
        yield PrivateBus(address, *connections)
    finally:
        for name in names:
            QDBusConnection.disconnectFromBus(name)
        proc.terminate()
        proc.wait()


# -- the desktop's objects ---------------------------------------------------------------------
SESSION_32 = "/org/freedesktop/login1/session/_32"


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class FakeLogindManager(QObject):
    """GetSession as systemd before 246 answers it: "auto" unknown, "" the caller's session."""

    def __init__(self, bus: QDBusConnection, session_path: str = SESSION_32) -> None:
        super().__init__()
        self.bus, self.session_path = bus, session_path
        self.asked: list[str] = []

    @Slot(str, QDBusMessage)
    def GetSession(self, name: str, message: QDBusMessage) -> None:
        self.asked.append(name)
        message.setDelayedReply(True)
        if name == "":
            reply = message.createReply()
            reply.setArguments([QDBusObjectPath(self.session_path)])
        else:
            reply = message.createErrorReply(
                "org.freedesktop.login1.NoSuchSession", f"No session '{name}' known"
            )
        self.bus.send(reply)


class FakeLockedObject(QObject):
    """A boolean lock property read through org.freedesktop.DBus.Properties.Get."""

    def __init__(self, value: bool = False) -> None:
        super().__init__()
        self.value = value
        self.reads = 0

    def _get(self) -> bool:
        self.reads += 1
        return self.value


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Session"})
class FakeLogindSession(FakeLockedObject):
    LockedHint = Property(bool, FakeLockedObject._get)


@ClassInfo({"D-Bus Interface": "com.deepin.SessionManager"})
class FakeDeepinSessionManager(FakeLockedObject):
    Locked = Property(bool, FakeLockedObject._get)


def publish(bus: PrivateBus, path: str, obj: QObject) -> None:
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllProperties
    )
    assert bus.desktop.registerObject(path, obj, options), bus.desktop.lastError().message()
