"""Home-visit coverage bars, painted: one row per school (or class), visited out of enrolled,
with the province's target (every student, every school year) as the end of the track.

Only the rows in view are drawn, so 300 schools cost one widget. A click or Enter on a row
emits ``chosen`` with its key; the current row is highlighted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

ROW = 26
NAME_W = 210
FIGURE_W = 130
TRACK, DONE, LOW, FOCUS = QColor("#e2e6e3"), QColor("#2f6b6f"), QColor("#c98a2b"), QColor("#e3eeed")
INK, MUTED, TARGET = QColor("#2a2e2c"), QColor("#5f6763"), QColor("#a8322d")
LOW_SHARE = 0.5


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    visited: int
    students: int

    @property
    def share(self) -> float:
        return self.visited / self.students if self.students else 0.0


class CoverageChart(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, name_width: int = NAME_W) -> None:
        super().__init__(parent)
        self.setObjectName("countyCoverageChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.name_width = name_width
        self.bars: list[Bar] = []
        self.current = -1

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.current = min(self.current, len(bars) - 1)
        self.setMinimumHeight(ROW * max(1, len(bars)))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, ROW * max(1, len(self.bars)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = event.rect()
        bar_w = max(60, self.width() - self.name_width - FIGURE_W - 12)
        metrics = p.fontMetrics()
        for i in range(max(0, area.top() // ROW), min(len(self.bars), area.bottom() // ROW + 1)):
            b, top = self.bars[i], i * ROW
            if i == self.current:
                p.fillRect(QRect(0, top, self.width(), ROW), FOCUS)
            p.setPen(INK)
            name = metrics.elidedText(b.label, Qt.TextElideMode.ElideRight, self.name_width - 10)
            p.drawText(QRect(4, top, self.name_width - 8, ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)  # fmt: skip
            track = QRect(self.name_width, top + ROW // 2 - 5, bar_w, 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TRACK)
            p.drawRoundedRect(track, 4, 4)
            if b.share > 0:
                p.setBrush(DONE if b.share >= LOW_SHARE else LOW)
                p.drawRoundedRect(
                    QRect(track.left(), track.top(), max(6, round(bar_w * b.share)), 10), 4, 4
                )
            p.setPen(TARGET)  # the target: 100 %
            p.drawLine(track.right(), top + 4, track.right(), top + ROW - 4)
            p.setPen(MUTED)
            p.drawText(QRect(self.name_width + bar_w + 8, top, FIGURE_W, ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       f"{b.visited}/{b.students} · {b.share:.0%}")  # fmt: skip

    def choose(self, i: int) -> None:
        if 0 <= i < len(self.bars):
            self.current = i
            self.update()
            self.chosen.emit(self.bars[i].key)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.choose(int(event.position().y()) // ROW)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, n = event.key(), len(self.bars)
        if n and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.current = min(max(self.current + (1 if key == Qt.Key.Key_Down else -1), 0), n - 1)
            self.update()
        elif n and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.choose(self.current)
        else:
            super().keyPressEvent(event)
