"""The student list (学生档案): everyone the account may read; opens the student file.

The name comes first; the 预警等级 column is the level of the student's open key-concern case,
if any, and only for an account that may read those cases.
"""

from __future__ import annotations

from sxcounsel.core import permissions
from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import Column, QuickFilter, RecordTableModel
from sxcounsel.gui.lists.columns import class_column, level_column, student_search_key
from sxcounsel.services import listing, risklevels
from sxcounsel.services import student_fields as sf
from sxcounsel.services.account_session import Session
from sxcounsel.services.listing import StudentRow


class StudentsModel(RecordTableModel):
    list_key = "students"
    record_kind = "student"
    refresh_on = frozenset({"student", "referral"})  # a leave (休学) changes the status
    creates = ("write", "students")

    def make_columns(self) -> list[Column]:
        columns = [
            Column(self.tr("Name"), lambda r: r.name, key=lambda r: r.name_pinyin, width=110),
            Column(self.tr("Student no."), lambda r: r.student_no, width=190),
            Column(self.tr("Gender"), lambda r: r.gender, width=72),
            class_column(self.tr("Class"), 130),
            Column(self.tr("Status"), lambda r: r.status, width=80),
            Column(self.tr("Family situation"), lambda r: r.flags, width=200),
        ]
        if permissions.allowed(self.session.account, "read", "concerns"):
            self.levels = risklevels.get_risk_levels(self.session)
            columns.insert(4, level_column(self.tr("Risk level"), self.levels, 90))
        return columns

    def load(self, session: Session) -> list[StudentRow]:
        return listing.list_student_rows(session)

    def row_key(self, r: StudentRow) -> str:
        return student_search_key(r, r.student_no, r.name, r.class_name)

    def quick_filters(self) -> list[QuickFilter]:
        risk = []
        if self.levels:  # the account may read key-concern cases
            risk = [
                qf.by_value("risk", self.tr("Any risk level"), lambda r: r.risk_level, self.levels)
            ]
        return [
            qf.by_class(lambda r: r.class_name),
            qf.by_value("status", self.tr("Any status"), lambda r: r.status, sf.STATUSES),
            qf.by_value(
                "flag",
                self.tr("Any family situation"),
                lambda r: r.flags,
                sf.FLAGS,
                contains=True,
            ),
            *risk,
        ]

    def new_label(self) -> str:
        return self.tr("New student")
