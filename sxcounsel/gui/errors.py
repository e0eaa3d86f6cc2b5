"""One clear sentence, in the user's language, for every error the GUI can meet.

Errors a user can fix carry a code and their facts (``core.errors.SxError``); the sentence
comes from the one table in ``core.texts`` in the GUI's language. Nothing here reads an error's
English wording. An ``OSError`` is said by its errno, anything unexpected by its type:
never a traceback.
"""

from __future__ import annotations

import errno
import math
import os
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QLocale

from sxcounsel.core.errors import SxError, ThrottledError

translate = QCoreApplication.translate


def ui_language() -> str:
    """'zh' when the GUI runs in Chinese (``gui.i18n`` sets the default locale), else 'en'."""
    return "zh" if QLocale().name().startswith("zh") else "en"


def policy_text() -> str:
    return QCoreApplication.translate(
        "Errors",
        "Use at least 8 characters and at least 3 of: lowercase letters, uppercase letters, "
        "digits, symbols.",
    )


def wait_text(seconds: float) -> str:
    n = max(1, math.ceil(seconds))
    return QCoreApplication.translate(
        "Errors", "Too many wrong passphrases. You can try again in %n second(s).", None, n
    )


def disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, errno.EDQUOT)


def os_error_text(exc: OSError) -> str:
    if disk_full(exc):
        return translate(
            "Errors", "The disk is full or cannot be written; free some space, then try again."
        )
    return translate("Errors", "A file could not be used: %1").replace(
        "%1", exc.strerror or type(exc).__name__
    )


def error_text(exc: BaseException, field_label: str = "") -> str:
    """The sentence to show for ``exc``; ``field_label`` names its field as a form shows it."""
    if isinstance(exc, ThrottledError):
        return wait_text(exc.wait_seconds)
    if isinstance(exc, SxError):
        return exc.text(ui_language(), field_label)
    if isinstance(exc, OSError):
        return os_error_text(exc)
    if os.environ.get("SXCOUNSEL_DEBUG"):
        traceback.print_exception(exc, file=sys.stderr)
    return translate("Errors", "Unexpected error (%1); nothing more was changed.").replace(
        "%1", type(exc).__name__
    )
