"""The roster import wizard: pick a file → preview and check → import with progress → summary.

Nothing is written until the last page: the check page reads the file and runs the import as
a dry run, listing every invalid row with its spreadsheet row number; the import page writes
all rows in one transaction (a cancel rolls everything back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from sxcounsel.gui.roster.check_page import CheckPage
from sxcounsel.gui.roster.file_page import FilePage
from sxcounsel.gui.roster.import_page import ImportPage

if TYPE_CHECKING:
    from sxcounsel.gui.page_context import PageContext


class RosterWizard(QWizard):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterWizard")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import the student roster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.file_page = FilePage(self)
        self.check_page = CheckPage(ctx.session, self.file_page.path, self)
        self.import_page = ImportPage(ctx, self.file_page.path, self, self.check_page.chosen_layout)
        for page in (self.file_page, self.check_page, self.import_page):
            self.addPage(page)
        self.resize(1000, 660)

    def reject(self) -> None:
        if self.import_page.running():
            self.import_page.cancel()  # the transaction rolls back; the page says so
            return
        super().reject()


def open_roster_wizard(ctx: PageContext) -> RosterWizard:
    """Show the wizard over the workspace (it deletes itself when closed)."""
    wizard = RosterWizard(ctx, ctx.host)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard
