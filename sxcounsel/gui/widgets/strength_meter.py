"""The passphrase strength meter: four segments and a word, from passphrase_strength (0-4)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from sxcounsel.core.passphrase import passphrase_strength

WORDS = (
    QT_TRANSLATE_NOOP("StrengthMeter", "Very weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Fair"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Good"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Strong"),
)
SEGMENTS = 4


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._bars: list[QFrame] = []
        for _ in range(SEGMENTS):
            bar = QFrame(self)
            bar.setObjectName("strengthSegment")
            bar.setFixedHeight(6)
            bar.setMinimumWidth(36)
            layout.addWidget(bar, 1)
            self._bars.append(bar)
        self.word = QLabel(self)
        self.word.setObjectName("strengthWord")
        self.word.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 5)
        layout.addWidget(self.word)
        self.score = 0
        self.set_passphrase("")

    def set_passphrase(self, text: str) -> None:
        self.score = passphrase_strength(text)
        level = str(self.score) if text else "empty"
        for i, bar in enumerate(self._bars):
            bar.setProperty("level", level if i < max(self.score, 1) and text else "off")
            bar.style().unpolish(bar)
            bar.style().polish(bar)
        word = QCoreApplication.translate("StrengthMeter", WORDS[self.score]) if text else ""
        self.word.setText(word)
        self.setAccessibleDescription(word)

    def sizeHint(self) -> QSize:
        return QSize(240, super().sizeHint().height())
