"""The Qt part of ``sxcounsel --self-test``: Qt starts, the Chinese UI and font load."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def check_qt(work: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QFontDatabase

    from sxcounsel.gui import i18n
    from sxcounsel.gui.app import application, configure
    from sxcounsel.gui.resources import UI_FAMILY

    # Settings and the translation cache go to the temporary folder, not the user's.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qt"))
    i18n.cache_dir = lambda: work / "qt-cache"  # type: ignore[assignment]
    app = application([sys.argv[0]])
    if not configure(app, "zh_CN"):
        raise AssertionError("the Chinese translation did not load")
    text = QCoreApplication.translate("Navigation", "Dashboard")
    if text == "Dashboard":
        raise AssertionError("the Chinese translation is loaded but empty")
    if UI_FAMILY not in QFontDatabase.families():
        raise AssertionError("the bundled Chinese font is not registered with Qt")
    platform = app.platformName()
    return f"Qt {qt_version()} started ({platform}), Chinese UI loaded ({text})"


def qt_version() -> str:
    from PySide6 import __version__

    return __version__
