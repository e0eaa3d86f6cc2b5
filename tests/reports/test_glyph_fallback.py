"""Rare characters (生僻字) print with the fallback font, character by character."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from sxcounsel.reports import fonts, glyphs
from sxcounsel.reports.page import markup, style
from tests.reports.conftest import pdf_fonts, pdf_text
from tests.reports.glyphcheck import Cell, assert_drawn, ink_in_middle

NAMES = "刘䶮 王𠇔 李𬌗"  # Extension A, B and E
BEYOND = "\U00030000"  # Extension G: no bundled font has it


def test_paragraphs_cells_and_canvas_strings_fall_back_per_character(tmp_path):
    fonts.register()
    out = tmp_path / "rare.pdf"
    doc = SimpleDocTemplate(str(out), initialFontName=fonts.BODY)

    def header(canv: Canvas, _doc: object) -> None:
        canv.setFont(fonts.BODY, 12)
        canv.drawString(72, 800, f"页眉 {NAMES}")
        canv.drawString(72, 780, f"对照 刘{BEYOND}")  # the body font's .notdef box: must fail

    fonts.register_mono()
    mono = style("mono", 12, fontName=fonts.MONO)
    doc.build(
        [
            Paragraph(markup(f"学生：{NAMES}。"), style("p", 14)),
            Table([NAMES.split()], style=[("FONT", (0, 0), (-1, -1), fonts.BODY, 12)]),
            Paragraph(glyphs.fallback_markup("密钥 䶮&𬌗", fonts.MONO), mono),
        ],
        onFirstPage=header,
    )
    text = pdf_text(out)
    assert text.count("刘䶮") == 3 and text.count("王𠇔") == 3 and text.count("李𬌗") == 3
    assert "䶮&𬌗" in text
    assert_drawn(out, "䶮𠇔𬌗刘王李")
    # the check sees a missing glyph: the .notdef box has no ink in its middle
    x = 72 + fonts.width("对照 刘", 12)
    top = A4[1] - 780  # the baseline, from the top
    assert ink_in_middle(out, Cell(1, x, top - 12 * 0.86, x + 12, top + 12 * 0.14)) < 0.01
    x = 72 + fonts.width("对照 ", 12)  # and 刘 beside it has ink where the check looks
    assert ink_in_middle(out, Cell(1, x, top - 12 * 0.86, x + 12, top + 12 * 0.14)) > 0.04
    # the body font plus the fallback subsets, all embedded as subsets
    names = {f["name"].split("+")[1] for f in pdf_fonts(out)}
    assert {"SxRareHanA", "SxRareHanB"} <= names
    assert all((f["emb"], f["sub"]) == ("yes", "yes") for f in pdf_fonts(out))


def test_only_characters_no_font_has_become_the_missing_sign():
    assert fonts.printable(f"刘䶮王𠇔李𬌗{BEYOND}") == "刘䶮王𠇔李𬌗〓"
    assert fonts.missing_glyphs(f"刘䶮\n{BEYOND}") == {BEYOND}
    # widths of fallback characters are known (wrapping measures them): one em each
    assert fonts.width("䶮𠇔𬌗", 10) == 30
