"""Add a staff account: name, roles, classes (head teachers) and a first passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from sxcounsel.core import permissions
from sxcounsel.core.errors import SxError
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.operations import write
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.gui.widgets.passphrase_pair import PassphrasePair
from sxcounsel.gui.widgets.work_dialog import WorkDialog, role_boxes
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import add_user


def split_classes(text: str) -> list[str]:
    for sep in "，、;；":
        text = text.replace(sep, ",")
    return [c.strip() for c in text.split(",") if c.strip()]


class AddUserDialog(WorkDialog):
    added = Signal(object)  # the new Account

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add an account"))
        self.session = session
        self.username = QLineEdit(self)
        self.username.setObjectName("newUsername")
        self.username.setMaxLength(32)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.display_name.setMaxLength(40)
        roles, self.role_boxes = role_boxes(self, "new_role_")
        self.classes = QLineEdit(self)
        self.classes.setObjectName("classes")
        self.classes.setPlaceholderText(fill(self.tr("e.g. %1"), "七年级(2)班，八年级(1)班"))
        self.classes.setEnabled(False)
        self._class_roles = [
            box for role, box in self.role_boxes.items() if permissions.needs_classes(role)
        ]
        for box in self._class_roles:
            box.toggled.connect(self._class_roles_toggled)
        self.message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("&Account name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("Roles:"), roles)
        form.addRow(self.tr("&Classes:"), self.classes)
        self.pair = PassphrasePair(form, self, self.tr("First &passphrase:"))
        self.add_work_parts(self.tr("Add account"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _class_roles_toggled(self) -> None:
        """Classes are typed for the roles that reach records through them (head teachers)."""
        self.classes.setEnabled(any(box.isChecked() for box in self._class_roles))

    def submit(self) -> None:
        if self.running():
            return
        self.message.clear_message()
        passphrase = self.pair.value()
        if passphrase is None:
            return
        session = self.session
        name, display = self.username.text(), self.display_name.text()
        roles = [str(r) for r, box in self.role_boxes.items() if box.isChecked()]
        classes = split_classes(self.classes.text()) if self.classes.isEnabled() else []
        self._set_busy(True)
        self.task = write(
            lambda s: add_user(s, name, roles, passphrase, classes, display),
            self._done,
            self._failed,
            session=session,
            changes=("user", ""),
            parent=self,
        )

    def _done(self, account: object) -> None:
        self._set_busy(False)
        self.accept()
        self.added.emit(account)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.show_message(error_text(exc))
        field = exc.facts.get("field") if isinstance(exc, SxError) else None
        target = {"username": self.username, "class": self.classes}.get(str(field))
        if target is not None:
            target.setFocus()
