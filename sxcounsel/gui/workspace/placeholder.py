"""A calm stand-in for a page that is still being built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sxcounsel.gui.widgets.layout import column_layout
from sxcounsel.gui.workspace.navigation import NavEntry


class PlaceholderPage(QWidget):
    def __init__(self, entry: NavEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{entry.key}")
        title = QLabel(entry.label(), self)
        title.setObjectName("pageTitle")
        what = QLabel(entry.description(), self)
        what.setWordWrap(True)
        soon = QLabel(
            self.tr("This part is being built and will be ready in a coming update."), self
        )
        soon.setObjectName("hint")
        soon.setWordWrap(True)
        card = QWidget(self)
        card.setObjectName("placeholderCard")
        column_layout(card, [what, soon], spacing=None, margins=(24, 20, 24, 20))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
