"""County-wide key-concern roster: every school's open cases, most overdue first."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from sxcounsel.county import stats as cs
from sxcounsel.county.stats import RosterRow
from sxcounsel.gui.county.people import staff_text
from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import (
    ALERT,
    WARN,
    Column,
    QuickFilter,
    RecordTableModel,
)
from sxcounsel.gui.lists.columns import (
    class_column,
    review_text,
    review_tone,
    student_column,
    student_search_key,
)
from sxcounsel.services.account_session import Session
from sxcounsel.services.risklevels import DEFAULT_LEVELS

REVIEW_COLUMN = 6


class CountyRosterModel(RecordTableModel):
    list_key = "county_concern"
    record_kind = "concern"

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("School"), lambda r: r.school_name, width=190),
            student_column(self.tr("Student"), 90),
            class_column(self.tr("Class"), 110),
            Column(self.tr("Risk level"), lambda r: r.risk_level, key=self._severity, width=70),
            Column(self.tr("Reasons"), lambda r: r.reasons, width=110),
            Column(self.tr("Opened on"), lambda r: r.opened_on, width=96),
            Column(self.tr("Next review"), self.review_text, key=lambda r: r.next_review_on, width=190),
            Column(self.tr("Contact person"), lambda r: staff_text(r.contact_user), width=100),
        ]  # fmt: skip

    def review_text(self, r: RosterRow) -> str:
        return review_text(r, self.tr("%1 · %2 days overdue"), self.tr("%1 · due today"))

    @staticmethod
    def _severity(r: RosterRow) -> int:
        return DEFAULT_LEVELS.index(r.risk_level) if r.risk_level in DEFAULT_LEVELS else 99

    def load(self, session: Session) -> list[RosterRow]:
        return cs.concern_roster(session, date.today())

    def row_key(self, r: RosterRow) -> str:
        return student_search_key(
            r, r.student_no, r.student_name, r.class_name, r.school_name, staff_text(r.contact_user)
        )

    def quick_filters(self) -> list[QuickFilter]:
        return [
            qf.by_value("school", self.tr("All schools"), lambda r: r.school_name),
            qf.by_value("risk", self.tr("Any risk level"), lambda r: r.risk_level, DEFAULT_LEVELS),
            QuickFilter(
                "overdue",
                self.tr("Any review date"),
                lambda _rows: [(self.tr("Review overdue"), lambda r: r.days_overdue > 0)],
            ),
        ]

    def tone(self, r: RosterRow, column: int) -> QColor | None:
        if column == REVIEW_COLUMN:
            return review_tone(r)
        if column == 3:
            return ALERT if r.risk_level == "红" else WARN if r.risk_level == "橙" else None
        return None
