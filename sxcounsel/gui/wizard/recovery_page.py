"""Wizard page 4: the recovery key, shown once, to print or write down."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.resources import mono_font
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.gui.wizard.recovery_sheet import save_recovery_sheet


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
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        layout.addWidget(warning)
        layout.addStretch(1)
        layout.addWidget(self.kept)
        self.registerField("keptRecoveryKey*", self.kept)
        self.school_name = ""
        self.school_code = ""

    def initializePage(self) -> None:
        self.key.setText(self._recovery_key())
        wizard = self.wizard()
        self.school_name = str(wizard.field("schoolName")).strip()
        self.school_code = str(wizard.field("schoolCode")).strip()

    def _ask_where(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the recovery key"))
        dialog.setObjectName("recoverySheetDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.tr("recovery-key.pdf"))
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.open()

    def save_to(self, path: Path) -> bool:
        try:
            save_recovery_sheet(path, self.school_name, self.school_code, self.key.text())
        except Exception as exc:
            self.saved.show_message(error_text(exc))
            return False
        self.saved.show_message(
            fill(self.tr("Saved to %1. Print it now, then delete the file."), str(path)),
            "success",
        )
        return True
