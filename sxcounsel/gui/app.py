"""Starting the desktop app: one instance per data folder, fonts, translations, style, then the
wizard or unlock screen."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sxcounsel.gui import i18n, operations
from sxcounsel.gui.instance import InstanceGuard
from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.resources import icon_path, register_fonts, style_sheet, ui_font
from sxcounsel.store import connection

APP_NAME = "sxcounsel"
EXIT_ALREADY_OPEN = 1
translate = QCoreApplication.translate


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


def refuse_second_start(guard: InstanceGuard, parent: QWidget | None = None) -> QMessageBox:
    """Say that the data folder is open in another instance (shown, not blocking); closing
    the message ends the event loop with :data:`EXIT_ALREADY_OPEN`."""
    if guard.reached_other:
        text = translate(
            "InstanceGuard",
            "sxcounsel is already open on this data folder; its window has been brought to "
            "the front.",
        )
    else:
        text = translate(
            "InstanceGuard",
            "sxcounsel is already open on this data folder, in another window or on another "
            "computer. Switch to that window, or close sxcounsel there first.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("MainWindow", "Counseling Room Records"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("alreadyOpenBox")
    app = QCoreApplication.instance()
    # Closing the only window would otherwise end the loop with 0 before our code is set.
    quits = app.quitOnLastWindowClosed() if isinstance(app, QApplication) else False
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(False)

    def finished() -> None:
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(quits)
        QCoreApplication.exit(EXIT_ALREADY_OPEN)

    box.finished.connect(finished)
    box.open()
    return box


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` above the others, un-minimised (a maximised window stays maximised)."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def run(home: Path, argv: Sequence[str] | None = None) -> int:
    """Open the app on the data folder ``home``; returns the exit code."""
    from sxcounsel.gui.window import MainWindow, place

    connection.thread_bound = True  # every connection stays on its thread (gui/operations.py)
    app = application(argv)
    prefs = Prefs()
    configure(app, prefs.language)
    guard = InstanceGuard(Path(home))
    if not guard.acquire():
        box = refuse_second_start(guard)
        code = app.exec()  # until the box is closed: EXIT_ALREADY_OPEN
        del box  # referenced until here: Python owns the box
        return code
    try:
        window = MainWindow(Path(home), prefs)
        guard.activate_requested.connect(lambda: bring_to_front(window))
        window.start()
        place(window)
        code = app.exec()
        operations.wait_all()
    finally:
        guard.release()
    return code
