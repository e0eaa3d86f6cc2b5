"""The unlocked workspace: navigation on the left, the chosen page on the right.

A Workspace is built for one Session and thrown away when the store is locked, with every
page and model it holds: nothing read from the store outlives the session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

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

from sxcounsel.gui.context import PageContext
from sxcounsel.gui.lists.pages import page_for
from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.settings.settings_page import SettingsPage
from sxcounsel.gui.workspace.navigation import NavEntry, entries_for
from sxcounsel.gui.workspace.placeholder import PlaceholderPage
from sxcounsel.services.account_session import Session

NAV_WIDTH = 188


def nav_panel(owner: QWidget, title: str, subtitle: str) -> tuple[QWidget, QListWidget]:
    """The navigation column: the program's name, the school's (or county's), the entries."""
    panel = QWidget(owner)
    panel.setObjectName("navPanel")
    panel.setFixedWidth(NAV_WIDTH)
    app_name = QLabel(title, panel)
    app_name.setObjectName("navTitle")
    app_name.setWordWrap(True)
    place = QLabel(subtitle, panel)
    place.setObjectName("navSchool")
    place.setWordWrap(True)
    nav = QListWidget(panel)
    nav.setObjectName("navigation")
    column = QVBoxLayout(panel)
    column.setContentsMargins(0, 18, 0, 0)
    column.setSpacing(2)
    column.addWidget(app_name)
    column.addWidget(place)
    column.addSpacing(10)
    column.addWidget(nav, 1)
    return panel, nav


def lay_out_shell(owner: QWidget, panel: QWidget, nav: QListWidget, pages: QStackedWidget) -> None:
    """Navigation on the left, the chosen page on the right; the first entry shown."""
    nav.currentRowChanged.connect(pages.setCurrentIndex)
    nav.setCurrentRow(0)
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(panel)
    layout.addWidget(pages, 1)


class Shell(QWidget):
    """What the school and the county workspaces share: the context of their pages, the
    navigation column and the page stack (filled by the subclass's ``populate``), the settings
    page, and showing a page by its key."""

    lock_requested = Signal()
    restore_requested = Signal(object)  # a settings.restore_dialog.RestoreRequest
    context_class: type[PageContext] = PageContext

    def __init__(
        self,
        session: Session,
        prefs: Prefs,
        on_sync_state: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self.ctx = self.context_class(session, prefs, self)
        if on_sync_state is not None:  # before the pages are built: the sync page reports at once
            self.ctx.bus.sync_changed.connect(on_sync_state)
        self.populate(prefs)

    def populate(self, prefs: Prefs) -> None:
        """Build the navigation and the pages (with ``build``)."""
        raise NotImplementedError

    def build(
        self,
        title: str,
        subtitle: str,
        entries: Iterable[tuple[str, str]],
        make_page: Callable[[str, str], QWidget],
    ) -> None:
        """One navigation entry and one page, ``make_page(key, label)``, per (key, label)."""
        panel, self.nav = nav_panel(self, title, subtitle)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        for key, label in entries:
            item = QListWidgetItem(label, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.pages.addWidget(make_page(key, label))
        lay_out_shell(self, panel, self.nav, self.pages)

    def settings_page(self, prefs: Prefs) -> SettingsPage:
        page = SettingsPage(self.session, prefs, self.pages)
        page.restore_requested.connect(self.restore_requested)
        return page

    def keys(self) -> list[str]:
        raise NotImplementedError

    def show_page(self, key: str) -> QWidget:
        row = self.keys().index(key)
        self.nav.setCurrentRow(row)
        return self.pages.widget(row)


class Workspace(Shell):
    def populate(self, prefs: Prefs) -> None:
        self.entries = entries_for(self.session.account)
        by_key = {entry.key: entry for entry in self.entries}
        self.build(
            self.tr("Counseling Room Records"),
            self.session.store.meta("school_name"),
            [(entry.key, entry.label()) for entry in self.entries],
            lambda key, _label: self._page(by_key[key], prefs),
        )

    def _page(self, entry: NavEntry, prefs: Prefs) -> QWidget:
        if entry.key == "settings":
            return self.settings_page(prefs)
        if entry.key == "sync":
            from sxcounsel.gui.sync.sync_page import SyncPage

            return SyncPage(self.ctx, self.pages)
        page = page_for(entry.key, self.ctx, self.pages)
        return page if page is not None else PlaceholderPage(entry, self.pages)

    def keys(self) -> list[str]:
        return [e.key for e in self.entries]
