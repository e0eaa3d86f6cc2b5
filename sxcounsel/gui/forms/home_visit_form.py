"""A home visit (家访记录): counselors for every class, head teachers for their own classes."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from sxcounsel.core import permissions
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.forms.fields import (
    BoolField,
    ChoiceField,
    DateField,
    ListTextField,
    RowsField,
    TextField,
    plain,
    today,
)
from sxcounsel.gui.forms.student_picker import StudentField
from sxcounsel.gui.labels import fill
from sxcounsel.gui.printing.form_actions import RecordPrinter
from sxcounsel.gui.printing.runner import file_name
from sxcounsel.reports.homevisit_record import TITLE as RECORD_TITLE
from sxcounsel.services import homevisits as svc
from sxcounsel.services import printing
from sxcounsel.services.account_session import Session

# The record's fields this form edits: all of svc.HomeVisit but those it does not show.
_KEYS = tuple(
    f.name for f in fields(svc.HomeVisit) if f.name not in ("school_year", "id", "version")
)


class HomeVisitForm(RecordForm):
    kind = "home_visit"
    table_kind, deleter = "home_visits", staticmethod(svc.delete_home_visit)

    def build(self) -> None:
        self.version = 0
        main = self.section(self.tr("Visit"))
        self.add(main, "student_id", self.tr("Student"), StudentField(self.session, self))
        self.add(main, "date", self.tr("Date"), DateField(self))
        self.add(main, "method", self.tr("Method"), ChoiceField(self, plain(svc.METHODS)))
        self.add(main, "staff", self.tr("Visiting staff"), ListTextField(self, "王丽、刘军"))
        self.add(
            main,
            "met",
            self.tr("People met"),
            RowsField(self, [("name", self.tr("Name")), ("relation", self.tr("Relation"))], 2),
        )
        self.add(main, "student_at_home", "", BoolField(self, self.tr("The student was at home")))
        content = self.section(self.tr("Content"))
        self.add(content, "purpose", self.tr("Purpose"), TextField(self, 2))
        self.add(content, "family_situation", self.tr("Family situation"), TextField(self, 3))
        self.add(content, "parents_views", self.tr("Parents' views"), TextField(self, 3))
        self.add(content, "advice", self.tr("Advice given"), TextField(self, 3))
        self.add(content, "follow_up", self.tr("Follow-up"), TextField(self, 2))
        self.add(content, "follow_up_date", self.tr("Follow-up date"), DateField(self))
        self.printer = RecordPrinter(
            self,
            self.tr("Print visit record…"),
            "printRecord",
            self.tr("Save the home-visit record"),
            self.tr("Writing the home-visit record…"),
            self._file_name,
            printing.homevisit_record,
        )

    def _file_name(self) -> str:
        student = self.field("student_id").widget.student
        return file_name(RECORD_TITLE, student.name if student else "", self.field("date").value())

    def initial(self) -> dict[str, Any]:
        account = self.session.account
        return {
            "date": today(),
            "method": "实地",
            "student_at_home": True,
            "staff": [account.display_name or account.username],
        }

    def editable(self) -> bool:
        return permissions.allowed(self.session.account, "write", "home_visits")

    def fixed(self, key: str) -> bool:
        return key == "student_id" and bool(self.record_id)

    def refresh(self) -> None:
        self.printer.refresh()

    def delete_question(self) -> str:
        return self.tr("Delete this home visit? It cannot be restored on this computer.")

    def stored(self) -> object | None:  # a head teacher writes visits of their own classes
        return self.field("student_id").widget.student

    def title(self) -> str:
        if not self.record_id:
            return self.tr("New home visit")
        student = self.field("student_id").widget.student
        day = self.field("date").value()  # 家访记录 张小明 2025-09-01
        return fill(self.tr("Home visit %1"), f"{student.name} {day}" if student else day)

    def read(self) -> dict[str, Any]:
        v = svc.get_home_visit(self.session, self.record_id)
        self.version = v.version
        return {k: val for k, val in asdict(v).items() if k in _KEYS}

    def write(self, s: Session, values: dict[str, Any]) -> Any:
        v = svc.HomeVisit(**{k: values[k] for k in _KEYS})
        if self.record_id:
            v.id, v.version = self.record_id, self.version
            return svc.update_home_visit(s, v)
        return svc.create_home_visit(s, v)
