"""Roster wizard, step 1: choose the XLSX or CSV file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)


class FilePage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file with one student per row. The header row "
                "names the columns (学籍号, 姓名, 性别, 班级 are needed; 出生日期, 身份证号, 监护人, "
                "联系电话, 家庭住址, 是否留守儿童 and others are read when present), in any order."
            )
        )
        self.edit = QLineEdit(self)
        self.edit.setObjectName("rosterPath")
        self.edit.setPlaceholderText(self.tr("Path of the roster file"))
        self.edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("rosterBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(browse)
        note = QLabel(
            self.tr(
                "Nothing is written until the last step. Students already on file are updated "
                "by their 学籍号, never added twice; students not in the file stay as they are."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(note)
        layout.addStretch(1)

    def path(self) -> Path:
        return Path(self.edit.text().strip())

    def isComplete(self) -> bool:
        return bool(self.edit.text().strip())

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the roster file"),
            str(self.path().parent) if self.edit.text().strip() else "",
            self.tr("Rosters (*.xlsx *.csv);;All files (*)"),
        )
        if name:
            self.edit.setText(name)
