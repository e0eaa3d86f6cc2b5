"""A referral (转介单) and its steps: delivered, visited, receipt, closed; leave and return.

Counselors write; administrators read. Head teachers get the status view instead (opener).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sxcounsel.core import permissions
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.forms.fields import (
    ChoiceField,
    DateField,
    Field,
    LineField,
    TextField,
    fit_rows,
    plain,
    repolish,
    today,
)
from sxcounsel.gui.forms.student_picker import StudentField
from sxcounsel.gui.labels import fill
from sxcounsel.gui.printing.form_actions import RecordPrinter
from sxcounsel.gui.printing.runner import file_name
from sxcounsel.reports.referral_letter import TITLE as LETTER_TITLE
from sxcounsel.services import printing_letters, referral_leave, referrals, risklevels
from sxcounsel.services.account_session import Session
from sxcounsel.services.consents import METHODS as CONSENT_METHODS
from sxcounsel.services.institutions import Institution, create_institution, list_institutions
from sxcounsel.services.listing import staff_names
from sxcounsel.services.referrals import Referral

_KEYS = ("student_id", "institution_id", "issued_on", "risk_level", "reason", "symptoms")
_CONSENT = ("guardian", "relation", "date", "method")
_STEP = ("step_date", "step_note")
_RECEIPT = ("receipt_date", "diagnosis", "advice")
_LEAVE = ("certificate_on", "start_on", "leave_note")
_RETURN = ("return_on", "return_certificate_on", "follow_up")


class InstitutionAdder(Field):
    """A partner institution not yet in the list, typed as 名称 科室, added with a button."""

    def __init__(self, parent: QWidget, button_text: str, edit_text: str) -> None:
        self.widget = QWidget(parent)
        self.edit = QLineEdit(self.widget)
        self.edit.setPlaceholderText("富平县医院 心理科")
        self.edit.setMaxLength(80)
        self.button = QPushButton(button_text, self.widget)
        self.button.setObjectName("addInstitution")
        # The chosen institution's details (phone, address) are edited in a dialog.
        self.edit_button = QPushButton(edit_text, self.widget)
        self.edit_button.setObjectName("editInstitution")
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        row.addWidget(self.edit_button)

    @property
    def focus_widget(self) -> QWidget:
        return self.edit

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        repolish(self.edit)
        self.button.setEnabled(not read_only)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.edit.textChanged.connect(lambda _t: callback())


class ReferralForm(RecordForm):
    kind = "referral"
    table_kind, deleter = "referrals", staticmethod(referrals.delete_referral)

    def build(self) -> None:
        self.ref: Referral | None = None
        institutions = [
            (i.id, f"{i.name} {i.department}".strip()) for i in list_institutions(self.session)
        ]
        main = self.section(self.tr("Referral"))
        self.add(main, "student_id", self.tr("Student"), StudentField(self.session, self))
        self.add(
            main,
            "institution_id",
            self.tr("Institution"),
            ChoiceField(self, institutions, self.tr("Choose…")),
        )
        adder = InstitutionAdder(self, self.tr("Add to the list"), self.tr("Edit the chosen…"))
        self.add(main, "new_institution", self.tr("New institution"), adder, "name", "department")
        adder.button.clicked.connect(self.add_institution)
        adder.edit_button.clicked.connect(self.edit_institution)
        self.add(main, "issued_on", self.tr("Issued on"), DateField(self))
        levels = risklevels.get_risk_levels(self.session)
        self.add(
            main,
            "risk_level",
            self.tr("Risk level"),
            ChoiceField(self, plain(levels), self.tr("Choose…")),
        )
        self.add(main, "reason", self.tr("Reason"), TextField(self, 3))
        self.add(main, "symptoms", self.tr("Observed symptoms"), TextField(self, 3))
        consent = self.section(self.tr("Guardian consent"))
        self.add(
            consent,
            "consent_guardian",
            self.tr("Consenting guardian"),
            LineField(self, max_length=40),
        )
        self.add(
            consent,
            "consent_relation",
            self.tr("Relation to the student"),
            LineField(self, max_length=20),
        )
        self.add(consent, "consent_date", self.tr("Date of consent"), DateField(self))
        self.add(
            consent,
            "consent_method",
            self.tr("Consent method"),
            ChoiceField(self, plain(CONSENT_METHODS), ""),
        )
        steps = self.section(self.tr("Steps"), "stepsBox")
        self.steps_box = steps.parentWidget()
        self.step_list = QTreeWidget(self.content)
        self.step_list.setObjectName("stepList")
        self.step_list.setRootIsDecorated(False)
        self.step_list.setHeaderLabels(
            [self.tr("Step"), self.tr("Date"), self.tr("By"), self.tr("Note")]
        )
        self.step_list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.step_list.header().setStretchLastSection(True)
        self.step_list.setMinimumHeight(100)
        steps.addRow(self.step_list)
        self.add(steps, "step_date", self.tr("Date of the step"), DateField(self), "date")
        self.add(steps, "step_note", self.tr("Note"), LineField(self), "note")
        self.add(steps, "receipt_date", self.tr("Receipt date"), DateField(self))
        self.add(steps, "diagnosis", self.tr("Diagnosis (as reported)"), TextField(self, 2))
        self.add(steps, "advice", self.tr("Advice (as reported)"), TextField(self, 2))
        leave = self.section(self.tr("Leave and return to school"), "leaveBox")
        self.leave_box = leave.parentWidget()
        self.add(leave, "certificate_on", self.tr("Certificate received"), DateField(self))
        self.add(leave, "start_on", self.tr("Leave starts"), DateField(self))
        self.add(leave, "leave_note", self.tr("Note"), LineField(self))
        self.add(leave, "return_on", self.tr("Back at school"), DateField(self))
        self.add(leave, "return_certificate_on", self.tr("Return certificate"), DateField(self))
        self.add(leave, "follow_up", self.tr("Follow-up plan"), TextField(self, 2))
        self.printer = RecordPrinter(
            self,
            self.tr("Print referral letter…"),
            "printRecord",
            self.tr("Save the referral letter"),
            self.tr("Writing the referral letter…"),
            lambda: file_name(LETTER_TITLE, self.ref.number if self.ref else ""),
            printing_letters.referral_letter,
        )
        self.step_button = self.action_button("", "advanceStep")
        self.step_button.clicked.connect(self.advance)
        self.leave_button = self.action_button(self.tr("Start the leave"), "startLeave")
        self.leave_button.clicked.connect(self.start_leave)
        self.return_button = self.action_button(self.tr("Record the return"), "recordReturn")
        self.return_button.clicked.connect(self.record_return)

    # -- form hooks ---------------------------------------------------------------------------
    def initial(self) -> dict[str, Any]:
        return {
            "issued_on": today(),
            "step_date": today(),
            "receipt_date": today(),
            "start_on": today(),
            "return_on": today(),
        }

    def editable(self) -> bool:
        return permissions.allowed(self.session.account, "write", "referrals")

    def fixed(self, key: str) -> bool:
        ref = self.ref
        if ref is None:
            return key in _STEP + _RECEIPT + _LEAVE + _RETURN
        if key in ("student_id", "issued_on"):
            return True
        return key in ("institution_id", "new_institution") and ref.status != referrals.ISSUED

    def delete_question(self) -> str:
        return self.tr("Delete this referral? It cannot be restored on this computer.")

    def stored(self) -> object | None:
        return self.ref

    def title(self) -> str:
        if self.ref is None:
            return self.tr("New referral")
        return fill(self.tr("Referral %1"), self.ref.number)

    def read(self) -> dict[str, Any]:
        self.ref = referrals.get_referral(self.session, self.record_id)
        values: dict[str, Any] = {k: getattr(self.ref, k) for k in _KEYS}
        values.update({f"consent_{k}": self.ref.consent.get(k, "") for k in _CONSENT})
        values.update(step_note="", diagnosis="", advice="", leave_note="", follow_up="")
        return values

    def write(self, s: Session, values: dict[str, Any]) -> Any:
        consent = {k: values[f"consent_{k}"].strip() for k in _CONSENT}
        r = Referral(
            **{k: values[k] for k in _KEYS}, consent=consent if any(consent.values()) else {}
        )
        if self.ref is not None:
            r = replace(r, id=self.ref.id, version=self.ref.version, receipt=self.ref.receipt)
            return referrals.update_referral(s, r)
        return referrals.create_referral(s, r)

    def next_step(self) -> str:
        if self.ref is None or self.ref.status == referrals.CLOSED:
            return ""
        return referrals.STEPS[referrals.STEPS.index(self.ref.status) + 1]

    def refresh(self) -> None:
        ref, can = self.ref, self.editable()
        self.printer.refresh(permissions.allowed(self.session.account, "print", "referrals"))
        step = self.next_step()
        receipt = step == referrals.RECEIPTED
        self.steps_box.setVisible(ref is not None)
        self.set_row_visible("new_institution", can and not self.fixed("institution_id"))
        for key in _STEP:
            self.set_row_visible(key, can and bool(step) and not receipt)
        for key in _RECEIPT:
            self.set_row_visible(key, can and receipt)
        self.step_button.setVisible(can and bool(step))
        self.step_button.setText(
            self.tr("Record the receipt") if receipt else fill(self.tr("Record step: %1"), step)
        )
        leave = ref.leave if ref is not None else {}
        visited = ref is not None and referrals.STEPS.index(ref.status) >= 2
        may_leave = can and visited and not leave.get("start_on")
        may_return = can and bool(leave.get("start_on")) and not leave.get("return_on")
        self.leave_box.setVisible(visited)
        for key in _LEAVE:
            self.set_row_visible(key, may_leave)
        for key in _RETURN:
            self.set_row_visible(key, may_return)
        self.leave_button.setVisible(may_leave)
        self.return_button.setVisible(may_return)
        self.step_list.clear()
        if ref is None:
            self.subheading.setText(self.tr("The number is given when the referral is saved."))
            return
        staff = staff_names(self.session)
        for e in ref.timeline:
            self.step_list.addTopLevelItem(
                QTreeWidgetItem(
                    [e["status"], e["date"], staff.get(e["by"], e["by"]), e.get("note", "")]
                )
            )
        if ref.receipt:
            self.step_list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        self.tr("Receipt"),
                        ref.receipt["date"],
                        "",
                        " · ".join(
                            p for p in (ref.receipt["diagnosis"], ref.receipt["advice"]) if p
                        ),
                    ]
                )
            )
        fit_rows(self.step_list)
        state = [fill(self.tr("Status: %1"), ref.status), ref.institution_name]
        if leave.get("start_on"):
            state.append(fill(self.tr("leave from %1"), leave["start_on"]))
        if leave.get("return_on"):
            state.append(fill(self.tr("back at school on %1"), leave["return_on"]))
        self.subheading.setText(" · ".join(state))

    def add_institution(self) -> None:
        """Add the typed institution to the school's list and choose it."""
        text = self.field("new_institution").value().replace("\u3000", " ").strip()
        name, _, department = text.partition(" ")
        if self.busy():
            return
        self.clear_errors()
        institution = Institution(name, department.strip())

        def made(made: Institution) -> None:
            combo = self.field("institution_id").widget
            combo.addItem(f"{made.name} {made.department}".strip(), made.id)
            self.field("institution_id").set_value(made.id)
            self.field("new_institution").set_value("")

        # a refusal is shown beside the field, nothing typed is lost
        self._write(lambda s: create_institution(s, institution), made, self.show_error, None)

    def edit_institution(self) -> QWidget | None:
        """Open the chosen institution's details; the choice follows a rename or a removal."""
        chosen = self.field("institution_id").value()
        if not chosen:
            return None
        from sxcounsel.gui.forms.institution_dialog import InstitutionDialog

        combo = self.field("institution_id").widget
        dialog = InstitutionDialog(self.session, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def changed(i: Institution) -> None:
            combo.setItemText(combo.findData(i.id), f"{i.name} {i.department}".strip())

        dialog.changed.connect(changed)
        dialog.deleted.connect(lambda gone: combo.removeItem(combo.findData(gone)))
        dialog.open()
        return dialog

    # -- steps --------------------------------------------------------------------------------
    def _act(self, action: Callable[[Session, int | None], Any], done: str) -> None:
        """Save changed main fields first (a refusal stops there), then run
        ``action(s, version)`` with the version of the referral as the form holds it."""

        def acted(_result: Any) -> None:
            self.set_values(self.initial())
            self.settle()

        def act() -> None:
            version = self._version()
            self.run(lambda s: action(s, version), done, acted)

        if self.dirty() and not self._main_unchanged():
            self.save(then=act)
        else:
            act()

    def _act_with(self, service: Callable[..., Any], keys: Sequence[str], done: str) -> None:
        """``_act`` running ``service(s, record_id, *values of keys, expected_version=...)``,
        the values as they are now."""
        v, record_id = self.values(), self.record_id
        args = [v[k] for k in keys]
        self._act(lambda s, version: service(s, record_id, *args, expected_version=version), done)

    def _version(self) -> int | None:
        return self.ref.version if self.ref is not None else None

    def _main_unchanged(self) -> bool:
        keys = set(_KEYS) | {f"consent_{k}" for k in _CONSENT}
        now = self.values()
        return all(now[k] == self._baseline.get(k) for k in keys)

    def advance(self) -> None:
        ref, step, v = self.ref, self.next_step(), self.values()
        record_id = self.record_id
        if ref is None or not step:
            return
        if step == referrals.RECEIPTED:
            self._act_with(
                referrals.record_receipt,
                ("receipt_date", "diagnosis", "advice"),
                self.tr("The receipt is recorded."),
            )
        else:
            self._act(
                lambda s, version: referrals.advance_referral(
                    s,
                    record_id,
                    step,
                    v["step_date"],
                    v["step_note"],
                    expected_version=version,
                ),
                fill(self.tr("Step recorded: %1"), step),
            )

    def start_leave(self) -> None:
        if self.ref is not None:
            self._act_with(
                referral_leave.start_leave,
                ("certificate_on", "start_on", "leave_note"),
                self.tr("The leave is recorded; the student is now 休学."),
            )

    def record_return(self) -> None:
        if self.ref is not None:
            self._act_with(
                referral_leave.record_return,
                ("return_on", "follow_up", "return_certificate_on"),
                self.tr("The return to school is recorded."),
            )
