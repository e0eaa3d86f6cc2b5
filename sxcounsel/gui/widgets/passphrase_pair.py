"""A new passphrase typed twice, with the strength meter and the policy next to it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.passphrase import check_passphrase
from sxcounsel.gui.errors import error_text, policy_text
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.gui.widgets.strength_meter import StrengthMeter


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(256)
    return field


class PassphrasePair(QObject):
    """Adds two rows to ``form``: the passphrase (with meter and policy) and its repetition."""

    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget, first_label: str = "") -> None:
        super().__init__(parent)
        self.first = password_field(parent, "newPassphrase")
        self.second = password_field(parent, "repeatPassphrase")
        self.meter = StrengthMeter(parent)
        self.policy = QLabel(policy_text(), parent)
        self.policy.setObjectName("hint")
        self.policy.setWordWrap(True)
        self.message = MessageLabel(parent)
        self.match = MessageLabel(parent)

        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for w in (self.first, self.meter, self.policy, self.message):
            column.addWidget(w)
        repeat = QWidget(parent)
        column2 = QVBoxLayout(repeat)
        column2.setContentsMargins(0, 0, 0, 0)
        column2.setSpacing(4)
        column2.addWidget(self.second)
        column2.addWidget(self.match)
        form.addRow(first_label or self.tr("New passphrase:"), box)
        form.addRow(self.tr("Repeat it:"), repeat)
        label = form.labelForField(box)
        if isinstance(label, QLabel):
            label.setBuddy(self.first)
        label = form.labelForField(repeat)
        if isinstance(label, QLabel):
            label.setBuddy(self.second)

        self.first.textChanged.connect(self._on_first)
        self.second.textChanged.connect(self._on_second)

    def _on_first(self, text: str) -> None:
        self.meter.set_passphrase(text)
        self.message.clear_message()
        if self.second.text():
            self._on_second(self.second.text())
        self.changed.emit()

    def _on_second(self, text: str) -> None:
        if text and not self.first.text().startswith(text):
            self.match.show_message(self.tr("The two passphrases differ."))
        elif text and text == self.first.text():
            self.match.show_message(self.tr("The two passphrases match."), "success")
        else:
            self.match.clear_message()
        self.changed.emit()

    def complete(self) -> bool:
        return bool(self.first.text()) and self.first.text() == self.second.text()

    def value(self) -> str | None:
        """The passphrase if it meets the policy and both entries agree; else a message."""
        text = self.first.text()
        try:
            check_passphrase(text)
        except ValidationError as exc:
            self.message.show_message(error_text(exc))
            self.first.setFocus()
            return None
        if text != self.second.text():
            self.match.show_message(self.tr("The two passphrases differ."))
            self.second.setFocus()
            return None
        self.message.clear_message()
        return text

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
