"""One page per record family: title, search-as-you-type, quick filters, the table, "New …".

The rows are read by a read operation (gui/operations.py) the first time the page is shown and again whenever the
record bus announces a change of a kind the list shows (at once when visible, else on the
next show). Column widths are remembered per list in the preferences (never any row data).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from sxcounsel.core import permissions
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists.base_model import QuickFilter, RecordTableModel
from sxcounsel.gui.lists.filter_proxy import RecordFilterProxy
from sxcounsel.gui.operations import Operation, read
from sxcounsel.gui.widgets.layout import column_layout, title_row
from sxcounsel.gui.widgets.level_chip import LevelChipDelegate
from sxcounsel.gui.widgets.live_page import LivePage
from sxcounsel.gui.widgets.messages import MessageLabel

if TYPE_CHECKING:
    from sxcounsel.gui.page_context import PageContext

SAVE_WIDTHS_MS = 400
ROW_HEIGHT = 30
TITLE_ROW = 36  # px: the same title row height with or without a "New …" button


class ListPage(LivePage):
    def __init__(
        self,
        ctx: PageContext,
        model: RecordTableModel,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.model = ctx, model
        self.key = model.list_key
        self.setObjectName(f"page_{self.key}")
        model.setParent(self)
        self.proxy = RecordFilterProxy(model)
        self.task: Operation | None = None
        self._keys: list[str] | None = None  # search keys made off the GUI thread with the rows
        self.loaded, self._stale, self._again = False, True, False
        self._filters: list[QuickFilter] = model.quick_filters()
        self._pending: dict[str, str] = {}  # quick-filter choices waiting for the rows

        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        heading.setMinimumHeight(TITLE_ROW)  # as tall as the buttons beside it, if any
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        top = title_row(heading, self.count_label)
        self._top = top
        self.import_button: QPushButton | None = None
        account = ctx.session.account
        if self.key == "students" and permissions.allowed(account, "import", "students"):
            self.import_button = QPushButton(self.tr("Import roster…"), self)
            self.import_button.setObjectName("importRoster")
            self.import_button.clicked.connect(ctx.import_roster)
            top.addWidget(self.import_button)
        self.new_button: QPushButton | None = None
        creates = model.creates is not None and permissions.allowed(account, *model.creates)
        if creates and model.new_label():
            self.new_button = QPushButton(model.new_label(), self)
            self.new_button.setObjectName("newRecord")
            self.new_button.setProperty("primary", True)
            self.new_button.clicked.connect(lambda: ctx.open_record(model.record_kind, None))
            top.addWidget(self.new_button)

        self.search = QLineEdit(self)
        self.search.setObjectName("listSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, pinyin or initials, 学籍号, class"))
        self.search.setMinimumWidth(300)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._focus_table)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        self.combos: dict[str, QComboBox] = {}
        for f in self._filters:
            combo = QComboBox(self)
            combo.setObjectName(f"quick_{f.name}")
            combo.addItem(f.every)
            combo.setMinimumContentsLength(9)
            # as wide as its longest entry, so that no choice shows cut ("Any family situation")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i, f=f: self._quick(f))
            self.combos[f.name] = combo
            bar.addWidget(combo)
        bar.addStretch(1)

        self.table = QTableView(self)
        self.table.setObjectName("recordTable")
        self.table.setModel(self.proxy)
        # Rows arrive in the service's order (newest first, by class, ...) until a header is
        # clicked: without this, enabling sorting would sort by the first column at once.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setShowGrid(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))
        self.level_delegate = LevelChipDelegate(lambda: model.levels, self.table)
        for i, column in enumerate(model.columns):
            if column.level:
                self.table.setItemDelegateForColumn(i, self.level_delegate)
        self._restore_widths()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_WIDTHS_MS)
        self._save_timer.timeout.connect(self.save_widths)
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        self.table.activated.connect(self._open)

        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.empty.hide()
        self.message = MessageLabel(self)

        column_layout(self, [top, bar, self.message, (self.table, 1), self.empty])
        ctx.bus.changed.connect(self._changed)
        self.setFocusProxy(self.search)
        self.search.installEventFilter(self)
        chain = [self.search, *self.combos.values(), self.table]
        chain += [b for b in (self.new_button, self.import_button) if b is not None]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._last_in_chain: QWidget = chain[-1]
        self.action_buttons: list[QPushButton] = []  # added by add_action (e.g. printing a ledger)

    def add_action(self, button: QPushButton) -> None:
        """Put ``button`` in the title row, left of "New …"; it comes last in the tab order."""
        button.setParent(self)
        at = self._top.indexOf(self.new_button) if self.new_button is not None else -1
        if at < 0:
            self._top.addWidget(button)
        else:
            self._top.insertWidget(at, button)
        QWidget.setTabOrder(self._last_in_chain, button)
        self._last_in_chain = button
        self.action_buttons.append(button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the search box goes to the list, as Enter does."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._focus_table()
            return True
        return super().eventFilter(watched, event)

    # -- loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the rows again (a read operation); a second request waits for the first."""
        self._stale = False
        if self.task is not None and self.task.running:
            self._again = True
            return
        if not self.loaded:
            self.count_label.setText(self.tr("Loading…"))
            if self.model.rowCount() == 0:  # first a screenful, when the model offers one
                self.task = self._read(self.model.fetch_first, self._first)
                return
        self.task = self._read(self.model.fetch, self._fetched)

    def _read(self, work: Any, done: Any) -> Operation:
        return read(work, done, self._failed, session=self.ctx.session, parent=self)

    def _first(self, fetched: tuple[list[Any], list[str]] | None) -> None:
        if fetched and fetched[0]:
            self.model.set_rows(*fetched)
            self._fill_combos()
            self.proxy.resort()
        self.task = self._read(self.model.fetch, self._fetched)

    def _fetched(self, fetched: tuple[list[Any], list[str]]) -> None:
        rows, keys = fetched
        self._keys = keys
        self._loaded(rows)

    def _loaded(self, rows: list[Any]) -> None:
        """The rows are in (subclasses may add to this)."""
        chosen = self.selected_id()
        keys, self._keys = self._keys, None
        self.model.set_rows(rows, keys if keys is not None and len(keys) == len(rows) else None)
        self._fill_combos()
        self.proxy.resort()
        self.loaded = True
        self.message.clear_message()
        self._after_filter(chosen)
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText("")
        self.message.show_message(error_text(exc))
        if self._again:
            self._again = False
            self.reload()

    def _changed(self, kind: str, _record_id: str) -> None:
        if kind and kind not in self.model.refresh_on:
            return
        self.reload_or_mark_stale()

    # -- filters ----------------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        rows = self.model.rows
        for f in self._filters:
            combo = self.combos[f.name]
            current = combo.currentText() if combo.currentIndex() > 0 else ""
            current = self._pending.pop(f.name, current)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(f.every, None)
            options = f.options(rows)
            for label, predicate in options:
                combo.addItem(label, predicate)
            # a head teacher's single class is no choice: the filter is left out
            combo.setVisible(f.name != "class" or len(options) > 1)
            at = combo.findText(current) if current else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)
            self.proxy.quick.pop(f.name, None)
            if at > 0:
                self.proxy.quick[f.name] = combo.itemData(at)

    def _quick(self, f: QuickFilter) -> None:
        chosen = self.selected_id()
        combo = self.combos[f.name]
        self.proxy.set_quick(f.name, combo.currentData() if combo.currentIndex() > 0 else None)
        self._after_filter(chosen)

    def set_quick(self, name: str, label: str) -> bool:
        """Choose the quick-filter entry with this text (e.g. a class); False if absent.

        Before the rows are loaded the choice waits for them."""
        if not self.loaded:
            self._pending[name] = label
            return True
        combo = self.combos.get(name)
        at = combo.findText(label) if combo is not None else -1
        if combo is None or at < 0:
            return False
        combo.setCurrentIndex(at)
        return True

    def _search(self, text: str) -> None:
        chosen = self.selected_id()
        self.proxy.set_text(text)
        self._after_filter(chosen)

    def _after_filter(self, chosen: str) -> None:
        shown, total = self.proxy.rowCount(), self.model.total()
        if shown == total:
            self.count_label.setText(fill(self.tr("%1 in all"), f"{total:,}"))
        else:
            self.count_label.setText(fill(self.tr("%1 of %2 shown"), f"{shown:,}", f"{total:,}"))
        if total == 0:
            self.empty.setText(self.tr("There are no records here yet."))
        else:
            self.empty.setText(self.tr("Nothing matches; change the search or the filters."))
        self.empty.setVisible(shown == 0)
        if chosen:
            self.select(chosen)

    # -- rows -------------------------------------------------------------------------------------
    def selected_id(self) -> str:
        return self.proxy.record_id(self.table.currentIndex())

    def select(self, record_id: str) -> bool:
        row = self.model.shown_row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _focus_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _open(self, index: QModelIndex) -> None:
        record_id = self.proxy.record_id(index)
        if record_id:
            self.ctx.open_record(self.model.record_kind, record_id)

    # -- column widths ----------------------------------------------------------------------------
    def _prefs_key(self) -> str:
        return f"lists/{self.key}/column_widths"

    def _restore_widths(self) -> None:
        saved = str(self.ctx.prefs.get(self._prefs_key(), "") or "")
        widths = [int(w) for w in saved.split(",") if w.strip().isdigit()]
        if len(widths) != len(self.model.columns):  # saved for other columns (another role)
            widths = []
        for i, column in enumerate(self.model.columns[:-1]):
            width = widths[i] if i < len(widths) and 24 <= widths[i] <= 2000 else column.width
            self.table.setColumnWidth(i, width)

    def save_widths(self) -> None:
        widths = [self.table.columnWidth(i) for i in range(len(self.model.columns))]
        self.ctx.prefs.put(self._prefs_key(), ",".join(map(str, widths)))
