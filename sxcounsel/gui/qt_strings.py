"""Strings of Qt's own widgets that Qt's shipped zh_CN translation (qtbase_zh_CN) lacks.

Qt's file dialog (used on Linux desktops) showed "Look in:", "Files of type:" and the type
"Folder" in English in an otherwise Chinese window. Naming them here puts them, under Qt's
own contexts, into our .ts files; our translator is installed after Qt's, so it supplies
them and Qt's translation keeps everything else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_own_strings() -> list[str]:
    """The strings as Qt's widgets will show them in the current language."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        QCoreApplication.translate("QAbstractFileIconProvider", "File"),
    ]
