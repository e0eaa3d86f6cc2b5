"""Helpers shared by the GUI tests (imported as ``guitools``: tests/gui is on sys.path)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

WAIT_KDF_MS = 30_000  # store creation (Argon2id calibration) and unlocks; generous for slow CI


def ime_commit(widget: QWidget, text: str) -> None:
    """Type ``text`` the way a Chinese input method delivers it: one committed string."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
