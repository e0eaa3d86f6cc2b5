"""A confidentiality break (保密例外): counseling notes told to someone because of risk.

Counselors only (kind "notes" in the role table): whom, why and what are sealed with the
counselor key (services/session_notes.py). The session whose notes were told is one of the
student's sessions, or none.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sxcounsel.core import permissions
from sxcounsel.core.errors import SxError
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.forms.fields import ChoiceField, DateField, LineField, TextField, today
from sxcounsel.gui.forms.student_picker import StudentField
from sxcounsel.gui.labels import fill
from sxcounsel.services import session_notes as svc
from sxcounsel.services import sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.students import Student

_KEYS = ("student_id", "date", "disclosed_to", "reason", "what", "session_id")


class DisclosureForm(RecordForm):
    kind = "disclosure"
    table_kind = "notes"
    deleter = staticmethod(svc.delete_disclosure)

    def build(self) -> None:
        self.version = 0
        main = self.section(self.tr("Confidentiality break"))
        student = StudentField(self.session, self)
        self.add(main, "student_id", self.tr("Student"), student)
        self.add(main, "date", self.tr("Date"), DateField(self))
        self.add(
            main,
            "disclosed_to",
            self.tr("Told to"),
            LineField(self, self.tr("e.g. the father, the head teacher"), 40),
        )
        self.add(main, "session_id", self.tr("Session"), ChoiceField(self, [], self.tr("None")))
        told = self.section(self.tr("Why and what"))
        self.add(
            told,
            "reason",
            self.tr("Why (the risk)"),
            TextField(self, 3, self.tr("The risk that made telling necessary")),
        )
        self.add(told, "what", self.tr("What was told"), TextField(self, 3))
        student.widget.chosen.connect(self._student_chosen)

    def _student_chosen(self, student: Student | None) -> None:
        """Offer the chosen student's sessions (keeping the chosen one when still offered)."""
        combo = self.field("session_id").widget
        current = self.field("session_id").value()
        found: list[sessions.CounselingSession] = []
        if student is not None:
            try:
                found = sessions.sessions_of_student(self.session, student.id)
            except SxError:
                found = []
        combo.blockSignals(True)
        try:
            while combo.count() > 1:  # the first item is "None"
                combo.removeItem(1)
            for s in found:
                combo.addItem(f"{s.number}（{s.date}）", s.id)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    def initial(self) -> dict[str, Any]:
        return {"date": today()}

    def editable(self) -> bool:
        return permissions.allowed(self.session.account, "write", "notes")

    def fixed(self, key: str) -> bool:
        return key == "student_id" and bool(self.record_id)

    def title(self) -> str:
        if not self.record_id:
            return self.tr("Record a confidentiality break")
        return fill(self.tr("Confidentiality break of %1"), self.field("date").value())

    def delete_question(self) -> str:
        return self.tr("Delete this confidentiality break? It cannot be restored on this computer.")

    def refresh(self) -> None:
        self.subheading.setText(
            self.tr(
                "Record each time counseling notes were told to someone because of risk. "
                "Only counselors can see this record."
            )
        )

    def read(self) -> dict[str, Any]:
        b = svc.get_disclosure(self.session, self.record_id)
        self.version = b.version
        return {k: v for k, v in asdict(b).items() if k in _KEYS}

    def write(self, s: Session, values: dict[str, Any]) -> Any:
        b = svc.ConfidentialityBreak(**{k: values[k] for k in _KEYS})
        if self.record_id:
            b.id, b.version = self.record_id, self.version
            return svc.update_disclosure(s, b)
        return svc.create_disclosure(s, b)
