"""One clear, translated sentence for every error a service can raise.

Services raise ``SxError`` subclasses with an English message and the facts; here they are
matched on their type, facts and the start of their message, and said again in the user's
language. Anything unknown falls back to a generic sentence: never a traceback.
"""

from __future__ import annotations

import math
import os
import sys
import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sxcounsel.core.errors import (
    IntegrityError,
    NotFound,
    PermissionDenied,
    StoreError,
    SxError,
    ThrottledError,
    UnlockError,
    ValidationError,
)
from sxcounsel.core.passphrase import WeakPassphraseError
from sxcounsel.core.progress import Cancelled
from sxcounsel.gui.labels import fill
from sxcounsel.gui.service_text import explain
from sxcounsel.store.keyring import KeyMissing
from sxcounsel.store.vault import TamperedError

translate = QCoreApplication.translate


def _t(marked: str) -> str:
    """Translate a string marked elsewhere with ``QT_TRANSLATE_NOOP("Errors", ...)``."""
    return translate("Errors", marked)


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


_FIELDS = {
    "school code": lambda: translate("Errors", "The school code must be 10 digits."),
    "county code": lambda: translate("Errors", "The county code must be 6 digits."),
    "school name": lambda: translate("Errors", "Enter the name of the school."),
    "class": lambda: translate("Errors", "A head teacher account needs at least one class."),
    "url": lambda: translate(
        "Errors", "The address must look like https://192.168.1.20:8443; nothing was changed."
    ),
}


def _validation(exc: ValidationError) -> str:
    field, msg = exc.facts.get("field"), exc.message
    if field in _FIELDS:
        return _FIELDS[field]()
    if field == "username":
        if msg.startswith("The account name"):
            return translate(
                "Errors",
                "This account name is not allowed; use 2 to 32 letters, digits, '.', '-' or '_'.",
            )
        if "already exists" in msg:
            return translate("Errors", "An account with this name already exists.")
        if msg.startswith("You cannot disable"):
            return translate("Errors", "You cannot disable your own account.")
    if field == "role":
        return translate("Errors", "Choose at least one role.")
    if msg.startswith("The two passphrases differ"):
        return translate("Errors", "The two passphrases differ.")
    return explain(msg)


def _unlock(exc: UnlockError) -> str:
    msg = exc.message
    if msg.startswith("The passphrase is wrong"):
        return translate(
            "Errors", "The passphrase is wrong. Check the keyboard layout and Caps Lock."
        )
    if msg.startswith("The recovery key is wrong"):
        return translate("Errors", "The recovery key is wrong. Check it against the printed sheet.")
    if msg.startswith("There is no account named"):
        return translate("Errors", "There is no such account on this computer.")
    if "is disabled" in msg:
        return translate("Errors", "This account has been disabled. Ask the administrator.")
    if "does not open this backup" in msg:
        if msg.startswith("The recovery key"):
            return translate("Errors", "The recovery key does not open this backup.")
        return translate(
            "Errors",
            "This passphrase does not open the backup; use the passphrase that was in force "
            "when the backup was made, or the recovery key.",
        )
    return translate("Errors", "The store could not be unlocked.")


