"""工作台: today's reviews, long-awaited receipts, open crises, home-visit coverage, sessions.

Every line opens its record (double-click or Enter); a coverage bar opens the class's
home-visit list; a figure opens its list. The figures are read on a worker thread when the
page is first shown and again after any record changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core.schoolyear import school_year_label
from sxcounsel.gui.dashboard.coverage_bars import CoverageBars
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists.base_model import ALERT
from sxcounsel.gui.lists.quick_filters import natural
from sxcounsel.gui.operations import Operation, read
from sxcounsel.gui.widgets.layout import title_row
from sxcounsel.gui.widgets.live_page import LivePage
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.dashboard import WAIT_DAYS, DashboardData, counts_sessions, gather

if TYPE_CHECKING:
    from sxcounsel.gui.page_context import PageContext

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ITEMS = 200  # a dashboard list is a reminder, not the ledger: the rest is in the list page


class Tile(QFrame):
    """A figure with its caption; a click opens the matching list."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashTile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.figure = QLabel("–", self)
        self.figure.setObjectName("dashFigure")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("hint")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 10, 16, 10)
        column.setSpacing(2)
        column.addWidget(self.figure)
        column.addWidget(self.caption)

    def set_figure(self, n: int, alert: bool = False) -> None:
        self.figure.setText(str(n))
        self.figure.setProperty("alert", alert and n > 0)
        self.figure.style().unpolish(self.figure)
        self.figure.style().polish(self.figure)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


FIT_ROWS = 4  # rows the referral and crisis cards show before they scroll
MIN_BODY_HEIGHT = 640  # below this the page scrolls


