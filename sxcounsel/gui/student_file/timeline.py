"""One timeline of every record about a student, newest first, as the viewer may see it.

Built from the services only, so the role rules are theirs: a head teacher gets no session
(the session services refuse them, and they are not even asked), only the status of referrals
and crisis events, and no consents. A family the account may not read is simply absent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from sxcounsel.core.errors import PermissionDenied
from sxcounsel.core.roles import Role
from sxcounsel.gui.labels import fill
from sxcounsel.services import (
    concern_reviews,
    concerns,
    consents,
    crises,
    homevisits,
    referrals,
    sessions,
)
from sxcounsel.services.listing import staff_names
from sxcounsel.services.session import Session

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Entry:
    date: str  # 2025-09-01 (or with a time)
    kind: str  # the open_record kind of the record it opens
    record_id: str
    what: str  # 心理辅导 2025-003, 家访, ...
    detail: str  # one line, never confidential notes


def _sessions(session: Session, sid: str) -> list[Entry]:
    out = []
    for s in sessions.sessions_of_student(session, sid):
        state = translate("Timeline", "signed") if s.signed else translate("Timeline", "not signed")
        out.append(
            Entry(
                s.date,
                "session",
                s.id,
                fill(translate("Timeline", "Counseling session %1"), s.number),
                " · ".join([s.form, "、".join(s.categories), state]),
            )
        )
    return out


def _visits(session: Session, sid: str) -> list[Entry]:
    return [
        Entry(
            v.date,
            "home_visit",
            v.id,
            fill(translate("Timeline", "Home visit (%1)"), v.method),
            " · ".join(p for p in ("、".join(v.staff), v.purpose.replace("\n", " ")) if p),
        )
        for v in homevisits.list_home_visits(session, student_id=sid)
    ]


def _concerns(session: Session, sid: str) -> list[Entry]:
    out = []
    staff = staff_names(session)
    for c in concerns.list_cases(session, status=None, student_id=sid):
        out.append(
            Entry(
                c.opened_on,
                "concern",
                c.id,
                fill(translate("Timeline", "Key-concern case opened (%1)"), c.risk_level),
                fill(
                    translate("Timeline", "contact %1 · next review %2"),
                    staff.get(c.contact_user, c.contact_user),
                    c.next_review_on,
                )
                if c.status == concerns.OPEN
                else "、".join(c.reason_categories),
            )
        )
        for r in concern_reviews.list_reviews(session, c.id):
            level = (
                r.level_after
                if r.level_after == r.level_before
                else (f"{r.level_before} → {r.level_after}")
            )
            out.append(
                Entry(
                    r.reviewed_on,
                    "concern",
                    c.id,
                    fill(translate("Timeline", "Review (%1)"), level),
                    f"{staff.get(r.reviewer, r.reviewer)} · {r.observations.replace(chr(10), ' ')}",
                )
            )
        if c.status == concerns.CLOSED:
            out.append(
                Entry(
                    c.closed_on,
                    "concern",
                    c.id,
                    translate("Timeline", "Key-concern case closed"),
                    c.close_reason.replace("\n", " "),
                )
            )
    return out


def _referrals(session: Session, sid: str) -> list[Entry]:
    if session.roles & {Role.COUNSELOR, Role.SCHOOL_ADMIN}:
        return [
            Entry(
                r.issued_on,
                "referral",
                r.id,
                fill(translate("Timeline", "Referral %1"), r.number),
                f"{r.institution_name} · {r.status}",
            )
            for r in referrals.list_referrals(session, student_id=sid)
        ]
    return [
        Entry(
            r.issued_on,
            "referral",
            r.id,
            fill(translate("Timeline", "Referral %1"), r.number),
            f"{r.institution_name} · {r.status}",
        )
        for r in referrals.list_referral_statuses(session)
        if r.student_id == sid
    ]


def _crises(session: Session, sid: str) -> list[Entry]:
    if session.roles & {Role.COUNSELOR, Role.SCHOOL_ADMIN}:
        return [
            Entry(
                e.occurred_at,
                "crisis",
                e.id,
                fill(translate("Timeline", "Crisis event (%1)"), e.type),
                translate("Timeline", "open")
                if e.status == crises.OPEN
                else translate("Timeline", "closed"),
            )
            for e in crises.list_crises(session, student_id=sid)
        ]
    return [
        Entry(
            e.occurred_at,
            "crisis",
            e.id,
            translate("Timeline", "Crisis event"),
            translate("Timeline", "open")
            if e.status == crises.OPEN
            else translate("Timeline", "closed"),
        )
        for e in crises.list_crisis_statuses(session)
        if e.student_id == sid
    ]


def _consents(session: Session, sid: str) -> list[Entry]:
    return [
        Entry(
            c.date,
            "consent",
            c.id,
            fill(translate("Timeline", "Guardian consent: %1"), c.purpose),
            f"{c.guardian}（{c.relation}）· {c.method}"
            + (
                fill(translate("Timeline", " · withdrawn on %1"), c.withdrawn_on)
                if c.withdrawn_on
                else ""
            ),
        )
        for c in consents.list_consents(session, student_id=sid)
    ]


def timeline(session: Session, student_id: str) -> list[Entry]:
    """Every record about the student the account may see, newest first."""
    sources: list[Callable[[Session, str], list[Entry]]] = [_visits, _concerns, _referrals, _crises]
    if Role.COUNSELOR in session.roles:  # session metadata: counselors only, never asked else
        sources.insert(0, _sessions)
    if session.roles & {Role.COUNSELOR, Role.SCHOOL_ADMIN}:
        sources.append(_consents)
    entries: list[Entry] = []
    for source in sources:
        try:
            entries += source(session, student_id)
        except PermissionDenied:
            continue
    return sorted(entries, key=lambda e: e.date, reverse=True)
