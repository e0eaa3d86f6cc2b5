"""One synced school record for the county's read-only view (the county never edits).

The record as the school sent it (JSON-in-text fields such as lists decoded), with its school
and its student. County role only (county/stats.py ``require_county``).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass

from sxcounsel.core.errors import NotFound
from sxcounsel.county.stats import require_county
from sxcounsel.services.account_session import Session


@dataclass(frozen=True)
class RecordDetail:
    id: str
    record_type: str
    school_code: str
    school_name: str
    version: int
    fields: dict  # the record as the school sent it (JSON-in-text fields decoded)
    student: dict  # its student's fields ({} when none)


def _decoded(data: str) -> dict:
    obj = json.loads(data)
    for key, value in list(obj.items()):
        if isinstance(value, str) and value[:1] in "[{":
            with contextlib.suppress(ValueError):
                obj[key] = json.loads(value)
    return obj


def record_detail(session: Session, record_id: str) -> RecordDetail:
    require_county(session, "see school records")
    conn = session.store.conn
    row = conn.execute(
        "SELECT r.record_type, r.school_code, coalesce(k.name, r.school_code), r.version, "
        "r.data FROM county_records r LEFT JOIN county_schools k ON k.code = r.school_code "
        "WHERE r.id = ? AND r.deleted = 0",
        (record_id,),
    ).fetchone()
    if row is None:
        raise NotFound("county.record_missing", id=record_id)
    fields = _decoded(row[4])
    student: dict = {}
    sid = fields.get("student_id")
    if sid:
        found = conn.execute(
            "SELECT data FROM county_records WHERE id = ? AND school_code = ? "
            "AND record_type = 'student' AND deleted = 0",
            (sid, row[1]),
        ).fetchone()
        student = _decoded(found[0]) if found else {}
    return RecordDetail(record_id, row[0], row[1], row[2], row[3], fields, student)
