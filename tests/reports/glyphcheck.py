"""Is a character on a PDF page drawn as itself? Text extraction plus the page's picture.

``pdftotext -bbox-layout`` gives the box of every word; the character's share of its word is
measured with the fonts' widths; the page is rendered with ``pdftoppm`` and the middle of the
character's cell must hold ink. A missing glyph is either blank (no ink) or the body font's
.notdef, a hollow rectangle (ink on its edges only, none in the middle); 〓 fails the text check.
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from sxcounsel.reports import fonts

DPI = 150
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@dataclass(frozen=True)
class Cell:
    page: int  # 1-based
    x0: float  # points from the page's top left
    y0: float
    x1: float
    y1: float


def cells(pdf: Path, ch: str) -> list[Cell]:
    """Where ``ch`` is printed: one cell per occurrence, from the words' boxes."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    found = []
    for n, (_w, _h, body) in enumerate(_PAGE.findall(out), 1):
        for x0, y0, x1, y1, word in _WORD.findall(body):
            word = html.unescape(word)
            if ch not in word:
                continue
            widths = [fonts.width(c, 10) for c in word]
            total = sum(widths) or 1.0
            scale = (float(x1) - float(x0)) / total
            at = float(x0)
            for c, w in zip(word, widths, strict=True):
                if c == ch:
                    found.append(Cell(n, at, float(y0), at + w * scale, float(y1)))
                at += w * scale
    return found


def _page_image(pdf: Path, page: int, cache: dict[tuple[Path, int], Image.Image]) -> Image.Image:
    key = (pdf, page)
    if key not in cache:
        stem = pdf.with_name(f"{pdf.stem}-p{page}")
        pages = ["-f", str(page), "-l", str(page)]
        args = ["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", *pages]
        subprocess.run([*args, str(pdf), str(stem)], check=True)
        cache[key] = Image.open(f"{stem}.png").convert("L")
    return cache[key]


def ink_in_middle(pdf: Path, cell: Cell, cache: dict | None = None) -> float:
    """Share of dark pixels in the middle third (both ways) of the character's cell."""
    img = _page_image(pdf, cell.page, {} if cache is None else cache)
    k = DPI / 72
    w, h = cell.x1 - cell.x0, cell.y1 - cell.y0
    box = (
        round((cell.x0 + w / 3) * k),
        round((cell.y0 + h / 3) * k),
        round((cell.x1 - w / 3) * k),
        round((cell.y1 - h / 3) * k),
    )
    crop = img.crop(box)
    return sum(crop.histogram()[:160]) / max(1, crop.width * crop.height)


def assert_drawn(pdf: Path, chars: str, min_ink: float = 0.04) -> None:
    """Every character of ``chars`` is printed at least once, and every time as itself."""
    cache: dict = {}
    for ch in chars:
        where = cells(pdf, ch)
        assert where, f"{ch} (U+{ord(ch):X}) is not in the text of {pdf.name}"
        for cell in where:
            ink = ink_in_middle(pdf, cell, cache)
            assert ink >= min_ink, f"{ch} on page {cell.page} is blank or a box ({ink:.3f})"
