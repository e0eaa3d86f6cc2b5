"""休学 / 复学 after a referral: leave of absence and return to school (counselor only).

| action                      | counselor | head_teacher | school_admin |
|-----------------------------|-----------|--------------|--------------|
| start_leave / record_return | yes       | no           | no           |

The steps are kept in the referral's ``leave`` JSON: ``certificate_on`` (medical certificate
received), ``start_on``, ``note``; then ``return_on``, ``return_certificate_on`` (复学证明,
optional) and ``follow_up``. In the same transaction the student's status becomes 休学 when the
leave starts and 在校 again on return (only if it is still 休学 then).
"""

from __future__ import annotations

import sqlcipher3

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.schoolyear import format_date
from sxcounsel.services import fieldcheck
from sxcounsel.services.account_session import Session
from sxcounsel.services.referrals import STEPS, VISITED, Referral, changing
from sxcounsel.store import records

ENROLLED, ON_LEAVE = "在校", "休学"


def _visited_on(r: Referral) -> str:
    if STEPS.index(r.status) < STEPS.index(VISITED):
        raise ValidationError(
            "leave.not_visited",
            field="status",
            current=r.status,
        )
    return next(e["date"] for e in r.timeline if e["status"] == VISITED)


def _not_before(value: object, floor: str, field: str, code: str) -> str:
    """The date in ``field``, refused with ``code`` (a ``leave.before_*``) when before ``floor``."""
    on = format_date(fieldcheck.past_day(value, field))
    if on < floor:
        raise ValidationError(code, field=field, value=on)
    return on


def _set_status(
    session: Session, conn: sqlcipher3.Connection, student_id: str, status: str
) -> None:
    records.update(conn, "students", "student", student_id, {"status": status}, session.username)


def start_leave(
    session: Session,
    referral_id: str,
    certificate_on: object,
    start_on: object,
    note: str = "",
    *,
    expected_version: int | None = None,
) -> Referral:
    """The certificate was received and the leave has started: the student becomes 休学."""
    with session.store.transaction() as conn:  # the referral, then the student's status
        with changing(session, referral_id, "record a leave of absence", expected_version) as (
            _,
            r,
        ):
            visited = _visited_on(r)
            if r.leave.get("start_on"):
                raise ValidationError("leave.already", field="leave")
            student = fieldcheck.student_row(conn, r.student_id)
            if student["status"] != ENROLLED:
                raise ValidationError(
                    "leave.not_enrolled",
                    field="student_status",
                    value=student["status"],
                )
            r.leave = {
                "certificate_on": _not_before(
                    certificate_on, r.issued_on, "certificate_on", "leave.before_referral"
                ),
                "start_on": _not_before(start_on, visited, "start_on", "leave.before_visit"),
                "note": fieldcheck.prose(note, "note"),
            }
        _set_status(session, conn, r.student_id, ON_LEAVE)
    return r


def record_return(
    session: Session,
    referral_id: str,
    return_on: object,
    follow_up: str,
    certificate_on: object = "",
    *,
    expected_version: int | None = None,
) -> Referral:
    """The student is back at school (复学): record the date and the follow-up plan."""
    with session.store.transaction() as conn:  # the referral, then the student's status
        with changing(session, referral_id, "record a return to school", expected_version) as (
            _,
            r,
        ):
            start = r.leave.get("start_on")
            if not start:
                raise ValidationError("leave.none", field="leave")
            if r.leave.get("return_on"):
                raise ValidationError("leave.returned", field="return_on")
            back = _not_before(return_on, start, "return_on", "leave.before_start")
            cert = ""
            if certificate_on not in ("", None):
                cert = _not_before(
                    certificate_on, start, "return_certificate_on", "leave.before_start"
                )
            r.leave = {
                **r.leave,
                "return_on": back,
                "return_certificate_on": cert,
                "follow_up": fieldcheck.prose(follow_up, "follow_up", required=True),
            }
        if fieldcheck.student_row(conn, r.student_id)["status"] == ON_LEAVE:
            _set_status(session, conn, r.student_id, ENROLLED)
    return r
