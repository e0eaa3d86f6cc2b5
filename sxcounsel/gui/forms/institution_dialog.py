"""A small dialog to edit (or delete) one partner institution (医校协作) of the school.

Meant for the referral form, beside its institution choice: ``InstitutionDialog(session,
institution_id, parent)``; it emits ``changed(Institution)`` after a save and
``deleted(str)`` after a delete, so the form can refresh its list. Referrals keep the name as
issued (services/institutions.py), so neither changes a letter already printed. Saves and
deletes are write operations; a refusal is one sentence, beside the field it names.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core import permissions
from sxcounsel.core.errors import SxError
from sxcounsel.gui import operations
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services import institutions as svc
from sxcounsel.services.account_session import Session

_FIELDS = ("name", "department", "phone", "address")


class InstitutionDialog(QDialog):
    changed = Signal(object)  # the saved Institution
    deleted = Signal(str)  # the deleted institution's id

    def __init__(
        self, session: Session, institution_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("institutionDialog")
        self.setWindowTitle(self.tr("Partner institution"))
        self.session = session
        self.institution = svc.get_institution(session, institution_id)
        self.pending: operations.Operation | None = None
        self.confirm: QMessageBox | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, MessageLabel] = {}
        form = QFormLayout()
        labels = {
            "name": self.tr("Name"),
            "department": self.tr("Department"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
        }
        for key in _FIELDS:
            edit = QLineEdit(str(getattr(self.institution, key)), self)
            edit.setObjectName(f"field_{key}")
            edit.setMaxLength(100)
            edit.setMinimumWidth(320)
            error = MessageLabel(self)
            error.setObjectName(f"error_{key}")
            holder = QVBoxLayout()
            holder.setSpacing(2)
            holder.addWidget(edit)
            holder.addWidget(error)
            form.addRow(labels[key], holder)
            self.edits[key], self.errors[key] = edit, error
        self.message = MessageLabel(self)
        may_write = permissions.allowed(session.account, "write", "institutions")
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("deleteInstitution")
        self.delete_button.clicked.connect(self.ask_delete)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for edit in self.edits.values():
            edit.setReadOnly(not may_write)
        self.delete_button.setVisible(may_write)
        self.save_button.setVisible(may_write)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 14)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def busy(self) -> bool:
        return self.pending is not None and self.pending.running

    def _clear(self) -> None:
        self.message.clear_message()
        for error in self.errors.values():
            error.clear_message()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        field = exc.facts.get("field") if isinstance(exc, SxError) else None
        if field in self.errors:
            self.errors[str(field)].show_message(error_text(exc))
            self.edits[str(field)].setFocus()
        else:
            self.message.show_message(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.delete_button.setEnabled(not busy)

    def save(self) -> operations.Operation | None:
        if self.busy():
            return None
        self._clear()
        edited = svc.Institution(
            **{k: self.edits[k].text() for k in _FIELDS},
            id=self.institution.id,
            version=self.institution.version,
        )

        def saved(result: svc.Institution) -> None:
            self._set_busy(False)
            self.institution = result
            for key in _FIELDS:
                self.edits[key].setText(str(getattr(result, key)))
            self.message.show_message(self.tr("Saved."), "success")
            self.changed.emit(result)

        self._set_busy(True)
        self.pending = operations.write(
            lambda s: svc.update_institution(s, edited),
            saved,
            self._refused,
            session=self.session,
            changes=("institution", edited.id),
            parent=self,
        )
        return self.pending

    def ask_delete(self) -> None:
        if self.busy():
            return
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            self.tr(
                "Remove this institution from the list? Referrals already issued keep its name."
            ),
            buttons,
            self,
        )
        self.confirm.setObjectName("confirmDeleteInstitution")
        yes = self.confirm.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Delete"))
        yes.clicked.connect(lambda _c=False: self.delete())
        self.confirm.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm.open()

    def delete(self) -> operations.Operation | None:
        if self.busy():
            return None
        self._clear()
        institution_id = self.institution.id

        def done(_result: object) -> None:
            self._set_busy(False)
            self.deleted.emit(institution_id)
            self.accept()

        self._set_busy(True)
        self.pending = operations.write(
            lambda s: svc.delete_institution(s, institution_id),
            done,
            self._refused,
            session=self.session,
            changes=("institution", institution_id),
            parent=self,
        )
        return self.pending
