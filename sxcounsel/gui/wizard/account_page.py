"""Wizard page 2: the first account (name and roles)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWizardPage,
)

from sxcounsel.core import permissions
from sxcounsel.core.errors import ValidationError
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.gui.widgets.work_dialog import role_boxes
from sxcounsel.services import fieldcheck
from sxcounsel.services.setup import check_username


class AccountPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("accountPage")
        self.setTitle(self.tr("Your account"))
        self.setSubTitle(
            self.tr(
                "You are the first user of this computer. You will add the accounts of the "
                "other teachers later, in Settings."
            )
        )
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setMaxLength(32)
        self.username.setPlaceholderText(fill(self.tr("e.g. %1"), "wangli"))
        self.username_message = MessageLabel(self)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.display_name.setMaxLength(40)
        self.display_name.setPlaceholderText(fill(self.tr("e.g. %1"), "王丽"))
        self.display_name_message = MessageLabel(self)
        hint = QLabel(
            self.tr("Letters and digits (pinyin works well); you type it each time you unlock."),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        roles, self.role_boxes = role_boxes(self, "role_")
        column = roles.layout()
        for role, box in self.role_boxes.items():
            if permissions.role_may(role, "manage", "accounts"):
                box.setChecked(True)
                box.setEnabled(False)  # the first account must be able to add the others
        admin_hint = QLabel(
            self.tr("The first account is always an administrator, so it can add the others."),
            roles,
        )
        admin_hint.setObjectName("hint")
        admin_hint.setWordWrap(True)
        column.addWidget(admin_hint)
        self.teacher_hint = QLabel(
            self.tr(
                "Classes are not set here: for your own class, add a head-teacher account "
                "with its classes in Settings."
            ),
            roles,
        )
        self.teacher_hint.setObjectName("hint")
        self.teacher_hint.setWordWrap(True)
        self.teacher_hint.hide()
        column.addWidget(self.teacher_hint)
        for role, box in self.role_boxes.items():
            if permissions.needs_classes(role):
                box.toggled.connect(self.teacher_hint.setVisible)

        form = QFormLayout()
        form.addRow(self.tr("&Account name:"), self.username)
        form.addRow("", self.username_message)
        form.addRow("", hint)
        form.addRow(self.tr("Your &name:"), self.display_name)
        form.addRow("", self.display_name_message)
        form.addRow(self.tr("Roles:"), roles)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.registerField("username*", self.username)

    def roles(self) -> list[str]:
        return [str(r) for r, box in self.role_boxes.items() if box.isChecked()]

    def validatePage(self) -> bool:
        try:
            check_username(self.username.text())
        except ValidationError as exc:
            self.username_message.show_message(error_text(exc))
            self.username.setFocus()
            return False
        self.username_message.clear_message()
        try:  # optional; shown on records and printouts instead of the account name
            fieldcheck.name(self.display_name.text(), "display name", required=False)
        except ValidationError as exc:
            self.display_name_message.show_message(error_text(exc))
            self.display_name.setFocus()
            return False
        self.display_name_message.clear_message()
        return True
