"""The shared page of every printed document.

A4 (landscape for wide ledgers); a header with the school name, on the right what the document
is (title, class and school year: ``PageInfo.header``, or a ``HeaderMark`` from a page on) and
保密 on confidential documents; a footer with who printed it and when, "内部资料 注意保密" and
"第 X 页 / 共 Y 页".
The page total is known only at the end, so the canvas keeps each page's drawing and writes the
numbers when the document is saved (the NumberedCanvas recipe).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

from sxcounsel.reports import fonts

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 15 * mm, 20 * mm, 18 * mm
FOOTER_NOTE = "内部资料 注意保密"
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#666666")
RED = colors.HexColor("#c0392b")


@dataclass(frozen=True)
class PageInfo:
    """What every page shows besides the document itself."""

    school_name: str
    printed_by: str
    printed_at: datetime  # local time
    confidential: bool = False  # a 保密 mark on every page
    landscape: bool = False
    title: str = ""  # document metadata (the kind of document, never a student's name)
    header: str = ""  # on every page's header, right: 家访工作台账　七年级(2)班　2025—2026学年


@dataclass(frozen=True)
class Built:
    data: bytes
    pages: int


def page_size(wide: bool) -> tuple[float, float]:
    return landscape(A4) if wide else A4


def frame_size(wide: bool) -> tuple[float, float]:
    """Width and height available to the story on one page (SimpleDocTemplate's frame)."""
    w, h = page_size(wide)
    return w - 2 * MARGIN_X - 12, h - MARGIN_TOP - MARGIN_BOTTOM - 12


# -- styles ----------------------------------------------------------------------------------
def style(name: str, size: float = 10.5, *, align: int = TA_LEFT, **kw: object) -> ParagraphStyle:
    fonts.register()
    leading = kw.pop("leading", round(size * 1.45, 1))
    return ParagraphStyle(
        name,
        fontName=kw.pop("fontName", fonts.BODY),
        bulletFontName=fonts.BODY,
        fontSize=size,
        leading=leading,
        alignment=align,
        wordWrap="CJK",
        textColor=kw.pop("textColor", INK),
        **kw,
    )


def markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept, missing glyphs shown as 〓."""
    return escape(fonts.printable(text or "")).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str, st: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), st)


TITLE = partial(style, "title", 16, align=TA_CENTER, spaceAfter=4, leading=22)
SUBTITLE = partial(style, "subtitle", 11, align=TA_CENTER, spaceAfter=8, textColor=GREY)


def heading(title: str, subtitle: str = "") -> list[Flowable]:
    out: list[Flowable] = [para(title, TITLE())]
    if subtitle:
        out.append(para(subtitle, SUBTITLE()))
    return out


# -- the canvas ------------------------------------------------------------------------------
class NumberedCanvas(Canvas):
    """Writes "第 X 页 / 共 Y 页" on every page. Y is known only at the end, so each page shows a
    PDF form (an XObject) that is defined once, when the document is saved: pages are written
    as they come and memory stays flat however long the ledger is."""

    _TOTAL = "sxPageTotal"

    def __init__(self, *args: object, info: PageInfo, pages: list[int], **kw: object) -> None:
        super().__init__(*args, **kw)
        self._sx_info, self._sx_pages, self._sx_count = info, pages, 0

    def showPage(self) -> None:
        self._sx_count += 1
        w, h = self._pagesize
        header = getattr(self, "sx_header", self._sx_info.header)
        if header:  # drawn last: a HeaderMark on this page may have changed it
            right = w - MARGIN_X - (48 if self._sx_info.confidential else 0)
            self.saveState()
            self.setFont(fonts.BODY, 9)
            self.setFillColor(GREY)
            self.drawRightString(right, h - MARGIN_TOP + 10, fonts.printable(header))
            self.restoreState()
        head = f"第 {self._pageNumber} 页 / 共 "
        x = w - MARGIN_X - fonts.width("9999 页", 8.5) - fonts.width(head, 8.5)
        self.saveState()
        self.setFont(fonts.BODY, 8.5)
        self.setFillColor(GREY)
        self.drawString(x, MARGIN_BOTTOM - 11, head)
        self.translate(x + fonts.width(head, 8.5), MARGIN_BOTTOM - 11)
        self.doForm(self._TOTAL)
        self.restoreState()
        super().showPage()

    def save(self) -> None:
        self.beginForm(self._TOTAL)
        self.setFont(fonts.BODY, 8.5)
        self.setFillColor(GREY)
        self.drawString(0, 0, f"{self._sx_count} 页")
        self.endForm()
        self._sx_pages.append(self._sx_count)
        super().save()


class HeaderMark(Flowable):
    """Takes no room; from the page it lands on, the header says ``text`` (a per-student page
    inside a ledger: 一生一策　七年级(2)班　2025—2026学年)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.sx_header = self.text  # read by NumberedCanvas.showPage


def decorate(info: PageInfo, canv: Canvas, doc: SimpleDocTemplate) -> None:
    w, h = doc.pagesize
    canv.saveState()
    canv.setStrokeColor(colors.HexColor("#999999"))
    canv.setLineWidth(0.5)
    top = h - MARGIN_TOP + 6
    canv.line(MARGIN_X, top, w - MARGIN_X, top)
    canv.line(MARGIN_X, MARGIN_BOTTOM - 2, w - MARGIN_X, MARGIN_BOTTOM - 2)
    canv.setFont(fonts.BODY, 9)
    canv.setFillColor(GREY)
    canv.drawString(MARGIN_X, top + 4, fonts.printable(info.school_name))
    if info.confidential:
        canv.setFillColor(RED)
        canv.setStrokeColor(RED)
        canv.setLineWidth(1.2)
        canv.setFont(fonts.BODY, 12)
        canv.rect(w - MARGIN_X - 40, top + 2, 40, 17, stroke=1, fill=0)
        canv.drawCentredString(w - MARGIN_X - 20, top + 6.5, "保密")
    canv.setFillColor(GREY)
    canv.setFont(fonts.BODY, 8.5)
    stamp = info.printed_at.strftime("%Y-%m-%d %H:%M")
    by = fonts.printable(info.printed_by)
    canv.drawString(MARGIN_X, MARGIN_BOTTOM - 11, f"打印人：{by}　打印时间：{stamp}")
    canv.drawCentredString(w / 2, MARGIN_BOTTOM - 11, FOOTER_NOTE)
    canv.restoreState()


def document_options(info: PageInfo) -> dict[str, object]:
    """The page size, margins, metadata and body font every document of ours is made with."""
    return {
        "pagesize": page_size(info.landscape),
        "leftMargin": MARGIN_X,
        "rightMargin": MARGIN_X,
        "topMargin": MARGIN_TOP,
        "bottomMargin": MARGIN_BOTTOM,
        "title": info.title,
        "author": info.school_name,
        "creator": "sxcounsel",
        "initialFontName": fonts.BODY,
        "initialFontSize": 10,
    }


def build_pdf(story: Sequence[Flowable], info: PageInfo) -> Built:
    """Lay out ``story`` on the shared page; the PDF bytes and the page count."""
    fonts.register()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, subject=FOOTER_NOTE, **document_options(info))
    pages: list[int] = []
    deco = partial(decorate, info)
    doc.build(
        list(story),
        onFirstPage=deco,
        onLaterPages=deco,
        canvasmaker=partial(NumberedCanvas, info=info, pages=pages),
    )
    return Built(buf.getvalue(), pages[0])


