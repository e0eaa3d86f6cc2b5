"""The student's basic record: 学籍号, name, class, 身份证号, family flags, guardians."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from sxcounsel.core import permissions
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.forms.fields import (
    ChecksField,
    ChoiceField,
    DateField,
    LineField,
    RowsField,
    plain,
)
from sxcounsel.gui.labels import fill
from sxcounsel.services import students as svc
from sxcounsel.services.account_session import Session

# The record's fields this form edits: all of svc.Student but those it does not show.
_KEYS = tuple(
    f.name for f in fields(svc.Student) if f.name not in ("boarding", "enrolled", "id", "version")
)


class StudentForm(RecordForm):
    kind = "student"
    table_kind, deleter = "students", staticmethod(svc.delete_student)

    def build(self) -> None:
        self.version = 0
        basics = self.section(self.tr("Basics"))
        self.add(basics, "student_no", self.tr("Student number"), LineField(self, max_length=40))
        self.add(basics, "name", self.tr("Name"), LineField(self, max_length=40))
        self.add(basics, "gender", self.tr("Gender"), ChoiceField(self, plain(svc.GENDERS), ""))
        self.add(basics, "birth_date", self.tr("Date of birth"), DateField(self))
        self.add(basics, "id_number", self.tr("ID card number"), LineField(self, max_length=18))
        self.add(
            basics, "grade", self.tr("Grade"), LineField(self, placeholder="七年级", max_length=20)
        )
        self.add(
            basics,
            "class_name",
            self.tr("Class"),
            LineField(self, placeholder="七年级(2)班", max_length=40),
        )
        self.add(basics, "dormitory", self.tr("Dormitory"), LineField(self, max_length=40))
        self.add(basics, "status", self.tr("Status"), ChoiceField(self, plain(svc.STATUSES)))
        family = self.section(self.tr("Family"))
        self.add(family, "address", self.tr("Home address"), LineField(self))
        self.add(family, "flags", self.tr("Family situation"), ChecksField(self, plain(svc.FLAGS)))
        self.add(
            family,
            "guardians",
            self.tr("Guardians"),
            RowsField(
                self,
                [
                    ("name", self.tr("Name")),
                    ("relation", self.tr("Relation")),
                    ("phone", self.tr("Phone")),
                ],
            ),
        )

        for key in ("student_no", "name", "id_number", "grade", "dormitory"):
            self.field(key).widget.setMaximumWidth(320)

    def editable(self) -> bool:
        return permissions.allowed(self.session.account, "write", "students")

    def delete_question(self) -> str:
        return self.tr("Delete this student's record? It cannot be restored on this computer.")

    def title(self) -> str:
        if not self.record_id:
            return self.tr("New student")
        return fill(self.tr("Student: %1"), self.field("name").value())

    def read(self) -> dict[str, Any]:
        s = svc.get_student(self.session, self.record_id)
        self.version = s.version
        return {k: v for k, v in asdict(s).items() if k in _KEYS}

    def write(self, s: Session, values: dict[str, Any]) -> Any:
        student = svc.Student(**{k: values[k] for k in _KEYS})
        if self.record_id:
            student.id, student.version = self.record_id, self.version
            return svc.update_student(s, student)
        return svc.create_student(s, student)
