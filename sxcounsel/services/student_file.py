"""One timeline of every record about a student, newest first, as the viewer may see it.

Built from the family services only; which families are asked is the role table's answer
(``core/permissions.py``): a head teacher is never asked for sessions, gets only the status of
referrals and crisis events, and no consents; confidentiality breaks (kind "notes") only
reach counselors. A family the account may not read (another
class's visits, say) is simply absent.

Entries carry what happened (``event``) and its facts, no wording: the GUI writes the sentence.
Facts never hold confidential notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sxcounsel.core import permissions
from sxcounsel.core.errors import PermissionDenied
from sxcounsel.services import (
    concern_reviews,
    concerns,
    consents,
    crises,
    homevisits,
    referrals,
    session_notes,
    sessions,
)
from sxcounsel.services.account_session import Session
from sxcounsel.services.listing import staff_names

# Events, with their facts:
SESSION = "session"  # number, form, categories, signed
HOME_VISIT = "home_visit"  # method, staff, purpose
CONCERN_OPENED = "concern_opened"  # risk_level, open, contact, next_review_on, reasons
CONCERN_REVIEW = "concern_review"  # level_before, level_after, reviewer, observations
CONCERN_CLOSED = "concern_closed"  # reason
REFERRAL = "referral"  # number, institution, status
CRISIS = "crisis"  # type, open
CRISIS_STATUS = "crisis_status"  # open (the status view: no type)
CONSENT = "consent"  # purpose, guardian, relation, method, withdrawn_on
DISCLOSURE = "disclosure"  # session_number (counselors only: kind "notes"; whom, why, what are
# sealed notes and open only in the break's form)


@dataclass(frozen=True)
class Entry:
    date: str  # 2025-09-01 (or with a time)
    kind: str  # the record kind it opens (gui/page_context.KINDS)
    record_id: str
    event: str  # one of the events above
    facts: Mapping[str, object] = field(default_factory=dict)


def _dated(
    records: Iterable[Any], when: str, kind: str, event: str, facts: Callable[[Any], dict]
) -> list[Entry]:
    """One entry per record, dated by its attribute ``when``, opening ``kind``."""
    return [Entry(getattr(r, when), kind, r.id, event, facts(r)) for r in records]


def _sessions(session: Session, sid: str) -> list[Entry]:
    def facts(s: sessions.CounselingSession) -> dict:
        categories = tuple(s.categories)
        return {"number": s.number, "form": s.form, "categories": categories, "signed": s.signed}

    return _dated(sessions.sessions_of_student(session, sid), "date", "session", SESSION, facts)


def _visits(session: Session, sid: str) -> list[Entry]:
    return _dated(
        homevisits.list_home_visits(session, student_id=sid),
        "date",
        "home_visit",
        HOME_VISIT,
        lambda v: {"method": v.method, "staff": tuple(v.staff), "purpose": v.purpose},
    )


def _concerns(session: Session, sid: str) -> list[Entry]:
    out = []
    staff = staff_names(session)
    for c in concerns.list_cases(session, status=None, student_id=sid):
        opened = {
            "risk_level": c.risk_level,
            "open": c.status == concerns.OPEN,
            "contact": staff.get(c.contact_user, c.contact_user),
            "next_review_on": c.next_review_on,
            "reasons": tuple(c.reason_categories),
        }
        out.append(Entry(c.opened_on, "concern", c.id, CONCERN_OPENED, opened))
        for r in concern_reviews.list_reviews(session, c.id):
            review = {
                "level_before": r.level_before,
                "level_after": r.level_after,
                "reviewer": staff.get(r.reviewer, r.reviewer),
                "observations": r.observations,
            }
            out.append(Entry(r.reviewed_on, "concern", c.id, CONCERN_REVIEW, review))
        if c.status == concerns.CLOSED:
            out.append(
                Entry(c.closed_on, "concern", c.id, CONCERN_CLOSED, {"reason": c.close_reason})
            )
    return out


def _referrals(session: Session, sid: str) -> list[Entry]:
    found: list[referrals.Referral] | list[referrals.ReferralStatus]
    if permissions.allowed(session.account, "read", "referrals"):
        found = referrals.list_referrals(session, student_id=sid)
    else:
        found = [r for r in referrals.list_referral_statuses(session) if r.student_id == sid]
    return _dated(
        found,
        "issued_on",
        "referral",
        REFERRAL,
        lambda r: {"number": r.number, "institution": r.institution_name, "status": r.status},
    )


def _crises(session: Session, sid: str) -> list[Entry]:
    if permissions.allowed(session.account, "read", "crises"):
        return _dated(
            crises.list_crises(session, student_id=sid),
            "occurred_at",
            "crisis",
            CRISIS,
            lambda e: {"type": e.type, "open": e.status == crises.OPEN},
        )
    statuses = [e for e in crises.list_crisis_statuses(session) if e.student_id == sid]
    return _dated(
        statuses,
        "occurred_at",
        "crisis",
        CRISIS_STATUS,
        lambda e: {"open": e.status == crises.OPEN},
    )


def _consents(session: Session, sid: str) -> list[Entry]:
    fields = ("purpose", "guardian", "relation", "method", "withdrawn_on")
    return _dated(
        consents.list_consents(session, student_id=sid),
        "date",
        "consent",
        CONSENT,
        lambda c: {f: getattr(c, f) for f in fields},
    )


def _disclosures(session: Session, sid: str) -> list[Entry]:
    """Confidentiality breaks (保密例外): when, and about which session; whom, why and what
    are sealed like notes, so they stay in the break's own form."""
    numbers = (
        {s.id: s.number for s in sessions.sessions_of_student(session, sid)}
        if permissions.allowed(session.account, "read", "sessions")
        else {}
    )
    return _dated(
        session_notes.list_disclosures(session, student_id=sid),
        "date",
        "disclosure",
        DISCLOSURE,
        lambda b: {"session_number": numbers.get(b.session_id, "")},
    )


Source = Callable[[Session, str], list[Entry]]
# Each family, and what the account must be allowed to be asked for it (action, kind).
_SOURCES: tuple[tuple[Source, str, str], ...] = (
    (_sessions, "read", "sessions"),
    (_visits, "read", "home_visits"),
    (_concerns, "read", "concerns"),
    (_referrals, "status", "referrals"),
    (_crises, "status", "crises"),
    (_consents, "read", "consents"),
    (_disclosures, "read", "notes"),
)


def timeline(session: Session, student_id: str) -> list[Entry]:
    """Every record about the student the account may see, newest first."""
    entries: list[Entry] = []
    for source, action, kind in _SOURCES:
        if not permissions.allowed(session.account, action, kind):
            continue
        try:
            entries += source(session, student_id)
        except PermissionDenied:  # e.g. a head teacher and another class's visits
            continue
    return sorted(entries, key=lambda e: e.date, reverse=True)
