"""Translations: the .ts sources are compiled to .qm on first use and installed.

``.qm`` files are not kept in the repository. On first run the ``lrelease`` shipped with
PySide6 builds them into the per-user cache folder (or next to the ``.ts`` if the cache cannot
be written); a changed ``.ts`` gets a new cache name, so an upgrade never loads a stale file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sxcounsel.core.errors import StoreError
from sxcounsel.gui.resources import data_dir
from sxcounsel.store.atomic import discard, replace

DEFAULT_LANGUAGE = "zh_CN"
# Language code -> its own name (shown as is in the language chooser).
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []


def ts_path(language: str) -> Path:
    return data_dir("translations") / f"sxcounsel_{language}.ts"


def lrelease() -> str | None:
    """The lrelease tool: the one inside the PySide6 package first, then PATH."""
    import PySide6

    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.is_file():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("sxcounsel", appauthor=False)) / "translations"


def _compile(ts: Path, qm: Path) -> bool:
    tool = lrelease()
    if tool is None:
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(suffix=".qm", dir=qm.parent)
        os.close(fd)
    except OSError:
        return False
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flash on Windows
    try:
        done = subprocess.run(
            [tool, "-silent", str(ts), "-qm", tmp],
            capture_output=True,
            timeout=60,
            creationflags=flags,
            check=False,
        )
        if done.returncode != 0 or os.path.getsize(tmp) == 0:
            return False
        replace(tmp, qm)  # waits out another sxcounsel window that has the .qm loaded
        return True
    except (OSError, subprocess.SubprocessError, StoreError):
        return False
    finally:
        discard(tmp)


def compiled(language: str) -> Path | None:
    """The .qm for ``language``, built if needed; None when it cannot be had."""
    ts = ts_path(language)
    if not ts.is_file():
        return None
    shipped = ts.with_suffix(".qm")  # a packaged build ships it prebuilt (packaging/build.py)
    frozen = getattr(sys, "frozen", False)  # no lrelease inside a frozen build
    if shipped.is_file() and (frozen or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    for folder in (cache_dir(), ts.parent):
        qm = folder / f"sxcounsel_{language}-{digest}.qm"
        if qm.is_file() or _compile(ts, qm):
            return qm
    return None


def install(app: QCoreApplication, language: str) -> bool:
    """Install Qt's own and our translations for ``language``; True if ours loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    qm = compiled(language)
    ours = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    return True
