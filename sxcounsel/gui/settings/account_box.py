"""Settings: the signed-in account and changing its passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from sxcounsel.gui.labels import role_names
from sxcounsel.gui.settings.passphrase_dialog import PassphraseDialog
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.account_session import Session


class MyAccountBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("My account"), parent)
        self.setObjectName("myAccountBox")
        self.session = session
        account = session.account
        name = account.username
        if account.display_name:
            name = f"{account.display_name}（{account.username}）"
        self.change = QPushButton(self.tr("&Change passphrase…"), self)
        self.change.setObjectName("changePassphrase")
        self.change.clicked.connect(self.open_dialog)
        self.message = MessageLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.change)
        row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Account:"), QLabel(name, self))
        form.addRow(self.tr("Roles:"), QLabel(role_names(session.roles), self))
        if account.classes:
            form.addRow(self.tr("Classes:"), QLabel("、".join(account.classes), self))
        form.addRow("", row)
        form.addRow("", self.message)
        self.dialog: PassphraseDialog | None = None

    def open_dialog(self) -> None:
        self.message.clear_message()
        self.dialog = PassphraseDialog(self.session, self)
        self.dialog.accepted.connect(self._changed)
        self.dialog.open()

    def _changed(self) -> None:
        self.message.show_message(
            self.tr("Your passphrase was changed. Use the new one from now on."), "success"
        )
