"""The page context of the county workspace: records open read-only (the county never edits
a school's records)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QWidget

from sxcounsel.gui.context import PageContext


@dataclass
class CountyContext(PageContext):
    # Bundles refused in this session, per school code (refusals are not stored).
    refused: dict[str, int] = field(default_factory=dict)

    def open_record(
        self, kind: str, record_id: str | None = None, **defaults: Any
    ) -> QWidget | None:
        """Show one synced record read-only; None for a new record (never at the county)."""
        if not record_id:
            return None
        from sxcounsel.gui.county.record_view import RecordView

        view = RecordView(self.session, record_id, self.host)
        view.show()
        return view

    def import_roster(self) -> None:  # a county has no roster
        return None
