"""The key-concern list (重点关注): cases with their next review and how overdue it is."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import (
    MUTED,
    Column,
    QuickFilter,
    RecordTableModel,
    Row,
)
from sxcounsel.gui.lists.columns import (
    class_column,
    level_column,
    review_text,
    review_tone,
    student_column,
    student_search_key,
)
from sxcounsel.services import concerns, listing, risklevels
from sxcounsel.services.account_session import Session
from sxcounsel.services.listing import ConcernRow

NEXT_REVIEW_COLUMN = 6


def due_or_overdue_label() -> str:
    """The quick-filter entry the dashboard's review tiles choose."""
    return QCoreApplication.translate("ConcernsModel", "Review due or overdue")


class ConcernsModel(RecordTableModel):
    list_key = "concern"
    record_kind = "concern"
    refresh_on = frozenset({"concern", "student"})
    creates = ("write", "concerns")

    def make_columns(self) -> list[Column]:
        self.levels = risklevels.get_risk_levels(self.session)
        return [
            student_column(self.tr("Student"), 100),
            class_column(self.tr("Class"), 120),
            level_column(self.tr("Risk level"), self.levels),
            Column(self.tr("Reasons"), lambda r: r.reasons, width=130),
            Column(self.tr("Contact person"), lambda r: r.contact_user, width=124),
            Column(self.tr("Opened on"), lambda r: r.opened_on, width=100),
            Column(self.tr("Next review"), self.review_text, key=self._review_key, width=170),
        ]

    def review_text(self, r: ConcernRow) -> str:
        if r.status != concerns.OPEN:
            return self.tr("Closed")
        return review_text(r, self.tr("%1 · %2 days overdue"), self.tr("%1 · due today"))

    @staticmethod
    def _review_key(r: ConcernRow) -> tuple[int, str]:
        return (r.status != concerns.OPEN, r.next_review_on)

    def load(self, session: Session) -> list[ConcernRow]:
        return listing.list_concern_rows(session, date.today())

    def row_key(self, r: ConcernRow) -> str:
        return student_search_key(r, r.student_no, r.student_name, r.class_name, r.contact_user)

    def quick_filters(self) -> list[QuickFilter]:
        def states(_rows: Sequence[Row]) -> list:
            return [
                (self.tr("Open"), lambda r: r.status == concerns.OPEN),
                (
                    due_or_overdue_label(),
                    lambda r: r.status == concerns.OPEN and r.days_overdue >= 0,
                ),
                (self.tr("Closed"), lambda r: r.status == concerns.CLOSED),
            ]

        return [
            QuickFilter("status", self.tr("Any status"), states),
            qf.by_value("risk", self.tr("Any risk level"), lambda r: r.risk_level, self.levels),
            qf.by_class(lambda r: r.class_name),
        ]

    def tone(self, r: ConcernRow, column: int) -> QColor | None:
        if column == NEXT_REVIEW_COLUMN:
            if r.status != concerns.OPEN:
                return MUTED
            return review_tone(r)
        return None

    def new_label(self) -> str:
        return self.tr("New key-concern case")
