"""What the dashboard (工作台) shows, gathered from the services in one pass.

Every figure comes from the family services, so the role rules are theirs (the role table,
``core/permissions.py``): a head teacher gets own classes (and cases they are the contact person
for) and never a counseling session; a school administrator gets the session count, not the
sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sxcounsel.core import permissions
from sxcounsel.core.schoolyear import school_year_of
from sxcounsel.services import (
    concerns,
    crises,
    homevisits,
    listing,
    referrals,
    risklevels,
    sessions,
)
from sxcounsel.services.account_session import Session
from sxcounsel.services.concerns import DueReview
from sxcounsel.services.homevisits import ClassCoverage
from sxcounsel.services.listing import CrisisRow

WAIT_DAYS = 14  # a receipt awaited this long is shown (referrals.waiting_for_receipt)


@dataclass(frozen=True)
class Waiting:
    id: str
    number: str
    student_name: str
    class_name: str
    status: str
    days: int


@dataclass(frozen=True)
class DashboardData:
    today: date
    school_year: int
    due_today: list[DueReview]
    overdue: list[DueReview]
    waiting: list[Waiting]
    open_crises: list[CrisisRow]
    coverage: list[ClassCoverage]
    sessions_this_month: int | None  # None: the account does not see session counts
    levels: tuple[str, ...] = risklevels.DEFAULT_LEVELS  # the school's, most severe first


def counts_sessions(session: Session) -> bool:
    """Whether the dashboard shows this account the number of sessions this month."""
    return permissions.allowed(session.account, "count", "sessions")


def _waiting(session: Session, today: date) -> list[Waiting]:
    if permissions.allowed(session.account, "read", "referrals"):
        return [
            Waiting(
                w.referral.id,
                w.referral.number,
                w.student_name,
                w.class_name,
                w.referral.status,
                w.days_waiting,
            )
            for w in referrals.waiting_for_receipt(session, today, WAIT_DAYS)
        ]
    rows = listing.list_referral_rows(session, today)  # a head teacher: own classes, status only
    out = [
        Waiting(r.id, r.number, r.student_name, r.class_name, r.status, r.days_waiting)
        for r in rows
        if r.days_waiting >= WAIT_DAYS
    ]
    return sorted(out, key=lambda w: -w.days)


def gather(session: Session, today: date | None = None) -> DashboardData:
    day = today or date.today()
    year = school_year_of(day)
    month = None
    if counts_sessions(session):
        month = sessions.count_sessions(session, month=day.strftime("%Y-%m"))
    return DashboardData(
        today=day,
        school_year=year,
        due_today=concerns.reviews_due(session, day),
        overdue=concerns.overdue_reviews(session, day),
        waiting=_waiting(session, day),
        open_crises=[c for c in listing.list_crisis_rows(session) if c.status == crises.OPEN],
        coverage=homevisits.coverage(session, year),
        sessions_this_month=month,
        levels=risklevels.get_risk_levels(session),
    )
