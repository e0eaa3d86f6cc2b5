"""Form grids shared by the single-record documents: label | value | label | value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Paragraph, Table, TableStyle

from sxcounsel.reports import fonts
from sxcounsel.reports.page import GREY, para, style

Pair = tuple[str, str]
LABEL_BG = colors.HexColor("#f0f0f0")
LINE = colors.HexColor("#444444")
PAD = 6.0
CHUNK = 220.0  # a long value is cut into rows of at most this height (points)


def _pieces(p: Paragraph, width: float) -> list[Paragraph]:
    """``p`` cut into parts no taller than CHUNK, so the table can break between them."""
    out = []
    while True:
        if p.wrap(width, 1e7)[1] <= CHUNK:
            return [*out, p]
        parts = p.split(width, CHUNK)
        if len(parts) < 2:
            return [*out, p]
        out.append(parts[0])
        p = parts[1]


def grid(
    rows: Sequence[Sequence[Pair]],
    width: float,
    *,
    size: float = 10.5,
    label: float = 72,
    tall: Mapping[str, float] | None = None,
) -> Table:
    """One or two (label, value) pairs per row; a single pair's value spans the row.

    Long values wrap (CJK); a value taller than CHUNK goes on over several rows (labelled
    "（续）"), so the form breaks between rows and never cuts a line across a page. ``tall``
    gives the rows of the labels it names a least height (points), as a paper form leaves room
    for its main fields whatever their length.
    """
    tall = tall or {}
    heights: list[float | None] = []
    value = (width - 2 * label) / 2
    right = PAD + size * 0.6  # room for a closing mark that hangs past the end of a line
    lab = style("label", size, align=TA_CENTER)
    cont = style("cont", size * 0.85, align=TA_CENTER, textColor=GREY)
    val = style("value", size)
    data: list[list[object]] = []
    cmds: list[tuple] = []
    for pairs in rows:
        if len(pairs) == 1:
            ((k, v),) = pairs
            span = width - label - PAD - right
            for n, piece in enumerate(_pieces(para(v, val), span)):
                r = len(data)
                data.append([para(k if n == 0 else "（续）", cont if n else lab), piece, "", ""])
                cmds.append(("SPAN", (1, r), (3, r)))
                least = tall.get(k, 0.0) if n == 0 else 0.0
                need = piece.wrap(span, 1e7)[1] + 10  # TOP/BOTTOMPADDING
                heights.append(least if least > need else None)
                if least:
                    cmds.append(("VALIGN", (1, r), (1, r), "TOP"))
        else:
            (k1, v1), (k2, v2) = pairs
            data.append([para(k1, lab), para(v1, val), para(k2, lab), para(v2, val)])
            heights.append(None)
            cmds.append(("BACKGROUND", (2, len(data) - 1), (2, len(data) - 1), LABEL_BG))
    return Table(
        data,
        colWidths=[label, value, label, value],
        rowHeights=heights,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.BODY, size),
                ("GRID", (0, 0), (-1, -1), 0.6, LINE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (1, 0), (1, -1), right),
                ("RIGHTPADDING", (3, 0), (3, -1), right),
                *cmds,
            ]
        ),
    )
