"""Guardian consent (知情同意): per student and purpose; withdrawn by entering the date."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sxcounsel.core import permissions
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.forms.fields import ChoiceField, DateField, LineField, plain, today
from sxcounsel.gui.forms.student_picker import StudentField
from sxcounsel.gui.labels import fill
from sxcounsel.services import consents as svc
from sxcounsel.services.account_session import Session

_KEYS = ("student_id", "purpose", "guardian", "relation", "date", "method", "withdrawn_on")


class ConsentForm(RecordForm):
    kind = "consent"

    def build(self) -> None:
        self.version = 0
        main = self.section(self.tr("Consent"))
        self.add(main, "student_id", self.tr("Student"), StudentField(self.session, self))
        self.add(main, "purpose", self.tr("Purpose"), ChoiceField(self, plain(svc.PURPOSES)))
        self.add(main, "guardian", self.tr("Guardian"), LineField(self, max_length=40))
        self.add(main, "relation", self.tr("Relation"), LineField(self, "母亲", 20))
        self.add(main, "date", self.tr("Date"), DateField(self))
        self.add(main, "method", self.tr("Method"), ChoiceField(self, plain(svc.METHODS)))
        self.add(main, "withdrawn_on", self.tr("Withdrawn on"), DateField(self))

    def initial(self) -> dict[str, Any]:
        return {"date": today(), "purpose": svc.PURPOSES[0], "method": svc.METHODS[0]}

    def editable(self) -> bool:
        return permissions.allowed(self.session.account, "write", "consents")

    def fixed(self, key: str) -> bool:
        return key == "student_id" and bool(self.record_id)

    def title(self) -> str:
        if not self.record_id:
            return self.tr("New guardian consent")
        return fill(self.tr("Guardian consent: %1"), self.field("purpose").value())

    def refresh(self) -> None:
        self.set_row_visible("withdrawn_on", bool(self.record_id))
        self.subheading.setText(
            self.tr("To record a withdrawal, enter its date and save.")
            if self.record_id
            else self.tr("One consent per purpose; it holds from its date.")
        )

    def read(self) -> dict[str, Any]:
        c = svc.get_consent(self.session, self.record_id)
        self.version = c.version
        return {k: v for k, v in asdict(c).items() if k in _KEYS}

    def write(self, s: Session, values: dict[str, Any]) -> Any:
        c = svc.Consent(**{k: values[k] for k in _KEYS})
        if self.record_id:
            c.id, c.version = self.record_id, self.version
            return svc.update_consent(s, c)
        c.withdrawn_on = ""
        return svc.create_consent(s, c)
