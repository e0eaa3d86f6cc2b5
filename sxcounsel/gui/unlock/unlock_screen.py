"""The unlock screen: account, passphrase, Enter. The KDF runs off the GUI thread."""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core.errors import SxError, ThrottledError
from sxcounsel.gui.errors import error_text, wait_text
from sxcounsel.gui.operations import Handover, Operation, hand_over, job
from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.unlock.account_box import AccountBox, known_people, remember_people
from sxcounsel.gui.unlock.damaged_panel import DamagedPanel
from sxcounsel.gui.unlock.recovery_dialog import RecoveryDialog
from sxcounsel.gui.unlock.throttle import ThrottleWatch
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.gui.widgets.passphrase_pair import password_field
from sxcounsel.services.account_session import Session
from sxcounsel.services.damage import StoreDamaged, unlock_checked


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # the open Session

    def __init__(
        self,
        home: Path,
        prefs: Prefs,
        clock: Callable[[], float] = time.time,
        preselect: str = "",
        notice: str = "",
        notice_kind: str = "info",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.home, self.prefs, self.clock = Path(home), prefs, clock
        self.task: Operation | None = None
        self.throttle = ThrottleWatch(self.home, clock, self)
        self.throttle.tick.connect(self._on_tick)
        self.throttle.ended.connect(self._on_wait_over)

        card = QFrame(self)
        card.setObjectName("card")
        title = QLabel(self.tr("Counseling Room Records"), card)
        title.setObjectName("appTitle")
        subtitle = QLabel(self.tr("Choose your account and enter your passphrase."), card)
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        self.notice = MessageLabel(card)
        self.account = AccountBox(card)
        self.account.setObjectName("account")
        self.passphrase = password_field(card, "passphrase")
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.message = MessageLabel(card)
        self.countdown = MessageLabel(card)
        self.countdown.setObjectName("countdown")
        self.button = QPushButton(self.tr("&Unlock"), card)
        self.button.setObjectName("unlockButton")
        self.button.setProperty("primary", True)
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        self.busy = QProgressBar(card)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.forgot = QPushButton(self.tr("Forgot your passphrase? Use the recovery key"), card)
        self.forgot.setObjectName("forgotButton")
        self.forgot.setProperty("link", True)
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.clicked.connect(self.open_recovery)
        self.damaged = DamagedPanel(self.home, prefs, card)
        self.damaged.button.clicked.connect(self.restore_newest)
        self.damaged.busy_changed.connect(self._set_busy)
        self.damaged.restored.connect(self._on_restored)

        form = QFormLayout()
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        column = QVBoxLayout(card)
        column.setContentsMargins(32, 28, 32, 24)
        column.setSpacing(10)
        for w in (title, subtitle, self.notice):
            column.addWidget(w)
        column.addSpacing(6)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.countdown)
        column.addWidget(self.damaged)
        column.addWidget(self.button)
        column.addWidget(self.busy)
        column.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignRight)
        card.setMaximumWidth(480)
        card.setMinimumWidth(400)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        middle = QVBoxLayout()
        middle.addStretch(2)
        middle.addWidget(card)
        middle.addStretch(3)
        outer.addLayout(middle)
        outer.addStretch(1)

        self.load_accounts(preselect or prefs.last_user)
        self.account.currentIndexChanged.connect(
            lambda _i: self._on_account(self.account.currentText())
        )
        if notice:
            self.notice.show_message(notice, notice_kind)
        self._on_account(self.account.currentText())
        self.setFocusProxy(self.passphrase)
        chain = [self.account, self.passphrase, self.button, self.forgot]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- accounts -----------------------------------------------------------------------------
    def load_accounts(self, preselect: str = "") -> None:
        try:
            users = self.throttle.users()
        except SxError as exc:
            self.message.show_message(error_text(exc))
            users = []
        self.account.set_accounts(users, known_people(self.prefs, self.home))
        if preselect in users:
            self.account.setCurrentText(preselect)
        enabled = bool(users)
        for w in (self.account, self.passphrase, self.button, self.forgot):
            w.setEnabled(enabled)

    def _on_account(self, user: str) -> None:
        if self.busy.isVisible():
            return
        self.message.clear_message()
        self.countdown.clear_message()
        if user and self.throttle.watch(user) <= 0:
            self._set_enabled(True)

    # -- unlocking ----------------------------------------------------------------------------
    def try_unlock(self) -> None:
        user, passphrase = self.account.currentText(), self.passphrase.text()
        if not user or (self.task is not None and self.task.running) or self.throttle.active:
            return
        if not passphrase:
            self.message.show_message(self.tr("Enter your passphrase."))
            self.passphrase.setFocus()
            return
        self.message.clear_message()
        self.notice.clear_message()
        self._set_busy(True)
        home, clock = self.home, self.clock
        self.task = job(
            lambda: hand_over(unlock_checked(home, user, passphrase, clock=clock)),
            self._on_handed_over,
            self._on_failed,
            parent=self,
        )

    def _on_handed_over(self, handover: Handover) -> None:
        """Unlocked on a worker: the GUI thread opens its own connection to the store."""
        try:
            session = handover.open()
        except Exception as exc:  # the disk went away in between
            self._on_failed(exc)
            return
        self._on_unlocked(session)

    def _on_unlocked(self, session: Session) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.prefs.last_user = session.username
        with contextlib.suppress(SxError):  # the names are a courtesy; the unlock goes on
            remember_people(self.prefs, self.home, session)
        self.unlocked.emit(session)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        if isinstance(exc, StoreDamaged):
            self.damaged.show_damage()  # says so, and offers the newest backup
        elif not isinstance(exc, ThrottledError):  # the countdown below says that one
            self.message.show_message(error_text(exc))
        self.throttle.watch(self.account.currentText())
        self.passphrase.setFocus()

    def _on_tick(self, seconds: float) -> None:
        self._set_enabled(False)
        self.countdown.show_message(wait_text(seconds), "info")

    def _on_wait_over(self) -> None:
        self.countdown.clear_message()
        self._set_enabled(True)
        self.passphrase.setFocus()

    def _set_enabled(self, enabled: bool) -> None:
        self.passphrase.setEnabled(enabled)
        self.button.setEnabled(enabled)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.account.setEnabled(not busy)
        self._set_enabled(not busy)
        self.forgot.setEnabled(not busy)
        self.button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))

    # -- a damaged store ----------------------------------------------------------------------
    def restore_newest(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.show_message(self.tr("Enter the passphrase the backup was made with."))
            self.passphrase.setFocus()
            return
        self.message.clear_message()
        if self.damaged.restore(self.account.currentText(), passphrase):
            self.passphrase.clear()

    def _on_restored(self, user: str) -> None:
        self.load_accounts(user)
        self.notice.show_message(
            self.tr("The backup was restored. Unlock it with the passphrase it was made with."),
            "success",
        )
        self.passphrase.setFocus()

    # -- recovery -----------------------------------------------------------------------------
    def open_recovery(self) -> None:
        users = self.account.logins()
        names = known_people(self.prefs, self.home)
        dialog = RecoveryDialog(self.home, users, self.account.currentText(), self, names)
        dialog.unlocked.connect(self._on_unlocked)
        dialog.open()
        self.recovery_dialog = dialog
