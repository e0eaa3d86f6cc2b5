"""Layout helpers for the pages and dialogs: a column of parts with the page margins, and a
row of buttons pushed to the left."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

PAGE_MARGINS = (28, 24, 28, 16)  # left, top, right, bottom of a workspace page

STRETCH = None  # in a column's parts: empty space that takes what is left

Part = QWidget | QLayout | tuple[QWidget | QLayout, int] | None


def column_layout(
    owner: QWidget,
    parts: Iterable[Part],
    *,
    spacing: int | None = 10,
    margins: tuple[int, int, int, int] | None = PAGE_MARGINS,
) -> QVBoxLayout:
    """Lay ``owner`` out as a column of ``parts`` from the top: widgets, layouts, ``(part,
    stretch)`` pairs, and ``STRETCH`` for empty space. ``None`` keeps the style's spacing or
    margins."""
    layout = QVBoxLayout(owner)
    if margins is not None:
        layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def title_row(title: QLabel, note: QLabel) -> QHBoxLayout:
    """A page's title with a small note beside it on the base line (e.g. a count), then space
    where buttons may be added."""
    row = QHBoxLayout()
    row.addWidget(title)
    row.addSpacing(12)
    row.addWidget(note, 0, Qt.AlignmentFlag.AlignBottom)
    row.addStretch(1)
    return row


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """The buttons side by side from the left, empty space after them."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


__all__ = ["PAGE_MARGINS", "STRETCH", "Part", "button_row", "column_layout", "title_row"]
