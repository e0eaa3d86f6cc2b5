"""County-wide key-concern roster: every school's open cases, most overdue first."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from sxcounsel.county import stats as cs
from sxcounsel.county.stats import RosterRow
from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import (
    ALERT,
    WARN,
    Column,
    QuickFilter,
    RecordTableModel,
    search_key,
)
from sxcounsel.services.risklevels import DEFAULT_LEVELS
from sxcounsel.services.session import Session

REVIEW_COLUMN = 6


class CountyRosterModel(RecordTableModel):
    list_key = "county_concern"
    record_kind = "concern"

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("School"), lambda r: r.school_name, width=190),
            Column(self.tr("Student"), lambda r: r.student_name, key=lambda r: r.name_pinyin, width=90),
            Column(self.tr("Class"), lambda r: r.class_name, key=lambda r: qf.natural(r.class_name), width=110),
            Column(self.tr("Risk level"), lambda r: r.risk_level, key=self._severity, width=70),
            Column(self.tr("Reasons"), lambda r: r.reasons, width=110),
            Column(self.tr("Opened on"), lambda r: r.opened_on, width=96),
            Column(self.tr("Next review"), self.review_text, key=lambda r: r.next_review_on, width=190),
            Column(self.tr("Contact person"), lambda r: r.contact_user, width=100),
        ]  # fmt: skip

    def review_text(self, r: RosterRow) -> str:
        if r.days_overdue > 0:
            return fill(self.tr("%1 · %2 days overdue"), r.next_review_on, r.days_overdue)
        if r.days_overdue == 0:
            return fill(self.tr("%1 · due today"), r.next_review_on)
        return r.next_review_on

    @staticmethod
    def _severity(r: RosterRow) -> int:
        return DEFAULT_LEVELS.index(r.risk_level) if r.risk_level in DEFAULT_LEVELS else 99

    def load(self, session: Session) -> list[RosterRow]:
        return cs.concern_roster(session, date.today())

    def row_key(self, r: RosterRow) -> str:
        return search_key(
            (r.student_no, r.student_name, r.class_name, r.school_name, r.contact_user),
            (*r.name_pinyin.split(), *r.name_initials.split()),
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
            return ALERT if r.days_overdue > 0 else WARN if r.days_overdue == 0 else None
        if column == 3:
            return ALERT if r.risk_level == "红" else WARN if r.risk_level == "橙" else None
        return None
