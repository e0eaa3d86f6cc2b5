"""Reviews (跟踪研判) of key-concern cases: who looked, what they saw, the level after.

| action                        | counselor | head_teacher                 | school_admin          |
|-------------------------------|-----------|------------------------------|-----------------------|
| add_review                    | yes       | only as the case's contact   | only as the contact   |
| update_review                 | yes       | own reviews, while contact   | own reviews, while contact |
| delete_review (latest only)   | yes       | no                           | no                    |
| get_review / list_reviews     | all       | as for the case: own classes + cases as contact | all |

A review moves the case on: the case takes the review's level (``level_after``; empty means
unchanged) and its next review becomes the review date plus the case's interval. Reviews are
kept in date order: a new review is not dated before the latest one, and only the latest review
of an open case may change its date or level or be deleted, so the case always reflects it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.core.schoolyear import format_date
from sxcounsel.services import codec, concerns, fieldcheck, risklevels
from sxcounsel.services.account_session import Session
from sxcounsel.services.concerns import CLOSED, ConcernCase
from sxcounsel.store import records

_KIND = "concerns"  # reviews are part of the case (core/permissions.py)

_TABLE, _TYPE = "concern_reviews", "concern_review"


@dataclass
class ConcernReview:
    case_id: str
    reviewed_on: str
    observations: str
    level_after: str = ""  # the case's level after this review; '' on input = unchanged
    reviewer: str = ""  # set by the service: the account that wrote it
    level_before: str = ""  # set by the service: the case's level before it
    id: str = ""
    version: int = 0


def _load(conn: sqlcipher3.Connection, review_id: str) -> ConcernReview:
    row = conn.execute(
        f"SELECT {codec.columns(ConcernReview)} FROM {_TABLE} WHERE id = ? AND deleted = 0",
        (review_id,),
    ).fetchone()
    if row is None:
        raise NotFound("review.missing", id=review_id)
    return codec.from_row(ConcernReview, row)


def _reviews(conn: sqlcipher3.Connection, case_id: str) -> list[ConcernReview]:
    rows = conn.execute(
        f"SELECT {codec.columns(ConcernReview)} FROM {_TABLE} WHERE case_id = ? AND deleted = 0 "
        "ORDER BY reviewed_on, id",
        (case_id,),
    ).fetchall()
    return [codec.from_row(ConcernReview, r) for r in rows]


def _may_write(session: Session, case: ConcernCase) -> None:
    if permissions.allowed(session.account, "review", _KIND, case):
        return
    raise PermissionDenied("review.not_contact", action="review key-concern cases")


def _check_date(value: object, case: ConcernCase, previous: ConcernReview | None) -> date:
    on = fieldcheck.past_day(value, "reviewed_on")
    floor = previous.reviewed_on if previous else case.opened_on
    if format_date(on) < floor:
        if previous:
            raise ValidationError(
                "review.before_previous", field="reviewed_on", value=format_date(on)
            )
        raise ValidationError("review.before_opening", field="reviewed_on", value=format_date(on))
    return on


def _move_case(
    conn: sqlcipher3.Connection, session: Session, case: ConcernCase, on: date | None, level: str
) -> None:
    """Bring the case's level and next review date in line with its latest review."""
    next_on = concerns.next_review(case, on) if case.status != CLOSED else case.next_review_on
    values = {"risk_level": level, "next_review_on": next_on}
    records.update(conn, "concern_cases", "concern_case", case.id, values, session.username)


# -- create / read / update / delete ---------------------------------------------------------
def add_review(session: Session, review: ConcernReview) -> ConcernReview:
    permissions.require(session.account, "review", _KIND, doing="review key-concern cases")
    with session.store.transaction() as conn:
        case = concerns.load_case(conn, review.case_id)
        _may_write(session, case)
        if case.status == CLOSED:
            raise ValidationError("review.case_closed", field="case_id")
        existing = _reviews(conn, case.id)
        on = _check_date(review.reviewed_on, case, existing[-1] if existing else None)
        review.reviewed_on = format_date(on)
        review.observations = fieldcheck.prose(review.observations, "observations", required=True)
        review.level_after = risklevels.check_level(
            conn, review.level_after or case.risk_level, "level_after"
        )
        review.level_before, review.reviewer = case.risk_level, session.username
        review.id = records.insert(conn, _TABLE, _TYPE, codec.to_values(review), session.username)
        _move_case(conn, session, case, on, review.level_after)
    review.version = 1
    return review


def get_review(session: Session, review_id: str) -> ConcernReview:
    permissions.require(session.account, "read", _KIND, doing="see key-concern reviews")
    conn = session.store.conn
    review = _load(conn, review_id)
    concerns.check_read(session, conn, concerns.load_case(conn, review.case_id))
    return review


def list_reviews(session: Session, case_id: str) -> list[ConcernReview]:
    """The case's reviews, oldest first."""
    permissions.require(session.account, "read", _KIND, doing="see key-concern reviews")
    conn = session.store.conn
    concerns.check_read(session, conn, concerns.load_case(conn, case_id))
    return _reviews(conn, case_id)


def update_review(session: Session, review: ConcernReview) -> ConcernReview:
    """Correct a review. Its date and level change only on the latest review of an open case."""
    permissions.require(session.account, "review", _KIND, doing="edit key-concern reviews")
    with session.store.transaction() as conn:
        stored = _load(conn, review.id)
        case = concerns.load_case(conn, stored.case_id)
        _may_write(session, case)
        every_case = permissions.reach(session.account, "review", _KIND).everything
        if not every_case and stored.reviewer != session.username:
            raise PermissionDenied("review.not_own", action="edit key-concern reviews")
        if review.case_id != stored.case_id:
            raise ValidationError("review.case_fixed", field="case_id")
        review.observations = fieldcheck.prose(review.observations, "observations", required=True)
        all_reviews = _reviews(conn, case.id)
        latest = all_reviews[-1].id == stored.id and case.status != CLOSED
        on = _check_date(
            review.reviewed_on, case, all_reviews[-2] if latest and len(all_reviews) > 1 else None
        )
        review.reviewed_on = format_date(on)
        review.level_after = risklevels.check_level(
            conn, review.level_after or stored.level_after, "level_after"
        )
        changed = (review.reviewed_on, review.level_after) != (
            stored.reviewed_on,
            stored.level_after,
        )
        if changed and not latest:
            raise ValidationError(
                "review.latest_only_change",
                field="reviewed_on" if review.reviewed_on != stored.reviewed_on else "level_after",
            )
        review.reviewer, review.level_before = stored.reviewer, stored.level_before
        review.version = records.update(
            conn,
            _TABLE,
            _TYPE,
            review.id,
            codec.to_values(review),
            session.username,
            review.version or None,
        )
        if changed:
            _move_case(conn, session, case, on, review.level_after)
    return review


def delete_review(session: Session, review_id: str) -> None:
    """Tombstone the latest review of an open case; the case goes back to how it was before."""
    permissions.require(session.account, "write", _KIND, doing="delete key-concern reviews")
    with session.store.transaction() as conn:
        stored = _load(conn, review_id)
        case = concerns.load_case(conn, stored.case_id)
        all_reviews = _reviews(conn, case.id)
        if case.status == CLOSED or all_reviews[-1].id != stored.id:
            raise ValidationError("review.latest_only_delete", field="id")
        records.tombstone(conn, _TABLE, _TYPE, review_id, session.username)
        previous = all_reviews[-2] if len(all_reviews) > 1 else None
        on = date.fromisoformat(previous.reviewed_on) if previous else None
        _move_case(conn, session, case, on, stored.level_before)
