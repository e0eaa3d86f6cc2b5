"""The counseling-session list (心理辅导): metadata only, never a note; counselors only."""

from __future__ import annotations

from sxcounsel.gui.lists import quick_filters as qf
from sxcounsel.gui.lists.base_model import (
    Column,
    QuickFilter,
    RecordTableModel,
    search_key,
)
from sxcounsel.gui.lists.columns import level_column
from sxcounsel.services import listing, risklevels, sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.listing import SessionRow


def _number_key(r: SessionRow) -> str:
    """2025-999 before 2025-1000: the sequence zero-padded."""
    return r.number[:5] + r.number[5:].zfill(6)


FIRST_SCREEN = 200  # shown at once while the whole list (100,000 sessions) is read


class SessionsModel(RecordTableModel):
    list_key = "counseling"
    record_kind = "session"
    refresh_on = frozenset({"session", "student"})
    creates = ("write", "sessions")

    def make_columns(self) -> list[Column]:
        signed, unsigned = self.tr("Signed"), self.tr("Not signed")
        self.levels = risklevels.get_risk_levels(self.session)
        return [
            Column(self.tr("Number"), lambda r: r.number, key=_number_key, width=90),
            Column(
                self.tr("Date"), lambda r: r.date, key=lambda r: r.date + r.start_time, width=100
            ),
            Column(self.tr("Students"), lambda r: r.students, width=150),
            Column(
                self.tr("Class"),
                lambda r: r.classes,
                key=lambda r: qf.natural(r.classes),
                width=120,
            ),
            Column(self.tr("Form"), lambda r: r.form, width=80),
            Column(self.tr("Source"), lambda r: r.source, width=120),
            Column(self.tr("Categories"), lambda r: r.categories, width=130),
            level_column(self.tr("Risk level"), self.levels),
            Column(self.tr("Counselor"), lambda r: r.counselor, width=90),
            Column(self.tr("Signature"), lambda r: signed if r.signed else unsigned, width=80),
        ]

    def load(self, session: Session) -> list[SessionRow]:
        return listing.list_session_rows(session)

    def load_first(self, session: Session) -> list[SessionRow]:
        return listing.list_session_rows(session, newest=FIRST_SCREEN)

    def row_key(self, r: SessionRow) -> str:
        return search_key((r.number, r.students, r.classes, r.counselor), r.search.split())

    def quick_filters(self) -> list[QuickFilter]:
        return [
            qf.by_period(lambda r: r.date),
            qf.by_value("form", self.tr("Any form"), lambda r: r.form, sessions.FORMS),
            qf.by_value("risk", self.tr("Any risk level"), lambda r: r.risk_level, self.levels),
        ]

    def new_label(self) -> str:
        return self.tr("New session")
