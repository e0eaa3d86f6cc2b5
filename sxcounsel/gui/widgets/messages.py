"""Inline message labels: the one clear sentence shown next to a field or a form."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

KINDS = ("error", "info", "success")


class MessageLabel(QLabel):
    """A word-wrapped label that is hidden while empty; ``kind`` styles it (style.qss)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("kind", "error")
        self.setObjectName("message")
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        if kind not in KINDS:
            kind = "error"
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()
