"""Long ledgers as tables that repeat their header and break between rows, in linear time.

reportlab's ``Table`` re-creates the rest of the table at every page break, which makes a
10,000-row ledger quadratic. ``RowsTable`` measures every row once, then hands the frame one
ordinary ``Table`` per page (header + the rows that fit). Rows grow with their text (CJK
wrapping) and move whole to the next page; only a row taller than a whole page is cut, into
continuation rows. Short cells are drawn as plain strings, which is much cheaper than a
Paragraph. A tail (the sign-off block) is drawn under the last rows and goes to the next page
with at least the last two rows, never alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from sxcounsel.core.progress import Progress
from sxcounsel.reports import fonts
from sxcounsel.reports.page import markup, style

PAD = 3.0
KEEP_WITH_TAIL = 2  # rows that go to the next page with a tail (sign-off block) that does not fit
HEADER_BG = colors.HexColor("#e8e8e8")
LINE = colors.HexColor("#555555")
ALERT = colors.HexColor("#c0392b")


class Alert(str):
    """A cell that must catch the eye (an overdue date): printed in red."""


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the printed width
    xlsx_width: float  # Excel column width (characters)
    center: bool = False


class _Measured:
    """Cells and row heights of a whole table, shared by the pieces it is split into."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        width: float,
        max_row: float,
        size: float,
        progress: Progress | None,
    ) -> None:
        total = sum(c.weight for c in columns)
        self.widths = [width * c.weight / total for c in columns]
        self.size, self.leading = size, round(size * 1.35, 1)
        self.styles = [
            style(f"cell{i}", size, align=TA_CENTER if c.center else TA_LEFT, leading=self.leading)
            for i, c in enumerate(columns)
        ]
        head = style("head", size, align=TA_CENTER, leading=self.leading)
        self.header = [Paragraph(markup(c.title), head) for c in columns]
        # Room on the right of left-aligned cells for a closing mark that hangs past the line
        # end (reportlab's kinsoku keeps "）" or "，" off the start of the next line).
        self.right = [PAD if c.center else PAD + size * 0.6 for c in columns]
        self.inner = [w - PAD - r for w, r in zip(self.widths, self.right, strict=True)]
        self.header_h = max(
            p.wrap(w - 2 * PAD, 1e7)[1] + 2 * PAD
            for p, w in zip(self.header, self.widths, strict=True)
        )
        self.cells: list[list[object]] = []
        self.heights: list[float] = []
        limit = max(max_row - self.header_h - 2, self.leading * 3)
        if progress is not None:
            progress.start(len(rows), "layout")
            progress.check()
        for n, row in enumerate(rows, 1):
            self._add(row, limit)
            if progress is not None and n % 200 == 0:
                progress.advance(200)
        self.style = self._table_style(columns)
        self.below = [0.0] * (len(self.heights) + 1)  # height of the rows from i to the end
        for i in range(len(self.heights) - 1, -1, -1):
            self.below[i] = self.below[i + 1] + self.heights[i]
        self.freed = 0

    def free_before(self, start: int) -> None:
        """Drop the cells of rows already handed out (they are drawn): memory stays flat."""
        for i in range(self.freed, start):
            self.cells[i] = []
        self.freed = max(self.freed, start)

    def _height(self, cell: object, col: int) -> float:
        if isinstance(cell, Paragraph):
            return cell.wrap(self.inner[col], 1e7)[1] + 2 * PAD
        return self.leading + 2 * PAD

    def _cell(self, value: str, col: int) -> object:
        text = fonts.printable(str(value or ""))
        if isinstance(value, Alert):
            return Paragraph(
                f'<font color="#{ALERT.hexval()[2:]}">{markup(text)}</font>', self.styles[col]
            )
        if "\n" not in text and fonts.width(text, self.size) <= self.inner[col] - 1:
            return text
        return Paragraph(markup(text), self.styles[col])

    def _add(self, row: Sequence[str], limit: float) -> None:
        cells = [self._cell(v if isinstance(v, str) else str(v), i) for i, v in enumerate(row)]
        while True:
            heights = [self._height(c, i) for i, c in enumerate(cells)]
            if max(heights) <= limit:
                self.cells.append(cells)
                self.heights.append(max(heights))
                return
            # A row taller than a page: cut its tall cells, continue on the next row.
            rest: list[object] = [""] * len(cells)
            for i, (cell, h) in enumerate(zip(cells, heights, strict=True)):
                if h > limit and isinstance(cell, Paragraph):
                    parts = cell.split(self.inner[i], limit - 2 * PAD)
                    if len(parts) == 2:
                        cells[i], rest[i] = parts
            if all(r == "" for r in rest):  # nothing could be cut: keep it whole
                self.cells.append(cells)
                self.heights.append(max(heights))
                return
            self.cells.append(cells)
            self.heights.append(limit)
            cells = rest

    def _table_style(self, columns: Sequence[Column]) -> TableStyle:
        cmds: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), fonts.BODY, self.size, self.leading),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.5, LINE),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            *[("RIGHTPADDING", (i, 0), (i, -1), r) for i, r in enumerate(self.right)],
            ("RIGHTPADDING", (0, 0), (-1, 0), PAD),  # the header is centred: no hang room
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        ]
        cmds += [("ALIGN", (i, 0), (i, -1), "CENTER") for i, c in enumerate(columns) if c.center]
        return TableStyle(cmds)


