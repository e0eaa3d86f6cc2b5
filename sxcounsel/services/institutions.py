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

from sxcounsel.core.errors import ValidationError
from sxcounsel.services import codec, fieldcheck, record_writes
from sxcounsel.services.account_session import Session

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
    return record_writes.load_live(
        conn, Institution, _TABLE, institution_id, "institution.missing", field="institution_id"
    )


def _validate(conn: sqlcipher3.Connection, i: Institution) -> dict[str, object]:
    i.name = fieldcheck.name(i.name, "name")
    i.department = fieldcheck.name(i.department, "department", required=False)
    i.phone = fieldcheck.name(i.phone, "phone", required=False)
    i.address = fieldcheck.name(i.address, "address", required=False)
    other = record_writes.taken_by(conn, _TABLE, i.id, name=i.name, department=i.department)
    if other is not None:
        raise ValidationError("institution.duplicate", field="name", value=i.name, id=other)
    return codec.to_values(i)


def create_institution(session: Session, i: Institution) -> Institution:
    return record_writes.write_record(
        session, _KIND, "add partner institutions", _TABLE, _TYPE, i, _validate
    )


def get_institution(session: Session, institution_id: str) -> Institution:
    return record_writes.get_record(
        session, _KIND, "see partner institutions", load_institution, institution_id
    )


def list_institutions(session: Session) -> list[Institution]:
    return record_writes.list_records(
        session, _KIND, "see partner institutions", Institution, _TABLE, "name, department"
    )


def update_institution(session: Session, i: Institution) -> Institution:
    return record_writes.write_record(
        session,
        _KIND,
        "edit partner institutions",
        _TABLE,
        _TYPE,
        i,
        _validate,
        check=load_institution,
    )


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
