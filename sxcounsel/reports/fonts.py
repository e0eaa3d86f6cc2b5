"""The bundled CJK font (WenQuanYi Micro Hei, Apache-2.0) registered with reportlab.

reportlab needs TrueType outlines; the ``.ttc`` holds the proportional face (index 0) and a
monospaced one (index 1). Both are embedded as subsets (``ABCDEF+WenQuanYiMicroHei``), so every
viewer and printer shows the same glyphs. Registration happens once per process.

A character the font lacks (some 生僻字 beyond the BMP) would print as an empty box; ``printable``
replaces it with 〓, the sign Chinese typesetting uses for a missing character, so the reader
sees that one must be written in by hand.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sxcounsel.core.shipped import resource

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
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
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
def _charmap() -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(BODY).face.charToGlyph)


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` the font cannot draw (line breaks and spaces aside)."""
    have = _charmap()
    return {ch for ch in text if ord(ch) not in have and ch not in "\n\r\t"}


def printable(text: str) -> str:
    """``text`` with every character the font lacks replaced by 〓."""
    have = _charmap()
    if all(ord(ch) in have or ch in "\n\r\t" for ch in text):
        return text
    return "".join(ch if ord(ch) in have or ch in "\n\r\t" else MISSING for ch in text)


def width(text: str, size: float, font: str = BODY) -> float:
    """Printed width in points (the font must be registered)."""
    return pdfmetrics.stringWidth(text, font, size)
