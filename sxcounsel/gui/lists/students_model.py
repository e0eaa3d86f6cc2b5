"""The student list (学生档案): everyone the account may read; opens the student file."""

from __future__ import annotations

from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import Column, QuickFilter, RecordTableModel
from sxcounsel.gui.lists.columns import class_column, student_search_key
from sxcounsel.services import listing
from sxcounsel.services import student_fields as sf
from sxcounsel.services.account_session import Session
from sxcounsel.services.listing import StudentRow


class StudentsModel(RecordTableModel):
    list_key = "students"
    record_kind = "student"
    refresh_on = frozenset({"student", "referral"})  # a leave (休学) changes the status
    creates = ("write", "students")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Student no."), lambda r: r.student_no, width=190),
            Column(self.tr("Name"), lambda r: r.name, key=lambda r: r.name_pinyin, width=110),
            Column(self.tr("Gender"), lambda r: r.gender, width=60),
            class_column(self.tr("Class"), 130),
            Column(self.tr("Status"), lambda r: r.status, width=80),
            Column(self.tr("Family situation"), lambda r: r.flags, width=200),
        ]

    def load(self, session: Session) -> list[StudentRow]:
        return listing.list_student_rows(session)

    def row_key(self, r: StudentRow) -> str:
        return student_search_key(r, r.student_no, r.name, r.class_name)

    def quick_filters(self) -> list[QuickFilter]:
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
        ]

    def new_label(self) -> str:
        return self.tr("New student")
