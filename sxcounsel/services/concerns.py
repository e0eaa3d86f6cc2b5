"""Key-concern students (重点关注学生台账): cases, their contact person and review schedule.

| action                                     | counselor | head_teacher                   | school_admin   |
|--------------------------------------------|-----------|--------------------------------|----------------|
| open / update / close / delete a case      | yes       | no                             | no             |
| get / list cases, due and overdue reviews  | all       | own classes + cases as contact | all (read)     |
| add a review (``concern_reviews``)         | yes       | only as the case's contact     | only as contact |

"Own classes" are ``session.account.classes`` compared with the student's current class. The
assigned contact person (专人分包联系人) may read the case they follow whatever their class.
A student has at most one open case. The next review is due ``review_interval_days`` after the
opening date, then after the latest review.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.core.schoolyear import format_date
from sxcounsel.services import codec, fieldcheck, risklevels
from sxcounsel.services.account_session import Session
from sxcounsel.store import records

_TABLE, _TYPE = "concern_cases", "concern_case"
REASONS = ("学业", "人际", "情绪", "家庭", "自伤风险", "网络", "其他")
OPEN, CLOSED = "open", "closed"
STATUSES = (OPEN, CLOSED)
_KIND = "concerns"  # its row in the role table (core/permissions.py)


@dataclass
class ConcernCase:
    student_id: str
    opened_on: str
    risk_level: str
    contact_user: str  # username of the assigned contact person
    reason_categories: list[str] = field(default_factory=list)
    reason_text: str = ""
    care_plan: str = ""  # 关爱方案
    review_interval_days: int = 30
    next_review_on: str = ""  # derived
    status: str = OPEN  # derived: open_case / close_case
    closed_on: str = ""  # set by close_case
    close_reason: str = ""  # set by close_case
    id: str = ""
    version: int = 0


@dataclass(frozen=True)
class DueReview:
    """An open case whose review is due (0 days overdue) or overdue, for dashboards."""

    case: ConcernCase
    student_name: str
    class_name: str
    days_overdue: int


# -- access ----------------------------------------------------------------------------------
def can_read(session: Session, case: ConcernCase, class_name: str) -> bool:
    subject = permissions.Subject(class_name=class_name, contact_user=case.contact_user)
    return permissions.allowed(session.account, "read", _KIND, subject)


def check_read(session: Session, conn: sqlcipher3.Connection, case: ConcernCase) -> None:
    if not can_read(session, case, fieldcheck.student_row(conn, case.student_id)["class_name"]):
        raise PermissionDenied("concern.not_visible", action="see key-concern cases")


def _visibility(session: Session) -> tuple[str, list[object]]:
    """An SQL condition on ``c`` (case) and ``s`` (student) limiting rows to what one may read."""
    reach = permissions.reach(session.account, "read", _KIND)
    if reach.everything:
        return "1", []
    classes = list(reach.class_filter() or ())
    marks = ",".join("?" * len(classes))
    cond = f"(c.contact_user = ? OR s.class_name IN ({marks}))" if classes else "c.contact_user = ?"
    return cond, [session.username, *classes]


# -- validation ------------------------------------------------------------------------------
def check_contact(
    conn: sqlcipher3.Connection, value: object, *, allow_disabled: bool = False
) -> str:
    """The username of an existing, enabled account."""
    name = fieldcheck.name(value, "contact_user")
    row = conn.execute(
        "SELECT disabled FROM users WHERE username = ? AND deleted = 0", (name,)
    ).fetchone()
    if row is None:
        raise NotFound("concern.contact_missing", field="contact_user", value=name)
    if row[0] and not allow_disabled:
        raise ValidationError("concern.contact_disabled", field="contact_user", value=name)
    return name


def _validate(
    conn: sqlcipher3.Connection, c: ConcernCase, stored: ConcernCase | None = None
) -> date:
    """Normalize the caller's fields in place; returns the opening date.

    A closed case keeps a contact person whose account was disabled since.
    """
    fieldcheck.student_row(conn, c.student_id)
    opened = fieldcheck.past_day(c.opened_on, "opened_on")
    c.opened_on = format_date(opened)
    if not isinstance(c.reason_categories, list):
        raise ValidationError("concern.reasons_not_list", field="reason_categories")
    c.reason_categories = fieldcheck.choices(c.reason_categories, REASONS, "reason_categories")
    if not c.reason_categories:
        raise ValidationError("concern.no_reason", field="reason_categories", allowed=REASONS)
    c.reason_text = fieldcheck.prose(c.reason_text, "reason_text")
    c.risk_level = risklevels.check_level(conn, c.risk_level)
    keep = stored is not None and stored.status == CLOSED and c.contact_user == stored.contact_user
    c.contact_user = check_contact(conn, c.contact_user, allow_disabled=keep)
    c.care_plan = fieldcheck.prose(c.care_plan, "care_plan")
    c.review_interval_days = fieldcheck.whole_number(
        c.review_interval_days, "review_interval_days", 1, 365
    )
    return opened


def load_case(conn: sqlcipher3.Connection, case_id: str) -> ConcernCase:
    row = conn.execute(
        f"SELECT {codec.columns(ConcernCase)} FROM {_TABLE} WHERE id = ? AND deleted = 0",
        (case_id,),
    ).fetchone()
    if row is None:
        raise NotFound("concern.missing", id=case_id)
    return codec.from_row(ConcernCase, row)


def review_dates(conn: sqlcipher3.Connection, case_id: str) -> list[date]:
    """Dates of the case's live reviews, oldest first."""
    rows = conn.execute(
        "SELECT reviewed_on FROM concern_reviews WHERE case_id = ? AND deleted = 0 "
        "ORDER BY reviewed_on",
        (case_id,),
    )
    return [date.fromisoformat(r[0]) for r in rows]


