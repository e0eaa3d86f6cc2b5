"""A second start on an open data folder (gui/app.py): the refusal, its exit code, and the
first window brought forward, in process and with two real app processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from guitools import WAIT_KDF_MS
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from sxcounsel.gui.app import EXIT_ALREADY_OPEN, bring_to_front, refuse_second_start
from sxcounsel.gui.instance import LOCK_NAME, InstanceGuard

ROOT = Path(__file__).resolve().parents[2]
BROUGHT = (
    "sxcounsel is already open on this data folder; its window has been brought to the front.",
    "心理辅导室档案已在此数据文件夹上打开，已切换到该窗口。",
)
SWITCH = (
    "sxcounsel is already open on this data folder, in another window or on another computer. "
    "Switch to that window, or close sxcounsel there first.",
    "心理辅导室档案已在此数据文件夹上打开（在另一个窗口或另一台电脑上）。请切换到那个窗口，"
    "或先在那里关闭本软件。",
)


@pytest.fixture
def first(gui_app, tmp_path):
    guard = InstanceGuard(tmp_path / "school")
    assert guard.acquire()
    yield guard
    guard.release()


def refused(first: InstanceGuard, activate: bool) -> InstanceGuard:
    second = InstanceGuard(first.home)
    assert not second.acquire(activate=activate)
    return second


def close_and_exit_code(qtbot, gui_app, box: QMessageBox) -> int:
    """Run the event loop as run() does; the user closes the box with its button."""
    qtbot.waitExposed(box)
    QTimer.singleShot(0, box.button(QMessageBox.StandardButton.Ok).click)
    return gui_app.exec()


def test_refusal_says_the_first_window_came_forward(qtbot, gui_app, first):
    with qtbot.waitSignal(first.activate_requested, timeout=WAIT_KDF_MS):
        second = refused(first, activate=True)
    box = refuse_second_start(second)
    qtbot.addWidget(box)
    assert box.isVisible() and box.text() in BROUGHT
    assert box.icon() == QMessageBox.Icon.Information
    assert close_and_exit_code(qtbot, gui_app, box) == EXIT_ALREADY_OPEN == 1
    assert not box.isVisible()
    assert gui_app.quitOnLastWindowClosed()  # as it was before the box


def test_refusal_when_the_first_cannot_be_reached(qtbot, gui_app, first):
    box = refuse_second_start(refused(first, activate=False))
    qtbot.addWidget(box)
    assert box.isVisible() and box.text() in SWITCH
    assert close_and_exit_code(qtbot, gui_app, box) == EXIT_ALREADY_OPEN


def test_bring_to_front_unminimises_and_keeps_maximised(qtbot, gui_app):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMaximized()
    window.showMinimized()
    assert window.isMinimized()
    bring_to_front(window)
    assert window.isVisible() and not window.isMinimized() and window.isMaximized()
    window.hide()
    bring_to_front(window)
    assert window.isVisible()


# Two real app processes on one data folder, started as a user starts them (gui/app.py run).
# The first minimises its window, says READY, and waits for the window to come back.
FIRST = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from sxcounsel.gui.app import application, run
from sxcounsel.gui.window import MainWindow

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = application()
state = {"window": None}

def watch():
    window = state["window"]
    if window is None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if found and found[0].isVisible():
            window = state["window"] = found[0]
            window.showMinimized()
            print("READY", flush=True)
    elif not window.isMinimized() and window.isVisible():
        print("FORWARD", flush=True)
        window.close()
        return
    QTimer.singleShot(20, watch)

QTimer.singleShot(0, watch)
sys.exit(run(Path(sys.argv[1])))
"""

# The second prints the message it shows and closes it as a user would.
SECOND = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sxcounsel.gui.app import application, run

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = application()

def answer():
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    if boxes and boxes[0].isVisible():
        print("BOX", boxes[0].objectName(), boxes[0].text(), flush=True)
        boxes[0].button(QMessageBox.StandardButton.Ok).click()
    else:
        QTimer.singleShot(20, answer)

QTimer.singleShot(0, answer)
sys.exit(run(Path(sys.argv[1])))
"""


def start(script: str, home: Path, tmp_path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"))
    return subprocess.Popen(
        [sys.executable, "-c", script, str(home), str(tmp_path / "settings")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


def test_a_second_app_process_is_refused_and_brings_the_first_forward(tmp_path):
    home = tmp_path / "new-school"
    first = start(FIRST, home, tmp_path)
    started = [first]
    try:
        assert first.stdout.readline().strip() == "READY", first.stderr.read()[-2000:]
        assert (home / LOCK_NAME).is_file()
        second = start(SECOND, home, tmp_path)
        started.append(second)
        out, err = second.communicate(timeout=120)
        assert second.returncode == EXIT_ALREADY_OPEN, err[-2000:]
        assert out.startswith("BOX alreadyOpenBox ")
        assert out.removeprefix("BOX alreadyOpenBox ").strip() in BROUGHT
        rest, err = first.communicate(timeout=120)
        assert first.returncode == 0, err[-2000:]
        assert rest.strip() == "FORWARD"
    finally:
        for proc in started:  # only if something above failed
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert not (home / LOCK_NAME).exists()  # released at exit
