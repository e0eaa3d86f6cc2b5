"""The county side of enrollment: the enrollment file it hands out, approving requests."""

from __future__ import annotations

import re
from pathlib import Path

from sxcounsel.core.clock import utc_stamp
from sxcounsel.county import data as county_data
from sxcounsel.county.store import County
from sxcounsel.services.account_session import Session
from sxcounsel.sync.enrollment import (
    MAX_FILE,
    Enrollment,
    EnrollmentRequest,
    parse_request,
    write_enrollment,
)
from sxcounsel.sync.errors import EnrollmentError
from sxcounsel.sync.keys import b64, key_id, read_limited
from sxcounsel.sync.tls import fingerprint


def enrollment_for(county: County) -> Enrollment:
    return Enrollment(
        county_code=county.code,
        county_name=county.name,
        signing_key=county.keys.signing_public,
        encryption_key=county.keys.encryption_public,
        url=county.url,
        certificate=county.certificate,
        fingerprint=fingerprint(county.certificate),
        policy=county.policy,
    )


def write_enrollment_file(session: Session, county: County, path: Path) -> Enrollment:
    e = enrollment_for(county)
    write_enrollment(e, county.keys.signing, Path(path))
    session.store.audit(session.username, "export", "enrollment", county.code)
    return e


def approve(
    session: Session, county: County, request_file: Path, *, rekey: bool = False
) -> tuple[EnrollmentRequest, str]:
    """Register the school of an enrollment request; returns (request, what happened)."""
    path = Path(request_file)
    r = parse_request(read_limited(path, MAX_FILE, "request"), path.name)
    if r.county_code != county.code or r.county_key_id != county.keys.signing_id:
        raise EnrollmentError(
            "enrollment.request_other_county", file=path.name, county=r.county_code
        )
    if not re.fullmatch(r"\d{10}", r.school_code):
        raise EnrollmentError("enrollment.school_code", file=path.name)
    existing = county_data.school(session.store, r.school_code)
    new_id = key_id(r.signing_key)
    if existing and existing.key_id == new_id:
        return r, "already enrolled"
    if existing and not rekey:
        raise EnrollmentError("enrollment.rekey", file=path.name, school=r.school_code)
    now = utc_stamp()
    row = county_data.SchoolRow(
        code=r.school_code,
        name=r.school_name,
        signing_key=b64(r.signing_key),
        encryption_key=b64(r.encryption_key),
        key_id=new_id,
        device=r.device,
        enrolled_at=existing.enrolled_at if existing else now,
        rekeyed_at=now if existing else "",
    )
    action = "rekeyed" if existing else "enrolled"
    county_data.save_school(session.store, row, session.username, action)
    return r, action
