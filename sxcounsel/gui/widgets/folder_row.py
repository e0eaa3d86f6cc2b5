"""A folder to type or choose (the first-run wizard's 数据保存位置 page, the move dialog in
Settings), and the plain warning about restore cards (还原卡) shown beside it on Windows."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

# Restore cards are a Windows thing; the warning is shown there only.
RESTORE_CARD_WARNING = sys.platform == "win32"
INDENT = 26


def restore_card_warning(parent: QWidget) -> QLabel:
    """The plain warning about restore cards (shown on Windows only)."""
    label = QLabel(
        QCoreApplication.translate(
            "FolderPage",
            "If this computer has a restore card (drive C: returns to how it was at every "
            "restart), choose another drive that is not restored, for example drive D:.",
        ),
        parent,
    )
    label.setObjectName("restoreCardWarning")
    label.setProperty("kind", "info")
    label.setWordWrap(True)
    label.setVisible(RESTORE_CARD_WARNING)
    return label


def typed_folder(text: str) -> Path | None:
    """The folder a user typed or chose; None unless it is a full path."""
    text = text.strip()
    if not text:
        return None
    folder = Path(os.path.expanduser(text))
    return folder if folder.is_absolute() else None


class FolderRow(QWidget):
    """A folder path to type, or to choose with the system's folder dialog."""

    chosen = Signal(str)
    edited = Signal()

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.dialog: QFileDialog | None = None
        self.path = QLineEdit(self)
        self.path.setObjectName(name)
        self.path.textEdited.connect(self.edited)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.setObjectName(name + "Choose")
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(INDENT, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)

    def choose(self) -> QFileDialog:
        start = self.path.text().strip()
        dialog = QFileDialog(self, self.title, start if os.path.isdir(start) else str(Path.home()))
        dialog.setObjectName("folderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.pick)
        dialog.open()
        self.dialog = dialog
        return dialog

    def pick(self, folder: str) -> None:
        self.path.setText(os.path.normpath(folder))
        self.chosen.emit(folder)

    def folder(self) -> Path | None:
        return typed_folder(self.path.text())
