"""A counseling session (心理辅导记录): metadata, confidential notes, signing and addenda.

Counselors only (the opener never builds it for anyone else). The notes of a saved session
are read once per opening through ``session_notes.read_notes``, which audits the read. A
signed session is locked: its fields are read-only and corrections are addenda.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from sxcounsel.core import permissions
from sxcounsel.gui.forms.base import RecordForm, local_time
from sxcounsel.gui.forms.fields import (
    ChecksField,
    ChoiceField,
    DateField,
    LineField,
    NumberField,
    TextField,
    plain,
    today,
)
from sxcounsel.gui.forms.student_picker import StudentsField
from sxcounsel.gui.labels import fill
from sxcounsel.gui.printing.form_actions import RecordPrinter
from sxcounsel.gui.printing.runner import file_name
from sxcounsel.reports.session_record import TITLE as RECORD_TITLE
from sxcounsel.services import printing_letters, risklevels, session_notes, sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.listing import staff_names
from sxcounsel.services.sessions import CounselingSession, SessionNotes

_META = (
    "date",
    "start_time",
    "duration_min",
    "place",
    "form",
    "source",
    "categories",
    "class_name",
    "risk_level",
    "counselor",
    "next_appointment",
)
_NOTES = ("complaint", "process", "assessment", "plan")


class SessionForm(RecordForm):
    kind = "session"
    table_kind, deleter = "sessions", staticmethod(sessions.delete_session)

    def build(self) -> None:
        self.record: CounselingSession | None = None
        self.addenda: list[session_notes.Addendum] = []
        self._notes_of = ""  # the session whose notes are in the fields
        main = self.section(self.tr("Session"))
        self.add(main, "date", self.tr("Date"), DateField(self))
        start = self.add(main, "start_time", self.tr("Start time"), LineField(self, "14:30", 5))
        start.widget.setMaximumWidth(120)
        self.add(
            main,
            "duration_min",
            self.tr("Duration"),
            NumberField(self, 1, sessions.MAX_DURATION, self.tr(" min")),
        )
        self.add(main, "place", self.tr("Place"), LineField(self, self.tr("e.g. counseling room")))
        form = self.add(main, "form", self.tr("Form"), ChoiceField(self, plain(sessions.FORMS)))
        form.widget.currentIndexChanged.connect(lambda _i: self._form_changed())
        self.add(
            main, "students", self.tr("Students"), StudentsField(self.session, self), "student_ids"
        )
        self.add(main, "class_name", self.tr("Class"), LineField(self, "七年级(2)班", 40))
        self.add(main, "source", self.tr("Source"), ChoiceField(self, plain(sessions.SOURCES)))
        self.add(
            main,
            "categories",
            self.tr("Problem categories"),
            ChecksField(self, plain(sessions.CATEGORIES)),
        )
        levels = risklevels.get_risk_levels(self.session)
        self.add(
            main,
            "risk_level",
            self.tr("Risk level"),
            ChoiceField(self, plain(levels), self.tr("No risk identified")),
        )
        self.add(main, "counselor", self.tr("Counselor"), LineField(self, max_length=40))
        self.add(
            main, "next_appointment", self.tr("Next appointment"), DateField(self, with_time=True)
        )
        notes = self.section(self.tr("Confidential notes (counselors only)"), "notesBox")
        self.add(notes, "complaint", self.tr("Presenting problem"), TextField(self, 3))
        self.add(notes, "process", self.tr("Process"), TextField(self, 4))
        self.add(notes, "assessment", self.tr("Assessment"), TextField(self, 3))
        self.add(notes, "plan", self.tr("Plan"), TextField(self, 3))
        extra = self.section(self.tr("Addenda"), "addendaBox")
        self.addenda_box = extra.parentWidget()
        self.addenda_list = QLabel(self.content)
        self.addenda_list.setObjectName("addendaList")
        self.addenda_list.setWordWrap(True)
        extra.addRow(self.addenda_list)
        self.add(extra, "addendum", self.tr("New addendum"), TextField(self, 3), "text")
        self.printer = RecordPrinter(  # the notes are printed: counselors only, audited
            self,
            self.tr("Print session record…"),
            "printRecord",
            self.tr("Save the counseling session record"),
            self.tr("Writing the session record…"),
            lambda: file_name(RECORD_TITLE, self.record.number if self.record else ""),
            printing_letters.session_record,
        )
        self.add_addendum_button = self.action_button(self.tr("Add &addendum"), "addAddendum")
        self.add_addendum_button.clicked.connect(self.add_addendum)
        self.sign_button = self.action_button(self.tr("Sign and &lock…"), "signButton")
        self.sign_button.clicked.connect(self.ask_sign)

    # -- form hooks ---------------------------------------------------------------------------
    def initial(self) -> dict[str, Any]:
        return {
            "date": today(),
            "duration_min": 50,
            "form": "个别",
            "source": "主动求助",
            # the name colleagues know this counselor by (the account name if none)
            "counselor": self.session.account.display_name or self.session.username,
        }

    def adapt(self, defaults: dict[str, Any]) -> dict[str, Any]:
        sid = defaults.pop("student_id", None)
        if sid:
            defaults["students"] = [sid]
        return defaults

    def editable(self) -> bool:
        return permissions.allowed(self.session.account, "write", "sessions")

    def signed(self) -> bool:
        return self.record is not None and self.record.signed

    def fixed(self, key: str) -> bool:
        return self.signed() != (key == "addendum")

    def delete_question(self) -> str:
        return self.tr(
            "Delete this counseling session and its notes? It cannot be restored on this computer."
        )

    def stored(self) -> object | None:
        return self.record

    def title(self) -> str:
        if self.record is None:
            return self.tr("New counseling session")
        return fill(self.tr("Counseling session %1"), self.record.number)

    def read(self) -> dict[str, Any]:
        self.record = sessions.get_session(self.session, self.record_id)
        values: dict[str, Any] = {k: getattr(self.record, k) for k in _META}
        values["students"] = self.record.student_ids
        # older records hold the account name: show the person's name, as lists and prints do
        values["counselor"] = staff_names(self.session).get(
            self.record.counselor, self.record.counselor
        )
        if self._notes_of != self.record_id:  # once per opening: every read is audited
            view = session_notes.read_notes(self.session, self.record_id)
            values.update({k: getattr(view.notes, k) for k in _NOTES})
            self.addenda = list(view.addenda)
            self._notes_of = self.record_id
        values["addendum"] = ""
        return values

    def write(self, s: Session, values: dict[str, Any]) -> Any:
        record = CounselingSession(**{k: values[k] for k in _META}, student_ids=values["students"])
        notes = SessionNotes(**{k: values[k] for k in _NOTES})
        if self.record is not None:
            record.id, record.version = self.record.id, self.record.version
            return sessions.update_session(s, record, notes)
        return sessions.create_session(s, record, notes)

    def written(self, result: Any) -> None:
        self._notes_of = result.id  # the notes in the fields are the ones just written

    def refresh(self) -> None:
        saved, signed = self.record is not None, self.signed()
        self.printer.refresh(permissions.allowed(self.session.account, "print", "sessions"))
        self.save_button.setVisible(not signed)
        self.sign_button.setVisible(saved and not signed)
        self.add_addendum_button.setVisible(signed)
        self.addenda_box.setVisible(signed)
        staff = staff_names(self.session)
        if self.record is not None:
            state = (
                fill(
                    self.tr("Signed by %1 on %2; locked."),
                    staff.get(self.record.signed_by, self.record.signed_by),
                    local_time(self.record.signed_at),
                )
                if signed
                else self.tr("Not signed yet: it can still be edited.")
            )
            self.subheading.setText(state)
        else:
            self.subheading.setText(self.tr("The number is given when the session is saved."))
        lines = [
            fill(self.tr("%1, %2: %3"), local_time(a.at), staff.get(a.author, a.author), a.text)
            for a in self.addenda
        ]
        self.addenda_list.setText("\n".join(lines) or self.tr("No addenda yet."))
        self._form_changed()

    def _form_changed(self) -> None:
        self.set_row_visible("class_name", self.field("form").value() == "班级")

    # -- signing and addenda ------------------------------------------------------------------
    def ask_sign(self) -> None:
        if self.dirty():
            self.save(then=self._confirm_sign)  # a refusal stops there
        else:
            self._confirm_sign()

    def _confirm_sign(self) -> None:
        self.ask(
            self.tr("Sign the session"),
            self.tr(
                "After signing, the session can no longer be edited; corrections become "
                "addenda. Sign it now?"
            ),
            self.tr("Sign"),
            self.sign,
        )

    def sign(self) -> None:
        record = self.record
        if record is None:
            return
        self.run(
            lambda s: session_notes.sign_session(s, record.id, record.version),
            self.tr("Signed. The session is locked; corrections are addenda."),
        )

    def add_addendum(self) -> None:
        text, record_id = self.field("addendum").value(), self.record_id

        def added(addendum: Any) -> None:
            self.addenda.append(addendum)
            self.refresh()  # the list of addenda, with the new one
            self.settle()

        self.run(
            lambda s: session_notes.add_addendum(s, record_id, text),
            self.tr("The addendum was added."),
            added,
        )
