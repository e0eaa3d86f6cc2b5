"""Printing the referral letter, the counseling session record and the recovery key sheet.

Same rules as ``printing`` (the role table's ``print`` action; one audit entry per file, written
with the file). A session record is for counselors only: a refused attempt is audited too.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from sxcounsel.core import permissions
from sxcounsel.core.errors import NotFound, PermissionDenied
from sxcounsel.reports import recovery_sheet as rs
from sxcounsel.reports import referral_letter as rl
from sxcounsel.reports import session_record as sr
from sxcounsel.reports.page import PageInfo
from sxcounsel.services import institutions, referrals, session_notes, sessions, students
from sxcounsel.services.account_session import Session
from sxcounsel.services.printing import (
    Printed,
    local_time,
    output_format,
    page_info,
    person,
    printed,
    write_audited,
)
from sxcounsel.store.atomic import atomic_write_bytes

_SESSION_NUMBER = re.compile(r"(?P<year>[0-9]{4})-[0-9]{3,}")
_REFERRAL_NUMBER = re.compile(r"ZJ[0-9]{4}-[0-9]+", re.IGNORECASE)


# -- referrals -------------------------------------------------------------------------------
def find_referral(session: Session, id_or_number: str) -> referrals.Referral:
    text = (id_or_number or "").strip()
    if _REFERRAL_NUMBER.fullmatch(text):
        return referrals.find_referral_by_number(session, text)
    return referrals.get_referral(session, text)


def referral_letter_data(session: Session, r: referrals.Referral) -> rl.ReferralLetter:
    s = students.get_student(session, r.student_id)
    consent = r.consent or {}
    guardian = next(
        (g for g in s.guardians if consent and g.get("name") == consent.get("guardian")),
        s.guardians[0] if s.guardians else {},
    )
    g_name = consent.get("guardian") or guardian.get("name", "")
    g_rel = consent.get("relation") or guardian.get("relation", "")
    contact = ""
    try:
        inst = institutions.get_institution(session, r.institution_id)
        contact = "　".join(
            x
            for x in (
                f"地址：{inst.address}" if inst.address else "",
                f"电话：{inst.phone}" if inst.phone else "",
            )
            if x
        )
    except NotFound:
        pass
    given = (
        f"{consent['guardian']}（{consent.get('relation') or '监护人'}）于 {consent['date']} "
        f"{consent['method']}同意"
        if consent
        else ""
    )
    return rl.ReferralLetter(
        school_name=session.store.meta("school_name"),
        number=r.number,
        issued_on=r.issued_on,
        student_name=s.name,
        gender=s.gender,
        class_name=s.class_name,
        birth_date=s.birth_date,
        guardian=f"{g_name}（{g_rel}）" if g_name and g_rel else g_name,
        guardian_phone=guardian.get("phone", ""),
        institution=r.institution_name,
        institution_contact=contact,
        reason=r.reason,
        symptoms=r.symptoms,
        risk_level=r.risk_level,
        consent=given,
        issued_by=person(session, {}, r.timeline[0]["by"] if r.timeline else ""),
    )


def referral_letter(session: Session, id_or_number: str, path: Path) -> Printed:
    fmt = output_format(path)
    permissions.require(session.account, "print", "referrals", doing="print referral letters")
    r = find_referral(session, id_or_number)
    letter = referral_letter_data(session, r)
    built = rl.build(letter, page_info(session, confidential=True, title=rl.TITLE))
    write_audited(session, path, built.data, "print", ("referral", r.id), "referral letter pdf")
    return printed(path, fmt, built, 1)


# -- counseling sessions ---------------------------------------------------------------------
def find_session(session: Session, id_or_number: str) -> sessions.CounselingSession:
    text = (id_or_number or "").strip()
    match = _SESSION_NUMBER.fullmatch(text)
    if match:
        for s in sessions.list_sessions(session, school_year=int(match["year"])):
            if s.number == text:
                return s
        raise NotFound("print.no_session_number", field="number", value=text)
    return sessions.get_session(session, text)


def session_record_data(session: Session, s: sessions.CounselingSession) -> sr.SessionRecord:
    view = session_notes.read_notes(session, s.id)  # audited as a view of the notes
    people: dict[str, str] = {}
    kids = [students.get_student(session, sid) for sid in s.student_ids]
    return sr.SessionRecord(
        school_name=session.store.meta("school_name"),
        number=s.number,
        date=s.date,
        start_time=s.start_time,
        duration_min=s.duration_min,
        place=s.place,
        form=s.form,
        source=s.source,
        students="、".join(f"{k.name}（{k.class_name}）" for k in kids),
        class_name=s.class_name,
        categories="、".join(s.categories),
        risk_level=s.risk_level,
        counselor=person(session, people, s.counselor),
        next_appointment=s.next_appointment,
        complaint=view.notes.complaint,
        process=view.notes.process,
        assessment=view.notes.assessment,
        plan=view.notes.plan,
        signed_by=person(session, people, s.signed_by) if s.signed_by else "",
        signed_at=local_time(s.signed_at),
        addenda=[
            sr.AddendumLine(local_time(a.at), person(session, people, a.author), a.text)
            for a in view.addenda
        ],
    )


def session_record(session: Session, id_or_number: str, path: Path) -> Printed:
    fmt = output_format(path)
    if not permissions.allowed(session.account, "print", "sessions"):
        session.store.audit(
            session.username, "print", sessions.TYPE, "", result="refused", detail="session record"
        )
        raise PermissionDenied("print.counselors_only", action="print counseling session records")
    s = find_session(session, id_or_number)
    record = session_record_data(session, s)
    built = sr.build(record, page_info(session, confidential=True, title=sr.TITLE))
    write_audited(session, path, built.data, "print", (sessions.TYPE, s.id), "session record pdf")
    return printed(path, fmt, built, 1)


# -- the recovery key sheet (no session: the wizard prints it before anyone logs in) ---------
def recovery_sheet(
    path: Path, school_name: str, school_code: str, recovery_key: str, printed_by: str = ""
) -> Printed:
    fmt = output_format(path)
    now = datetime.now()
    sheet = rs.RecoverySheet(school_name, school_code, recovery_key, now.strftime("%Y-%m-%d"))
    info = PageInfo(school_name, printed_by or "—", now, confidential=True, title=rs.TITLE)
    built = rs.build(sheet, info)
    atomic_write_bytes(Path(path), built.data)
    return printed(path, fmt, built, 0)