class DashboardPage(LivePage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_dashboard")
        self.ctx = ctx
        self.task: Operation | None = None
        self.data: DashboardData | None = None
        self.loaded, self._stale, self._again = False, True, False

        title = QLabel(self.tr("Dashboard"), self)
        title.setObjectName("pageTitle")
        self.today_label = QLabel(self)
        self.today_label.setObjectName("hint")
        top = title_row(title, self.today_label)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.tile_due = Tile(self.tr("Reviews due today"), self)
        self.tile_overdue = Tile(self.tr("Reviews overdue"), self)
        self.tile_waiting = Tile(fill(self.tr("Receipts awaited ≥ %1 days"), WAIT_DAYS), self)
        self.tile_crises = Tile(self.tr("Open crisis events"), self)
        self.tile_sessions: Tile | None = None
        for tile, key in (
            (self.tile_due, "concern"),
            (self.tile_overdue, "concern"),
            (self.tile_waiting, "referrals"),
            (self.tile_crises, "crisis"),
        ):
            tile.clicked.connect(lambda key=key: self.show_list(key))
            tiles.addWidget(tile)
        if counts_sessions(ctx.session):
            self.tile_sessions = Tile(self.tr("Sessions this month"), self)
            self.tile_sessions.clicked.connect(lambda: self.show_list("counseling"))
            tiles.addWidget(self.tile_sessions)

        self.reviews = self._list(
            "dueReviews",
            [self.tr("Student"), self.tr("Class"), self.tr("Level"), self.tr("Review")],
        )
        self.waiting = self._list(
            "waitingReferrals",
            [self.tr("Student"), self.tr("Class"), self.tr("Number"), self.tr("Waiting")],
        )
        self.crises = self._list(
            "openCrises", [self.tr("Student"), self.tr("Class"), self.tr("Occurred")]
        )
        self.bars = CoverageBars()
        self.bars.class_chosen.connect(self.show_class_visits)
        scroll = QScrollArea(self)
        scroll.setObjectName("coverageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.bars)
        self.coverage_title = QLabel(self.tr("Home-visit coverage"), self)
        self.coverage_title.setObjectName("cardTitle")
        self.coverage_note = QLabel(self)
        self.coverage_note.setObjectName("hint")
        self.coverage_note.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        reviews_card = self._card(self.tr("Concern reviews due and overdue"), self.reviews)
        reviews_card.setMinimumHeight(180)  # the daily work: a few rows even when short
        grid.addWidget(reviews_card, 0, 0)
        self.waiting_card = self._card(
            fill(self.tr("Referrals awaiting a receipt ≥ %1 days"), WAIT_DAYS), self.waiting
        )
        grid.addWidget(self.waiting_card, 1, 0)
        self.crises_card = self._card(self.tr("Open crisis events"), self.crises)
        grid.addWidget(self.crises_card, 2, 0)
        coverage = QFrame(self)
        coverage.setObjectName("card")
        inner = QVBoxLayout(coverage)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.addWidget(self.coverage_title)
        inner.addWidget(self.coverage_note)
        inner.addWidget(scroll, 1)
        grid.addWidget(coverage, 0, 1, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)  # reviews are the daily work: whatever the others leave

        self.message = MessageLabel(self)
        # The page scrolls when the window is short (1366×768 at 150% scaling leaves about
        # 470 logical pixels): the cards keep room for a few rows instead of being squeezed.
        body = QWidget(self)
        body.setObjectName("dashboardBody")
        body.setMinimumHeight(MIN_BODY_HEIGHT)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)
        page_scroll = QScrollArea(self)
        page_scroll.setObjectName("dashboardScroll")
        page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        page_scroll.setWidgetResizable(True)
        page_scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page_scroll)
        ctx.bus.changed.connect(self._changed)

    def _list(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setColumnWidth(0, 110)
        tree.setColumnWidth(1, 120)
        tree.itemActivated.connect(self._open)
        return tree

    def _card(self, title: str, tree: QTreeWidget) -> QFrame:
        card = QFrame(self)
        card.setObjectName("card")
        heading = QLabel(title, card)
        heading.setObjectName("cardTitle")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.addWidget(heading)
        inner.addWidget(tree, 1)
        # Heights are set from the rows once loaded (see _fit), not from the list's size hint.
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        card.setMinimumHeight(110)
        return card

    # -- loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        if self.task is not None and self.task.running:
            self._again = True
            return
        self.task = read(gather, self._loaded, self._failed, session=self.ctx.session, parent=self)

    def _changed(self, _kind: str, _record_id: str) -> None:
        self.reload_or_mark_stale()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.reload()

    def _loaded(self, data: DashboardData) -> None:
        self.data = data
        self.message.clear_message()
        self.today_label.setText(
            f"{data.today.isoformat()} · {school_year_label(data.school_year)}"
        )
        self.tile_due.set_figure(len(data.due_today))
        self.tile_overdue.set_figure(len(data.overdue), alert=True)
        self.tile_waiting.set_figure(len(data.waiting), alert=True)
        self.tile_crises.set_figure(len(data.open_crises), alert=True)
        if self.tile_sessions is not None and data.sessions_this_month is not None:
            self.tile_sessions.set_figure(data.sessions_this_month)
        self._fill_reviews(data)
        self._fill(
            self.waiting,
            [
                (
                    "referral",
                    w.id,
                    [w.student_name, w.class_name, w.number, fill(self.tr("%1 days"), w.days)],
                )
                for w in data.waiting
            ],
            self.tr("No referral has waited that long for its receipt."),
        )
        self._fill(
            self.crises,
            [
                ("crisis", c.id, [c.student_name, c.class_name, c.occurred_at])
                for c in data.open_crises
            ],
            self.tr("No open crisis events."),
        )
        self.coverage_title.setText(
            fill(self.tr("Home-visit coverage, %1"), school_year_label(data.school_year))
        )
        students = sum(c.students for c in data.coverage)
        visited = sum(c.visited for c in data.coverage)
        self.coverage_note.setText(
            fill(
                self.tr("%1 of %2 students visited; click a class to see its visits."),
                visited,
                students,
            )
            if data.coverage
            else self.tr("No students are enrolled yet.")
        )
        self.bars.set_coverage(sorted(data.coverage, key=lambda c: natural(c.class_name)))
        self._fit(self.waiting_card, self.waiting)
        self._fit(self.crises_card, self.crises)
        self.loaded = True
        self._next()

    def _fill_reviews(self, data: DashboardData) -> None:
        rows = []
        for d in data.overdue:
            when = fill(self.tr("%1 days overdue"), d.days_overdue)
            rows.append(
                (
                    "concern",
                    d.case.id,
                    [d.student_name, d.class_name, d.case.risk_level, when],
                    True,
                )
            )
        for d in data.due_today:
            rows.append(
                (
                    "concern",
                    d.case.id,
                    [d.student_name, d.class_name, d.case.risk_level, self.tr("Today")],
                    False,
                )
            )
        self._fill(self.reviews, rows, self.tr("No review is due. Well done."))

    def _fit(self, card: QFrame, tree: QTreeWidget, most: int = FIT_ROWS) -> None:
        """Make ``card`` just tall enough for its rows (at most ``most``; then it scrolls),
        so that no row shows cut in half."""
        rows = min(max(tree.topLevelItemCount(), 1), most)
        inner = card.layout()
        margins = inner.contentsMargins()
        height = (
            margins.top()
            + margins.bottom()
            + inner.itemAt(0).widget().sizeHint().height()
            + inner.spacing()
            + tree.header().sizeHint().height()
            + rows * max(tree.sizeHintForRow(0), tree.fontMetrics().height())
            + 2 * tree.frameWidth()
            + 4  # rounding slack: no scroll bar when every row fits
        )
        # At most that tall; on a short screen (150% scaling) it gives way to the reviews.
        card.setMaximumHeight(height)
        card.setMinimumHeight(min(height, 110))
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        card.updateGeometry()

    def _fill(self, tree: QTreeWidget, rows: list[Any], empty: str) -> None:
        tree.clear()
        for kind, record_id, texts, *alert in rows[:MAX_ITEMS]:
            item = QTreeWidgetItem(tree, texts)
            item.setData(0, KIND_ROLE, kind)
            item.setData(0, ID_ROLE, record_id)
            if alert and alert[0]:
                item.setForeground(len(texts) - 1, ALERT)
        extra = len(rows) - MAX_ITEMS
        if not rows or extra > 0:
            text = empty if not rows else fill(self.tr("… and %1 more in the list page"), extra)
            item = QTreeWidgetItem(tree, [text])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setFirstColumnSpanned(True)

    # -- opening ----------------------------------------------------------------------------------
    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind, record_id = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        if kind and record_id:
            self.ctx.open_record(kind, record_id)

    def show_list(self, key: str) -> QWidget | None:
        show_page = getattr(self.ctx.host, "show_page", None)
        if show_page is None:
            return None
        try:
            return show_page(key)
        except ValueError:  # the account has no such page
            return None

    def show_class_visits(self, class_name: str) -> None:
        page = self.show_list("home_visits")
        if page is not None and hasattr(page, "set_quick"):
            page.set_quick("class", class_name)
