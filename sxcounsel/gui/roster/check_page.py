"""Roster wizard, step 2: the columns found, the first rows, and every invalid row.

The file is read and the whole import is run as a dry run off the GUI thread; the step can go
on only when every row is valid. Problems name the spreadsheet row (as Excel numbers it) and
the column as the file writes it. The columns tab lists every column of the file, what it is
read as and how; a flag column's flag and an unknown column's field can be chosen there (the
page checks again), and the import remembers the choice for the school's next roster.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from sxcounsel.core.errors import SxError
from sxcounsel.gui import operations
from sxcounsel.gui.errors import error_text, ui_language
from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists.base_model import ALERT
from sxcounsel.gui.operations import Operation
from sxcounsel.gui.roster.column_table import ColumnTable
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.roster.layout import Layout
from sxcounsel.roster.problems import RosterFileError, RosterRowsInvalid, RowProblem
from sxcounsel.roster.reader import RosterTable
from sxcounsel.services.account_session import Session
from sxcounsel.services.roster import ImportSummary, import_roster, read_table, saved_layout

PREVIEW_ROWS = 8
ALERT_BACKGROUND = QColor("#fbeae8")  # behind a preview cell that needs correcting


def _check(
    session: Session, path: Path, layout: Layout
) -> tuple[RosterTable, ImportSummary | RosterRowsInvalid]:
    table = read_table(session, path, layout)
    try:
        return table, import_roster(session, path, dry_run=True, layout=layout)
    except RosterRowsInvalid as exc:
        return table, exc


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class CheckPage(QWizardPage):
    def __init__(self, session: Session, path: Callable[[], Path], parent=None) -> None:
        super().__init__(parent)
        self.session, self.path = session, path
        self.summary: ImportSummary | None = None
        self.task: Operation | None = None
        self.layout_: Layout | None = None  # the school's saved layout, then the choices here
        self.setTitle(self.tr("Check the roster"))
        self.setSubTitle(
            self.tr(
                "Every row is checked before anything is written: the first rows as read, then "
                "each row that needs correcting, with its row number in the spreadsheet."
            )
        )
        self.setCommitPage(True)
        self.status = MessageLabel(self)
        self.status.setObjectName("rosterStatus")
        self.columns = QLabel(self)
        self.columns.setObjectName("rosterColumns")
        self.columns.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("rosterPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(True)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.mapping = ColumnTable(self)
        self.mapping.changed.connect(self._run)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rosterTabs")
        self.tabs.addTab(self.mapping, self.tr("Columns"))
        self.tabs.addTab(self.preview, self.tr("First rows"))
        self.problems = QListWidget(self)
        self.problems.setObjectName("rosterProblems")
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.columns)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.problems, 2)

    def chosen_layout(self) -> Layout:
        """The layout the import reads with."""
        return self.layout_ or Layout()

    def initializePage(self) -> None:
        self.layout_ = None  # a new file: start again from what the school saved
        self._run()

    def _run(self) -> None:
        if self.task is not None and self.task.running:
            return
        self.summary = None
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.problems.clear()
        self.problems.hide()
        self.columns.clear()
        self.status.show_message(self.tr("Reading and checking every row…"), "info")
        session, path = self.session, self.path()
        if self.layout_ is None:
            try:
                self.layout_ = saved_layout(session)
            except SxError as exc:  # shown as a sentence
                self._failed(exc)
                return
        layout = self.layout_
        self.task = operations.read(
            lambda s: _check(s, path, layout),
            self._checked,
            self._failed,
            session=session,
            parent=self,
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.summary is not None

    def _failed(self, exc: BaseException) -> None:
        headers = exc.facts.get("headers") if isinstance(exc, RosterFileError) else None
        if headers:  # an unknown layout: offer its columns to map by hand
            self.mapping.show_headers(list(headers), self.chosen_layout(), ui_language())
            self.tabs.setCurrentWidget(self.mapping)
            self.status.show_message(
                error_text(exc)
                + " "
                + self.tr(
                    "Choose below what each column holds (学籍号, 姓名, 性别 and 班级 are "
                    "needed); the file is checked again after each choice."
                ),
                "error",
            )
            return
        self.status.show_message(error_text(exc), "error")

    def _checked(self, result: tuple[RosterTable, ImportSummary | RosterRowsInvalid]) -> None:
        table, outcome = result
        self._show_table(table)
        if isinstance(outcome, RosterRowsInvalid):
            rows = len({(p.sheet, p.row) for p in outcome.problems})
            self.status.show_message(
                self.tr(
                    "%n row(s) of the file are not valid. Nothing will be imported: correct "
                    "them in the file, save it, and go back to choose it again.",
                    "",
                    rows,
                ),
                "error",
            )
            for problem in outcome.problems:
                self.problems.addItem(self.problem_line(problem))
            self.problems.show()
            self._mark(outcome.problems)
            self.tabs.setCurrentWidget(self.preview)
            return
        self.summary = outcome
        self.status.show_message(
            fill(
                self.tr(
                    "All %1 rows are valid: %2 new students, %3 updated, %4 unchanged. Press "
                    "Import to write them."
                ),
                len(table.rows),
                outcome.new,
                outcome.updated,
                outcome.unchanged,
            ),
            "success",
        )
        self.completeChanged.emit()

    def problem_line(self, p: RowProblem) -> str:
        where = (
            fill(self.tr("Row %1 (sheet %2)"), p.row, p.sheet)
            if p.sheet
            else fill(self.tr("Row %1"), p.row)
        )
        return fill(self.tr("%1 · %2: %3"), where, p.column, p.text(ui_language()))

    def _mark(self, problems: Sequence[RowProblem]) -> None:
        """Show the rows and cells of the preview that need correcting in the alert colour,
        the reason as the cell's tooltip (the list below names them all)."""
        bad = {(p.row, p.column): self.problem_line(p) for p in problems if not p.sheet}
        rows = {row for row, _column in bad}
        header = self.preview.horizontalHeaderItem
        for i in range(self.preview.rowCount()):
            label = self.preview.verticalHeaderItem(i)
            if label is None or not label.text().isdigit() or int(label.text()) not in rows:
                continue
            number = int(label.text())
            label.setForeground(ALERT)
            for j in range(self.preview.columnCount()):
                item, name = self.preview.item(i, j), header(j)
                line = bad.get((number, name.text() if name is not None else ""))
                if item is not None and line:
                    item.setForeground(ALERT)
                    item.setBackground(ALERT_BACKGROUND)
                    item.setToolTip(line)

    def _show_table(self, table: RosterTable) -> None:
        self.mapping.show_columns(table.columns, self.chosen_layout(), ui_language())
        keys = list(table.headers)
        self.columns.setText(
            fill(
                self.tr("Columns found (%1 rows): %2"),
                len(table.rows),
                self.tr("、").join(table.headers[k] for k in keys),
            )
        )
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(keys))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([table.headers[k] for k in keys])
        self.preview.setVerticalHeaderLabels([str(r.number) for r in rows])
        for i, row in enumerate(rows):
            for j, key in enumerate(keys):
                self.preview.setItem(i, j, QTableWidgetItem(_cell(row.cells.get(key))))
