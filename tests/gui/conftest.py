"""GUI test setup: offscreen Qt, isolated preferences and cache, Chinese UI, a fake clock."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

# Before Qt creates the application: no display needed, and nothing written to the real
# user's settings or cache folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="sxcounsel-guitest-"))
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)
os.environ.setdefault("XDG_CACHE_HOME", str(_TMP / "cache"))
# Windows: platformdirs' cache (and data) folders are under %LOCALAPPDATA%, moved by this one.
os.environ.setdefault("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(_TMP / "localappdata"))

import pytest  # noqa: E402
from guitools import WAIT_KDF_MS  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402

from sxcounsel.gui.app import configure  # noqa: E402
from sxcounsel.gui.prefs import Prefs  # noqa: E402
from sxcounsel.gui.window import MainWindow  # noqa: E402
from sxcounsel.store import connection  # noqa: E402

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_TMP / "settings"))


class FakeClock:
    """Wall-clock seconds that move only when a test says so (for the unlock throttle)."""

    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def thread_bound_connections():
    """As in the app (gui/app.py): a connection refuses every thread but its own, so a test
    fails on any connection shared between threads."""
    before, connection.thread_bound = connection.thread_bound, True
    yield
    connection.thread_bound = before


@pytest.fixture(scope="session")
def gui_app(qapp):
    assert configure(qapp, "zh_CN"), "the Chinese translation did not load"
    return qapp


@pytest.fixture
def prefs(gui_app, tmp_path: Path) -> Prefs:
    return Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_window(qtbot, prefs: Prefs, clock: FakeClock) -> Callable[[Path], MainWindow]:
    """A shown MainWindow on ``home`` (closed, and its session locked, at teardown)."""

    def settle(window: MainWindow) -> None:
        # Before pytest-qt deletes the window: close it as a user would, and let the backup on
        # exit that closing starts end here, not in the next test (where its callback would
        # find the window deleted).
        window.close()
        task = getattr(window, "exit_backup", None)
        if task is not None:
            qtbot.waitUntil(lambda: not task.running, timeout=WAIT_KDF_MS)

    def make(home: Path) -> MainWindow:
        window = MainWindow(home, prefs, clock)
        qtbot.addWidget(window, before_close_func=settle)
        window.resize(1366, 768)
        window.start()
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def unlock(qtbot) -> Callable[[MainWindow, str, str], None]:
    """Type ``passphrase`` for ``user`` on the unlock screen, press Enter, wait for the result."""

    def type_and_enter(window: MainWindow, user: str, passphrase: str) -> None:
        screen = window.unlock_screen
        assert screen is not None
        screen.account.setCurrentText(user)
        screen.passphrase.clear()
        qtbot.keyClicks(screen.passphrase, passphrase)
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: screen.task is not None and not screen.task.running, timeout=WAIT_KDF_MS
        )

    return type_and_enter
