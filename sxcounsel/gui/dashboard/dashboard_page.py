"""工作台: today's reviews first, then overdue ones, long-awaited receipts, open crises,
home-visit coverage and the sessions of the month.

Every line opens its record (double-click or Enter); a coverage bar opens the class's
home-visit list; a figure opens its list with the matching filter chosen. Each card is as
tall as its rows (up to a limit, then it scrolls by whole rows), so no row shows cut in half;
the page itself scrolls when the window is short. The figures are read on a worker thread
when the page is first shown and again after any record changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core.schoolyear import school_year_label
from sxcounsel.gui.dashboard.coverage_bars import ROW as BAR_ROW
from sxcounsel.gui.dashboard.coverage_bars import CoverageBars
from sxcounsel.gui.dashboard.tiles import Tile
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists.base_model import ALERT, WARN
from sxcounsel.gui.lists.concerns_model import due_or_overdue_label
from sxcounsel.gui.lists.crises_model import open_label
from sxcounsel.gui.lists.quick_filters import natural
from sxcounsel.gui.lists.referrals_model import long_wait_label
from sxcounsel.gui.operations import Operation, read
from sxcounsel.gui.widgets.layout import title_row
from sxcounsel.gui.widgets.level_chip import LevelChipDelegate
from sxcounsel.gui.widgets.live_page import LivePage
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.dashboard import WAIT_DAYS, DashboardData, counts_sessions, gather

if TYPE_CHECKING:
    from sxcounsel.gui.page_context import PageContext

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ITEMS = 200  # a dashboard list is a reminder, not the ledger: the rest is in the list page
REVIEW_ROWS = 8  # rows the review card shows before it scrolls
FIT_ROWS = 4  # rows the referral and crisis cards show before they scroll
COVERAGE_ROWS = 10  # classes the coverage card shows before it scrolls
LEVEL_COLUMN = 2  # of the review list


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
        waiting_caption = self.tr("Referral receipts not back after %1 days")
        self.tile_waiting = Tile(fill(waiting_caption, WAIT_DAYS), self)
        self.tile_crises = Tile(self.tr("Open crisis events"), self)
        self.tile_sessions: Tile | None = None
        for tile, key, quick, choice in (
            (self.tile_due, "concern", "status", due_or_overdue_label),
            (self.tile_overdue, "concern", "status", due_or_overdue_label),
            (self.tile_waiting, "referrals", "waiting", long_wait_label),
            (self.tile_crises, "crisis", "status", open_label),
        ):
            tile.clicked.connect(lambda k=key, q=quick, c=choice: self.show_list(k, q, c()))
            tiles.addWidget(tile)
        if counts_sessions(ctx.session):
            self.tile_sessions = Tile(self.tr("Sessions this month"), self)
            month = QCoreApplication.translate("QuickFilters", "This month")
            self.tile_sessions.clicked.connect(
                lambda: self.show_list("counseling", "period", month)
            )
            tiles.addWidget(self.tile_sessions)

        self.reviews = self._list(
            "dueReviews",
            [self.tr("Student"), self.tr("Class"), self.tr("Level"), self.tr("Review")],
        )
        self.level_delegate = LevelChipDelegate(self._levels, self.reviews)
        self.reviews.setItemDelegateForColumn(LEVEL_COLUMN, self.level_delegate)
        self.waiting = self._list(
            "waitingReferrals",
            [self.tr("Student"), self.tr("Class"), self.tr("Number"), self.tr("Waiting")],
        )
        self.crises = self._list(
            "openCrises", [self.tr("Student"), self.tr("Class"), self.tr("Occurred")]
        )
        self.bars = CoverageBars()
        self.bars.class_chosen.connect(self.show_class_visits)
        self.coverage_scroll = QScrollArea(self)
        self.coverage_scroll.setObjectName("coverageScroll")
        self.coverage_scroll.setWidgetResizable(True)
        self.coverage_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.coverage_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.coverage_scroll.setWidget(self.bars)
        self.coverage_title = QLabel(self.tr("Home-visit coverage"), self)
        self.coverage_title.setObjectName("cardTitle")
        self.coverage_note = QLabel(self)
        self.coverage_note.setObjectName("hint")
        self.coverage_note.setWordWrap(True)

        self.reviews_card = self._card(self.tr("Concern reviews: due today first"), self.reviews)
        self.waiting_card = self._card(
            fill(self.tr("Referrals whose receipt is not back after %1 days"), WAIT_DAYS),
            self.waiting,
        )
        self.crises_card = self._card(self.tr("Open crisis events"), self.crises)
        left = QVBoxLayout()
        left.setSpacing(12)
        for card in (self.reviews_card, self.waiting_card):
            left.addWidget(card)
        left.addStretch(1)
        self.coverage_card = QFrame(self)
        self.coverage_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.coverage_card.setObjectName("card")
        inner = QVBoxLayout(self.coverage_card)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.addWidget(self.coverage_title)
        inner.addWidget(self.coverage_note)
        inner.addWidget(self.coverage_scroll)
        right = QVBoxLayout()  # at 1366×768 every card is in view without scrolling the page
        right.setSpacing(12)
        right.addWidget(self.coverage_card)
        right.addWidget(self.crises_card)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.message = MessageLabel(self)
        # Each card is as tall as its content; when the window is short (1366×768 at 150%
        # scaling leaves about 470 logical pixels) the page scrolls instead of cutting rows.
        body = QWidget(self)
        body.setObjectName("dashboardBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(tiles)
        layout.addLayout(columns, 1)
        page_scroll = QScrollArea(self)
        page_scroll.setObjectName("dashboardScroll")
        page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        page_scroll.setWidgetResizable(True)
        page_scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page_scroll)
        ctx.bus.changed.connect(self._changed)

    def _levels(self) -> tuple[str, ...]:
        return self.data.levels if self.data is not None else ()

    def _list(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.setColumnWidth(0, 110)
        tree.setColumnWidth(1, 120)
        tree.itemActivated.connect(self._open)
        return tree

    def _card(self, title: str, tree: QTreeWidget) -> QFrame:
        card = QFrame(self)
        card.setObjectName("card")
        heading = QLabel(title, card)
        heading.setObjectName("cardTitle")
        heading.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.addWidget(heading)
        inner.addWidget(tree)
        # Heights are set from the rows once loaded (see _fit), not from the list's size hint.
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
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
        self._fit_all()
        self.loaded = True
        self._next()

    def _fill_reviews(self, data: DashboardData) -> None:
        """Today's reviews first (the day's work), then the overdue ones, most overdue first."""
        rows: list[Any] = [
            (
                "concern",
                d.case.id,
                [d.student_name, d.class_name, d.case.risk_level, self.tr("Today")],
                WARN,
            )
            for d in data.due_today
        ]
        for d in data.overdue:
            when = fill(self.tr("%1 days overdue"), d.days_overdue)
            rows.append(
                (
                    "concern",
                    d.case.id,
                    [d.student_name, d.class_name, d.case.risk_level, when],
                    ALERT,
                )
            )
        self._fill(self.reviews, rows, self.tr("No review is due. Well done."))

    @staticmethod
    def _fit(tree: QTreeWidget, most: int) -> None:
        """Make ``tree`` just tall enough for its rows (at most ``most``; then it scrolls by
        whole rows), so that no row shows cut in half."""
        rows = min(max(tree.topLevelItemCount(), 1), most)
        row = max(tree.sizeHintForRow(0), tree.fontMetrics().height() + 8)
        tree.setFixedHeight(tree.header().sizeHint().height() + rows * row + 2 * tree.frameWidth())

    def _fit_all(self) -> None:
        self._fit(self.reviews, REVIEW_ROWS)
        self._fit(self.waiting, FIT_ROWS)
        self._fit(self.crises, FIT_ROWS)
        classes = min(max(len(self.bars.classes), 1), COVERAGE_ROWS)
        self.coverage_scroll.setFixedHeight(classes * BAR_ROW)

    def _fill(self, tree: QTreeWidget, rows: list[Any], empty: str) -> None:
        tree.clear()
        for kind, record_id, texts, *tone in rows[:MAX_ITEMS]:
            item = QTreeWidgetItem(tree, texts)
            item.setData(0, KIND_ROLE, kind)
            item.setData(0, ID_ROLE, record_id)
            for column, text in enumerate(texts):
                if len(text) > 6:  # whatever may be elided, whole in the tooltip
                    item.setToolTip(column, text)
            if tone and tone[0] is not None:
                item.setForeground(len(texts) - 1, tone[0])
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

    def show_list(self, key: str, quick: str = "", choice: str = "") -> QWidget | None:
        """Show the list page ``key``; with ``quick``, choose ``choice`` in that quick filter
        (e.g. the concern list's "review due or overdue") so it shows what the figure counts."""
        show_page = getattr(self.ctx.host, "show_page", None)
        if show_page is None:
            return None
        try:
            page = show_page(key)
        except ValueError:  # the account has no such page
            return None
        if quick and page is not None and hasattr(page, "set_quick"):
            page.set_quick(quick, choice)
        return page

    def show_class_visits(self, class_name: str) -> None:
        self.show_list("home_visits", "class", class_name)