class RowsTable(Flowable):
    """A ledger table: header on every page, rows never split between pages (see module)."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        max_row_height: float,
        empty_text: str = "（无记录）",
        size: float = 9,
        progress: Progress | None = None,
        tail: Sequence[Flowable] = (),
        _measured: _Measured | None = None,
        _start: int = 0,
    ) -> None:
        super().__init__()
        self._columns, self._rows, self._progress = columns, rows, progress
        self._max_row, self._empty, self._size = max_row_height, empty_text, size
        self._m, self._start = _measured, _start
        self._tail = list(tail)  # drawn under the last rows, never on a page of its own
        self._tail_h: list[float] = []

    def _measure(self, width: float) -> _Measured:
        if self._m is None:
            rows = self._rows or [[self._empty, *[""] * (len(self._columns) - 1)]]
            self._m = _Measured(
                self._columns, rows, width, self._max_row, self._size, self._progress
            )
            if not self._rows:  # the note spans the row: one line, not wrapped in column 1
                self._m.cells[0][0] = fonts.printable(self._empty)
                self._m.heights[0] = self._m.leading + 2 * PAD
                self._m.below[0] = self._m.heights[0]
        return self._m

    def _piece(self, stop: int) -> Table:
        m = self._m
        assert m is not None
        table = Table(
            [m.header, *m.cells[self._start : stop]],
            colWidths=m.widths,
            rowHeights=[m.header_h, *m.heights[self._start : stop]],
            style=m.style,
            hAlign="LEFT",
        )
        if not self._rows:
            table.setStyle([("SPAN", (0, 1), (-1, 1)), ("ALIGN", (0, 1), (-1, 1), "CENTER")])
        return table

    def _tail_height(self, width: float) -> float:
        if not self._tail_h:
            self._tail_h = [f.wrap(width, 1e7)[1] + f.getSpaceBefore() for f in self._tail]
        return sum(self._tail_h)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        m = self._measure(aW)
        self.width = sum(m.widths)
        self.height = m.header_h + m.below[self._start] + self._tail_height(self.width)
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        m = self._measure(aW)
        m.free_before(self._start)
        room, stop = aH - m.header_h, self._start
        while stop < len(m.heights) and m.heights[stop] <= room:
            room -= m.heights[stop]
            stop += 1
        if stop == len(m.heights) and self._tail:
            # Every row fits but the tail does not: the last rows go over with it, unless
            # the rest and the tail would not fit on a whole page either.
            tail_h = self._tail_height(sum(m.widths))
            if m.header_h + m.below[self._start] + tail_h > self._max_row:
                return [self._piece(stop), *self._tail]
            stop = max(self._start, len(m.heights) - KEEP_WITH_TAIL)
        if stop == self._start:
            return []
        rest = RowsTable(
            self._columns,
            self._rows,
            max_row_height=self._max_row,
            empty_text=self._empty,
            size=self._size,
            tail=self._tail,
            _measured=m,
            _start=stop,
        )
        return [self._piece(stop), rest]

    def draw(self) -> None:
        m = self._m
        assert m is not None
        table = self._piece(len(m.heights))
        tail_h = self._tail_height(self.width)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, tail_h)
        y = tail_h
        for f, h in zip(self._tail, self._tail_h, strict=True):
            y -= h
            f.wrapOn(self.canv, self.width, 1e7)
            f.drawOn(self.canv, 0, y)