# -- small building blocks shared by the forms -----------------------------------------------
def signature_line(*labels: str, size: float = 10.5) -> Paragraph:
    """ "监护人签字：________　联系电话：________　日期：________"."""
    blank = "_" * 14
    text = "　　".join(f"{markup(label)}：{blank}" for label in labels)
    return Paragraph(text, style("sign", size, leading=size * 2.2))


def signoff(rows: Sequence[Sequence[str]], width: float, *, size: float = 10.5) -> Table:
    """The sign-off block of an inspection form: one row per line of ``rows``, each label
    followed by room to write; a label ending in "意见" gets a tall box for the opinion.

    ``[["班主任签字", "日期"], ["学校审核意见"], ["审核人签字", "学校（盖章）", "日期"]]``
    """
    fonts.register()
    cols = max(len(r) for r in rows)
    lab = style("signoff", size, leading=size * 1.4)
    data: list[list[object]] = []
    heights: list[float] = []
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.BODY, size),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#444444")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
    ]
    for r, labels in enumerate(rows):
        tall = len(labels) == 1 and labels[0].endswith("意见")
        data.append([para(f"{label}：", lab) for label in labels] + [""] * (cols - len(labels)))
        heights.append(size * (5.5 if tall else 2.6))
        if len(labels) < cols:
            cmds.append(("SPAN", (len(labels) - 1, r), (-1, r)))
        if r:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.4, colors.HexColor("#999999")))
    return Table(
        data, colWidths=[width / cols] * cols, rowHeights=heights, style=cmds, hAlign="LEFT"
    )


def right_note(text: str, size: float = 10.5) -> Paragraph:
    return para(text, style("right", size, align=TA_RIGHT))
