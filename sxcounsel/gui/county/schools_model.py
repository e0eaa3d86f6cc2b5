"""Enrolled schools with their sync state and counts; silent schools stand out."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from sxcounsel.core.clock import parse_stamp
from sxcounsel.county import stats as cs
from sxcounsel.county.stats import SchoolFigures
from sxcounsel.gui.lists.base_model import (
    ALERT,
    MUTED,
    WARN,
    Column,
    Index,
    QuickFilter,
    RecordTableModel,
    search_key,
)
from sxcounsel.services.account_session import Session
from sxcounsel.services.risklevels import DEFAULT_LEVELS

DAYS_COLUMN, GAPS_COLUMN, REFUSED_COLUMN = 3, 4, 5
SILENT_BACKGROUND = QColor("#fbeeed")


def local_time(stamp: str) -> str:
    if not stamp:
        return ""
    try:
        return parse_stamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class SchoolsModel(RecordTableModel):
    list_key = "county_schools"
    record_kind = "school"

    def __init__(self, session: Session, refused: dict[str, int], parent: object = None) -> None:
        self.refused = refused  # bundles refused in this session, by school code
        super().__init__(session, parent)

    def make_columns(self) -> list[Column]:
        def level(lv: str) -> Column:
            return Column(lv, lambda r: str(r.open_cases.get(lv, 0)),
                          key=lambda r: r.open_cases.get(lv, 0), width=38, numeric=True)  # fmt: skip

        def number(title: str, get, width: int = 66) -> Column:
            return Column(title, lambda r: str(get(r)), key=get, width=width, numeric=True)

        return [
            Column(self.tr("Code"), lambda r: r.code, width=100),
            Column(self.tr("School"), lambda r: r.name, width=172),
            Column(self.tr("Last bundle"), lambda r: local_time(r.last_import) or self.tr("never"),
                   key=lambda r: r.last_import, width=132),
            number(self.tr("Days"), lambda r: r.days_silent, 50),
            Column(self.tr("Missing"), self.gaps_text, key=lambda r: len(r.gaps), width=74),
            number(self.tr("Refused"), lambda r: self.refused.get(r.code, 0), 56),
            number(self.tr("Set aside"), lambda r: r.quarantined, 56),
            number(self.tr("Students"), lambda r: r.students, 74),
            *[level(lv) for lv in DEFAULT_LEVELS],
            number(self.tr("Overdue"), lambda r: r.overdue_reviews, 72),
            number(self.tr("Referrals"), lambda r: r.referrals_waiting, 66),
            number(self.tr("Crises"), lambda r: r.open_crises, 50),
        ]  # fmt: skip

    @staticmethod
    def gaps_text(r: SchoolFigures) -> str:
        shown = "、".join(map(str, r.gaps[:5]))
        return shown + ("…" if len(r.gaps) > 5 else "") if r.gaps else ""

    def load(self, session: Session) -> list[SchoolFigures]:
        """Schools that went silent or miss bundles first, then by code."""
        rows = cs.school_figures(session, date.today())
        return sorted(rows, key=lambda r: (not (r.silent or r.gaps), r.code))

    def row_key(self, r: SchoolFigures) -> str:
        return search_key((r.code, r.name))

    def quick_filters(self) -> list[QuickFilter]:
        return [
            QuickFilter(
                "attention",
                self.tr("All schools"),
                lambda _rows: [
                    (self.tr("Silent for more than 14 days"), lambda r: r.silent),
                    (self.tr("Missing bundles"), lambda r: bool(r.gaps)),
                    (self.tr("Overdue reviews"), lambda r: r.overdue_reviews > 0),
                    (self.tr("Open crises"), lambda r: r.open_crises > 0),
                ],
            )
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return SILENT_BACKGROUND if self.row_at(index.row()).silent else None
        return super().data(index, role)

    def tone(self, r: SchoolFigures, column: int) -> QColor | None:
        if column in (1, 2, DAYS_COLUMN) and r.silent:
            return ALERT
        if column == GAPS_COLUMN and r.gaps:
            return ALERT
        if column == REFUSED_COLUMN and self.refused.get(r.code):
            return WARN
        if column == 2 and not r.last_import:
            return MUTED
        return None
