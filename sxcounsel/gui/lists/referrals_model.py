"""The referral list (转介): each step with its date, and how long a receipt has been awaited.

A head teacher sees the status view of own classes only (services/referrals.py): number,
institution, steps; never the reason or the receipt, and no risk level.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from sxcounsel.core import permissions
from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import ALERT, Column, QuickFilter, RecordTableModel
from sxcounsel.gui.lists.columns import class_column, student_column, student_search_key
from sxcounsel.services import listing, referrals, risklevels
from sxcounsel.services.account_session import Session
from sxcounsel.services.listing import ReferralRow

LONG_WAIT_DAYS = 14


def long_wait_label() -> str:
    """The quick-filter entry the dashboard's receipt tile chooses."""
    return fill(
        QCoreApplication.translate("ReferralsModel", "Receipt not back after %1 days"),
        LONG_WAIT_DAYS,
    )


class ReferralsModel(RecordTableModel):
    list_key = "referrals"
    record_kind = "referral"
    refresh_on = frozenset({"referral", "student"})
    creates = ("write", "referrals")

    def make_columns(self) -> list[Column]:
        columns = [
            Column(self.tr("Number"), lambda r: r.number, width=100),
            student_column(self.tr("Student"), 80),
            class_column(self.tr("Class"), 110),
            Column(self.tr("Institution"), lambda r: r.institution_name, width=270),
            Column(self.tr("Issued on"), lambda r: r.issued_on, width=100),
            Column(self.tr("Status"), lambda r: r.status, key=self._step, width=100),
            Column(
                self.tr("Waiting"),
                self.waiting_text,
                key=lambda r: r.days_waiting,
                width=80,
                numeric=True,
            ),
            Column(self.tr("Steps"), self.steps_text, width=460),  # elided; whole in the tooltip
        ]
        if permissions.allowed(self.session.account, "read", "referrals"):  # not the status view
            self.levels = risklevels.get_risk_levels(self.session)
            level = Column(self.tr("Risk level"), lambda r: r.risk_level, width=80, level=True)
            columns.insert(6, level)
        self.wait_column = len(columns) - 2
        return columns

    @staticmethod
    def _step(r: ReferralRow) -> int:
        return referrals.STEPS.index(r.status) if r.status in referrals.STEPS else 99

    def waiting_text(self, r: ReferralRow) -> str:
        return fill(self.tr("%1 days"), r.days_waiting) if r.days_waiting >= 0 else ""

    @staticmethod
    def steps_text(r: ReferralRow) -> str:
        """The steps after the issue (whose date has its own column), latest last."""
        later = [(step, on) for step, on in r.steps if step != referrals.ISSUED]
        return " → ".join(f"{step} {on}" for step, on in later)

    def load(self, session: Session) -> list[ReferralRow]:
        return listing.list_referral_rows(session, date.today())

    def row_key(self, r: ReferralRow) -> str:
        return student_search_key(
            r, r.number, r.student_no, r.student_name, r.class_name, r.institution_name
        )

    def quick_filters(self) -> list[QuickFilter]:
        return [
            qf.by_value("status", self.tr("Any step"), lambda r: r.status, referrals.STEPS),
            QuickFilter(
                "waiting",
                self.tr("Any receipt"),
                lambda _rows: [(long_wait_label(), lambda r: r.days_waiting >= LONG_WAIT_DAYS)],
            ),
            qf.by_class(lambda r: r.class_name),
            qf.by_period(lambda r: r.issued_on),
        ]

    def tone(self, r: ReferralRow, column: int) -> QColor | None:
        if column == self.wait_column and r.days_waiting > LONG_WAIT_DAYS:
            return ALERT
        return None

    def new_label(self) -> str:
        return self.tr("New referral")
