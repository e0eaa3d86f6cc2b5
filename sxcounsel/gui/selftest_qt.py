"""The Qt part of ``sxcounsel --self-test``: Qt starts on the platform plugin the desktop app
would use, a window opens, the Chinese UI and font load.

Which plugin is tested (and said in the result line):

- ``QT_QPA_PLATFORM`` when it is set: the app would use it too;
- Windows: the real ``windows`` plugin (qwindows.dll), never offscreen;
- Linux: ``xcb`` (X11) when ``DISPLAY`` is set, ``wayland`` first when ``WAYLAND_DISPLAY`` is
  set; offscreen only when there is no display at all (a server, CI);
- macOS: ``cocoa``.

``offscreen`` is added as the last fallback, so that a real plugin that does not load (a
missing system library, a display that refuses the connection) makes Qt start offscreen with a
warning instead of aborting the process: the check then fails with a sentence, and the
self-test still prints its summary.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

OFFSCREEN = "offscreen"


@dataclass(frozen=True)
class PlatformPlan:
    """What QT_QPA_PLATFORM is set to for the check, and what it tests."""

    value: str  # the QT_QPA_PLATFORM value used, fallbacks included ("xcb;offscreen")
    wanted: tuple[str, ...]  # plugins that count as success
    why: str  # why this plugin: shown in the result line


def platform_plan(env: Mapping[str, str], system: str) -> PlatformPlan:
    """The platform plugin(s) the self-test asks Qt for, on ``system`` (``sys.platform``)."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        names = tuple(n.split(":")[0] for n in chosen.split(";") if n)
        return PlatformPlan(chosen, names, "set by QT_QPA_PLATFORM")
    if system == "win32":
        real: tuple[str, ...] = ("windows",)
        why = "the Windows desktop"
    elif system == "darwin":
        real, why = ("cocoa",), "the macOS desktop"
    elif env.get("WAYLAND_DISPLAY"):
        real, why = ("wayland", "xcb"), "WAYLAND_DISPLAY is set"
    elif env.get("DISPLAY"):
        real, why = ("xcb",), "DISPLAY is set"
    else:
        return PlatformPlan(OFFSCREEN, (OFFSCREEN,), "no display: DISPLAY/WAYLAND_DISPLAY unset")
    return PlatformPlan(";".join((*real, OFFSCREEN)), real, why)


def check_qt(work: Path) -> str:
    plan = platform_plan(os.environ, sys.platform)
    os.environ["QT_QPA_PLATFORM"] = plan.value
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
    platform = app.platformName()
    if platform not in plan.wanted:
        raise AssertionError(
            f"the {' or '.join(plan.wanted)} platform plugin did not load ({plan.why}); Qt fell "
            f"back to {platform}, so the desktop app cannot open a window here. Qt's warning "
            "above names what is missing."
        )
    if not configure(app, "zh_CN"):
        raise AssertionError("the Chinese translation did not load")
    text = QCoreApplication.translate("Navigation", "Dashboard")
    if text == "Dashboard":
        raise AssertionError("the Chinese translation is loaded but empty")
    if UI_FAMILY not in QFontDatabase.families():
        raise AssertionError("the bundled Chinese font is not registered with Qt")
    _open_a_window(text)
    return (
        f"Qt {qt_version()} started on the {platform} platform plugin ({plan.why}), "
        f"a window opened, Chinese UI loaded ({text})"
    )


def _open_a_window(text: str) -> None:
    """Show a small window on the plugin, paint it, close it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel

    window = QLabel(f"sxcounsel 自检 {text}")
    window.resize(240, 60)
    window.show()
    QCoreApplication.processEvents()
    try:
        if window.windowHandle() is None or not window.isVisible():
            raise AssertionError("Qt started but could not open a window")
        if window.grab().isNull():
            raise AssertionError("Qt opened a window but could not paint it")
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()


def qt_version() -> str:
    from PySide6 import __version__

    return __version__
