"""Bad-input sweep of the record services: every text field of every record family.

Each text field (and each list-of-text field, as a one-item list) of a valid record is replaced
by each value below, and the record is created through its service as the GUI and the roster
import would:

| value           | what must happen                                                   |
|-----------------|--------------------------------------------------------------------|
| empty           | refused when the field is required, else stored empty              |
| 10k chars       | refused, or (free-text fields) stored whole — never cut silently    |
| control chars   | refused (a1b\\x07c\\x1b[31m…: they break XLSX export and terminals) |
| line breaks     | refused, folded to a space (one-line fields), or kept (free text)   |
| emoji           | stored as typed, or refused                                         |
| full-width mix  | stored (folded to half-width where the field folds), or refused     |
| 2025-02-30      | refused in date fields; plain text elsewhere                        |

A refusal must be a ValidationError (or NotFound for a reference) whose facts name the field,
with nothing written (the change log does not move). Any other exception type fails the sweep.

| record family        | service             | fields swept                                     |
|----------------------|---------------------|--------------------------------------------------|
| Student              | create_student      | student_no name gender birth_date id_number grade class_name dormitory address status |
| HomeVisit            | create_home_visit   | student_id date method staff purpose family_situation parents_views advice follow_up follow_up_date |
| CounselingSession    | create_session      | date form source student_ids categories start_time place class_name risk_level counselor next_appointment |
| SessionNotes         | create_session      | complaint process assessment plan                |
| ConcernCase          | open_case           | student_id opened_on risk_level contact_user reason_categories reason_text care_plan |
| CrisisEvent          | report_crisis       | student_id occurred_at type place description reported_by actions outcome |
| Referral             | create_referral     | student_id institution_id reason issued_on risk_level symptoms |
| Consent              | create_consent      | student_id purpose guardian relation date method withdrawn_on |
| Institution          | create_institution  | every text field                                  |
"""

from __future__ import annotations

import dataclasses
import itertools
import re

import pytest

from sxcounsel.core.errors import NotFound, ValidationError
from sxcounsel.services.account_session import Session
from sxcounsel.services.concerns import ConcernCase, get_case, open_case
from sxcounsel.services.consents import Consent, create_consent, get_consent
from sxcounsel.services.crises import CrisisEvent, get_crisis, report_crisis
from sxcounsel.services.homevisits import HomeVisit, create_home_visit, get_home_visit
from sxcounsel.services.institutions import Institution, create_institution, get_institution
from sxcounsel.services.referrals import Referral, create_referral, get_referral
from sxcounsel.services.session_notes import read_notes
from sxcounsel.services.sessions import CounselingSession, SessionNotes, create_session
from sxcounsel.services.students import Student, create_student, get_student
from tests.conftest import COUNSELOR, COUNSELOR_PASS
from tests.hardening.badinput import TEXTS

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SKIP = {"id", "version", "number", "status", "school_year", "signed_at", "signed_by"}
SKIP |= {"next_review_on", "closed_on", "close_reason", "institution_name", "timeline"}
_n = itertools.count(1)


@pytest.fixture(scope="module")
def counselor(tmp_path_factory):
    from tests.conftest import make_school

    home = tmp_path_factory.mktemp("sweep") / "home"
    make_school(home)
    s = Session.unlock(home, COUNSELOR, COUNSELOR_PASS)
    yield s
    s.lock()


def _student(s: Session) -> str:
    n = next(_n)
    return create_student(
        s, Student(student_no=f"SW{n:05d}", name=f"测试{n}", class_name="七年级(2)班")
    ).id


def _institution(s: Session) -> str:
    return create_institution(s, Institution(f"富平县医院{next(_n)}", "心理科")).id


def _baselines(s: Session):
    """(family, make a valid record, create it, read back the stored record) per family."""

    def student():
        return Student(
            student_no=f"SB{next(_n):05d}",
            name="张小明",
            gender="男",
            birth_date="2012-05-03",
            grade="七年级",
            class_name="七年级(2)班",
            dormitory="3号楼201",
            address="富平县庄里镇",
        )

    def visit():
        return HomeVisit(
            student_id=_student(s),
            date="2025-10-09",
            method="实地",
            staff=["王老师"],
            met=[{"name": "张奶奶", "relation": "祖母"}],
            purpose="了解家庭情况",
            family_situation="与祖母同住",
            parents_views="希望多关注",
            advice="每周电话沟通",
            follow_up="下月再访",
            follow_up_date="2025-11-09",
        )

    def counseling():
        return CounselingSession(
            date="2025-10-09",
            form="个别",
            source="主动求助",
            student_ids=[_student(s)],
            categories=["学业"],
            start_time="14:30",
            place="心理辅导室",
            next_appointment="2025-10-16",
        )

    def concern():
        return ConcernCase(
            student_id=_student(s),
            opened_on="2025-10-09",
            risk_level="黄",
            contact_user=COUNSELOR,
            reason_categories=["情绪"],
            reason_text="情绪低落",
            care_plan="每周谈话一次",
        )

    def crisis():
        return CrisisEvent(
            student_id=_student(s),
            occurred_at="2025-10-09 14:30",
            type="自伤",
            place="教室",
            description="划伤手臂",
            actions=["通知监护人"],
            outcome="已送医",
        )

    def referral():
        return Referral(
            student_id=_student(s),
            institution_id=_institution(s),
            reason="持续失眠",
            issued_on="2025-10-09",
            risk_level="橙",
            symptoms="睡眠差",
        )

    def consent():
        return Consent(
            student_id=_student(s),
            purpose="建档",
            guardian="张建国",
            relation="父亲",
            date="2025-10-09",
            method="书面",
        )

    def institution():
        return Institution(f"渭南市医院{next(_n)}", "儿少科", "0913-1234567")

    return [
        ("Student", student, create_student, get_student),
        ("HomeVisit", visit, create_home_visit, get_home_visit),
        ("CounselingSession", counseling, create_session, None),
        ("ConcernCase", concern, open_case, get_case),
        ("CrisisEvent", crisis, lambda s, e: report_crisis(s, e).event, get_crisis),
        ("Referral", referral, create_referral, get_referral),
        ("Consent", consent, create_consent, get_consent),
        ("Institution", institution, create_institution, get_institution),
    ]


