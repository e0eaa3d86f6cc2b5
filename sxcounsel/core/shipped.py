"""Files shipped beside the code (fonts, style sheet, icons, translation sources), without Qt.

In a source checkout they live at the repository root (``resources/``, ``translations/``); an
installed wheel carries them inside the package (``sxcounsel/resources``, ...); a PyInstaller
bundle unpacks them under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


def data_dir(name: str) -> Path:
    """``resources`` or ``translations``, wherever this installation keeps them."""
    candidates = [PACKAGE / name, PACKAGE.parent / name]
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if frozen:
        candidates.insert(0, Path(frozen) / name)
    for base in candidates:
        if base.is_dir():
            return base
    raise FileNotFoundError(f"the {name} folder of sxcounsel is missing")


def resource(*parts: str) -> Path:
    return data_dir("resources").joinpath(*parts)
