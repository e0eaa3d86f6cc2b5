"""Partner institutions (医校协作 hospitals and clinics) that referrals are sent to.

| action                     | counselor | head_teacher | school_admin |
|----------------------------|-----------|--------------|--------------|
| create / update / delete   | yes       | no           | yes          |
| get / list                 | yes       | yes          | yes          |

A referral keeps the institution's name as it was when issued, so deleting (tombstoning) or
renaming an institution never changes a referral letter already printed.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import NotFound, ValidationError
from sxcounsel.services import codec, fieldcheck, record_writes
from sxcounsel.services.account_session import Session
from sxcounsel.store import records

_TABLE, _TYPE = "institutions", "institution"
_KIND = "institutions"  # its row in the role table (core/permissions.py)


@dataclass
class Institution:
    name: str  # e.g. 富平县医院
    department: str = ""  # e.g. 心理科
    phone: str = ""
    address: str = ""
    id: str = ""
    version: int = 0


def load_institution(conn: sqlcipher3.Connection, institution_id: object) -> Institution:
    if not isinstance(institution_id, str) or not institution_id:
        raise ValidationError("institution.none", field="institution_id")
    row = conn.execute(
        f"SELECT {codec.columns(Institution)} FROM {_TABLE} WHERE id = ? AND deleted = 0",
        (institution_id,),
    ).fetchone()
    if row is None:
        raise NotFound("institution.missing", field="institution_id", id=institution_id)
    return codec.from_row(Institution, row)


def _validate(conn: sqlcipher3.Connection, i: Institution) -> dict[str, object]:
    i.name = fieldcheck.name(i.name, "name")
    i.department = fieldcheck.name(i.department, "department", required=False)
    i.phone = fieldcheck.name(i.phone, "phone", required=False)
    i.address = fieldcheck.name(i.address, "address", required=False)
    dup = conn.execute(
        f"SELECT id FROM {_TABLE} WHERE name = ? AND department = ? AND deleted = 0 AND id != ?",
        (i.name, i.department, i.id),
    ).fetchone()
    if dup:
        raise ValidationError(
            "institution.duplicate",
            field="name",
            value=i.name,
            id=dup[0],
        )
    return codec.to_values(i)


def create_institution(session: Session, i: Institution) -> Institution:
    permissions.require(session.account, "write", _KIND, doing="add partner institutions")
    with session.store.transaction() as conn:
        values = _validate(conn, i)
        i.id = records.insert(conn, _TABLE, _TYPE, values, session.username)
    i.version = 1
    return i


def get_institution(session: Session, institution_id: str) -> Institution:
    permissions.require(session.account, "read", _KIND, doing="see partner institutions")
    return load_institution(session.store.conn, institution_id)


def list_institutions(session: Session) -> list[Institution]:
    permissions.require(session.account, "read", _KIND, doing="see partner institutions")
    return codec.select_live(session.store.conn, Institution, _TABLE, "name, department")


def update_institution(session: Session, i: Institution) -> Institution:
    permissions.require(session.account, "write", _KIND, doing="edit partner institutions")
    with session.store.transaction() as conn:
        load_institution(conn, i.id)
        values = _validate(conn, i)
        record_writes.save_changes(session, conn, _TABLE, _TYPE, i, values)
    return i


def delete_institution(session: Session, institution_id: str) -> None:
    record_writes.delete_record(
        session,
        _KIND,
        "delete partner institutions",
        _TABLE,
        _TYPE,
        institution_id,
        check=load_institution,
    )
