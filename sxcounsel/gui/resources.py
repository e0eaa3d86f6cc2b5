"""Files shipped beside the code: fonts, the style sheet, icons and translation sources.

In a source checkout they live at the repository root (``resources/``, ``translations/``); an
installed wheel carries them inside the package (``sxcounsel/resources``, ...).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from sxcounsel.core.shipped import PACKAGE, data_dir, resource  # noqa: F401 (re-exported)

FONT_FILE = "wqy-microhei.ttc"
UI_FAMILY = "WenQuanYi Micro Hei"
MONO_FAMILY = "WenQuanYi Micro Hei Mono"
# Rare characters (生僻字, CJK Extensions A–F) the main font lacks: Qt draws them, character by
# character, with these (the same files the PDFs use; see sxcounsel/reports/glyphs.py).
FALLBACK_FILES = ("sxrarehan-a.ttf", "sxrarehan-b.ttf")
FALLBACK_FAMILIES = ("SxRareHanA", "SxRareHanB")
BASE_POINT_SIZE = 10.5


def font_path() -> Path:
    return resource("fonts", FONT_FILE)


def _add(path: Path) -> tuple[str, ...]:
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return ()
    return tuple(QFontDatabase.applicationFontFamilies(font_id))


@cache
def fallback_families() -> tuple[str, ...]:
    """Register the rare-character fallback fonts (once per process); their family names."""
    out: list[str] = []
    for file in FALLBACK_FILES:
        out.extend(_add(resource("fonts", file)))
    return tuple(f for f in FALLBACK_FAMILIES if f in out)


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the bundled CJK font and its fallback (once per process); returns the main
    font's family names. Wherever Qt asks for the main font (a style sheet, a widget's own
    QFont), a character it lacks comes from the fallback (font substitution)."""
    families = _add(font_path())
    fallback = list(fallback_families())
    if fallback:
        for family in (UI_FAMILY, MONO_FAMILY):
            QFont.insertSubstitutions(family, fallback)
    return families


def _with_fallback(family: str) -> list[str]:
    return [family, *(f for f in fallback_families() if f != family)]


def ui_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    families = register_fonts()
    font = QFont()
    font.setFamilies(
        _with_fallback(UI_FAMILY if UI_FAMILY in families else QGuiApplication.font().family())
    )
    font.setPointSizeF(point_size)
    return font


def mono_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    families = register_fonts()
    font = QFont()
    font.setFamilies(_with_fallback(MONO_FAMILY if MONO_FAMILY in families else "monospace"))
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    return font


def style_sheet() -> str:
    """The style sheet, with ``@ICONS@`` pointing at the icon folder (url() in QSS is
    otherwise relative to the working directory)."""
    icons = resource("icons").as_posix()
    return resource("style.qss").read_text(encoding="utf-8").replace("@ICONS@", icons)


def icon_path(name: str) -> Path:
    return resource("icons", name)
