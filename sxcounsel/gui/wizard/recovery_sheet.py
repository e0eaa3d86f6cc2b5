"""The recovery key as a one-page PDF to print and lock away.

A plain page made with QTextDocument and QPdfWriter (the bundled CJK font is embedded); the
reports module will replace it with its own layout.
"""

from __future__ import annotations

import errno
import html
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from sxcounsel.core.errors import StoreError
from sxcounsel.gui.resources import MONO_FAMILY, UI_FAMILY, register_fonts


def _t(text: str) -> str:
    return QCoreApplication.translate("RecoverySheet", text)


def sheet_html(school_name: str, school_code: str, recovery_key: str, today: date) -> str:
    e = html.escape
    title = QCoreApplication.translate("RecoverySheet", "Recovery key of the counseling records")
    lines = [
        QCoreApplication.translate(
            "RecoverySheet",
            "With this key the records can be opened when every passphrase is forgotten.",
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "Keep this sheet locked away, apart from the computer. Do not photograph it or "
            "store it on the computer.",
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "If this key and every passphrase are lost, nobody can open the records again.",
        ),
    ]
    made = QCoreApplication.translate("RecoverySheet", "Made on %1").replace(
        "%1", today.isoformat()
    )
    items = "".join(f"<li>{e(line)}</li>" for line in lines)
    return (
        "<div style='font-size:12pt'>"
        f"<h1 style='font-family:\"{UI_FAMILY}\"'>{e(title)}</h1>"
        f"<p>{e(school_name)}（{e(school_code)}）</p>"
        f"<p style='font-family:\"{MONO_FAMILY}\"; font-size:16pt; white-space:nowrap; margin:24px 0'>"
        f"<b>{e(recovery_key)}</b></p>"
        f"<ul>{items}</ul><p>{e(made)}</p></div>"
    )


def save_recovery_sheet(
    path: Path, school_name: str, school_code: str, recovery_key: str, today: date | None = None
) -> None:
    """Write the sheet to ``path`` (PDF). Raises StoreError when it cannot be written."""
    register_fonts()
    path = Path(path)
    if not path.parent.is_dir():
        raise StoreError(f"The folder {path.parent} does not exist.", file=str(path))
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_t("Recovery key"))
    doc = QTextDocument()
    doc.setHtml(sheet_html(school_name, school_code, recovery_key, today or date.today()))
    doc.print_(writer)
    del writer  # flushes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
