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
BASE_POINT_SIZE = 10.5


def font_path() -> Path:
    return resource("fonts", FONT_FILE)


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the bundled CJK font (once per process); returns its family names."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    if font_id < 0:
        return ()
    return tuple(QFontDatabase.applicationFontFamilies(font_id))


def ui_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    families = register_fonts()
    font = QFont(UI_FAMILY if UI_FAMILY in families else QGuiApplication.font().family())
    font.setPointSizeF(point_size)
    return font


def mono_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    families = register_fonts()
    font = QFont(MONO_FAMILY if MONO_FAMILY in families else "monospace")
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
