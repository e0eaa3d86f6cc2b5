"""The home-visit list (家访): a head teacher sees own classes only."""

from __future__ import annotations

from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import Column, QuickFilter, RecordTableModel
from sxcounsel.gui.lists.columns import class_column, student_column, student_search_key
from sxcounsel.services import homevisits, listing
from sxcounsel.services.account_session import Session
from sxcounsel.services.listing import HomeVisitRow


class HomeVisitsModel(RecordTableModel):
    list_key = "home_visits"
    record_kind = "home_visit"
    refresh_on = frozenset({"home_visit", "student"})
    creates = ("write", "home_visits")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda r: r.date, width=100),
            student_column(self.tr("Student"), 100),
            Column(self.tr("Student no."), lambda r: r.student_no, width=180),
            class_column(self.tr("Class"), 120),
            Column(self.tr("Method"), lambda r: r.method, width=70),
            Column(self.tr("Visited by"), lambda r: r.staff, width=140),
            Column(self.tr("Follow-up on"), lambda r: r.follow_up_date, width=100),
        ]

    def load(self, session: Session) -> list[HomeVisitRow]:
        return listing.list_home_visit_rows(session)

    def row_key(self, r: HomeVisitRow) -> str:
        return student_search_key(r, r.student_no, r.student_name, r.class_name, r.staff)

    def quick_filters(self) -> list[QuickFilter]:
        return [
            qf.by_class(lambda r: r.class_name),
            qf.by_value("method", self.tr("Any method"), lambda r: r.method, homevisits.METHODS),
            qf.by_period(lambda r: r.date),
        ]

    def new_label(self) -> str:
        return self.tr("New home visit")
