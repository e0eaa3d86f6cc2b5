"""A painted bar chart over the twelve months of a school year: stacked series (risk levels)
or a single one (crises). Axis with a few round steps, a legend, a figure over each bar."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

LEVEL_COLORS = {"红": "#c0392b", "橙": "#e67e22", "黄": "#d4ac0d", "蓝": "#2e86c1"}
OTHER = ("#7f8c8d", "#8e44ad", "#16a085", "#6d4c41")
SINGLE = "#2f6b6f"
INK, MUTED, GRID = QColor("#2a2e2c"), QColor("#5f6763"), QColor("#e2e6e3")
LEFT, BOTTOM, TOP = 36, 24, 30


def nice_step(top: int) -> int:
    raw, step = max(top, 4) / 4, 1
    while True:
        for m in (1, 2, 5):
            if step * m >= raw:
                return step * m
        step *= 10


class MonthChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.months: list[str] = []
        self.series: dict[str, list[int]] = {}
        self.setMinimumHeight(220)

    def set_series(self, months: list[str], series: dict[str, list[int]]) -> None:
        self.months, self.series = months, series
        self.update()

    def colour(self, i: int, name: str) -> QColor:
        if len(self.series) == 1:
            return QColor(SINGLE)
        return QColor(LEVEL_COLORS.get(name) or OTHER[i % len(OTHER)])

    def totals(self) -> list[int]:
        return [sum(v[i] for v in self.series.values()) for i in range(len(self.months))]

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        p.setPen(INK)
        p.drawText(
            QRect(0, 0, w, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        x = w - 8
        if len(self.series) > 1:  # legend, right to left
            for i, name in reversed(list(enumerate(self.series))):
                text_w = p.fontMetrics().horizontalAdvance(name) + 6
                x -= text_w
                p.setPen(MUTED)
                p.drawText(QRect(x, 0, text_w, 20), Qt.AlignmentFlag.AlignVCenter, name)
                x -= 14
                p.fillRect(QRect(x, 5, 10, 10), self.colour(i, name))
                x -= 8
        totals = self.totals()
        step = nice_step(max(totals, default=0))
        top_value = step * (max(max(totals, default=0) // step + 1, 4))
        plot = QRect(LEFT, TOP, w - LEFT - 8, h - TOP - BOTTOM)
        for k in range(0, top_value + 1, step):
            y = plot.bottom() - round(plot.height() * k / top_value)
            p.setPen(GRID)
            p.drawLine(plot.left(), y, plot.right(), y)
            p.setPen(MUTED)
            p.drawText(
                QRect(0, y - 8, LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(k),
            )
        n = max(1, len(self.months))
        slot = plot.width() / n
        bar_w = max(4, round(slot * 0.6))
        for m, month in enumerate(self.months):
            left = round(plot.left() + slot * m + (slot - bar_w) / 2)
            base = plot.bottom()
            for i, (name, values) in enumerate(self.series.items()):
                height = round(plot.height() * values[m] / top_value)
                if height:
                    p.fillRect(QRect(left, base - height, bar_w, height), self.colour(i, name))
                    base -= height
            p.setPen(MUTED)
            p.drawText(QRect(round(plot.left() + slot * m), plot.bottom() + 2, round(slot), BOTTOM - 2),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.tr("M%1").replace("%1", str(int(month[5:]))))  # fmt: skip
            if totals[m]:
                p.setPen(INK)
                p.drawText(QRect(round(plot.left() + slot * m), base - 16, round(slot), 14),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(totals[m]))  # fmt: skip
