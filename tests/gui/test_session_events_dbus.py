"""gui/session_events.py on Linux: logind and the desktops' screen lockers over D-Bus, run
against a real, private ``dbus-daemon`` where a second connection plays logind and the
lockers; and IdleWatcher (gui/idle.py) firing on such a signal while armed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from dbustools import (
    SESSION_32,
    WAIT_BUS_MS,
    FakeDeepinSessionManager,
    FakeLogindManager,
    FakeLogindSession,
    dbus_fixture,  # noqa: F401 (the dbus fixture)
    disconnected_bus,
    publish,
    sync,
)

from sxcounsel.gui import session_events as se
from sxcounsel.gui.idle import IdleWatcher
from sxcounsel.gui.session_events import SESSION_LOCKED, SLEEPING, DBusWatch, SessionEvents


# -- D-Bus: the slots -----------------------------------------------------------------------------
def test_no_bus_means_nothing_to_listen_to(gui_app):
    watch = DBusWatch(lambda reason: None, disconnected_bus(), disconnected_bus())
    assert watch.watching == []
    watch.close()


def test_a_build_without_qtdbus_listens_to_nothing(gui_app, monkeypatch):
    """As in a frozen build that left PySide6.QtDBus out: no error, no listening."""
    import PySide6

    monkeypatch.delattr(PySide6, "QtDBus", raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtDBus", None)
    watch = DBusWatch(lambda reason: None)
    assert watch.watching == [] and watch.session_bus is None and watch.system_bus is None
    watch.close()


def test_the_slots_report_only_what_locks(gui_app):
    reasons: list[str] = []
    watch = DBusWatch(reasons.append, disconnected_bus(), disconnected_bus())
    watch.active(False)
    watch.sleeping(False)  # logind after waking up
    assert reasons == []
    watch.active(True)
    watch.locked()
    watch.sleeping(True)
    assert reasons == [SESSION_LOCKED, SESSION_LOCKED, SLEEPING]


def test_no_session_bus_is_started_where_none_runs(gui_app, monkeypatch, tmp_path):
    """Without an address libdbus would start a daemon of its own (X11 autolaunch)."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert not se.session_bus_reachable()
    watch = DBusWatch(lambda reason: None, system_bus=disconnected_bus())
    assert watch.session_bus is None and watch.watching == []
    (tmp_path / "bus").touch()  # where systemd's user bus listens
    assert se.session_bus_reachable()
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    assert se.session_bus_reachable()


def test_logind_is_asked_for_this_process_session(monkeypatch):
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    assert se.logind_session_names() == ["auto", ""]
    monkeypatch.setenv("XDG_SESSION_ID", "c2")
    assert se.logind_session_names() == ["auto", "", "c2"]


@pytest.mark.skipif(
    not (se.session_bus_reachable() or Path("/run/dbus/system_bus_socket").exists()),
    reason="no D-Bus here",
)
def test_the_desktop_buses_when_there_are_some(gui_app):  # pragma: no cover - desktops
    watch = DBusWatch(lambda reason: None)
    assert watch.watching, "a bus is there, yet nothing is listened for"
    watch.close()
    assert watch.watching == []


# -- D-Bus: real signals on a private bus ---------------------------------------------------------
SCREEN_SAVERS = [
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    (
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
    ),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
    (
        "org.deepin.dde.SessionManager1",
        "/org/deepin/dde/SessionManager1",
        "org.deepin.dde.SessionManager1",
        "LockedChanged",
    ),
]


def watch_session_bus(bus, reasons: list[str]) -> DBusWatch:
    watch = DBusWatch(reasons.append, session_bus=bus.watcher, system_bus=disconnected_bus())
    sync(bus.watcher)
    return watch


@pytest.mark.parametrize(("service", "path", "interface", "name"), SCREEN_SAVERS)
def test_a_screen_locker_coming_up_locks(qtbot, dbus, service, path, interface, name):
    dbus.own(service)
    reasons: list[str] = []
    watch = watch_session_bus(dbus, reasons)
    dbus.emit(path, interface, name, False)  # the screen saver went away: no lock
    dbus.emit(path, interface, name, True)
    qtbot.waitUntil(lambda: bool(reasons), timeout=WAIT_BUS_MS)
    assert reasons == [SESSION_LOCKED]  # the false before it was delivered first, and ignored
    watch.close()


def test_ukui_lock_signal_locks(qtbot, dbus):
    dbus.own("org.ukui.ScreenSaver")
    reasons: list[str] = []
    watch = watch_session_bus(dbus, reasons)
    dbus.emit("/", "org.ukui.ScreenSaver", "lock")
    qtbot.waitUntil(lambda: bool(reasons), timeout=WAIT_BUS_MS)
    assert reasons == [SESSION_LOCKED]
    watch.close()