def _seq(s: Session) -> int:
    return s.store.conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]


def _judge_stored(vname: str, given: str, stored: object) -> str:
    values = stored if isinstance(stored, list) else [stored]
    for v in values:
        if isinstance(v, dict):
            v = " ".join(str(x) for x in v.values())
        if isinstance(v, str) and CONTROL.search(v):
            return f"stored control characters {v[:20]!r}"
        if vname == "10k chars" and isinstance(v, str) and 0 < len(v) < len(given):
            return f"cut silently to {len(v)} characters"
    return ""


def _attempt(s, field, vname, value, make, create, get) -> tuple[str, object]:
    """('' when the service behaved, else what went wrong; the stored value or None)."""
    record = make()
    current = getattr(record, field)
    setattr(record, field, [value] if isinstance(current, list) else value)
    before = _seq(s)
    try:
        created = create(s, record)
    except (ValidationError, NotFound) as exc:
        if not exc.facts.get("field"):
            return f"{type(exc).__name__} without a field: {exc.message}", None
        if _seq(s) != before:
            return "refused, but the change log moved", None
        if CONTROL.search(exc.message) or len(exc.message) > 300:
            return f"message carries the value: {exc.message[:60]!r}", None
        return "", None
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc)[:80]}", None
    stored = getattr(get(s, created.id) if get else created, field)
    return _judge_stored(vname, value, stored), stored


def test_every_text_field_of_every_record(counselor):
    s = counselor
    bad, swept = [], set()
    for family, make, create, get in _baselines(s):
        assert create(s, make()).id, family  # the baseline itself is valid
        sample = make()
        for f in dataclasses.fields(sample):
            current = getattr(sample, f.name)
            if f.name in SKIP or not (
                isinstance(current, str) or (isinstance(current, list) and current)
            ):
                continue
            if isinstance(current, list) and not isinstance(current[0], str):
                continue
            swept.add(f"{family}.{f.name}")
            stored = {}
            for vname, value in TEXTS.items():
                verdict, stored[vname] = _attempt(s, f.name, vname, value, make, create, get)
                if verdict:
                    bad.append(f"{family}.{f.name} = {vname}: {verdict}")
            # 10,000 characters fit only in free-text fields (those that keep line breaks).
            if stored["10k chars"] is not None and "\n" not in str(stored["line breaks"]):
                bad.append(f"{family}.{f.name} = 10k chars: accepted in a one-line field")
    assert bad == [], "\n".join(bad)
    assert len(swept) >= 50, sorted(swept)  # every family's fields were reached
    assert {"Student.address", "HomeVisit.staff", "CrisisEvent.actions"} <= swept


def test_counseling_notes(counselor):
    s = counselor
    bad = []
    baseline = CounselingSession(
        date="2025-10-09",
        form="个别",
        source="主动求助",
        student_ids=[_student(s)],
        categories=["情绪"],
    )
    assert create_session(s, baseline, SessionNotes(complaint="睡不好")).id  # valid as is
    for f in dataclasses.fields(SessionNotes):
        for vname, value in TEXTS.items():
            record = CounselingSession(
                date="2025-10-09",
                form="个别",
                source="主动求助",
                student_ids=[_student(s)],
                categories=["情绪"],
            )
            before = _seq(s)
            try:
                created = create_session(s, record, SessionNotes(**{f.name: value}))
            except ValidationError as exc:
                if not exc.facts.get("field") or _seq(s) != before:
                    bad.append(f"notes.{f.name} = {vname}: refusal without field or written")
                continue
            except Exception as exc:
                bad.append(f"notes.{f.name} = {vname}: {type(exc).__name__}")
                continue
            stored = getattr(read_notes(s, created.id).notes, f.name)
            verdict = _judge_stored(vname, value, stored)
            if verdict:
                bad.append(f"notes.{f.name} = {vname}: {verdict}")
    assert bad == [], "\n".join(bad)
