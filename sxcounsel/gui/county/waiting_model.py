"""Referrals across the county still without a receipt after 14 days, longest waiting first."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from sxcounsel.county import stats as cs
from sxcounsel.county.stats import WaitingRow
from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import (
    ALERT,
    WARN,
    Column,
    QuickFilter,
    RecordTableModel,
)
from sxcounsel.gui.lists.columns import class_column, student_column, student_search_key
from sxcounsel.services.account_session import Session

LONG_WAIT = 30  # days: shown in red


class CountyReferralsModel(RecordTableModel):
    list_key = "county_referrals"
    record_kind = "referral"

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("School"), lambda r: r.school_name, width=190),
            student_column(self.tr("Student"), 90),
            class_column(self.tr("Class"), 110),
            Column(self.tr("Number"), lambda r: r.number, width=100),
            Column(self.tr("Institution"), lambda r: r.institution, width=150),
            Column(self.tr("Step"), lambda r: r.status, width=100),
            Column(self.tr("Issued on"), lambda r: r.issued_on, width=96),
            Column(self.tr("Waiting"), self.waiting_text, key=lambda r: r.days_waiting, width=90, numeric=True),
        ]  # fmt: skip

    def waiting_text(self, r: WaitingRow) -> str:
        return fill(self.tr("%1 days"), r.days_waiting)

    def load(self, session: Session) -> list[WaitingRow]:
        return cs.referrals_waiting(session, date.today())

    def row_key(self, r: WaitingRow) -> str:
        return student_search_key(
            r, r.student_no, r.student_name, r.class_name, r.school_name, r.number, r.institution
        )

    def quick_filters(self) -> list[QuickFilter]:
        return [
            qf.by_value("school", self.tr("All schools"), lambda r: r.school_name),
            qf.by_value("status", self.tr("Any step"), lambda r: r.status, cs.WAITING_STATUSES),
        ]

    def tone(self, r: WaitingRow, column: int) -> QColor | None:
        if column == 7:
            return ALERT if r.days_waiting > LONG_WAIT else WARN
        return None
