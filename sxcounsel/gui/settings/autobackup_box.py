"""Settings: an automatic encrypted backup each time the app is closed, into a chosen folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from sxcounsel.gui.labels import fill
from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.autobackup import MAX_KEEP, MIN_KEEP, auto_backups


class AutoBackupBox(QGroupBox):
    def __init__(self, prefs: Prefs, parent=None) -> None:
        super().__init__(self.tr("Automatic backup on exit"), parent)
        self.setObjectName("autoBackupBox")
        self.prefs = prefs
        intro = QLabel(
            self.tr(
                "When a folder is chosen, closing the app writes an encrypted backup into it "
                "(for example a USB stick) and keeps the newest ones. Leave it empty to turn "
                "this off."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.folder = QLineEdit(prefs.autobackup_folder, self)
        self.folder.setObjectName("autoBackupFolder")
        self.folder.setPlaceholderText(self.tr("No folder: automatic backup is off"))
        self.folder.editingFinished.connect(self._save)
        choose = QPushButton(self.tr("Choose folder…"), self)
        choose.setObjectName("autoBackupChoose")
        choose.clicked.connect(self._choose)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("autoBackupKeep")
        self.keep.setRange(MIN_KEEP, MAX_KEEP)
        self.keep.setValue(prefs.autobackup_keep)
        self.keep.valueChanged.connect(self._save)
        keep_label = QLabel(self.tr("Backups to keep:"), self)
        keep_label.setBuddy(self.keep)
        self.message = MessageLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(keep_row)
        layout.addWidget(self.message)
        self._describe()

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder for the automatic backups"))
        dialog.setObjectName("autoBackupDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.set_folder)
        dialog.open()

    def set_folder(self, folder: str) -> None:
        self.folder.setText(folder)
        self._save()

    def _save(self) -> None:
        self.prefs.autobackup_folder = self.folder.text().strip()
        self.prefs.autobackup_keep = self.keep.value()
        self._describe()

    def _describe(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.message.clear_message()
            return
        folder = Path(text)
        if not folder.is_dir():
            self.message.show_message(
                self.tr("The folder is not there now; plug in the USB stick before closing."),
                "info",
            )
            return
        found = auto_backups(folder)
        self.message.show_message(
            fill(self.tr("%1 automatic backups are in this folder."), len(found)), "success"
        )
