"""Restore from a backup file: choose it, say how to open it, confirm the replacement."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.gui.widgets.passphrase_pair import password_field


@dataclass(frozen=True)
class RestoreRequest:
    file: Path
    username: str
    passphrase: str | None
    recovery_key: str | None
    other_store: bool = False  # confirmed: the backup is of another store
    older: bool = False  # confirmed: the backup rolls records back


class RestoreDialog(QDialog):
    requested = Signal(object)  # RestoreRequest

    def __init__(self, username: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.username = username
        intro = QLabel(
            self.tr(
                "The records on this computer are replaced by those in the backup. The current "
                "store is kept aside in a folder beside it. The program locks and you unlock "
                "the restored records."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.file = QLineEdit(self)
        self.file.setObjectName("restoreFile")
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.use_passphrase = QRadioButton(self.tr("My passphrase when the backup was made"), self)
        self.use_recovery = QRadioButton(self.tr("The recovery key"), self)
        self.use_passphrase.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_passphrase)
        group.addButton(self.use_recovery)
        self.secret = password_field(self, "restoreSecret")
        self.confirm = QCheckBox(
            self.tr("I understand that the current records are replaced by the backup"), self
        )
        self.confirm.setObjectName("confirmRestore")
        self.message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Backup &file:"), file_row)
        label = form.labelForField(file_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.file)
        form.addRow(self.tr("Open it with:"), self.use_passphrase)
        form.addRow("", self.use_recovery)
        form.addRow(self.tr("&Passphrase or key:"), self.secret)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Restore"))
        self.ok.setObjectName("confirmRestoreButton")
        self.ok.setEnabled(False)
        self.confirm.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the backup file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("sxcounsel backups (*.sxbak)"))
        dialog.fileSelected.connect(self.file.setText)
        dialog.open()

    def submit(self) -> None:
        path = Path(self.file.text().strip())
        if not self.file.text().strip() or not path.is_file():
            self.message.show_message(self.tr("Choose an existing backup file."))
            self.file.setFocus()
            return
        secret = self.secret.text()
        if not secret:
            self.message.show_message(self.tr("Enter the passphrase or the recovery key."))
            self.secret.setFocus()
            return
        recovery = self.use_recovery.isChecked()
        self.secret.clear()
        self.accept()
        self.requested.emit(
            RestoreRequest(
                path, self.username, None if recovery else secret, secret if recovery else None
            )
        )
