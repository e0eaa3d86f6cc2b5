"""Crisis events (心理危机事件): anyone who sees one reports it, a counselor completes it.

| action                                       | counselor | head_teacher      | school_admin |
|----------------------------------------------|-----------|-------------------|--------------|
| report_crisis (a student of any class)       | yes       | yes               | yes          |
| get / list crises (full content)             | yes       | no                | yes (read)   |
| update / close / delete                      | yes       | no                | no           |
| crisis_status / list_crisis_statuses         | all       | own classes only  | all          |
| open_concern_from_crisis                     | yes       | no                | no           |

A head teacher sees only ``CrisisStatus`` (when, open/closed, who reported): never the type,
description, actions or outcome. ``occurred_at`` and ``guardians_informed["at"]`` are local
times ``2025-10-09 14:30`` (the time may be left out: ``2025-10-09``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import ValidationError
from sxcounsel.core.schoolyear import format_date
from sxcounsel.services import codec, concerns, fieldcheck, record_writes, risklevels, status_scope
from sxcounsel.services.account_session import Session
from sxcounsel.services.concerns import ConcernCase
from sxcounsel.store import records

_TABLE, _TYPE = "crisis_events", "crisis_event"
TYPES = ("自伤", "自杀意念", "自杀未遂", "伤人", "其他")
ACTIONS = ("送医", "报告县中心", "通知监护人", "校内监护", "报警", "其他")
OPEN, CLOSED = "open", "closed"
STATUSES = (OPEN, CLOSED)
_KIND = "crises"  # its row in the role table (core/permissions.py)
_CONCERN_REASON = {
    "自伤": "自伤风险",
    "自杀意念": "自伤风险",
    "自杀未遂": "自伤风险",
    "伤人": "情绪",
}


@dataclass
class CrisisEvent:
    student_id: str
    occurred_at: str  # "2025-10-09 14:30" or "2025-10-09"
    type: str
    place: str = ""
    description: str = ""
    reported_by: str = ""  # '' on report = the reporting account
    guardians_informed: dict = field(default_factory=dict)  # {"at": …, "by": …}
    actions: list[str] = field(default_factory=list)
    outcome: str = ""
    status: str = OPEN  # set by the service: report_crisis opens, close_crisis closes
    id: str = ""
    version: int = 0


@dataclass(frozen=True)
class CrisisStatus:
    """What a head teacher may see of a crisis event."""

    id: str
    student_id: str
    occurred_at: str
    status: str
    reported_by: str


@dataclass(frozen=True)
class CrisisReport:
    """The reported event, and whether to offer opening a key-concern case for the student.

    ``suggest_concern`` is true when the reporting account may open cases and the student has
    no open one; ``open_case_id`` names the student's open case when the account may see it.
    """

    event: CrisisEvent
    suggest_concern: bool
    open_case_id: str


@dataclass(frozen=True)
class ConcernFromCrisis:
    case: ConcernCase
    created: bool  # False: the student already had this open case; nothing was written


# -- validation ------------------------------------------------------------------------------
def _moment(value: object, field: str) -> tuple[date, str]:
    """A past date with an optional time of day, as (date, "HH:MM" or "")."""
    text = fieldcheck.name(value, field) if isinstance(value, str) else value
    if not isinstance(text, str):
        return fieldcheck.past_day(text, field), ""
    day_part, _, time_part = text.replace("T", " ").partition(" ")
    return fieldcheck.past_day(day_part, field), fieldcheck.clock_time(time_part, field)


def _stamp(moment: tuple[date, str]) -> str:
    return f"{format_date(moment[0])} {moment[1]}".strip()


def _informed(value: object, occurred: tuple[date, str]) -> dict:
    if value in ({}, None):
        return {}
    if not isinstance(value, dict) or set(value) != {"at", "by"}:
        raise ValidationError("crisis.informed_shape", field="guardians_informed")
    at = _moment(value["at"], "guardians_informed_at")
    if at[0] < occurred[0] or (
        at[0] == occurred[0] and at[1] and occurred[1] and at[1] < occurred[1]
    ):
        raise ValidationError(
            "crisis.informed_before_event",
            field="guardians_informed_at",
            value=_stamp(at),
        )
    return {"at": _stamp(at), "by": fieldcheck.name(value["by"], "guardians_informed_by")}


def _validate(conn: sqlcipher3.Connection, e: CrisisEvent) -> None:
    fieldcheck.student_row(conn, e.student_id)
    occurred = _moment(e.occurred_at, "occurred_at")
    e.occurred_at = _stamp(occurred)
    e.type = fieldcheck.choice(e.type, TYPES, "type")
    e.place = fieldcheck.name(e.place, "place", required=False)
    e.description = fieldcheck.prose(e.description, "description")
    e.reported_by = fieldcheck.name(e.reported_by, "reported_by")
    e.guardians_informed = _informed(e.guardians_informed, occurred)
    if not isinstance(e.actions, list):
        raise ValidationError("crisis.actions_not_list", field="actions")
    e.actions = fieldcheck.choices(e.actions, ACTIONS, "actions")
    e.outcome = fieldcheck.prose(e.outcome, "outcome")


def _load(conn: sqlcipher3.Connection, event_id: str) -> CrisisEvent:
    return record_writes.load_live(conn, CrisisEvent, _TABLE, event_id, "crisis.missing")


# -- report / read / update / close / delete -------------------------------------------------
def report_crisis(session: Session, event: CrisisEvent) -> CrisisReport:
    """Anyone may report a crisis of any student; it is stored open."""
    permissions.require(session.account, "report", _KIND, doing="report crisis events")
    with session.store.transaction() as conn:
        event.reported_by = event.reported_by or session.username
        _validate(conn, event)
        event.status = OPEN
        event.id = records.insert(conn, _TABLE, _TYPE, codec.to_values(event), session.username)
    event.version = 1
    open_id = concerns.open_case_id(session.store.conn, event.student_id)
    visible = ""
    if open_id:
        case = concerns.load_case(session.store.conn, open_id)
        class_name = fieldcheck.student_row(session.store.conn, event.student_id)["class_name"]
        visible = open_id if concerns.can_read(session, case, class_name) else ""
    suggest = permissions.allowed(session.account, "write", "concerns") and not open_id
    return CrisisReport(event, suggest, visible)


def get_crisis(session: Session, event_id: str) -> CrisisEvent:
    permissions.require(session.account, "read", _KIND, doing="see crisis events")
    return _load(session.store.conn, event_id)


def update_crisis(session: Session, event: CrisisEvent) -> CrisisEvent:
    """Complete or correct an event; its status changes only through ``close_crisis``."""
    permissions.require(session.account, "write", _KIND, doing="edit crisis events")
    with session.store.transaction() as conn:
        stored = _load(conn, event.id)
        event.reported_by = event.reported_by or stored.reported_by
        _validate(conn, event)
        event.status = stored.status
        event.version = records.update(
            conn,
            _TABLE,
            _TYPE,
            event.id,
            codec.to_values(event),
            session.username,
            event.version or None,
        )
    return event


def close_crisis(
    session: Session,
    event_id: str,
    outcome: str = "",
    *,
    expected_version: int | None = None,
) -> CrisisEvent:
    """Close the event; it needs an outcome (given here or recorded before)."""
    permissions.require(session.account, "write", _KIND, doing="close crisis events")
    with session.store.transaction() as conn:
        event = _load(conn, event_id)
        if event.status == CLOSED:
            raise ValidationError("crisis.already_closed", id=event_id)
        event.outcome = fieldcheck.prose(outcome, "outcome") or event.outcome
        if not event.outcome:
            raise ValidationError("crisis.no_outcome", field="outcome")
        event.status = CLOSED
        event.version = records.update(
            conn,
            _TABLE,
            _TYPE,
            event_id,
            {"outcome": event.outcome, "status": CLOSED},
            session.username,
            expected_version,
        )
    return event


def delete_crisis(session: Session, event_id: str) -> None:
    record_writes.delete_record(
        session, _KIND, "delete crisis events", _TABLE, _TYPE, event_id, check=_load
    )


def list_crises(
    session: Session, *, status: str | None = None, student_id: str | None = None
) -> list[CrisisEvent]:
    """Live events, newest first."""
    return record_writes.list_records(
        session,
        _KIND,
        "see crisis events",
        CrisisEvent,
        _TABLE,
        "occurred_at DESC, id DESC",
        {"status": STATUSES},
        status=status,
        student_id=student_id,
    )


# -- status views for head teachers ----------------------------------------------------------
def _status_view(e: CrisisEvent) -> CrisisStatus:
    return CrisisStatus(e.id, e.student_id, e.occurred_at, e.status, e.reported_by)


def crisis_status(session: Session, event_id: str) -> CrisisStatus:
    permissions.require(session.account, "status", _KIND, doing="see crisis status")
    conn = session.store.conn
    e = _load(conn, event_id)
    status_scope.require_student_class(
        session, _KIND, conn, e.student_id, "crisis.class_hidden", "see crisis status"
    )
    return _status_view(e)


def list_crisis_statuses(session: Session) -> list[CrisisStatus]:
    """Status views of the events the account may follow (a head teacher: own classes)."""
    permissions.require(session.account, "status", _KIND, doing="see crisis status")
    events = status_scope.select_live_in_classes(
        session.store.conn,
        CrisisEvent,
        _TABLE,
        "x.occurred_at DESC, x.id DESC",
        status_scope.reach_classes(session, _KIND),
    )
    return [_status_view(e) for e in events]


# -- crisis -> key-concern case --------------------------------------------------------------
def open_concern_from_crisis(
    session: Session,
    event_id: str,
    contact_user: str,
    *,
    opened_on: object = None,
    care_plan: str = "",
    review_interval_days: int = 14,
    reason_text: str = "",
) -> ConcernFromCrisis:
    """Open a key-concern case at the most severe level for the event's student.

    If the student already has an open case, nothing is written and that case is returned
    with ``created=False``. ``opened_on`` defaults to today.
    """
    permissions.require(session.account, "write", "concerns", doing="open key-concern cases")
    with session.store.transaction() as conn:
        event = _load(conn, event_id)
        existing = concerns.open_case_id(conn, event.student_id)
        if existing:
            return ConcernFromCrisis(concerns.load_case(conn, existing), created=False)
        case = ConcernCase(
            student_id=event.student_id,
            opened_on=opened_on if opened_on not in (None, "") else format_date(date.today()),
            risk_level=risklevels.most_severe(conn),
            contact_user=contact_user,
            reason_categories=[_CONCERN_REASON.get(event.type, "其他")],
            reason_text=reason_text,
            care_plan=care_plan,
            review_interval_days=review_interval_days,
        )
        concerns.open_case(session, case)
    return ConcernFromCrisis(case, created=True)
