"""The first-run wizard: where to keep the records, then the school's encrypted store and its
first account."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget, QWizard, QWizardPage

from sxcounsel.core.errors import SxError
from sxcounsel.gui.resources import icon_path
from sxcounsel.gui.wizard.account_page import AccountPage
from sxcounsel.gui.wizard.folder_page import FolderPage
from sxcounsel.gui.wizard.passphrase_page import PassphrasePage
from sxcounsel.gui.wizard.recovery_page import RecoveryPage
from sxcounsel.gui.wizard.school_page import SchoolPage
from sxcounsel.services import data_folder
from sxcounsel.services.setup import init_school

CARD_WIDTH, CARD_HEIGHT = 820, 620
CARD_MIN_WIDTH, CARD_MIN_HEIGHT = 720, 540


def title_html(text: str) -> str:
    return (
        f"<span style='font-size:15pt; font-weight:600; color:#2f6b6f'>{html.escape(text)}</span>"
    )


class SetupWizard(QWizard):
    """Emits ``created(username)`` once the store exists and the key has been kept.

    With ``choose_folder`` (the data folder is the user's to choose: not fixed by
    SXCOUNSEL_HOME or --home) the first page asks where to keep the records; ``claim(home)``
    takes a folder for this window, and ``existing(home, notice)`` says the chosen folder
    already holds records. ``home`` is where the store is (to be) created; after creating it
    the wizard remembers that folder, and ``remember_error`` says if that failed.
    """

    created = Signal(str)
    existing = Signal(object, str)

    def __init__(
        self,
        home: Path,
        parent: QWidget | None = None,
        *,
        choose_folder: bool = False,
        claim: Callable[[Path], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.home = Path(home)
        self.choose_folder = choose_folder
        self._claim_outside = claim
        self.remember_error: SxError | None = None
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
        self.folder: FolderPage | None = None
        pages: list[QWizardPage] = []
        if choose_folder:
            self.folder = FolderPage(self.home, self._claim)
            self.folder.existing.connect(self.existing)
            pages.append(self.folder)
        self.school = SchoolPage(self.home)
        self.account = AccountPage()
        self.passphrase = PassphrasePage(self._create)
        self.recovery = RecoveryPage(lambda: self.passphrase.recovery_key)
        pages += [self.school, self.account, self.passphrase, self.recovery]
        for page in pages:
            page.setTitle(title_html(page.title()))
            self.addPage(page)

    def _claim(self, home: Path) -> bool:
        """Take ``home`` for this window; the store will be created there."""
        if self._claim_outside is not None and not self._claim_outside(home):
            return False
        self.home = Path(home)
        return True

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
        home, remember = self.home, self.choose_folder
        entries = {
            "school_code": self.school.code.text(),
            "school_name": self.school.name.text(),
            "county_code": self.school.county.text(),
            "admin": self.account.username.text().strip(),
            "roles": self.account.roles(),
            "display_name": self.account.display_name.text(),
        }
        make = partial(init_school, home, passphrase=passphrase, **entries)

        def create() -> str:
            key = make()
            if remember:  # only now that the store is there; the key is shown whatever happens
                try:
                    data_folder.remember(home)
                except SxError as exc:
                    self.remember_error = exc
            return key

        return create

    def accept(self) -> None:
        self.created.emit(self.account.username.text().strip())
        super().accept()

    def reject(self) -> None:
        # Escape must not throw away a half-made setup when embedded; do nothing.
        if self.passphrase.recovery_key or not self.isWindow():
            return
        super().reject()
