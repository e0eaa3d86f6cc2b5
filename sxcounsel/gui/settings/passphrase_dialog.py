"""Change the signed-in account's own passphrase (rewrites only its key slot)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.gui.errors import error_text
from sxcounsel.gui.operations import Operation, write
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.gui.widgets.passphrase_pair import PassphrasePair, password_field
from sxcounsel.services.accounts import change_passphrase
from sxcounsel.services.session import Session


class PassphraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Change your passphrase"))
        self.session = session
        self.task: Operation | None = None
        self.old = password_field(self, "currentPassphrase")
        self.old_message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.old)
        form.addRow("", self.old_message)
        self.pair = PassphrasePair(form, self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change passphrase"))
        ok.setProperty("primary", True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

    def submit(self) -> None:
        if self.task is not None and self.task.running:
            return
        old = self.old.text()
        if not old:
            self.old_message.show_message(self.tr("Enter your current passphrase."))
            self.old.setFocus()
            return
        self.old_message.clear_message()
        new = self.pair.value()
        if new is None:
            return
        session = self.session
        self._set_busy(True)
        self.task = write(
            lambda s: change_passphrase(s, old, new),
            self._done,
            self._failed,
            session=session,
            changes=("user", session.account.id),
            parent=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)
        for w in (self.old, self.pair.first, self.pair.second):
            w.setEnabled(not busy)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.old.clear()
        self.old_message.show_message(error_text(exc))
        self.old.setFocus()

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            return
        super().reject()
