"""A crisis event (心理危机事件): anyone reports it, a counselor completes and closes it.

After a counselor reports an event for a student with no open key-concern case, the form
offers to open one at the most severe level (``crises.open_concern_from_crisis``).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtWidgets import QLabel

from sxcounsel.core import permissions
from sxcounsel.core.errors import SxError
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.forms.concern_form import account_options
from sxcounsel.gui.forms.fields import (
    ChecksField,
    ChoiceField,
    DateField,
    LineField,
    TextField,
    now_minute,
    plain,
)
from sxcounsel.gui.forms.student_picker import StudentField
from sxcounsel.gui.labels import fill
from sxcounsel.services import crises, risklevels
from sxcounsel.services.account_session import Session
from sxcounsel.services.crises import CrisisEvent, CrisisReport
from sxcounsel.services.listing import staff_names
from sxcounsel.services.students import get_student

_KEYS = (
    "student_id",
    "occurred_at",
    "type",
    "place",
    "description",
    "reported_by",
    "actions",
    "outcome",
)


class CrisisForm(RecordForm):
    kind = "crisis"
    table_kind, deleter = "crises", staticmethod(crises.delete_crisis)

    def build(self) -> None:
        self.event: CrisisEvent | None = None
        self.suggest_concern = False
        main = self.section(self.tr("Event"))
        student = StudentField(self.session, self)
        self.student_field = self.add(main, "student_id", self.tr("Student"), student)
        self.boarding = QLabel(self)  # 住校 / 走读: who is told, and where the child sleeps
        self.boarding.setObjectName("crisisBoarding")
        main.addRow(self.tr("Boarding"), self.boarding)
        student.on_change(self._show_boarding)
        self.add(main, "occurred_at", self.tr("When"), DateField(self, with_time=True))
        self.add(main, "type", self.tr("Type"), ChoiceField(self, plain(crises.TYPES)))
        self.add(main, "place", self.tr("Where"), LineField(self))
        self.add(main, "description", self.tr("What happened"), TextField(self, 3))
        self.add(main, "reported_by", self.tr("Reported by"), LineField(self, max_length=40))
        response = self.section(self.tr("Response"))
        self.add(
            response,
            "informed_at",
            self.tr("Guardians informed at"),
            DateField(self, with_time=True),
            "guardians_informed_at",
            "guardians_informed",
        )
        self.add(
            response,
            "informed_by",
            self.tr("Informed by"),
            LineField(self, max_length=40),
            "guardians_informed_by",
        )
        self.add(
            response,
            "actions",
            self.tr("Actions taken"),
            ChecksField(self, plain(crises.ACTIONS), 3),
        )
        self.add(response, "outcome", self.tr("Outcome"), TextField(self, 2))
        offer = self.section(self.tr("Key-concern case"), "concernOffer")
        self.offer_box = offer.parentWidget()
        self.add(
            offer,
            "contact_user",
            self.tr("Contact person"),
            ChoiceField(
                self,
                account_options(self)
                if permissions.allowed(self.session.account, "write", "concerns")
                else [],
                self.tr("Choose…"),
            ),
        )
        self.concern_button = self.action_button("", "openConcern")
        self.concern_button.clicked.connect(self.open_concern)
        self.close_event_button = self.action_button(self.tr("Close the &event"), "closeEvent")
        self.close_event_button.clicked.connect(self.close_event)

    def _show_boarding(self) -> None:
        student_id = self.student_field.value()
        text = ""
        if student_id:
            try:
                text = "住校" if get_student(self.session, student_id).boarding else "走读"
            except SxError:  # a subject teacher may pick a student, not read the record
                text = ""
        self.boarding.setText(text or "—")

    def may_write(self) -> bool:
        """Edit and close events (the role table: write crises)."""
        return permissions.allowed(self.session.account, "write", "crises")

    def may_read(self) -> bool:
        """The whole event, not only its status."""
        return permissions.allowed(self.session.account, "read", "crises")

    # -- form hooks ---------------------------------------------------------------------------
    def initial(self) -> dict[str, Any]:
        return {
            "occurred_at": now_minute(),
            "type": crises.TYPES[0],
            "reported_by": self.session.account.display_name or self.session.username,
            "contact_user": self.session.username,
        }

    def editable(self) -> bool:
        return self.event is None or self.may_write()

    def fixed(self, key: str) -> bool:
        return key == "student_id" and self.event is not None

    def delete_question(self) -> str:
        return self.tr("Delete this crisis event? It cannot be restored on this computer.")

    def stored(self) -> object | None:
        return self.event

    def title(self) -> str:
        if self.event is None:
            return self.tr("Report a crisis event")
        return fill(self.tr("Crisis event %1"), self.event.occurred_at)

    def read(self) -> dict[str, Any]:
        if self.may_read():
            self.event = crises.get_crisis(self.session, self.record_id)
        assert self.event is not None  # a head teacher sees the event just reported
        values = {k: v for k, v in asdict(self.event).items() if k in _KEYS}
        informed = self.event.guardians_informed
        staff = staff_names(self.session)  # an account's login stored: shown as the name
        by = informed.get("by", "")
        values.update(
            reported_by=staff.get(self.event.reported_by, self.event.reported_by),
            informed_at=informed.get("at", ""),
            informed_by=staff.get(by, by),
        )
        return values

    def write(self, s: Session, values: dict[str, Any]) -> Any:
        """The updated event, or the report of a new one."""
        e = CrisisEvent(**{k: values[k] for k in _KEYS})
        at, by = values["informed_at"].strip(), values["informed_by"].strip()
        e.guardians_informed = {"at": at, "by": by} if at or by else {}
        if self.event is not None:
            e.id, e.version, e.status = self.event.id, self.event.version, self.event.status
            return crises.update_crisis(s, e)
        return crises.report_crisis(s, e)

    @staticmethod
    def saved_id(result: Any) -> str:
        return result.event.id if isinstance(result, CrisisReport) else result.id

    def written(self, result: Any) -> None:
        if isinstance(result, CrisisReport):
            self.event, self.suggest_concern = result.event, result.suggest_concern
        else:
            self.event = result

    def refresh(self) -> None:
        event = self.event
        self.save_button.setText(self.tr("&Save") if event else self.tr("&Report"))
        closable = self.may_write() and event is not None and event.status == crises.OPEN
        self.close_event_button.setVisible(closable)
        self.offer_box.setVisible(self.suggest_concern)
        self.concern_button.setVisible(self.suggest_concern)
        if self.suggest_concern:
            level = risklevels.get_risk_levels(self.session)[0]
            self.concern_button.setText(fill(self.tr("Open a key-concern case (%1)"), level))
        if event is None:
            self.subheading.setText(self.tr("Report at once; a counselor completes the record."))
        elif not self.may_read():
            self.subheading.setText(self.tr("Reported. The counselor has been given the event."))
        else:
            state = self.tr("open") if event.status == crises.OPEN else self.tr("closed")
            by = staff_names(self.session).get(event.reported_by, event.reported_by)
            self.subheading.setText(fill(self.tr("Status: %1 · reported by %2"), state, by))

    def after_save(self) -> None:
        if self.suggest_concern:  # just reported, and the student has no open case
            self.message.show_message(
                self.tr(
                    "Reported. This student has no key-concern case yet: choose the contact "
                    "person below and open one."
                ),
                "info",
            )
            self.scroll.ensureWidgetVisible(self.offer_box)

    # -- actions ------------------------------------------------------------------------------
    def open_concern(self) -> None:
        contact, record_id = self.values()["contact_user"], self.record_id

        def refused() -> None:
            self.suggest_concern = True
            self.refresh()

        def opened(result: Any) -> None:
            self.message.show_message(self.tr("The key-concern case is open."), "success")
            self.ctx.open_record("concern", result.case.id)

        self.suggest_concern = False  # the offer goes once the case is open
        op = self.run(
            lambda s: crises.open_concern_from_crisis(s, record_id, contact),
            then=opened,
            failed=refused,
            changes=lambda result: ("concern", result.case.id),
        )
        if op is None:  # busy: nothing started
            self.suggest_concern = True

    def close_event(self) -> None:
        if self.dirty():
            self.save(then=self._close_event)  # a refusal stops there
        else:
            self._close_event()

    def _close_event(self) -> None:
        outcome, record_id = self.values()["outcome"], self.record_id
        version = self.event.version if self.event else None
        self.run(
            lambda s: crises.close_crisis(s, record_id, outcome, expected_version=version),
            self.tr("The event is closed."),
        )
