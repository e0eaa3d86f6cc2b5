"""What every page of the unlocked workspace shares: the session, preferences, the record
bus and the way to open a record.

A PageContext lives exactly as long as its Workspace: it is dropped on lock with every page
and model, so nothing read from the store outlives the session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QWidget

from sxcounsel.gui.page_context import KINDS, RecordBus
from sxcounsel.gui.prefs import Prefs
from sxcounsel.services.account_session import Session

__all__ = ["KINDS", "PageContext", "RecordBus"]


@dataclass
class PageContext:
    session: Session
    prefs: Prefs
    host: QWidget  # parent of the dialogs pages open
    bus: RecordBus = field(default_factory=RecordBus)
    # Drafts of unsaved forms are collected from these callbacks before the store locks.
    draft_savers: list[Callable[[], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.bus.follow(self.session)

    def open_record(
        self, kind: str, record_id: str | None = None, **defaults: Any
    ) -> QWidget | None:
        """Open the form (or, for a student, the student file) of one record; None: a new one.

        ``defaults`` pre-fill a new record (e.g. ``student_id=...``, ``class_name=...``).
        Returns the window shown, or None when the account may not open it.
        """
        from sxcounsel.gui.forms.opener import open_record

        return open_record(self, kind, record_id, **defaults)

    def import_roster(self) -> None:
        """Open the roster import wizard (school administrators)."""
        from sxcounsel.gui.roster.roster_wizard import open_roster_wizard

        open_roster_wizard(self)

    def save_drafts(self) -> None:
        for save in list(self.draft_savers):
            save()