def next_review(case: ConcernCase, last_review: date | None) -> str:
    base = last_review or date.fromisoformat(case.opened_on)
    return format_date(base + timedelta(days=case.review_interval_days))


def open_case_id(conn: sqlcipher3.Connection, student_id: str) -> str | None:
    row = conn.execute(
        f"SELECT id FROM {_TABLE} WHERE student_id = ? AND status = ? AND deleted = 0",
        (student_id, OPEN),
    ).fetchone()
    return row[0] if row else None


# -- create / read / update / close / delete -------------------------------------------------
def open_case(session: Session, case: ConcernCase) -> ConcernCase:
    """Open a case; refuses when the student already has an open one (facts: ``case_id``)."""
    permissions.require(session.account, "write", _KIND, doing="open key-concern cases")
    with session.store.transaction() as conn:
        _validate(conn, case)
        existing = open_case_id(conn, case.student_id)
        if existing:
            raise ValidationError(
                "concern.already_open",
                field="student_id",
                case_id=existing,
            )
        case.status, case.closed_on, case.close_reason = OPEN, "", ""
        case.next_review_on = next_review(case, None)
        case.id = records.insert(conn, _TABLE, _TYPE, codec.to_values(case), session.username)
    case.version = 1
    return case


def get_case(session: Session, case_id: str) -> ConcernCase:
    permissions.require(session.account, "read", _KIND, doing="see key-concern cases")
    conn = session.store.conn
    case = load_case(conn, case_id)
    check_read(session, conn, case)
    return case


def find_open_case(session: Session, student_id: str) -> ConcernCase | None:
    """The student's open case, if any (and if the account may see it)."""
    permissions.require(session.account, "read", _KIND, doing="see key-concern cases")
    conn = session.store.conn
    fieldcheck.student_row(conn, student_id)
    case_id = open_case_id(conn, student_id)
    return get_case(session, case_id) if case_id else None


def update_case(session: Session, case: ConcernCase) -> ConcernCase:
    """Edit reasons, level, contact person, care plan, interval or opening date.

    The student, status and closure stay as stored (``close_case`` closes a case); the next
    review date is recomputed from the latest review (or the opening date).
    """
    permissions.require(session.account, "write", _KIND, doing="edit key-concern cases")
    with session.store.transaction() as conn:
        stored = load_case(conn, case.id)
        if case.student_id != stored.student_id:
            raise ValidationError("concern.student_fixed", field="student_id")
        opened = _validate(conn, case, stored)
        dates = review_dates(conn, case.id)
        if dates and opened > dates[0]:
            raise ValidationError(
                "concern.opened_after_review",
                field="opened_on",
                value=case.opened_on,
            )
        if stored.status == CLOSED and case.opened_on > stored.closed_on:
            raise ValidationError(
                "concern.opened_after_close",
                field="opened_on",
                value=case.opened_on,
            )
        case.status, case.closed_on, case.close_reason = (
            stored.status,
            stored.closed_on,
            stored.close_reason,
        )
        case.next_review_on = next_review(case, dates[-1] if dates else None)
        case.version = records.update(
            conn,
            _TABLE,
            _TYPE,
            case.id,
            codec.to_values(case),
            session.username,
            case.version or None,
        )
    return case


