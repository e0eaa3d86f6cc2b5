"""The dashboard's figures: each a focusable button-like tile that opens the list it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


class Tile(QFrame):
    """A figure with its caption; a click, Enter or Space opens the matching list."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashTile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(caption)
        self.figure = QLabel("–", self)
        self.figure.setObjectName("dashFigure")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("hint")
        self.caption.setWordWrap(True)  # a long caption (English) takes two lines, never cut
        self.caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 10, 16, 10)
        column.setSpacing(2)
        column.addWidget(self.figure)
        column.addWidget(self.caption)
        column.addStretch(1)

    def set_figure(self, n: int, alert: bool = False) -> None:
        self.figure.setText(str(n))
        self.figure.setProperty("alert", alert and n > 0)
        self.figure.style().unpolish(self.figure)
        self.figure.style().polish(self.figure)
        self.setAccessibleDescription(str(n))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()  # the release comes here, as on a button
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


__all__ = ["Tile"]
