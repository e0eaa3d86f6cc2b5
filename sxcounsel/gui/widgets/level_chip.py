"""Risk levels (预警等级) drawn as coloured chips with their name inside.

The colour follows the level's name when it is one of the default four (红/橙/黄/蓝, or their
English names), else its rank in the school's set (most severe first); the name is always
written in the chip, so that a reader who cannot tell the colours apart still reads the level.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex

# (fill, text) per rank: red, orange, yellow, blue; then a neutral grey for further levels.
CHIP_COLOURS: tuple[tuple[str, str], ...] = (
    ("#c0392b", "#ffffff"),
    ("#e07b24", "#ffffff"),
    ("#f2c94c", "#3b2f00"),
    ("#2f80c8", "#ffffff"),
)
OTHER = ("#8a918d", "#ffffff")
BY_NAME = {"红": 0, "橙": 1, "黄": 2, "蓝": 3, "red": 0, "orange": 1, "yellow": 2, "blue": 3}
PAD_X, PAD_Y, RADIUS = 8, 3, 9


def chip_colours(level: str, levels: Sequence[str] = ()) -> tuple[QColor, QColor]:
    """The (fill, text) colours of ``level`` in the school's ordered ``levels``."""
    rank = BY_NAME.get(level.strip().lower(), -1)
    if rank < 0 and level in levels:
        rank = list(levels).index(level)
    fill, ink = CHIP_COLOURS[rank] if 0 <= rank < len(CHIP_COLOURS) else OTHER
    return QColor(fill), QColor(ink)


def paint_chip(
    painter: QPainter, rect: QRect, text: str, levels: Sequence[str], metrics: QFontMetrics
) -> None:
    """A rounded chip with ``text`` at the left of ``rect``, vertically centred."""
    fill, ink = chip_colours(text, levels)
    width = min(rect.width() - 4, metrics.horizontalAdvance(text) + 2 * PAD_X)
    height = min(rect.height() - 2, metrics.height() + 2 * PAD_Y)
    chip = QRect(rect.left() + 4, rect.center().y() - height // 2 + 1, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(chip, RADIUS, RADIUS)
    painter.setPen(ink)
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class LevelChipDelegate(QStyledItemDelegate):
    """Paints a cell holding a risk level as a chip; an empty cell stays empty.

    ``levels`` is the school's ordered set (services/risklevels.py), or a callable giving it."""

    def __init__(
        self,
        levels: Sequence[str] | Callable[[], Sequence[str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._levels = levels

    def levels(self) -> Sequence[str]:
        return self._levels() if callable(self._levels) else self._levels

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the background and selection only; the chip replaces the text
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if text:
            paint_chip(painter, option.rect, text, self.levels(), QFontMetrics(option.font))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(option.font)
        return QSize(metrics.horizontalAdvance(text) + 2 * PAD_X + 8, metrics.height() + 10)


__all__ = ["CHIP_COLOURS", "LevelChipDelegate", "chip_colours", "paint_chip"]
