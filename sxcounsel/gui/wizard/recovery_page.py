"""Wizard page 4: the recovery key, shown once, to print or write down."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QWizardPage,
)

from sxcounsel.gui.labels import fill
from sxcounsel.gui.operations import Operation
from sxcounsel.gui.printing import runner
from sxcounsel.gui.resources import mono_font
from sxcounsel.gui.widgets.busy import run_busy
from sxcounsel.gui.widgets.layout import STRETCH, button_row, column_layout
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.reports.recovery_sheet import TITLE as SHEET_TITLE
from sxcounsel.services.printing import Printed
from sxcounsel.services.printing_letters import recovery_sheet


class RecoveryPage(QWizardPage):
    def __init__(self, recovery_key: Callable[[], str]) -> None:
        super().__init__()
        self.setObjectName("recoveryPage")
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(
            self.tr(
                "If every passphrase is forgotten, this key is the only way to open the records. "
                "It is shown only now."
            )
        )
        self._recovery_key = recovery_key
        self.key = QLabel(self)
        self.key.setObjectName("recoveryKey")
        self.key.setFont(mono_font(18))
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save = QPushButton(self.tr("&Print / save as PDF…"), self)
        self.save.setObjectName("saveRecoverySheet")
        self.save.clicked.connect(self._ask_where)
        self.saved = MessageLabel(self)
        warning = QLabel(
            self.tr(
                "Print it or write it down, and lock it away apart from the computer. Without "
                "this key and without any passphrase, nobody can open the records: not the "
                "county center, not the developers."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.kept = QCheckBox(
            self.tr("I have printed or written down the recovery key and will keep it safe"), self
        )
        self.kept.setObjectName("keptRecoveryKey")
        parts = [self.key, button_row(self.save), self.saved, warning, STRETCH, self.kept]
        column_layout(self, parts, spacing=None, margins=None)
        self.registerField("keptRecoveryKey*", self.kept)
        self.school_name = ""
        self.school_code = ""
        self.admin = ""
        self.task: Operation | None = None

    def initializePage(self) -> None:
        self.key.setText(self._recovery_key())
        wizard = self.wizard()
        self.school_name = str(wizard.field("schoolName")).strip()
        self.school_code = str(wizard.field("schoolCode")).strip()
        self.admin = str(wizard.field("username") or "").strip()

    def _ask_where(self) -> None:
        runner.ask_save_path(
            self,
            self.tr("Save the recovery key"),
            runner.file_name(SHEET_TITLE, self.school_name),
            self.save_to,
        )

    def save_to(self, path: Path) -> Operation:
        """Write the sheet (the reports' PDF, with the key as a QR code) in the background,
        then open it for printing."""
        self.saved.clear_message()
        name, code, key, admin = self.school_name, self.school_code, self.key.text(), self.admin
        self.task = run_busy(
            self,
            self.tr("Writing the recovery key sheet…"),
            Operation(lambda: recovery_sheet(path, name, code, key, admin), kind="job"),
            self._saved,
            lambda exc: self.saved.show_message(runner.print_error_text(exc)),
        )
        return self.task

    def _saved(self, printed: Printed) -> None:
        runner.open_in_viewer(printed.path)
        self.saved.show_message(
            fill(self.tr("Saved to %1. Print it now, then delete the file."), str(printed.path)),
            "success",
        )
