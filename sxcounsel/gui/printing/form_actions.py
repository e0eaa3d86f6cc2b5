"""A "Print …" button in a record form (home visit, referral, counseling session).

It prints the stored record: unsaved edits are saved first (a refusal stops there, shown by
the form as usual). The button shows only once the record is saved; the form decides for
which roles it exists at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.operations import Operation
from sxcounsel.gui.printing.runner import ask_save_path, print_in_background
from sxcounsel.services.account_session import Session
from sxcounsel.services.printing import Printed

# (session, record id, path) -> the file written
RecordWork = Callable[[Session, str, Path], Printed]


class RecordPrinter(QObject):
    def __init__(
        self,
        form: RecordForm,
        text: str,
        name: str,
        dialog_title: str,
        busy_text: str,
        suggest: Callable[[], str],
        work: RecordWork,
    ) -> None:
        """``suggest`` gives the file name to propose (called when the button is pressed)."""
        super().__init__(form)
        self.form = form
        self.dialog_title, self.busy_text = dialog_title, busy_text
        self.suggest, self.work = suggest, work
        self.button = form.action_button(text, name)
        self.button.clicked.connect(self.ask)
        self.button.hide()
        self.task: Operation | None = None

    def refresh(self, allowed: bool = True) -> None:
        """Show the button when the record is saved (and ``allowed``)."""
        self.button.setVisible(allowed and bool(self.form.record_id))

    def ask(self) -> None:
        if self.form.editable() and self.form.dirty():
            self.form.save(then=self._ask_path)  # a refusal stops there
        else:
            self._ask_path()

    def _ask_path(self) -> None:
        form = self.form
        ask_save_path(form, self.dialog_title, self.suggest(), self.print_to, form.ctx.prefs)

    def print_to(self, path: Path) -> Operation:
        """Write the record's document to ``path`` in the background and open it."""
        record_id, work = self.form.record_id, self.work
        self.task = print_in_background(
            self.form,
            self.form.message,
            self.form.session,
            self.busy_text,
            lambda s: work(s, record_id, path),
        )
        return self.task
