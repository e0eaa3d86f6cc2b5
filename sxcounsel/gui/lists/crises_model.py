"""The crisis-event list (危机事件). Anyone may report one; a head teacher sees only when an
event of an own-class student happened, whether it is open and who reported it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from sxcounsel.core import permissions
from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import ALERT, Column, QuickFilter, RecordTableModel
from sxcounsel.gui.lists.columns import class_column, student_column, student_search_key
from sxcounsel.services import crises, listing
from sxcounsel.services.account_session import Session
from sxcounsel.services.listing import CrisisRow


def open_label() -> str:
    """The quick-filter entry the dashboard's crisis tile chooses."""
    return QCoreApplication.translate("CrisesModel", "Open")


class CrisesModel(RecordTableModel):
    list_key = "crisis"
    record_kind = "crisis"
    refresh_on = frozenset({"crisis", "student"})
    creates = ("report", "crises")

    def make_columns(self) -> list[Column]:
        self.state_names = {crises.OPEN: open_label(), crises.CLOSED: self.tr("Closed")}
        columns = [
            Column(self.tr("Occurred"), lambda r: r.occurred_at, width=140),
            student_column(self.tr("Student"), 100),
            class_column(self.tr("Class"), 120),
            Column(self.tr("Status"), lambda r: self.state_names.get(r.status, r.status), width=80),
            Column(self.tr("Reported by"), lambda r: r.reported_by, width=110),
        ]
        if permissions.allowed(self.session.account, "read", "crises"):  # not the status view
            columns.insert(3, Column(self.tr("Type"), lambda r: r.type, width=100))
        return columns

    def load(self, session: Session) -> list[CrisisRow]:
        return listing.list_crisis_rows(session)

    def row_key(self, r: CrisisRow) -> str:
        return student_search_key(r, r.student_no, r.student_name, r.class_name, r.reported_by)

    def quick_filters(self) -> list[QuickFilter]:
        return [
            qf.by_value(
                "status",
                self.tr("Any status"),
                lambda r: r.status,
                crises.STATUSES,
                self.state_names,
            ),
            qf.by_class(lambda r: r.class_name),
            qf.by_period(lambda r: r.occurred_at),
        ]

    def tone(self, r: CrisisRow, column: int) -> QColor | None:
        return ALERT if r.status == crises.OPEN and column == 0 else None

    def new_label(self) -> str:
        return self.tr("Report a crisis")
