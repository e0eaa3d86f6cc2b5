"""What to print before a ledger is printed: the class and school year of a home-visit ledger,
the format (PDF to print, XLSX to sort and edit), and for the key-concern ledger whether the
care plans go with it. The file name is asked next, by the save dialog (runner.ask_save_path).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core.schoolyear import school_year_label, school_year_of
from sxcounsel.gui.widgets.layout import STRETCH, column_layout
from sxcounsel.services.printing import PDF, XLSX

YEARS_SHOWN = 4  # this school year and the three before it


class LedgerDialog(QDialog):
    """The frame both ledger dialogs share: an introduction, rows, the format, Save/Cancel."""

    def __init__(self, parent: QWidget, title: str, intro: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        heading = QLabel(title, self)
        heading.setObjectName("cardTitle")
        hint = QLabel(intro, self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.pdf = QRadioButton(self.tr("PDF, to print"), self)
        self.pdf.setObjectName("formatPdf")
        self.pdf.setChecked(True)
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx), to sort and edit"), self)
        self.xlsx.setObjectName("formatXlsx")
        formats = QButtonGroup(self)
        formats.addButton(self.pdf)
        formats.addButton(self.xlsx)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(self.pdf)
        column.addWidget(self.xlsx)
        self.format_column = column
        buttons = QDialogButtonBox(self)
        self.ok = QPushButton(self.tr("Save and open…"), self)
        self.ok.setObjectName("ledgerSave")
        self.ok.setProperty("primary", True)  # before the box adopts it: styled when polished
        self.ok.setDefault(True)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        parts = [heading, hint, self.form, STRETCH, buttons]
        column_layout(self, parts, spacing=12, margins=(24, 18, 24, 16))
        self.setMinimumWidth(520)

    def add_format_row(self) -> None:
        self.form.addRow(self.tr("Format"), self.format_column)

    def suffix(self) -> str:
        return XLSX if self.xlsx.isChecked() else PDF


class HomeVisitLedgerDialog(LedgerDialog):
    """家访工作台账: one class, one school year."""

    def __init__(
        self,
        parent: QWidget,
        classes: Sequence[str],
        chosen_class: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Print the home-visit ledger"),
            self.tr(
                "The ledger lists every home visit of the class in the school year, then the "
                "students not visited yet. It is for the class file and for inspections."
            ),
        )
        self.setObjectName("homeVisitLedgerDialog")
        self.class_box = QComboBox(self)
        self.class_box.setObjectName("ledgerClass")
        self.class_box.addItems(list(classes))
        self.class_box.setMinimumContentsLength(12)
        at = self.class_box.findText(chosen_class) if chosen_class else -1
        self.class_box.setCurrentIndex(max(at, 0))
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("ledgerYear")
        this = school_year_of(today or date.today())
        for year in range(this, this - YEARS_SHOWN, -1):
            self.year_box.addItem(school_year_label(year), year)
        self.form.addRow(self.tr("Class"), self.class_box)
        self.form.addRow(self.tr("School year"), self.year_box)
        self.add_format_row()
        self.ok.setEnabled(bool(classes))
        if not classes:
            self.class_box.setPlaceholderText(self.tr("No class has students yet"))

    def class_name(self) -> str:
        return self.class_box.currentText()

    def school_year(self) -> int:
        return int(self.year_box.currentData())


class ConcernLedgerDialog(LedgerDialog):
    """重点关注学生台账: every case, open ones first; with the care plans if asked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            parent,
            self.tr("Print the key-concern ledger"),
            self.tr(
                "The ledger lists every key-concern student with the risk level, the contact "
                "person and the reviews; open cases come first. It is confidential: keep the "
                "printout locked away."
            ),
        )
        self.setObjectName("concernLedgerDialog")
        self.add_format_row()
        self.plans = QCheckBox(self.tr("Add each student's care plan and reviews"), self)
        self.plans.setObjectName("ledgerWithPlans")
        self.form.addRow("", self.plans)

    def with_plans(self) -> bool:
        return self.plans.isChecked()
