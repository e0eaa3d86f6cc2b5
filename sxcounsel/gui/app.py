"""Starting the desktop app: fonts, translations, style, then the wizard or unlock screen."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from sxcounsel.gui import i18n, operations
from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.resources import icon_path, register_fonts, style_sheet, ui_font
from sxcounsel.store import connection

APP_NAME = "sxcounsel"


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings finds the user's preferences."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    return app  # type: ignore[return-value]


def configure(app: QApplication, language: str) -> bool:
    """Style, bundled font and translations; True if our translation loaded."""
    if not app.property("sxcounselStyled"):  # replacing a live style can crash widgets
        app.setStyle("Fusion")
        app.setProperty("sxcounselStyled", True)
    register_fonts()
    app.setFont(ui_font())
    loaded = i18n.install(app, language)
    app.setStyleSheet(style_sheet())
    icon = icon_path("sxcounsel.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return loaded


def run(home: Path, argv: Sequence[str] | None = None) -> int:
    """Open the app on the data folder ``home``; returns the exit code."""
    from sxcounsel.gui.window import MainWindow, place

    connection.thread_bound = True  # every connection stays on its thread (gui/operations.py)
    app = application(argv)
    prefs = Prefs()
    configure(app, prefs.language)
    window = MainWindow(Path(home), prefs)
    window.start()
    place(window)
    code = app.exec()
    operations.wait_all()
    return code