def _store(exc: StoreError) -> str:
    msg = exc.message
    rules = [
        (
            "There is no sxcounsel store",
            QT_TRANSLATE_NOOP("Errors", "There is no store in the data folder yet."),
        ),
        (
            "A store already exists",
            QT_TRANSLATE_NOOP("Errors", "A store already exists in the data folder."),
        ),
        (
            "The key-slot file",
            QT_TRANSLATE_NOOP("Errors", "The key file of the store is damaged; restore a backup."),
        ),
        (
            "sxcounsel needs SQLCipher",
            QT_TRANSLATE_NOOP("Errors", "This installation is incomplete; reinstall sxcounsel."),
        ),
        (
            "The store could not be decrypted",
            QT_TRANSLATE_NOOP("Errors", "The store is damaged; restore a backup."),
        ),
        ("The folder", QT_TRANSLATE_NOOP("Errors", "The chosen folder does not exist.")),
        (
            "The disk is full",
            QT_TRANSLATE_NOOP(
                "Errors", "The disk is full or cannot be written; free some space, then try again."
            ),
        ),
        (
            "The backup could not be written",
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written; nothing was saved."),
        ),
        (
            "The backup could not be restored",
            QT_TRANSLATE_NOOP(
                "Errors", "The backup could not be restored; the store was not changed."
            ),
        ),
    ]
    if "plug in the USB stick" in msg:
        return translate(
            "Errors",
            "The backup folder is not there; plug in the USB stick, or choose another folder "
            "in Settings.",
        )
    for prefix, text in rules:
        if msg.startswith(prefix):
            return _t(text)
    if "newer sxcounsel" in msg:
        return translate(
            "Errors", "The store was written by a newer sxcounsel; install the newer version."
        )
    return fill(translate("Errors", "The store cannot be used: %1"), msg)


def _integrity(exc: IntegrityError) -> str:
    msg = exc.message
    if "was altered" in msg:
        return translate("Errors", "The backup file was altered; nothing was restored.")
    if "holds a damaged store" in msg:
        return translate("Errors", "The backup file holds a damaged store; nothing was restored.")
    if "not an sxcounsel backup" in msg:
        return translate("Errors", "This file is not an sxcounsel backup.")
    if "cut short" in msg:
        return translate("Errors", "The backup file is incomplete; nothing was restored.")
    if msg.startswith("The backup file"):
        return translate("Errors", "The backup file is damaged; nothing was restored.")
    return translate("Errors", "The store is damaged; restore the newest backup.")


def _keyring(exc: BaseException) -> str:
    """The key ring's refusals, by type and code (never by their English wording)."""
    if isinstance(exc, KeyMissing):
        return translate(
            "Errors",
            "Your account has not been given the counseling-notes key yet; it is given the "
            "next time another counselor or the recovery key opens the store.",
        )
    if isinstance(exc, TamperedError):
        return translate(
            "Errors",
            "The account file (keyslots.json) was changed outside sxcounsel; nothing was "
            "opened. Restore it from a backup and check the accounts.",
        )
    if isinstance(exc, UnlockError) and exc.facts.get("code") == "keyring.unlisted":
        return translate(
            "Errors",
            "This account's key slot was not made by this store's counselors or "
            "administrators; it does not open. Ask them to check the accounts.",
        )
    return ""


def error_text(exc: BaseException) -> str:
    """The sentence to show for ``exc`` (an SxError, an OSError or anything unexpected)."""
    if isinstance(exc, ThrottledError):
        return wait_text(exc.wait_seconds)
    if isinstance(exc, WeakPassphraseError):
        return translate("Errors", "The passphrase is too weak.") + " " + policy_text()
    if isinstance(exc, Cancelled):
        return translate("Errors", "The operation was cancelled; nothing was changed.")
    keyring_text = _keyring(exc)
    if keyring_text:
        return keyring_text
    if isinstance(exc, ValidationError):
        return _validation(exc)
    if isinstance(exc, UnlockError):
        return _unlock(exc)
    if isinstance(exc, IntegrityError):
        return _integrity(exc)
    if isinstance(exc, StoreError):
        return _store(exc)
    if isinstance(exc, PermissionDenied):
        return translate("Errors", "Your account may not do this.")
    if isinstance(exc, NotFound):
        return translate("Errors", "The requested item no longer exists.")
    if isinstance(exc, SxError):
        return fill(translate("Errors", "The operation was refused: %1"), exc.message)
    if isinstance(exc, OSError):
        return translate("Errors", "A file could not be used: %1").replace(
            "%1", exc.strerror or type(exc).__name__
        )
    if os.environ.get("SXCOUNSEL_DEBUG"):
        traceback.print_exception(exc, file=sys.stderr)
    return translate("Errors", "Unexpected error (%1); nothing more was changed.").replace(
        "%1", type(exc).__name__
    )
