"""The one way every print and export goes in the GUI.

1. ``ask_save_path``: a save dialog suggests a Chinese file name (家访工作台账-七年级(2)班-
   2025—2026学年.pdf) in the folder used last time, else the user's Documents folder.
2. ``print_in_background``: the service (services.printing / printing_letters) runs on a second
   connection to the store (a write operation, gui/operations.py) behind a busy dialog. The service checks the role,
   writes the file atomically and audits it in the same transaction: a refusal leaves neither a
   file nor an audit entry.
3. The file is opened in the system viewer (``open_in_viewer``, the only door to the outside,
   which tests replace) and the page's message line says where it is; a refusal is one
   translated sentence there (``print_error_text``), never a traceback.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from sxcounsel.core.progress import Progress
from sxcounsel.gui.errors import disk_full, error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.operations import Operation
from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.widgets.busy import run_busy
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.account_session import Session
from sxcounsel.services.printing import PDF, XLSX, Printed

translate = QCoreApplication.translate

FOLDER_KEY = "printing/folder"  # the folder chosen last time (a place, never a record)
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')  # not allowed in a Windows file name

Work = Callable[[Session], Printed]


def open_in_viewer(path: Path) -> bool:
    """Open ``path`` in the system's PDF viewer or spreadsheet program; False if none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def file_name(*parts: str, suffix: str = PDF) -> str:
    """The parts joined by dashes, made safe for every file system: 家访记录表-张三-2025-09-12.pdf."""
    stem = "-".join(p.strip() for p in parts if p and p.strip())
    return _UNSAFE.sub("_", stem) + suffix


def start_folder(prefs: Prefs | None) -> Path:
    """The folder used last time if it is still there, else Documents, else home."""
    saved = str(prefs.get(FOLDER_KEY, "") or "") if prefs is not None else ""
    if saved and Path(saved).is_dir():
        return Path(saved)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


def name_filter(suffix: str) -> str:
    if suffix == XLSX:
        return translate("Printing", "Excel workbook (*.xlsx)")
    return translate("Printing", "PDF document (*.pdf)")


def ask_save_path(
    parent: QWidget,
    title: str,
    suggested: str,
    chosen: Callable[[Path], Any],
    prefs: Prefs | None = None,
) -> QFileDialog:
    """A save dialog (objectName ``printFileDialog``) for ``suggested``; its suffix (.pdf or
    .xlsx) sets the filter. ``chosen`` gets the path the user accepted."""
    suffix = Path(suggested).suffix.lower()
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("printFileDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter(suffix))
    dialog.setDefaultSuffix(suffix[1:])
    dialog.setDirectory(str(start_folder(prefs)))
    dialog.selectFile(suggested)

    def accepted(name: str) -> None:
        path = Path(name)
        if prefs is not None:
            prefs.put(FOLDER_KEY, str(path.parent))
        chosen(path)

    dialog.fileSelected.connect(accepted)
    dialog.open()
    return dialog


def print_in_background(
    owner: QWidget,
    message: MessageLabel,
    session: Session,
    busy_text: str,
    work: Work,
    progress: Progress | None = None,
) -> Operation:
    """Run ``work`` on a sibling session behind a busy dialog; then open the file and say so
    in ``message`` (or say why not). Returns the running task (tests wait for it)."""
    message.clear_message()

    def succeeded(printed: Printed) -> None:
        if open_in_viewer(printed.path):
            text = translate("Printing", "Saved as %1 and opened; print it from the viewer.")
        else:
            text = translate("Printing", "Saved as %1. Open it from its folder to print it.")
        message.show_message(fill(text, str(printed.path)), "success")

    def failed(exc: BaseException) -> None:
        message.show_message(print_error_text(exc))

    op = Operation(work, session=session, kind="write", progress=progress)  # prints are audited
    return run_busy(owner, busy_text, op, succeeded, failed)


def print_error_text(exc: BaseException) -> str:
    """One sentence for a refused or failed print (a file that cannot be saved is said in the
    words of printing); everything else as ``error_text`` says it."""
    if isinstance(exc, OSError) and not disk_full(exc):
        if isinstance(exc, PermissionError) or exc.errno in (
            errno.EACCES,
            errno.EPERM,
            errno.EROFS,
        ):
            return translate(
                "Printing",
                "Files cannot be saved in this folder; choose another folder, such as Documents.",
            )
        if isinstance(exc, IsADirectoryError):
            return translate("Printing", "A folder has this name; choose another file name.")
        return fill(
            translate("Printing", "The file could not be saved (%1); choose another folder."),
            exc.strerror or type(exc).__name__,
        )
    return error_text(exc)


__all__ = [
    "PDF",
    "XLSX",
    "ask_save_path",
    "file_name",
    "open_in_viewer",
    "print_error_text",
    "print_in_background",
    "start_folder",
]