def test_deepin_20_locked_property_is_read_when_it_changes(qtbot, dbus):
    manager = FakeDeepinSessionManager(value=False)
    publish(dbus, "/com/deepin/SessionManager", manager)
    dbus.own("com.deepin.SessionManager")
    reasons: list[str] = []
    watch = watch_session_bus(dbus, reasons)
    dbus.properties_changed("/com/deepin/SessionManager", "other.Interface", {"X": 1})
    dbus.properties_changed(
        "/com/deepin/SessionManager", "com.deepin.SessionManager", {"Locked": False}
    )
    qtbot.waitUntil(lambda: manager.reads == 1, timeout=WAIT_BUS_MS)  # only its own interface
    manager.value = True
    dbus.properties_changed(
        "/com/deepin/SessionManager", "com.deepin.SessionManager", {"Locked": True}
    )
    qtbot.waitUntil(lambda: bool(reasons), timeout=WAIT_BUS_MS)
    assert reasons == [SESSION_LOCKED] and manager.reads == 2
    watch.close()


def test_logind_sleep_and_the_own_session_lock(qtbot, dbus):
    manager, session = FakeLogindManager(dbus.desktop), FakeLogindSession(value=False)
    publish(dbus, "/org/freedesktop/login1", manager)
    publish(dbus, SESSION_32, session)
    dbus.own("org.freedesktop.login1")
    reasons: list[str] = []
    watch = DBusWatch(reasons.append, session_bus=disconnected_bus(), system_bus=dbus.watcher)
    qtbot.waitUntil(lambda: watch.session_path == SESSION_32, timeout=WAIT_BUS_MS)
    assert manager.asked == ["auto", ""]  # systemd before 246 knows no "auto"
    sync(dbus.watcher)

    dbus.emit("/org/freedesktop/login1/session/_31", "org.freedesktop.login1.Session", "Lock")
    dbus.emit(SESSION_32, "org.freedesktop.login1.Session", "Lock")
    qtbot.waitUntil(lambda: bool(reasons), timeout=WAIT_BUS_MS)
    assert reasons == [SESSION_LOCKED]  # another user's session locking is not ours

    manager_path, manager_interface = "/org/freedesktop/login1", "org.freedesktop.login1.Manager"
    dbus.emit(manager_path, manager_interface, "PrepareForSleep", False)
    dbus.emit(manager_path, manager_interface, "PrepareForSleep", True)
    qtbot.waitUntil(lambda: len(reasons) == 2, timeout=WAIT_BUS_MS)
    assert reasons[1] == SLEEPING

    dbus.properties_changed(SESSION_32, "org.freedesktop.login1.Session", {"IdleHint": True})
    qtbot.waitUntil(lambda: session.reads == 1, timeout=WAIT_BUS_MS)
    assert len(reasons) == 2  # LockedHint still false
    session.value = True
    dbus.properties_changed(SESSION_32, "org.freedesktop.login1.Session", {"LockedHint": True})
    qtbot.waitUntil(lambda: len(reasons) == 3, timeout=WAIT_BUS_MS)
    assert reasons[2] == SESSION_LOCKED
    watch.close()


def test_a_program_that_does_not_own_the_name_cannot_fake_it(qtbot, dbus):
    """dbus-send, a separate process, sends logind's PrepareForSleep without owning
    org.freedesktop.login1: the daemon does not route it to the watcher."""
    if shutil.which("dbus-send") is None:
        pytest.skip("dbus-send is not installed")
    dbus.own("org.freedesktop.login1", "org.freedesktop.ScreenSaver")
    reasons: list[str] = []
    watch = DBusWatch(reasons.append, session_bus=dbus.watcher, system_bus=dbus.watcher)
    sync(dbus.watcher)
    subprocess.run(
        [
            "dbus-send",
            f"--bus={dbus.address}",
            "--type=signal",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager.PrepareForSleep",
            "boolean:true",
        ],
        check=True,
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": dbus.address},
    )
    dbus.emit("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: bool(reasons), timeout=WAIT_BUS_MS)
    assert SLEEPING not in reasons
    watch.close()


def test_a_closed_watch_hears_nothing(qtbot, dbus):
    dbus.own("org.gnome.ScreenSaver")
    closed: list[str] = []
    still: list[str] = []
    watch = watch_session_bus(dbus, closed)
    other = watch_session_bus(dbus, still)  # the same connection: the same message
    watch.close()
    dbus.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: bool(still), timeout=WAIT_BUS_MS)
    assert closed == []
    other.close()


def test_a_real_screen_lock_signal_fires_idle_while_armed(qtbot, dbus):
    dbus.own("org.gnome.ScreenSaver")
    events = SessionEvents(session_bus=dbus.watcher, system_bus=disconnected_bus())
    watcher = IdleWatcher(10, session_events=events)
    sync(dbus.watcher)
    fired: list[str] = []
    watcher.idle.connect(lambda: fired.append(watcher.reason))

    # Not armed (no store open): the event is heard, nothing is locked.
    with qtbot.waitSignal(events.happened, timeout=WAIT_BUS_MS):
        dbus.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    assert fired == []

    watcher.start()
    with qtbot.waitSignal(watcher.idle, timeout=WAIT_BUS_MS):
        dbus.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    assert fired == [SESSION_LOCKED]
    watcher.detach()
    assert events.dbus is None  # detaching stops listening too
