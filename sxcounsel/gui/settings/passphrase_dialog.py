"""Change the signed-in account's own passphrase (rewrites only its key slot)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from sxcounsel.gui.errors import error_text
from sxcounsel.gui.operations import write
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.gui.widgets.passphrase_pair import PassphrasePair, password_field
from sxcounsel.gui.widgets.work_dialog import WorkDialog
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import change_passphrase


class PassphraseDialog(WorkDialog):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Change your passphrase"))
        self.session = session
        self.old = password_field(self, "currentPassphrase")
        self.old_message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.old)
        form.addRow("", self.old_message)
        self.pair = PassphrasePair(form, self)
        self.add_work_parts(self.tr("Change passphrase"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

    def submit(self) -> None:
        if self.running():
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

    def inputs(self) -> Iterable[QWidget]:
        return (self.old, self.pair.first, self.pair.second)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.old.clear()
        self.old_message.show_message(error_text(exc))
        self.old.setFocus()
