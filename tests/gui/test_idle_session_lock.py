"""gui/idle.py: while a store is open, the session events of session_events.py emit ``idle``
at once (the window then locks as after the idle minutes); ``reason`` says why. A real D-Bus
signal reaching IdleWatcher: tests/gui/test_session_events_dbus.py."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sxcounsel.gui import idle as idle_module
from sxcounsel.gui.idle import IdleWatcher
from sxcounsel.gui.session_events import SESSION_LOCKED, SLEEPING, USER_SWITCHED, SessionEvents

COUNSELOR, COUNSELOR_PASS = "zhaomin", "Xinli#Room42"


def test_the_reason_of_each_way_to_fire(qtbot, gui_app):
    events = SessionEvents()
    watcher = IdleWatcher(10, session_events=events)
    fired: list[str] = []
    watcher.idle.connect(lambda: fired.append(watcher.reason))
    watcher.start()
    events.happened.emit(USER_SWITCHED)
    gui_app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    watcher.set_interval_ms(1)
    qtbot.waitUntil(lambda: len(fired) == 3)
    assert fired == [USER_SWITCHED, idle_module.SUSPENDED, idle_module.IDLE]
    watcher.detach()


def test_the_window_locks_on_a_session_event(qtbot, school, make_window, unlock):
    window = make_window(school.home)
    unlock(window, COUNSELOR, COUNSELOR_PASS)
    session = window.session
    assert session is not None and window.idle.armed
    window.idle.session_events.happened.emit(SLEEPING)
    qtbot.waitUntil(lambda: window.session is None)
    assert session.store.conn is None
    assert window.unlock_screen.account.currentText() == COUNSELOR
    assert window.idle.reason == SLEEPING and not window.idle.armed
    window.idle.session_events.happened.emit(SESSION_LOCKED)  # already locked: nothing to do
    assert window.unlock_screen is not None and window.idle.reason == SLEEPING