def close_case(
    session: Session,
    case_id: str,
    closed_on: object,
    reason: str,
    *,
    expected_version: int | None = None,
) -> ConcernCase:
    permissions.require(session.account, "write", _KIND, doing="close key-concern cases")
    with session.store.transaction() as conn:
        case = load_case(conn, case_id)
        if case.status == CLOSED:
            raise ValidationError("concern.already_closed", id=case_id)
        on = fieldcheck.past_day(closed_on, "closed_on")
        dates = review_dates(conn, case_id)
        latest = max([date.fromisoformat(case.opened_on), *dates])
        if on < latest:
            raise ValidationError(
                "concern.close_too_early",
                field="closed_on",
                value=format_date(on),
            )
        case.status, case.closed_on = CLOSED, format_date(on)
        case.close_reason = fieldcheck.prose(reason, "close_reason", required=True)
        values = {"status": CLOSED, "closed_on": case.closed_on, "close_reason": case.close_reason}
        case.version = records.update(
            conn, _TABLE, _TYPE, case_id, values, session.username, expected_version
        )
    return case


def delete_case(session: Session, case_id: str) -> None:
    """Tombstone the case and its reviews."""
    permissions.require(session.account, "write", _KIND, doing="delete key-concern cases")
    with session.store.transaction() as conn:
        load_case(conn, case_id)
        reviews = conn.execute(
            "SELECT id FROM concern_reviews WHERE case_id = ? AND deleted = 0", (case_id,)
        ).fetchall()
        for (review_id,) in reviews:
            records.tombstone(
                conn, "concern_reviews", "concern_review", review_id, session.username
            )
        records.tombstone(conn, _TABLE, _TYPE, case_id, session.username)


# -- lists -----------------------------------------------------------------------------------
def list_cases(
    session: Session,
    *,
    status: str | None = OPEN,
    student_id: str | None = None,
    class_name: str | None = None,
    contact_user: str | None = None,
) -> list[ConcernCase]:
    """Live cases the account may read, most severe level first, then by opening date."""
    permissions.require(session.account, "read", _KIND, doing="see key-concern cases")
    conn = session.store.conn
    cond, args = _visibility(session)
    where = ["c.deleted = 0", "s.deleted = 0", cond]
    for column, value in (
        ("c.student_id", student_id),
        ("s.class_name", class_name),
        ("c.contact_user", contact_user),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if status is not None:
        where.append("c.status = ?")
        args.append(fieldcheck.choice(status, STATUSES, "status"))
    rows = conn.execute(
        f"SELECT {codec.columns(ConcernCase, 'c.')} FROM {_TABLE} c "
        f"JOIN students s ON s.id = c.student_id WHERE {' AND '.join(where)} "
        "ORDER BY c.opened_on, c.id",
        args,
    ).fetchall()
    order = risklevels.levels_of(conn)
    cases = [codec.from_row(ConcernCase, r) for r in rows]
    return sorted(cases, key=lambda c: _severity(order, c.risk_level))


def _severity(order: tuple[str, ...], level: str) -> int:
    return order.index(level) if level in order else len(order)


def _due(session: Session, today: object, op: str) -> list[DueReview]:
    permissions.require(session.account, "read", _KIND, doing="see key-concern reviews")
    day = fieldcheck.day(today, "today")
    conn = session.store.conn
    cond, args = _visibility(session)
    rows = conn.execute(
        f"SELECT {codec.columns(ConcernCase, 'c.')}, s.name AS student_name, "
        f"s.class_name AS student_class FROM {_TABLE} c JOIN students s ON s.id = c.student_id "
        f"WHERE c.deleted = 0 AND s.deleted = 0 AND c.status = ? AND c.next_review_on {op} ? "
        f"AND {cond} ORDER BY c.next_review_on, c.id",
        [OPEN, format_date(day), *args],
    ).fetchall()
    order = risklevels.levels_of(conn)
    out = [
        DueReview(
            case=codec.from_row(ConcernCase, r),
            student_name=r["student_name"],
            class_name=r["student_class"],
            days_overdue=(day - date.fromisoformat(r["next_review_on"])).days,
        )
        for r in rows
    ]
    return sorted(out, key=lambda d: (-d.days_overdue, _severity(order, d.case.risk_level)))


def overdue_reviews(session: Session, today: object) -> list[DueReview]:
    """Open cases whose next review date is before ``today``, most overdue first."""
    return _due(session, today, "<")


def reviews_due(session: Session, today: object) -> list[DueReview]:
    """Open cases whose next review falls on ``today`` (``days_overdue`` is 0)."""
    return _due(session, today, "=")
