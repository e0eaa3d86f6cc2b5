"""The Linux system libraries Qt loads, checked before the desktop app imports Qt.

When one is missing, Qt's X11 (xcb) platform plugin aborts the process with a page of text
("could not load the Qt platform plugin "xcb" … Aborted (core dumped)") that names no package.
``missing_packages`` finds the missing libraries first, so the command can name the Debian
packages to install (README, "Two commands"; the .deb depends on the same packages).

Pure Python, no Qt import: it must run when Qt itself cannot load. Only Linux is checked;
Windows and macOS wheels bundle what Qt needs. The library finder is a parameter, so the logic
is tested with a fake one.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

Finder = Callable[[str], bool]

# soname -> the Debian (UOS, Kylin) package that provides it.
# What QtGui itself links, whatever the platform plugin: without these `import PySide6.QtGui`
# fails (or, loaded later, the plugin does).
GUI_LIBRARIES: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
}
# What the xcb plugin (libqxcb.so -> libQt6XcbQpa.so) links beyond an X11 desktop's own
# libraries: the README's apt list. libxcb-xinerama0 is in that list (and in the .deb's
# Depends) but Qt 6's plugin no longer links it, so its absence stops nothing: not checked.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def loads(soname: str) -> bool:
    """Whether the dynamic linker can load ``soname`` (and what it needs), as Qt will.

    dlopen, not ``ctypes.util.find_library``: it honours LD_LIBRARY_PATH and the frozen
    build's own folder, and fails the same way when a library the named one needs is missing.
    """
    try:
        ctypes.CDLL(soname)
    except OSError:
        bundled = getattr(sys, "_MEIPASS", None)  # PyInstaller: libraries shipped beside Qt
        return bool(bundled) and (Path(bundled) / soname).is_file()
    return True


def uses_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt will start with its X11 (xcb) platform plugin under ``env``.

    QT_QPA_PLATFORM names the plugin (a list "a;b" is tried in order, options after ':'). Unset,
    Qt 6 picks Wayland in a Wayland session and xcb otherwise.
    """
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    wayland = env.get("XDG_SESSION_TYPE", "") == "wayland" and bool(env.get("WAYLAND_DISPLAY"))
    return not wayland


def needed(env: Mapping[str, str]) -> dict[str, str]:
    """The libraries (soname -> package) the desktop app needs under ``env`` on Linux."""
    libraries = dict(GUI_LIBRARIES)
    if uses_xcb(env):
        libraries.update(XCB_LIBRARIES)
    return libraries


def missing_packages(
    finder: Finder | None = None,
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> list[tuple[str, str]]:
    """(soname, package) for every library Qt needs here that ``finder`` (default ``loads``)
    cannot load, QtGui's first, then the xcb plugin's in the README's order; empty off Linux
    (nothing is checked there). ``env`` and ``platform`` default to this process's."""
    if not (platform or sys.platform).startswith("linux"):
        return []
    finder = finder or loads
    env = os.environ if env is None else env
    return [(soname, package) for soname, package in needed(env).items() if not finder(soname)]


def install_command(missing: list[tuple[str, str]]) -> str:
    """The one apt-get command that installs the packages of ``missing`` (each once)."""
    packages = list(dict.fromkeys(package for _soname, package in missing))
    return "apt-get install " + " ".join(packages)
