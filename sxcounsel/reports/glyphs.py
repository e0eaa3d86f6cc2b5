"""Per-character font fallback for rare characters (生僻字) in every PDF.

The body font (WenQuanYi Micro Hei) covers GB2312 and most of GBK, but children's names from
the 学籍 system hold characters of the CJK Extensions A–F (䶮, 𠇔, 𬌗 …). Two subsets of the
Hanazono Mincho fonts (``sxrarehan-a.ttf``: Extension A and the few BMP ideographs the body
font lacks; ``sxrarehan-b.ttf``: Extensions B–F) draw those.

The fallback works inside the body font itself: :class:`FallbackTTFont` is the body font that,
when reportlab splits a string into font subsets, hands each character the body font lacks to
the first fallback font that has it. Every ``Paragraph``, table cell and ``drawString`` that
uses the body font therefore prints 刘䶮 with the fallback for 䶮 only, and no caller changes.
:func:`fallback_markup` does the same for Paragraph markup in another font (the monospaced one).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from sxcounsel.core.shipped import resource

# (reportlab name, file): tried in this order for a character the body font lacks
FALLBACK_FILES: tuple[tuple[str, str], ...] = (
    ("SxRareHanA", "sxrarehan-a.ttf"),  # Extension A, BMP ideographs, radicals
    ("SxRareHanB", "sxrarehan-b.ttf"),  # Extensions B–F
)
# Subset numbers of fallback font i are encoded as (i + 1) * _STRIDE + n, above any subset
# number of the body font (a font has at most 65535 glyphs, so fewer than 257 subsets).
_STRIDE = 1 << 16


def _utf16_hex(code: int) -> str:
    if code < 0x10000:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset, with characters beyond the BMP written as
    UTF-16 surrogate pairs (reportlab writes ``<2C317>``, which text extraction misreads as
    two wrong characters). The same CMap as reportlab's for everything else."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


_lock = threading.RLock()
_loaded: list[TTFont] = []  # the fallback fonts, once loaded
_bodies: list[FallbackTTFont] = []  # every body font made, to hand them the fallback


def fallback_fonts() -> tuple[TTFont, ...]:
    """The fallback fonts, loaded and registered with reportlab and handed to every body font
    (once per process, thread-safe). They are big (70 MB in memory): loaded only when a
    document first holds a character the body font lacks."""
    if _loaded:
        return tuple(_loaded)
    with _lock:
        if not _loaded:
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # the text of 𬌗 must extract as 𬌗
            out = []
            for name, file in FALLBACK_FILES:
                font = TTFont(name, str(resource("fonts", file)), shapable=False)
                pdfmetrics.registerFont(font)
                out.append(pdfmetrics.getFont(name))
            for body in _bodies:
                body.adopt(out)
            _loaded.extend(out)
    return tuple(_loaded)


def _runs(
    text: str, body: frozenset[int], fallbacks: Sequence[TTFont]
) -> Iterator[tuple[int, str]]:
    """``text`` cut into runs: (-1, chars of the body font) or (i, chars of fallback i).
    A character no font has stays with the body font (its .notdef)."""
    cur, start = -1, 0
    for pos, ch in enumerate(text):
        code = ord(ch)
        which = -1
        if code not in body:
            for i, fb in enumerate(fallbacks):
                if code in fb.face.charToGlyph:
                    which = i
                    break
        if which != cur:
            if pos > start:
                yield cur, text[start:pos]
            cur, start = which, pos
    if len(text) > start:
        yield cur, text[start:]


class FallbackTTFont(TTFont):
    """A TrueType font that lets other fonts draw the characters it lacks (see the module)."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:
        super().__init__(name, filename, subfontIndex=subfontIndex, shapable=False)
        self.body = frozenset(self.face.charToGlyph)
        self._fallbacks: tuple[TTFont, ...] = ()
        with _lock:
            _bodies.append(self)
            if _loaded:
                self.adopt(_loaded)

    def adopt(self, fallbacks: Sequence[TTFont]) -> None:
        """Use ``fallbacks``. Their characters' widths join the body face's (reportlab's
        stringWidth, the accelerated one too, reads face.charWidths), so wrapping measures
        them right; charToGlyph stays the body font's, whose own subsets never hold them."""
        widths = self.face.charWidths
        for fb in reversed(fallbacks):  # reportlab keeps widths in 1/1000 em for every face
            for code, w in fb.face.charWidths.items():
                if code not in self.body:
                    widths[code] = w
        self._fallbacks = tuple(fallbacks)

    def splitString(  # reportlab's API
        self, text: str | bytes, doc: object, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        body = self.body
        if all(ord(ch) in body for ch in text):
            return super().splitString(text, doc, encoding)
        fallbacks = self._fallbacks or fallback_fonts()
        out: list[tuple[int, bytes]] = []
        for which, run in _runs(text, body, fallbacks):
            if which < 0:
                out.extend(super().splitString(run, doc, encoding))
            else:
                base = (which + 1) * _STRIDE
                fb = fallbacks[which]
                out.extend((base + n, b) for n, b in fb.splitString(run, doc, encoding))
        return out

    def getSubsetInternalName(self, subset: int, doc: object) -> str:  # reportlab's API
        if subset >= _STRIDE:
            fb = self._fallbacks[subset // _STRIDE - 1]
            return fb.getSubsetInternalName(subset % _STRIDE, doc)
        return super().getSubsetInternalName(subset, doc)


def fallback_markup(text: str, font: str) -> str:
    """Plain ``text`` as escaped Paragraph markup in which every character ``font`` lacks and a
    fallback font has is wrapped in ``<font name="…">``. Not needed for the body font (it falls
    back by itself); for other fonts, e.g. the monospaced one."""
    have = frozenset(pdfmetrics.getFont(font).face.charToGlyph)
    if all(ord(ch) in have for ch in text):
        return escape(text)
    parts = []
    for which, run in _runs(text, have, fallback_fonts()):
        if which < 0:
            parts.append(escape(run))
        else:
            name = fallback_fonts()[which].fontName
            parts.append(f'<font name="{name}">{escape(run)}</font>')
    return "".join(parts)


def fallback_coverage() -> frozenset[int]:
    """Every code point a fallback font can draw."""
    out: set[int] = set()
    for fb in fallback_fonts():
        out.update(fb.face.charToGlyph)
    return frozenset(out)
