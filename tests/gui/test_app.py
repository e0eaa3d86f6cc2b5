"""Starting the app: the bundled font, the first view, the CLI without Qt, tab order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from sxcounsel.gui.resources import UI_FAMILY, font_path, register_fonts


def test_bundled_cjk_font_is_the_application_font(gui_app):
    assert font_path().is_file()
    assert (font_path().parent / "wqy-microhei.LICENSE.txt").is_file()
    assert UI_FAMILY in register_fonts()
    assert gui_app.font().family() == UI_FAMILY
    # It covers the Chinese of the interface and rare characters in children's names.
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(UI_FAMILY)


# run() enters QApplication.exec(): it is driven in a child process, as a user starts it.
RUN_AND_LOOK = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from sxcounsel.gui.app import application, run
from sxcounsel.gui.window import MainWindow

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = application()

def look_and_quit():
    try:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                view = "wizard" if w.wizard else w.unlock_screen.button.text()
                print("VIEW", view, w.windowTitle(), app.font().family(), flush=True)
                w.close()
    finally:
        app.quit()

QTimer.singleShot(0, look_and_quit)
sys.exit(run(Path(sys.argv[1])))
"""


def run_app(home: Path, tmp_path: Path) -> str:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        # Windows: platformdirs' cache is under %LOCALAPPDATA%, moved by this variable.
        WIN_PD_OVERRIDE_LOCAL_APPDATA=str(tmp_path / "localappdata"),
    )
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_LOOK, str(home), str(tmp_path / "settings")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return next(line for line in done.stdout.splitlines() if line.startswith("VIEW "))


def test_run_opens_the_wizard_on_an_empty_folder(tmp_path):
    assert run_app(tmp_path / "new-school", tmp_path) == (f"VIEW wizard 心理辅导室档案 {UI_FAMILY}")


def test_run_opens_the_unlock_screen_on_a_store(school, tmp_path):
    assert run_app(school.home, tmp_path) == f"VIEW 解锁(&U) 心理辅导室档案 {UI_FAMILY}"


def test_cli_imports_without_qt():
    code = "import sys, sxcounsel.cli; assert not any(m.startswith('PySide6') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


def tab_chain(start, count: int) -> list[str]:
    """The widgets Tab visits after ``start`` (what QWidget.focusNextPrevChild walks)."""
    names, widget = [], start
    while len(names) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab and widget.isVisibleTo(start.window()) and widget.isEnabled():
            names.append(widget.objectName())
    return names


def test_unlock_form_tab_order(school, make_window):
    window = make_window(school.home)
    screen = window.unlock_screen
    assert tab_chain(screen.account, 3) == ["passphrase", "unlockButton", "forgotButton"]


def test_wizard_tab_order(tmp_path, make_window):
    wizard = make_window(tmp_path / "new").wizard
    assert tab_chain(wizard.school.code, 2) == ["schoolName", "countyCode"]


def test_rare_characters_fall_back_on_screen(gui_app):
    from PySide6.QtGui import QFontMetrics

    from sxcounsel.gui.resources import FALLBACK_FAMILIES, fallback_families, ui_font

    assert fallback_families() == FALLBACK_FAMILIES
    assert ui_font().families()[1:] == list(FALLBACK_FAMILIES)
    assert all(QFontMetrics(ui_font()).inFontUcs4(ord(c)) for c in "䶮𠇔𬌗")
