"""Home-visit coverage as one bar per class: visited students out of enrolled ones.

Painted rather than built from widgets, so that a school with hundreds of classes costs one
widget; only the rows in view are drawn. A click (or Enter on the current row) asks for the
class's home-visit list.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from sxcounsel.gui.labels import fill
from sxcounsel.services.homevisits import ClassCoverage

ROW = 28
NAME_W = 118
FIGURE_W = 112
MISSING_SHOWN = 12

TRACK, DONE, LOW, FOCUS = QColor("#e2e6e3"), QColor("#2f6b6f"), QColor("#c98a2b"), QColor("#e3eeed")
INK, MUTED = QColor("#2a2e2c"), QColor("#5f6763")
LOW_SHARE = 0.5  # below half visited: the bar turns amber


class CoverageBars(QWidget):
    class_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageBars")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.classes: list[ClassCoverage] = []
        self.current = -1

    def set_coverage(self, classes: list[ClassCoverage]) -> None:
        self.classes = classes
        self.current = min(self.current, len(classes) - 1)
        self.updateGeometry()
        self.setMinimumHeight(ROW * len(classes))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, ROW * max(1, len(self.classes)))

    def row_at(self, y: int) -> int:
        i = y // ROW
        return i if 0 <= i < len(self.classes) else -1

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = event.rect()
        first = max(0, area.top() // ROW)
        last = min(len(self.classes) - 1, area.bottom() // ROW)
        bar_w = max(40, self.width() - NAME_W - FIGURE_W - 16)
        for i in range(first, last + 1):
            c = self.classes[i]
            top = i * ROW
            if i == self.current and self.hasFocus():
                p.fillRect(QRect(0, top, self.width(), ROW), FOCUS)
            p.setPen(INK)
            p.drawText(
                QRect(4, top, NAME_W - 8, ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                c.class_name,
            )
            share = c.visited / c.students if c.students else 0.0
            track = QRect(NAME_W, top + ROW // 2 - 5, bar_w, 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TRACK)
            p.drawRoundedRect(track, 4, 4)
            if share > 0:
                done = QRect(track.left(), track.top(), max(6, round(bar_w * share)), 10)
                p.setBrush(DONE if share >= LOW_SHARE else LOW)
                p.drawRoundedRect(done, 4, 4)
            p.setPen(MUTED)
            p.drawText(
                QRect(NAME_W + bar_w + 8, top, FIGURE_W, ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{c.visited}/{c.students} · {share:.0%}",
            )

    def tooltip_text(self, i: int) -> str:
        c = self.classes[i]
        if not c.not_visited:
            return fill(self.tr("%1: every student has had a home visit."), c.class_name)
        names = "、".join(s.name for s in c.not_visited[:MISSING_SHOWN])
        more = len(c.not_visited) - MISSING_SHOWN
        if more > 0:
            names += fill(self.tr(" and %1 more"), more)
        return fill(self.tr("%1, not visited yet: %2"), c.class_name, names)

    def _reveal(self, i: int) -> None:
        """Scroll the enclosing scroll area (if any) so that row ``i`` is in view."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureVisible(0, i * ROW + ROW // 2, 0, ROW)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self.row_at(int(event.position().y()))
        if i >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_text(i), self)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        i = self.row_at(int(event.position().y()))
        if i >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.current = i
            self.update()
            self.class_chosen.emit(self.classes[i].class_name)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, n = event.key(), len(self.classes)
        if n and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = min(max(self.current + step, 0), n - 1)
            self.update()
            self.setToolTip(self.tooltip_text(self.current))
            self._reveal(self.current)
        elif n and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.class_chosen.emit(self.classes[self.current].class_name)
        else:
            super().keyPressEvent(event)
