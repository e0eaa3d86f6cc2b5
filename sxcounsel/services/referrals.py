"""Referrals (转介单 + 回执) to partner institutions, step by step.

| action                                                   | counselor | head_teacher      | school_admin |
|----------------------------------------------------------|-----------|-------------------|--------------|
| create / update / advance / record_receipt / delete      | yes       | no                | no           |
| leave and return (``referral_leave``)                    | yes       | no                | no           |
| get / list / find_referral_by_number / waiting_for_receipt | yes     | no                | yes (read)   |
| referral_status / list_referral_statuses                 | all       | own classes only  | all          |

A head teacher sees only the status view (``ReferralStatus``): number, institution, steps and
their dates, leave dates; never the reason, symptoms, notes or receipt.

Steps go in this order, one at a time, never back: 开具 → 送达监护人 → 已就诊 → 回执已收 → 结案.
已就诊 needs the guardian's consent on record; 回执已收 is reached by ``record_receipt``.
Numbers run per school year of the issue date: ZJ2025-001, ZJ2025-002, …
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import NotFound, ValidationError
from sxcounsel.core.schoolyear import format_date, school_year_of
from sxcounsel.services import codec, fieldcheck, record_writes, risklevels, status_scope
from sxcounsel.services.account_session import Session
from sxcounsel.services.consents import METHODS as CONSENT_METHODS
from sxcounsel.services.institutions import load_institution
from sxcounsel.store import records

_TABLE, _TYPE = "referrals", "referral"
ISSUED, DELIVERED, VISITED, RECEIPTED, CLOSED = "开具", "送达监护人", "已就诊", "回执已收", "结案"
STEPS = (ISSUED, DELIVERED, VISITED, RECEIPTED, CLOSED)
WAITING = (ISSUED, DELIVERED, VISITED)  # no receipt yet
_KIND = "referrals"  # its row in the role table (core/permissions.py)
_CONSENT_KEYS = {"guardian", "relation", "date", "method"}
_NUMBER = re.compile(r"ZJ(?P<year>[0-9]{4})-(?P<seq>[0-9]+)")


@dataclass
class Referral:
    student_id: str
    institution_id: str
    reason: str
    issued_on: str
    risk_level: str
    symptoms: str = ""
    consent: dict = field(default_factory=dict)  # {"guardian", "relation", "date", "method"}
    receipt: dict = field(default_factory=dict)  # {"date", "diagnosis", "advice"}
    leave: dict = field(default_factory=dict)  # see referral_leave
    number: str = ""  # set by the service
    institution_name: str = ""  # set by the service, as it was when issued
    status: str = ISSUED  # set by the service
    timeline: list[dict] = field(default_factory=list)  # [{status, date, by, note}]
    id: str = ""
    version: int = 0


@dataclass(frozen=True)
class ReferralStatus:
    """What a head teacher may see of a referral."""

    id: str
    number: str
    student_id: str
    institution_name: str
    issued_on: str
    status: str
    steps: tuple[tuple[str, str], ...]  # (status, date)
    leave_start_on: str
    return_on: str


@dataclass(frozen=True)
class WaitingReferral:
    referral: Referral
    student_name: str
    class_name: str
    days_waiting: int


# -- helpers shared with referral_leave ------------------------------------------------------
def load_referral(conn: sqlcipher3.Connection, referral_id: str) -> Referral:
    return record_writes.load_live(conn, Referral, _TABLE, referral_id, "referral.missing")


def save(session: Session, conn: sqlcipher3.Connection, r: Referral, version: int | None) -> None:
    r.version = records.update(
        conn, _TABLE, _TYPE, r.id, codec.to_values(r), session.username, version
    )


@contextmanager
def changing(
    session: Session, referral_id: str, doing: str, expected_version: int | None
) -> Iterator[tuple[sqlcipher3.Connection, Referral]]:
    """The stored referral, for an account with the write right (``doing`` names the action
    when refused), in one transaction; saved when the block ends without an error, refused
    when another save came first and ``expected_version`` is set."""
    permissions.require(session.account, "write", _KIND, doing=doing)
    with session.store.transaction() as conn:
        r = load_referral(conn, referral_id)
        yield conn, r
        save(session, conn, r, expected_version)


def step_day(r: Referral, value: object, field: str) -> date:
    """A step's date: happened, and not before the referral's latest step."""
    on = fieldcheck.past_day(value, field)
    last = r.timeline[-1]["date"] if r.timeline else r.issued_on
    if format_date(on) < last:
        raise ValidationError(
            "referral.before_previous",
            field=field,
            value=format_date(on),
            previous=last,
        )
    return on


# -- validation ------------------------------------------------------------------------------
def _consent(value: object) -> dict:
    if value in ({}, None):
        return {}
    if not isinstance(value, dict) or not set(value) <= _CONSENT_KEYS:
        raise ValidationError(
            "referral.consent_shape",
            field="consent",
            allowed=sorted(_CONSENT_KEYS),
        )
    return {
        "guardian": fieldcheck.name(value.get("guardian", ""), "consent_guardian"),
        "relation": fieldcheck.name(value.get("relation", ""), "consent_relation", required=False),
        "date": format_date(fieldcheck.past_day(value.get("date"), "consent_date")),
        "method": fieldcheck.choice(value.get("method", ""), CONSENT_METHODS, "consent_method"),
    }


def _receipt(value: object, not_before: str) -> dict:
    if not isinstance(value, dict) or not set(value) <= {"date", "diagnosis", "advice"}:
        raise ValidationError("referral.receipt_shape", field="receipt")
    on = format_date(fieldcheck.past_day(value.get("date"), "receipt_date"))
    if on < not_before:
        raise ValidationError(
            "referral.before_previous",
            field="receipt_date",
            value=on,
        )
    diagnosis = fieldcheck.prose(value.get("diagnosis", ""), "diagnosis")
    advice = fieldcheck.prose(value.get("advice", ""), "advice")
    if not (diagnosis or advice):
        raise ValidationError("referral.receipt_empty", field="diagnosis")
    return {"date": on, "diagnosis": diagnosis, "advice": advice}


def _validate(conn: sqlcipher3.Connection, r: Referral) -> None:
    fieldcheck.student_row(conn, r.student_id)
    r.institution_name = _institution_label(conn, r.institution_id)
    r.reason = fieldcheck.prose(r.reason, "reason", required=True)
    r.symptoms = fieldcheck.prose(r.symptoms, "symptoms")
    r.risk_level = risklevels.check_level(conn, r.risk_level)
    r.consent = _consent(r.consent)


def _institution_label(conn: sqlcipher3.Connection, institution_id: object) -> str:
    inst = load_institution(conn, institution_id)
    return f"{inst.name} {inst.department}".strip()


def _next_number(conn: sqlcipher3.Connection, year: int) -> str:
    """The next number of the school year; deleted referrals keep theirs (they were printed)."""
    rows = conn.execute(f"SELECT number FROM {_TABLE} WHERE number LIKE ?", (f"ZJ{year}-%",))
    used = [int(m["seq"]) for (n,) in rows if (m := _NUMBER.fullmatch(n))]
    return f"ZJ{year}-{max(used, default=0) + 1:03d}"


# -- create / read / update / delete ---------------------------------------------------------
def create_referral(session: Session, r: Referral) -> Referral:
    permissions.require(session.account, "write", _KIND, doing="issue referrals")
    with session.store.transaction() as conn:
        _validate(conn, r)
        issued = fieldcheck.past_day(r.issued_on, "issued_on")
        r.issued_on = format_date(issued)
        r.number = _next_number(conn, school_year_of(issued))
        r.status, r.receipt, r.leave = ISSUED, {}, {}
        r.timeline = [{"status": ISSUED, "date": r.issued_on, "by": session.username, "note": ""}]
        r.id = records.insert(conn, _TABLE, _TYPE, codec.to_values(r), session.username)
    r.version = 1
    return r


def get_referral(session: Session, referral_id: str) -> Referral:
    permissions.require(session.account, "read", _KIND, doing="see referrals")
    return load_referral(session.store.conn, referral_id)


def find_referral_by_number(session: Session, number: str) -> Referral:
    """The referral a returned receipt (its printed number or QR code) belongs to."""
    permissions.require(session.account, "read", _KIND, doing="see referrals")
    text = fieldcheck.name(number, "number").upper()
    row = session.store.conn.execute(
        f"SELECT id FROM {_TABLE} WHERE number = ? AND deleted = 0", (text,)
    ).fetchone()
    if row is None:
        raise NotFound("referral.no_number", field="number", value=text)
    return load_referral(session.store.conn, row[0])


def update_referral(session: Session, r: Referral) -> Referral:
    """Edit reason, symptoms, level, consent; the institution while still 开具; the receipt
    once recorded. Number, status, timeline and leave are kept as stored."""
    permissions.require(session.account, "write", _KIND, doing="edit referrals")
    with session.store.transaction() as conn:
        stored = load_referral(conn, r.id)
        if r.student_id != stored.student_id:
            raise ValidationError("referral.student_fixed", field="student_id")
        if r.issued_on != stored.issued_on:
            raise ValidationError("referral.issued_on_fixed", field="issued_on")
        if r.institution_id != stored.institution_id and stored.status != ISSUED:
            raise ValidationError("referral.institution_fixed", field="institution_id")
        _validate(conn, r)
        if not r.consent and STEPS.index(stored.status) >= STEPS.index(VISITED):
            raise ValidationError("referral.consent_kept", field="consent")
        if r.institution_id == stored.institution_id:
            r.institution_name = stored.institution_name
        if r.receipt != stored.receipt:
            if not stored.receipt:
                raise ValidationError("referral.receipt_by_step", field="receipt")
            r.receipt = _receipt(r.receipt, _step_date(stored, VISITED))
        for name in ("number", "status", "timeline", "leave"):
            setattr(r, name, getattr(stored, name))
        save(session, conn, r, r.version or None)
    return r


def _step_date(r: Referral, status: str) -> str:
    return next(e["date"] for e in r.timeline if e["status"] == status)


def delete_referral(session: Session, referral_id: str) -> None:
    permissions.require(session.account, "write", _KIND, doing="delete referrals")
    with session.store.transaction() as conn:
        r = load_referral(conn, referral_id)
        if r.leave.get("start_on") and not r.leave.get("return_on"):
            raise ValidationError("referral.on_leave", field="leave")
        records.tombstone(conn, _TABLE, _TYPE, referral_id, session.username)


# -- steps -----------------------------------------------------------------------------------
def _check_step(r: Referral, to: str) -> None:
    at = STEPS.index(r.status)
    facts = {"field": "status", "current": r.status, "requested": to}
    if at == len(STEPS) - 1:
        raise ValidationError("referral.closed", **facts)
    expected = STEPS[at + 1]
    if STEPS.index(to) <= at:
        raise ValidationError("referral.step_done", expected=expected, **facts)
    if to != expected:
        raise ValidationError("referral.step_skipped", expected=expected, **facts)


def _append(session: Session, r: Referral, to: str, on: date, note: object) -> None:
    entry = {
        "status": to,
        "date": format_date(on),
        "by": session.username,
        "note": fieldcheck.prose(note, "note"),
    }
    r.status, r.timeline = to, [*r.timeline, entry]


def advance_referral(
    session: Session,
    referral_id: str,
    to_status: str,
    on: object,
    note: str = "",
    *,
    expected_version: int | None = None,
) -> Referral:
    """Move to the next step (送达监护人, 已就诊 or 结案) with its date and an optional note."""
    with changing(session, referral_id, "advance referrals", expected_version) as (_, r):
        to = fieldcheck.choice(to_status, STEPS, "status")
        _check_step(r, to)
        if to == RECEIPTED:
            raise ValidationError("referral.receipt_step", field="status")
        if to == VISITED and not r.consent:
            raise ValidationError("referral.consent_first", field="consent")
        _append(session, r, to, step_day(r, on, "date"), note)
    return r


def record_receipt(
    session: Session,
    referral_id: str,
    received_on: object,
    diagnosis: str,
    advice: str,
    note: str = "",
    *,
    expected_version: int | None = None,
) -> Referral:
    """Record what the institution reported back; moves the referral to 回执已收."""
    with changing(session, referral_id, "record referral receipts", expected_version) as (_, r):
        _check_step(r, RECEIPTED)
        on = step_day(r, received_on, "receipt_date")
        r.receipt = _receipt({"date": on, "diagnosis": diagnosis, "advice": advice}, "")
        _append(session, r, RECEIPTED, on, note)
    return r


# -- lists and views -------------------------------------------------------------------------
def list_referrals(
    session: Session, *, student_id: str | None = None, status: str | None = None
) -> list[Referral]:
    """Live referrals, newest number first."""
    return record_writes.list_records(
        session,
        _KIND,
        "see referrals",
        Referral,
        _TABLE,
        "issued_on DESC, id DESC",
        {"status": STEPS},
        student_id=student_id,
        status=status,
    )


def waiting_for_receipt(
    session: Session, today: object, older_than_days: int = 14
) -> list[WaitingReferral]:
    """Referrals with no receipt yet, issued at least ``older_than_days`` before ``today``."""
    permissions.require(session.account, "read", _KIND, doing="see referrals")
    day = fieldcheck.day(today, "today")
    days = fieldcheck.whole_number(older_than_days, "older_than_days", 0, 3650)
    rows = session.store.conn.execute(
        f"SELECT {codec.columns(Referral, 'r.')}, s.name AS student_name, "
        f"s.class_name AS student_class FROM {_TABLE} r JOIN students s ON s.id = r.student_id "
        f"WHERE r.deleted = 0 AND s.deleted = 0 AND r.status IN ({','.join('?' * len(WAITING))}) "
        "ORDER BY r.issued_on, r.id",
        WAITING,
    ).fetchall()
    out = []
    for row in rows:
        waited = (day - date.fromisoformat(row["issued_on"])).days
        if waited >= days:
            out.append(
                WaitingReferral(
                    codec.from_row(Referral, row), row["student_name"], row["student_class"], waited
                )
            )
    return out


def _status_view(r: Referral) -> ReferralStatus:
    return ReferralStatus(
        id=r.id,
        number=r.number,
        student_id=r.student_id,
        institution_name=r.institution_name,
        issued_on=r.issued_on,
        status=r.status,
        steps=tuple((e["status"], e["date"]) for e in r.timeline),
        leave_start_on=r.leave.get("start_on", ""),
        return_on=r.leave.get("return_on", ""),
    )


def referral_status(session: Session, referral_id: str) -> ReferralStatus:
    permissions.require(session.account, "status", _KIND, doing="see referral status")
    conn = session.store.conn
    r = load_referral(conn, referral_id)
    status_scope.require_student_class(
        session, _KIND, conn, r.student_id, "referral.class_hidden", "see referral status"
    )
    return _status_view(r)


def list_referral_statuses(
    session: Session, *, class_name: str | None = None
) -> list[ReferralStatus]:
    """Status views of the referrals the account may follow, newest first."""
    permissions.require(session.account, "status", _KIND, doing="see referral status")
    if class_name is not None:
        status_scope.require_class(
            session, _KIND, class_name, "referral.class_hidden", "see referral status"
        )
        classes: Sequence[str] | None = (class_name,)
    else:
        classes = status_scope.reach_classes(session, _KIND)
    referrals = status_scope.select_live_in_classes(
        session.store.conn, Referral, _TABLE, "x.issued_on DESC, x.id DESC", classes
    )
    return [_status_view(r) for r in referrals]
