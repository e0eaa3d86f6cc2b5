"""Wizard page 3: the passphrase; leaving it creates the store (off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QVBoxLayout, QWizard, QWizardPage

from sxcounsel.gui.errors import error_text
from sxcounsel.gui.operations import Operation, job
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.gui.widgets.passphrase_pair import PassphrasePair


class PassphrasePage(QWizardPage):
    """``create(passphrase)`` returns the creation job, which runs in a worker thread and
    returns the recovery key; the page moves on when it succeeds, else shows the error."""

    def __init__(self, create: Callable[[str], Callable[[], str]]) -> None:
        super().__init__()
        self.setObjectName("passphrasePage")
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase unlocks the records. Choose one you can remember but others "
                "cannot guess: a short sentence works well."
            )
        )
        self._create = create
        self.recovery_key = ""
        self.task: Operation | None = None
        form = QFormLayout()
        self.pair = PassphrasePair(form, self, self.tr("&Passphrase:"))
        self.pair.changed.connect(self.completeChanged)
        self.busy_label = QLabel(
            self.tr("Creating the encrypted store; this takes a few seconds…"), self
        )
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.error = MessageLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        self._set_busy(False)
        self.setCommitPage(True)

    def isComplete(self) -> bool:
        return self.pair.complete() and not self.busy

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.pair.first.setEnabled(not busy)
        self.pair.second.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        self.completeChanged.emit()

    def validatePage(self) -> bool:
        if self.recovery_key:
            return True
        if self.busy:
            return False
        passphrase = self.pair.value()
        if passphrase is None:
            return False
        self.error.clear_message()
        self.task = job(self._create(passphrase), self._created, self._failed, parent=self)
        self._set_busy(True)
        return False  # moves on from _created

    def _created(self, recovery_key: str) -> None:
        self.recovery_key = recovery_key
        self._set_busy(False)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()
        self.pair.clear()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_message(error_text(exc))
