"""The print buttons of the list pages: the home-visit ledger of a class (家访工作台账) on the
home-visit list, the key-concern ledger (重点关注学生台账) on the key-concern list.

Each button exists only for the roles the service lets print (a head teacher has no
key-concern ledger button at all); the service checks again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from sxcounsel.core import permissions
from sxcounsel.core.progress import Progress
from sxcounsel.core.schoolyear import school_year_label, school_year_of
from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.concerns_model import ConcernsModel
from sxcounsel.gui.lists.homevisits_model import HomeVisitsModel
from sxcounsel.gui.lists.list_page import ListPage
from sxcounsel.gui.operations import Operation, read
from sxcounsel.gui.printing.ledger_dialogs import ConcernLedgerDialog, HomeVisitLedgerDialog
from sxcounsel.gui.printing.runner import (
    Work,
    ask_save_path,
    file_name,
    print_error_text,
    print_in_background,
)
from sxcounsel.reports.concern_ledger import TITLE as CONCERN_TITLE
from sxcounsel.reports.homevisit_ledger import TITLE as HOMEVISIT_TITLE
from sxcounsel.services import homevisits, printing
from sxcounsel.services.account_session import Session


class LedgerPrinter(QObject):
    """A list page's ledger button, its dialog and the print it starts."""

    def __init__(self, page: ListPage, text: str, name: str) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.ctx.session
        self.button = QPushButton(text, page)
        self.button.setObjectName(name)
        self.button.clicked.connect(self.ask)
        page.add_action(self.button)
        self.task: Operation | None = None
        self.loading: Operation | None = None  # what the dialog offers, read first

    def ask(self) -> object:
        raise NotImplementedError

    def _run(self, busy_text: str, work: Work, progress: Progress) -> Operation:
        self.task = print_in_background(
            self.page, self.page.message, self.session, busy_text, work, progress
        )
        return self.task


class HomeVisitLedgerPrinter(LedgerPrinter):
    def __init__(self, page: ListPage) -> None:
        super().__init__(page, self.tr("Print class ledger…"), "printHomeVisitLedger")
        self.button.setToolTip(self.tr("家访工作台账 of one class for one school year"))
        self.dialog: HomeVisitLedgerDialog | None = None

    def ask(self) -> Operation:
        """Read the classes to choose from (a head teacher's own, else every class with
        students) in the background, then open the dialog."""
        combo = self.page.combos.get("class")
        chosen = combo.currentText() if combo is not None and combo.currentIndex() > 0 else ""
        reached = permissions.reach(self.session.account, "print", "home_visits").class_filter()
        own = None if reached is None else list(reached)
        self.button.setEnabled(False)

        def classes(s: Session) -> list[str]:
            if own is not None:
                return sorted(own, key=qf.natural)
            found = homevisits.coverage(s, school_year_of(date.today()))
            return sorted((c.class_name for c in found), key=qf.natural)

        def failed(exc: BaseException) -> None:  # one sentence on the page, no traceback
            self.button.setEnabled(True)
            self.page.message.show_message(print_error_text(exc))

        self.loading = read(
            classes,
            lambda found: self._open_dialog(found, chosen),
            failed,
            session=self.session,
            parent=self,
        )
        return self.loading

    def _open_dialog(self, classes: list[str], chosen: str) -> None:
        self.button.setEnabled(True)
        dialog = self.dialog = HomeVisitLedgerDialog(self.page, classes, chosen)
        dialog.accepted.connect(lambda d=dialog: self._ask_file(d))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _ask_file(self, dialog: HomeVisitLedgerDialog) -> None:
        class_name, year, suffix = dialog.class_name(), dialog.school_year(), dialog.suffix()
        ask_save_path(
            self.page,
            self.tr("Save the home-visit ledger"),
            file_name(HOMEVISIT_TITLE, class_name, school_year_label(year), suffix=suffix),
            lambda path: self.print_to(class_name, year, path),
            self.page.ctx.prefs,
        )

    def print_to(self, class_name: str, school_year: int, path: Path) -> Operation:
        """Write the ledger to ``path`` (.pdf or .xlsx) in the background and open it."""
        progress = Progress()
        return self._run(
            self.tr("Writing the home-visit ledger…"),
            lambda s: printing.homevisit_ledger(s, class_name, school_year, path, progress),
            progress,
        )


class ConcernLedgerPrinter(LedgerPrinter):
    def __init__(self, page: ListPage) -> None:
        super().__init__(page, self.tr("Print ledger…"), "printConcernLedger")
        self.button.setToolTip(self.tr("重点关注学生台账 of the whole school"))
        self.dialog: ConcernLedgerDialog | None = None

    def ask(self) -> None:
        dialog = self.dialog = ConcernLedgerDialog(self.page)
        dialog.accepted.connect(lambda d=dialog: self._ask_file(d))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _ask_file(self, dialog: ConcernLedgerDialog) -> None:
        with_plans, suffix = dialog.with_plans(), dialog.suffix()
        ask_save_path(
            self.page,
            self.tr("Save the key-concern ledger"),
            file_name(CONCERN_TITLE, date.today().isoformat(), suffix=suffix),
            lambda path: self.print_to(path, with_plans),
            self.page.ctx.prefs,
        )

    def print_to(self, path: Path, with_plans: bool = False) -> Operation:
        progress = Progress()
        return self._run(
            self.tr("Writing the key-concern ledger…"),
            lambda s: printing.concern_ledger(s, path, with_plans=with_plans, progress=progress),
            progress,
        )


def attach_print_actions(page: ListPage) -> LedgerPrinter | None:
    """Give ``page`` its print button, if its records have a ledger the account may print."""
    account = page.ctx.session.account
    if isinstance(page.model, HomeVisitsModel) and permissions.allowed(
        account, "print", "home_visits"
    ):
        return HomeVisitLedgerPrinter(page)
    if isinstance(page.model, ConcernsModel) and permissions.allowed(account, "print", "concerns"):
        return ConcernLedgerPrinter(page)
    return None
