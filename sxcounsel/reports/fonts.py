"""The bundled CJK font (WenQuanYi Micro Hei, Apache-2.0) registered with reportlab.

reportlab needs TrueType outlines; the ``.ttc`` holds the proportional face (index 0) and a
monospaced one (index 1). Both are embedded as subsets (``ABCDEF+WenQuanYiMicroHei``), so every
viewer and printer shows the same glyphs. Registration happens once per process.

The font covers GB2312 and most of GBK; the rare characters of children's names (生僻字, CJK
Extensions A–F) come from a fallback font, character by character, wherever the body font is
used (``glyphs.py``). A character no bundled font has (Extension G and later) would print as an
empty box; ``printable`` replaces it with 〓, the sign Chinese typesetting uses for a missing
character, so the reader sees that one must be written in by hand.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics

from sxcounsel.core.shipped import resource
from sxcounsel.reports.glyphs import FallbackTTFont, fallback_coverage

FONT_FILE = "wqy-microhei.ttc"
BODY = "SxHei"  # WenQuanYi Micro Hei
MONO = "SxHeiMono"  # WenQuanYi Micro Hei Mono
MISSING = "\u3013"  # 〓

_lock = threading.Lock()
_registered: set[str] = set()


def _register(name: str, index: int) -> None:
    if name in _registered:
        return
    with _lock:
        if name not in _registered:
            path = str(resource("fonts", FONT_FILE))
            pdfmetrics.registerFont(FallbackTTFont(name, path, subfontIndex=index))
            _registered.add(name)


# Chinese punctuation that must not start a line (避头点). reportlab's CJK wrapping knows the
# Japanese set only; with these it lets "，" hang at the end of the line instead.
_NO_LINE_START = "，。、；：！？）》〉」』】”’…—％"


def _extend_kinsoku() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):  # each keeps its own copy of the string
        missing = "".join(ch for ch in _NO_LINE_START if ch not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing


def register() -> None:
    """Register the proportional face with reportlab (once per process, thread-safe)."""
    if BODY not in _registered:
        _extend_kinsoku()
    _register(BODY, 0)


def register_mono() -> None:
    """Register the monospaced face (the recovery key sheet)."""
    _register(MONO, 1)


@cache
def _body_charmap() -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(BODY).face.charToGlyph)


@cache
def _charmap() -> frozenset[int]:
    """Everything a bundled font draws (loads the fallback: only when the body font lacks one)."""
    return _body_charmap() | fallback_coverage()


def _lacking(text: str) -> set[str]:
    body = _body_charmap()
    return {ch for ch in text if ord(ch) not in body and ch not in "\n\r\t"}


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` no bundled font can draw (line breaks and tabs aside)."""
    rest = _lacking(text)
    if not rest:
        return set()
    have = _charmap()
    return {ch for ch in rest if ord(ch) not in have}


def printable(text: str) -> str:
    """``text`` with every character no bundled font has replaced by 〓. Meeting a character
    the body font lacks loads the fallback fonts, before anything measures or draws it."""
    if not _lacking(text):
        return text
    have = _charmap()
    return "".join(ch if ord(ch) in have or ch in "\n\r\t" else MISSING for ch in text)


def width(text: str, size: float, font: str = BODY) -> float:
    """Printed width in points (the font must be registered)."""
    return pdfmetrics.stringWidth(text, font, size)
