"""services/student_file.py: one student's timeline per role, newest first, as codes and facts.

One student of OWN_CLASS with a record of every family: a session (notes that must never show),
a consent, a key-concern case with one review (the contact person: the head teacher of
CONTACT_CLASS), a referral, a crisis event and a home visit.
"""

from __future__ import annotations

import pytest

from sxcounsel.services import (
    concern_reviews,
    concerns,
    consents,
    crises,
    homevisits,
    institutions,
    referrals,
    sessions,
)
from sxcounsel.services import student_file as sf
from tests.services.casework import CONTACT_T, student, world

SECRET = "不应出现在时间线上的主诉"


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    yield from world(tmp_path_factory, "student_file")


@pytest.fixture(scope="module")
def ids(w):
    c, sid = w.c, student(w)
    out = {"student": sid}
    out["session"] = sessions.create_session(
        c,
        sessions.CounselingSession(
            date="2025-10-09",
            form="个别",
            source="主动求助",
            student_ids=[sid],
            categories=["学业", "情绪"],
        ),
        sessions.SessionNotes(complaint=SECRET),
    ).id
    out["case"] = concerns.open_case(
        c,
        concerns.ConcernCase(
            student_id=sid,
            opened_on="2025-10-10",
            risk_level="黄",
            contact_user=CONTACT_T,
            reason_categories=["学业"],
        ),
    ).id
    concern_reviews.add_review(
        w.t_contact,
        concern_reviews.ConcernReview(
            case_id=out["case"], reviewed_on="2025-10-25", observations="情绪平稳", level_after="蓝"
        ),
    )
    out["consent"] = consents.create_consent(
        c,
        consents.Consent(
            student_id=sid,
            purpose="转介",
            guardian="张建国",
            relation="父亲",
            date="2025-10-11",
            method="书面",
        ),
    ).id
    hospital = institutions.create_institution(c, institutions.Institution(name="富平县医院"))
    out["referral"] = referrals.create_referral(
        c,
        referrals.Referral(
            student_id=sid,
            institution_id=hospital.id,
            reason="情绪低落",
            issued_on="2025-10-12",
            risk_level="黄",
        ),
    ).id
    out["crisis"] = crises.report_crisis(
        c, crises.CrisisEvent(student_id=sid, occurred_at="2025-10-15 08:30", type="自伤")
    ).event.id
    out["visit"] = homevisits.create_home_visit(
        c,
        homevisits.HomeVisit(
            student_id=sid,
            date="2025-10-20",
            method="实地",
            staff=["赵敏", "刘老师"],
            met=[{"name": "张建国", "relation": "父亲"}],
            purpose="了解家庭情况",
        ),
    ).id
    return out


def events(entries: list[sf.Entry]) -> list[str]:
    return [e.event for e in entries]


def test_a_counselor_sees_every_family_newest_first(w, ids):
    entries = sf.timeline(w.c, ids["student"])
    assert events(entries) == [
        sf.CONCERN_REVIEW,
        sf.HOME_VISIT,
        sf.CRISIS,
        sf.REFERRAL,
        sf.CONSENT,
        sf.CONCERN_OPENED,
        sf.SESSION,
    ]
    assert [e.date for e in entries] == sorted((e.date for e in entries), reverse=True)
    by_event = {e.event: e for e in entries}
    session = by_event[sf.SESSION]
    assert (session.kind, session.record_id) == ("session", ids["session"])
    assert session.facts["categories"] == ("学业", "情绪") and session.facts["signed"] is False
    assert session.facts["number"].startswith("2025-")
    assert SECRET not in repr([e.facts for e in entries])  # notes never reach the timeline
    review = by_event[sf.CONCERN_REVIEW]
    assert (review.kind, review.record_id) == ("concern", ids["case"])
    assert review.facts["level_before"] == "黄" and review.facts["level_after"] == "蓝"
    opened = by_event[sf.CONCERN_OPENED]
    assert opened.facts["open"] is True and opened.facts["reasons"] == ("学业",)
    assert by_event[sf.CRISIS].facts == {"type": "自伤", "open": True}
    assert by_event[sf.REFERRAL].facts["institution"] == "富平县医院"
    assert by_event[sf.CONSENT].facts["purpose"] == "转介"
    assert by_event[sf.HOME_VISIT].facts["staff"] == ("赵敏", "刘老师")


def test_a_head_teacher_of_the_class_gets_no_session_no_consent_and_status_only(w, ids):
    entries = sf.timeline(w.t, ids["student"])
    assert events(entries) == [
        sf.CONCERN_REVIEW,
        sf.HOME_VISIT,
        sf.CRISIS_STATUS,
        sf.REFERRAL,
        sf.CONCERN_OPENED,
    ]
    crisis = next(e for e in entries if e.event == sf.CRISIS_STATUS)
    assert crisis.facts == {"open": True} and crisis.record_id == ids["crisis"]  # no type


def test_the_contact_person_sees_the_case_only(w, ids):
    """A head teacher of another class who is the case's contact person."""
    entries = sf.timeline(w.t_contact, ids["student"])
    assert events(entries) == [sf.CONCERN_REVIEW, sf.CONCERN_OPENED]


def test_a_head_teacher_of_another_class_sees_nothing(w, ids):
    assert sf.timeline(w.t_other, ids["student"]) == []


def test_an_administrator_reads_all_but_the_sessions(w, ids):
    entries = sf.timeline(w.a, ids["student"])
    assert sf.SESSION not in events(entries)
    assert {sf.CONSENT, sf.CRISIS, sf.REFERRAL, sf.HOME_VISIT} <= set(events(entries))


@pytest.fixture(scope="module")
def broken(w):
    """A second student with a session and a confidentiality break about it (保密例外)."""
    from sxcounsel.services import session_notes

    c, sid = w.c, student(w)
    session_id = sessions.create_session(
        c,
        sessions.CounselingSession(
            date="2025-10-09",
            form="个别",
            source="主动求助",
            student_ids=[sid],
            categories=["情绪"],
        ),
        sessions.SessionNotes(complaint=SECRET),
    ).id
    b = session_notes.create_disclosure(
        c,
        session_notes.ConfidentialityBreak(
            student_id=sid,
            date="2025-10-13",
            disclosed_to="学生父亲张建国",
            reason="自伤风险，需告知监护人",
            what="近期情绪与自伤想法",
            session_id=session_id,
        ),
    )
    return {"student": sid, "session": session_id, "break": b.id}


def test_a_counselor_sees_the_confidentiality_break_without_its_sealed_text(w, broken):
    entries = sf.timeline(w.c, broken["student"])
    assert events(entries) == [sf.DISCLOSURE, sf.SESSION]
    entry = entries[0]
    assert (entry.kind, entry.record_id, entry.date) == (
        "disclosure",
        broken["break"],
        "2025-10-13",
    )
    number = entries[1].facts["number"]
    assert entry.facts == {"session_number": number}
    shown = repr([e.facts for e in entries])  # whom, why, what are sealed like notes
    for sealed in ("学生父亲张建国", "自伤风险", "近期情绪", SECRET):
        assert sealed not in shown


@pytest.mark.parametrize("who", ["t", "a"])
def test_head_teachers_and_administrators_never_see_a_break(w, broken, who):
    entries = sf.timeline(getattr(w, who), broken["student"])
    assert sf.DISCLOSURE not in events(entries)
    assert all(e.kind != "disclosure" for e in entries)
