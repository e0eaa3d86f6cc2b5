"""Auto-lock: an application event filter notices keyboard and mouse input; after the set
number of idle minutes ``idle`` is emitted. While armed (a store is open) ``idle`` is also
emitted at once when the platform suspends the app, and on the session events of
session_events.py: session lock, user switch, logoff, sleep. ``reason`` says which."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from sxcounsel.gui.session_events import SessionEvents

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)

# ``IdleWatcher.reason`` besides the reasons of session_events.py.
IDLE = "idle"  # the idle minutes ran out
SUSPENDED = "suspended"  # Qt reported ApplicationSuspended


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self,
        minutes: int,
        parent: QObject | None = None,
        *,
        session_events: SessionEvents | None = None,
    ) -> None:
        super().__init__(parent)
        self.reason = IDLE  # why ``idle`` was last emitted
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)
        self.set_minutes(minutes)
        app = QGuiApplication.instance()
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_state)
        self.session_events = session_events if session_events is not None else SessionEvents(self)
        self.session_events.happened.connect(self._on_session_event)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(int(minutes) * 60_000)

    def set_interval_ms(self, msecs: int) -> None:
        self.timer.setInterval(max(1, msecs))
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def armed(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restart the countdown
        return False

    def _timed_out(self) -> None:
        self._fire(IDLE)

    def _fire(self, reason: str) -> None:
        self.reason = reason
        self.idle.emit()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        # Best effort: only some platforms report suspension (e.g. a closing laptop lid).
        if state == Qt.ApplicationState.ApplicationSuspended and self.timer.isActive():
            self._fire(SUSPENDED)

    def _on_session_event(self, reason: str) -> None:
        if self.timer.isActive():  # nothing to lock while no store is open
            self._fire(reason)

    def detach(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.session_events.close()
