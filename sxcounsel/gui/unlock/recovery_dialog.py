"""Forgot the passphrase: the recovery key opens the store and sets a new passphrase."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from sxcounsel.gui.errors import error_text
from sxcounsel.gui.operations import Handover, hand_over, job
from sxcounsel.gui.resources import mono_font
from sxcounsel.gui.unlock.account_box import AccountBox
from sxcounsel.gui.widgets.layout import column_layout
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.gui.widgets.passphrase_pair import PassphrasePair
from sxcounsel.gui.widgets.work_dialog import WorkDialog
from sxcounsel.services.account_session import Session


class RecoveryDialog(WorkDialog):
    unlocked = Signal(object)  # the open Session

    def __init__(
        self,
        home: Path,
        users: list[str],
        current: str,
        parent: QWidget,
        names: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Unlock with the recovery key"))
        self.home = Path(home)
        intro = QLabel(
            self.tr(
                "Type the recovery key from the sheet printed when this computer was set up, "
                "then choose a new passphrase for the account."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.account = AccountBox(self)
        self.account.setObjectName("recoveryAccount")
        self.account.set_accounts(users, names or {})
        if current in users:
            self.account.setCurrentText(current)
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKeyInput")
        self.key.setFont(mono_font())
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key.setMaxLength(80)
        self.key_message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("&Recovery key:"), self.key)
        form.addRow("", self.key_message)
        self.pair = PassphrasePair(form, self)
        self.ok = self.add_work_parts(self.tr("Unlock and set the new passphrase"))
        self.ok.setObjectName("recoveryUnlock")
        column_layout(self, (intro, form, self.busy, self.buttons), spacing=None, margins=None)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        if self.running():
            return
        key = self.key.text().strip()
        if not key:
            self.key_message.show_message(self.tr("Type the recovery key."))
            self.key.setFocus()
            return
        self.key_message.clear_message()
        new = self.pair.value()
        if new is None:
            return
        home, user = self.home, self.account.currentText()
        self._set_busy(True)
        self.task = job(
            lambda: hand_over(Session.unlock_with_recovery(home, key, user, new)),
            self._handed_over,
            self._failed,
            parent=self,
        )

    def _handed_over(self, handover: Handover) -> None:
        """Unlocked on a worker: the GUI thread opens its own connection to the store."""
        try:
            session = handover.open()
        except Exception as exc:
            self._failed(exc)
            return
        self._done(session)

    def inputs(self) -> Iterable[QWidget]:
        return (self.account, self.key, self.pair.first, self.pair.second)

    def _done(self, session: Session) -> None:
        self._set_busy(False)
        self.key.clear()
        self.pair.clear()
        self.accept()
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.key_message.show_message(error_text(exc))
        self.key.setFocus()
