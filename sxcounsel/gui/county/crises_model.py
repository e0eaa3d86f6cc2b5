"""Crisis events across the county, newest first (the timeline)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from sxcounsel.county import stats as cs
from sxcounsel.county.stats import CrisisRow
from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import (
    ALERT,
    MUTED,
    Column,
    QuickFilter,
    RecordTableModel,
)
from sxcounsel.gui.lists.columns import class_column, student_column, student_search_key
from sxcounsel.services.account_session import Session


class CountyCrisesModel(RecordTableModel):
    list_key = "county_crisis"
    record_kind = "crisis"

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda r: r.occurred_at, width=130),
            Column(self.tr("School"), lambda r: r.school_name, width=190),
            student_column(self.tr("Student"), 90),
            class_column(self.tr("Class"), 110),
            Column(self.tr("Type"), lambda r: r.type, width=90),
            Column(self.tr("Status"), self.status_text, width=80),
            Column(self.tr("Actions taken"), lambda r: r.actions, width=200),
        ]  # fmt: skip

    def status_text(self, r: CrisisRow) -> str:
        return self.tr("Open") if r.status == cs.OPEN else self.tr("Closed")

    def load(self, session: Session) -> list[CrisisRow]:
        return cs.crisis_timeline(session)

    def row_key(self, r: CrisisRow) -> str:
        return student_search_key(
            r, r.student_no, r.student_name, r.class_name, r.school_name, r.type
        )

    def quick_filters(self) -> list[QuickFilter]:
        return [
            qf.by_value("school", self.tr("All schools"), lambda r: r.school_name),
            QuickFilter(
                "status",
                self.tr("Any status"),
                lambda _rows: [
                    (self.tr("Open"), lambda r: r.status == cs.OPEN),
                    (self.tr("Closed"), lambda r: r.status != cs.OPEN),
                ],
            ),
            qf.by_period(lambda r: r.occurred_at),
        ]

    def tone(self, r: CrisisRow, column: int) -> QColor | None:
        if column == 5:
            return ALERT if r.status == cs.OPEN else MUTED
        return None
