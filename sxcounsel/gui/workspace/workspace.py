"""The unlocked workspace: navigation on the left, the chosen page on the right.

A Workspace is built for one Session and thrown away when the store is locked, with every
page and model it holds: nothing read from the store outlives the session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.settings.settings_page import SettingsPage
from sxcounsel.gui.workspace.navigation import NavEntry, entries_for
from sxcounsel.gui.workspace.placeholder import PlaceholderPage
from sxcounsel.services.session import Session

NAV_WIDTH = 188


class Workspace(QWidget):
    lock_requested = Signal()
    restore_requested = Signal(object)  # a settings.restore_dialog.RestoreRequest

    def __init__(self, session: Session, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self.entries = entries_for(session.roles)
        panel = QWidget(self)
        panel.setObjectName("navPanel")
        panel.setFixedWidth(NAV_WIDTH)
        app_name = QLabel(self.tr("Counseling Room Records"), panel)
        app_name.setObjectName("navTitle")
        app_name.setWordWrap(True)
        school = QLabel(session.store.meta("school_name"), panel)
        school.setObjectName("navSchool")
        school.setWordWrap(True)
        self.nav = QListWidget(panel)
        self.nav.setObjectName("navigation")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 18, 0, 0)
        column.setSpacing(2)
        column.addWidget(app_name)
        column.addWidget(school)
        column.addSpacing(10)
        column.addWidget(self.nav, 1)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        for entry in self.entries:
            item = QListWidgetItem(entry.label(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.pages.addWidget(self._page(entry, prefs))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(panel)
        layout.addWidget(self.pages, 1)

    def _page(self, entry: NavEntry, prefs: Prefs) -> QWidget:
        if entry.key == "settings":
            page = SettingsPage(self.session, prefs, self.pages)
            page.restore_requested.connect(self.restore_requested)
            return page
        return PlaceholderPage(entry, self.pages)

    def keys(self) -> list[str]:
        return [e.key for e in self.entries]

    def show_page(self, key: str) -> QWidget:
        row = self.keys().index(key)
        self.nav.setCurrentRow(row)
        return self.pages.widget(row)
