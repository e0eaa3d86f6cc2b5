"""Guardian consent (知情同意, PIPL): per student and purpose, withdrawable.

| action                                       | counselor | head_teacher | school_admin |
|----------------------------------------------|-----------|--------------|--------------|
| create / update / withdraw / delete          | yes       | no           | no           |
| get / list / has_consent                     | yes       | no           | yes (read)   |

A consent holds from its date; once withdrawn it no longer holds from the withdrawal date on.
Withdrawing is an update (the record stays, with ``withdrawn_on`` set).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import ValidationError
from sxcounsel.core.schoolyear import format_date
from sxcounsel.services import codec, fieldcheck, record_writes
from sxcounsel.services.account_session import Session
from sxcounsel.store import records

_TABLE, _TYPE = "consents", "consent"
PURPOSES = ("建档", "测评", "转介", "数据上报")
METHODS = ("书面", "电话", "当面", "微信")
_KIND = "consents"  # its row in the role table (core/permissions.py)


@dataclass
class Consent:
    student_id: str
    purpose: str
    guardian: str  # the guardian's name
    relation: str  # the guardian's relation to the student (父亲, 祖母, …)
    date: str
    method: str
    withdrawn_on: str = ""
    id: str = ""
    version: int = 0


def _validate(conn: sqlcipher3.Connection, c: Consent) -> dict[str, object]:
    fieldcheck.student_row(conn, c.student_id)
    c.purpose = fieldcheck.choice(c.purpose, PURPOSES, "purpose")
    c.guardian = fieldcheck.name(c.guardian, "guardian")
    c.relation = fieldcheck.name(c.relation, "relation")
    given = fieldcheck.past_day(c.date, "date")
    c.date = format_date(given)
    c.method = fieldcheck.choice(c.method, METHODS, "method")
    if c.withdrawn_on not in ("", None):
        withdrawn = fieldcheck.past_day(c.withdrawn_on, "withdrawn_on")
        if withdrawn < given:
            raise ValidationError(
                "consent.withdrawn_before_given",
                field="withdrawn_on",
                value=format_date(withdrawn),
            )
        c.withdrawn_on = format_date(withdrawn)
    else:
        c.withdrawn_on = ""
    return codec.to_values(c)


def _load(conn: sqlcipher3.Connection, consent_id: str) -> Consent:
    return record_writes.load_live(conn, Consent, _TABLE, consent_id, "consent.missing")


def create_consent(session: Session, c: Consent) -> Consent:
    return record_writes.write_record(
        session, _KIND, "record consents", _TABLE, _TYPE, c, _validate
    )


def get_consent(session: Session, consent_id: str) -> Consent:
    return record_writes.get_record(session, _KIND, "see consents", _load, consent_id)


def list_consents(
    session: Session, *, student_id: str | None = None, purpose: str | None = None
) -> list[Consent]:
    """Live consents (withdrawn ones too), oldest first."""
    return record_writes.list_records(
        session,
        _KIND,
        "see consents",
        Consent,
        _TABLE,
        "date, id",
        {"purpose": PURPOSES},
        student_id=student_id,
        purpose=purpose,
    )


def update_consent(session: Session, c: Consent) -> Consent:
    return record_writes.write_record(
        session, _KIND, "edit consents", _TABLE, _TYPE, c, _validate, check=_load
    )


def withdraw_consent(
    session: Session, consent_id: str, on: date | str, expected_version: int | None = None
) -> Consent:
    """Record that the guardian withdrew the consent on ``on`` (an update of the record)."""
    permissions.require(session.account, "write", _KIND, doing="edit consents")
    with session.store.transaction() as conn:
        c = _load(conn, consent_id)
        if c.withdrawn_on:
            raise ValidationError("consent.already_withdrawn", field="withdrawn_on", id=consent_id)
        if on in ("", None):
            raise ValidationError("consent.no_withdrawn_on", field="withdrawn_on")
        c.withdrawn_on = on  # type: ignore[assignment]  # normalized by _validate
        values = _validate(conn, c)
        c.version = records.update(
            conn, _TABLE, _TYPE, c.id, values, session.username, expected_version
        )
    return c


def delete_consent(session: Session, consent_id: str) -> None:
    record_writes.delete_record(session, _KIND, "delete consents", _TABLE, _TYPE, consent_id)


def has_consent(
    session: Session, student_id: str, purpose: str, on: date | str | None = None
) -> bool:
    """Whether a guardian consent for ``purpose`` holds on ``on`` (default: today)."""
    permissions.require(session.account, "read", _KIND, doing="see consents")
    purpose = fieldcheck.choice(purpose, PURPOSES, "purpose")
    day = format_date(date.today() if on in ("", None) else fieldcheck.day(on, "on"))
    row = session.store.conn.execute(
        f"SELECT 1 FROM {_TABLE} WHERE deleted = 0 AND student_id = ? AND purpose = ? "
        "AND date <= ? AND (withdrawn_on = '' OR withdrawn_on > ?) LIMIT 1",
        (student_id, purpose, day, day),
    ).fetchone()
    return row is not None
