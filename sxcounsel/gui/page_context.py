"""What forms, lists and pages need to know of their PageContext (gui/context.py), without
importing it: context.py opens forms and the roster wizard, so they type their ``ctx`` with the
protocol here, and no import cycle runs through the forms. The record bus lives here too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from sxcounsel.gui.prefs import Prefs
from sxcounsel.services.account_session import Session

# The kinds of record a page can open; forms.opener.open_record knows each of them.
KINDS = (
    "student",
    "session",
    "home_visit",
    "concern",
    "referral",
    "crisis",
    "consent",
    "disclosure",
)


class RecordBus(QObject):
    """Announces saved records so that lists and the dashboard refresh themselves: the
    application-wide ``operations.notifier()`` as this session's store hears it."""

    changed = Signal(str, str)  # kind, record id ("" when many changed, e.g. a roster import)
    sync_changed = Signal(str)  # the sync state in one line, for the status bar

    def follow(self, session: Session) -> None:
        """Pass on what write operations on ``session``'s store announce."""
        from sxcounsel.gui.operations import notifier

        self.home = str(session.store.paths.home)
        notifier().records_changed.connect(self._heard)

    def _heard(self, home: str, kind: str, record_id: str) -> None:
        if home == self.home:
            self.changed.emit(kind, record_id)


class PageContext(Protocol):
    """The shape of gui/context.PageContext as pages and forms use it."""

    session: Session
    prefs: Prefs
    host: QWidget
    bus: RecordBus
    draft_savers: list[Callable[[], None]]

    def open_record(
        self, kind: str, record_id: str | None = None, **defaults: Any
    ) -> QWidget | None: ...

    def import_roster(self) -> None: ...

    def save_drafts(self) -> None: ...
