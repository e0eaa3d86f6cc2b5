"""Wizard page 1: the school (学校标识码, name, county code)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizardPage

from sxcounsel.core.errors import ValidationError
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.setup import check_code


def digits_field(page: QWizardPage, name: str, digits: int, example: str) -> QLineEdit:
    field = QLineEdit(page)
    field.setObjectName(name)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}"), field))
    field.setMaxLength(digits)
    field.setPlaceholderText(example)
    return field


class SchoolPage(QWizardPage):
    def __init__(self, home: Path) -> None:
        super().__init__()
        self.setObjectName("schoolPage")
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr(
                "This computer has no records yet. Enter your school; it appears on ledgers "
                "and in the data sent to the county center."
            )
        )
        self.code = digits_field(
            self, "schoolCode", 10, fill(self.tr("10 digits, e.g. %1"), "3161012345")
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("schoolName")
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(fill(self.tr("Full name, e.g. %1"), "富平县示范中学"))
        self.county = digits_field(
            self, "countyCode", 6, fill(self.tr("6 digits, e.g. %1"), "610528")
        )
        self.code_message = MessageLabel(self)
        self.county_message = MessageLabel(self)
        self.name_message = MessageLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("School &code:"), self.code)
        form.addRow("", self.code_message)
        form.addRow(self.tr("School &name:"), self.name)
        form.addRow("", self.name_message)
        form.addRow(self.tr("C&ounty code:"), self.county)
        form.addRow("", self.county_message)
        self.where = QLabel(self)
        self.where.setObjectName("hint")
        self.where.setWordWrap(True)
        self._show_home(home)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.where)

        self.registerField("schoolCode*", self.code)
        self.registerField("schoolName*", self.name)
        self.registerField("countyCode*", self.county)

    def _show_home(self, home: Path) -> None:
        self.where.setText(fill(self.tr("The records will be kept, encrypted, in: %1"), str(home)))

    def initializePage(self) -> None:
        wizard = self.wizard()
        home = getattr(wizard, "home", None)
        if home is not None:  # the folder page may have chosen another folder
            self._show_home(home)

    def validatePage(self) -> bool:
        ok = True
        for field, digits, name, message in (
            (self.code, 10, "school code", self.code_message),
            (self.county, 6, "county code", self.county_message),
        ):
            try:
                check_code(field.text(), digits, name)
                message.clear_message()
            except ValidationError as exc:
                message.show_message(error_text(exc))
                if ok:
                    field.setFocus()
                ok = False
        if not self.name.text().strip():
            self.name_message.show_message(
                error_text(ValidationError("field.empty", field="school name"))
            )
            ok = False
        else:
            self.name_message.clear_message()
        return ok
