"""Guardian consent (知情同意): per student and purpose; withdrawn on a date, with a button
(``consents.withdraw_consent``) or by entering the date and saving."""

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
    table_kind, deleter = "consents", staticmethod(svc.delete_consent)

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
        self.withdrawn = ""  # the stored withdrawal date
        self.withdraw_button = self.action_button(self.tr("Record the &withdrawal"), "withdraw")
        self.withdraw_button.clicked.connect(self.withdraw)

    def initial(self) -> dict[str, Any]:
        return {"date": today(), "purpose": svc.PURPOSES[0], "method": svc.METHODS[0]}

    def editable(self) -> bool:
        return permissions.allowed(self.session.account, "write", "consents")

    def fixed(self, key: str) -> bool:
        return key == "student_id" and bool(self.record_id)

    def delete_question(self) -> str:
        return self.tr("Delete this guardian consent? It cannot be restored on this computer.")

    def title(self) -> str:
        if not self.record_id:
            return self.tr("New guardian consent")
        return fill(self.tr("Guardian consent: %1"), self.field("purpose").value())

    def refresh(self) -> None:
        saved = bool(self.record_id)
        self.set_row_visible("withdrawn_on", saved)
        self.withdraw_button.setVisible(saved and not self.withdrawn and self.editable())
        if not saved:
            self.subheading.setText(self.tr("One consent per purpose; it holds from its date."))
        elif self.withdrawn:
            self.subheading.setText(
                fill(self.tr("Withdrawn on %1: the consent no longer holds."), self.withdrawn)
            )
        else:
            self.subheading.setText(
                self.tr("To record a withdrawal, enter its date and click Record the withdrawal.")
            )

    def read(self) -> dict[str, Any]:
        c = svc.get_consent(self.session, self.record_id)
        self.version, self.withdrawn = c.version, c.withdrawn_on
        return {k: v for k, v in asdict(c).items() if k in _KEYS}

    def write(self, s: Session, values: dict[str, Any]) -> Any:
        c = svc.Consent(**{k: values[k] for k in _KEYS})
        if self.record_id:
            c.id, c.version = self.record_id, self.version
            return svc.update_consent(s, c)
        c.withdrawn_on = ""
        return svc.create_consent(s, c)

    # -- withdrawal ---------------------------------------------------------------------------
    def withdraw(self) -> None:
        """Record the withdrawal on the date in its field (other changes are saved first)."""
        on = self.values()["withdrawn_on"]
        others = {k: v for k, v in self.values().items() if k != "withdrawn_on"}
        if any(v != self._baseline.get(k) for k, v in others.items()):
            self.save(then=lambda: self._withdraw(on))  # a refusal stops there
        else:
            self._withdraw(on)

    def _withdraw(self, on: str) -> None:
        if self.withdrawn:  # the save just made recorded it
            return
        record_id, version = self.record_id, self.version
        self.run(
            lambda s: svc.withdraw_consent(s, record_id, on, expected_version=version),
            self.tr("The withdrawal is recorded: the consent no longer holds."),
            lambda _result: self.settle(),
        )
