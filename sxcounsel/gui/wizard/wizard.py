"""The first-run wizard: creates the school's encrypted store and its first account."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget, QWizard

from sxcounsel.gui.resources import icon_path
from sxcounsel.gui.wizard.account_page import AccountPage
from sxcounsel.gui.wizard.passphrase_page import PassphrasePage
from sxcounsel.gui.wizard.recovery_page import RecoveryPage
from sxcounsel.gui.wizard.school_page import SchoolPage
from sxcounsel.services.setup import init_school

CARD_WIDTH, CARD_HEIGHT = 820, 620
CARD_MIN_WIDTH, CARD_MIN_HEIGHT = 720, 540


def title_html(text: str) -> str:
    return (
        f"<span style='font-size:15pt; font-weight:600; color:#2f6b6f'>{html.escape(text)}</span>"
    )


class SetupWizard(QWizard):
    """Emits ``created(username)`` once the store exists and the key has been kept."""

    created = Signal(str)

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.home = Path(home)
        self.setWindowTitle(self.tr("Set up the counseling records"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        logo = icon_path("sxcounsel.svg")
        if logo.is_file():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, QIcon(str(logo)).pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
        ):
            self.button(which).setProperty("primary", True)
        self.school = SchoolPage(self.home)
        self.account = AccountPage()
        self.passphrase = PassphrasePage(self._create)
        self.recovery = RecoveryPage(lambda: self.passphrase.recovery_key)
        for page in (self.school, self.account, self.passphrase, self.recovery):
            page.setTitle(title_html(page.title()))
            self.addPage(page)

    def embed(self) -> QWidget:
        """A centered card holding the wizard, to show inside the app's main window."""
        self.setWindowFlags(Qt.WindowType.Widget)
        host = QWidget()
        host.setObjectName("wizardHost")
        card = QFrame(host)
        card.setObjectName("wizardCard")
        card.setMaximumSize(CARD_WIDTH, CARD_HEIGHT)
        card.setMinimumSize(CARD_MIN_WIDTH, CARD_MIN_HEIGHT)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(1, 1, 1, 1)
        inner.addWidget(self)
        outer = QGridLayout(host)
        outer.addWidget(card, 1, 1)
        for i in (0, 2):
            outer.setRowStretch(i, 1)
            outer.setColumnStretch(i, 1)
        host.setFocusProxy(self)
        return host

    def _create(self, passphrase: str) -> Callable[[], str]:
        """The creation job, with the entries read here in the GUI thread; it runs in a
        worker thread (Argon2id calibration takes a few seconds) and returns the key."""
        home = self.home
        entries = {
            "school_code": self.school.code.text(),
            "school_name": self.school.name.text(),
            "county_code": self.school.county.text(),
            "admin": self.account.username.text().strip(),
            "roles": self.account.roles(),
            "display_name": self.account.display_name.text(),
        }
        return partial(init_school, home, passphrase=passphrase, **entries)

    def accept(self) -> None:
        self.created.emit(self.account.username.text().strip())
        super().accept()

    def reject(self) -> None:
        # Escape must not throw away a half-made setup when embedded; do nothing.
        if self.passphrase.recovery_key or not self.isWindow():
            return
        super().reject()
