"""``sync status``: what is pending, what the county confirmed, what it is missing."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sxcounsel.services.account_session import Session
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.ack import FOREIGN
from sxcounsel.sync.enrollment import enrollment_of, require_school
from sxcounsel.sync.payload import SCHOOL_TO_COUNTY


def exported_types(notes_allowed: bool) -> list[str]:
    return [t for t in SCHOOL_TO_COUNTY.types if SCHOOL_TO_COUNTY.travels(t, notes_allowed)]


@dataclass(frozen=True)
class SchoolStatus:
    enrolled_with: str
    url: str
    pending_changes: int
    unacked_bundles: list[int]
    last_export: str
    last_ack: str
    acked_seq: int
    gaps: list[int]
    quarantined: list[dict]
    foreign_seq: int = 0  # a bundle the county holds that this store never wrote (sync/ack.py)

    @property
    def nothing_pending(self) -> bool:
        return self.pending_changes == 0 and not self.unacked_bundles

    def lines(self) -> list[str]:
        if not self.enrolled_with:
            return ["Not enrolled with a county yet ('sxcounsel sync enroll FILE')."]
        out = [f"County: {self.enrolled_with} ({self.url})"]
        if self.nothing_pending:
            out.append("Nothing pending: the county has acknowledged every change.")
        else:
            out.append(f"Pending changes: {self.pending_changes} record(s) not yet acknowledged.")
        if self.unacked_bundles:
            shown = ", ".join(map(str, self.unacked_bundles))
            out.append(f"Bundles waiting for acknowledgement: {shown}")
        out.append(f"Last export: {self.last_export or 'never'}")
        out.append(
            f"Last acknowledgement: {self.last_ack or 'never'} (up to bundle {self.acked_seq})"
        )
        if self.foreign_seq:
            out.append(
                f"Stopped: the county holds bundle {self.foreign_seq} from this school that "
                "this PC never wrote; tell the county center and your administrator."
            )
        if self.gaps:
            out.append(f"The county reports missing bundle(s): {', '.join(map(str, self.gaps))}")
        for q in self.quarantined[:20]:
            out.append(
                f"Set aside by the county: bundle {q.get('seq')} line {q.get('line')}: {q.get('reason')}"
            )
        return out


def school_status(session: Session) -> SchoolStatus:
    require_school(session, "see the sync status")
    store = session.store
    enrollment = json.loads(store.meta("sync_enrollment") or "{}")
    notes = bool(enrollment.get("policy", {}).get("notes", False))
    unacked = sync_outbox.unacked(store)
    acked = sync_outbox.acked_change(store)
    last = sync_outbox.last_bundle(store)
    acked_seq = (unacked[0].seq - 1) if unacked else (last.seq if last else 0)
    return SchoolStatus(
        enrolled_with=enrollment.get("county_name", ""),
        url=enrollment_of(session).url if enrollment else "",
        pending_changes=sync_outbox.pending_count(store, acked, exported_types(notes)),
        unacked_bundles=[b.seq for b in unacked],
        last_export=store.meta("sync_last_export_at"),
        last_ack=store.meta("sync_last_ack_at"),
        acked_seq=acked_seq,
        gaps=json.loads(store.meta("sync_ack_gaps") or "[]"),
        quarantined=json.loads(store.meta("sync_ack_quarantined") or "[]"),
        foreign_seq=int(json.loads(store.meta(FOREIGN) or "{}").get("seq", 0) or 0),
    )
