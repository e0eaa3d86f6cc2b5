"""Per-school sync overview at the county: last import, contiguous seq, missing bundles."""

from __future__ import annotations

from dataclasses import dataclass

from sxcounsel.county import data as county_data
from sxcounsel.county.store import county_of
from sxcounsel.services.account_session import Session
from sxcounsel.sync.ack import contiguous


@dataclass(frozen=True)
class SchoolSync:
    code: str
    name: str
    acked_seq: int
    received_max: int
    gaps: list[int]
    last_import: str
    records: int

    def line(self) -> str:
        text = (
            f"{self.code} {self.name}: {self.records} records, bundles up to {self.acked_seq}"
            f", last import {self.last_import or 'never'}"
        )
        if self.gaps:
            text += f"; MISSING bundle(s) {', '.join(map(str, self.gaps[:20]))}"
        return text


def school_overview(session: Session) -> list[SchoolSync]:
    county_of(session)
    store = session.store
    out = []
    for s in county_data.schools(store):
        seqs = county_data.received_seqs(store, s.code)
        top, gaps = contiguous(seqs)
        out.append(
            SchoolSync(
                s.code,
                s.name,
                top,
                max(seqs, default=0),
                gaps,
                county_data.last_import(store, s.code),
                county_data.record_count(store, s.code),
            )
        )
    return out
