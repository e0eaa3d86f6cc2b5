"""services/dashboard.py: the dashboard's figures per role, from a real store.

OWN_CLASS (the head teacher's): a student with a session today, a home visit, a key-concern case
10 days overdue and a referral waiting 20 days for its receipt; another with a referral 3 days
old. OTHER_CLASS: a student with a case due today and an open crisis event.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sxcounsel.core.schoolyear import format_date, school_year_of
from sxcounsel.services import (
    concerns,
    crises,
    dashboard,
    homevisits,
    institutions,
    referrals,
    sessions,
)
from tests.conftest import COUNSELOR
from tests.services.casework import OTHER_CLASS, OWN_CLASS, student, world

TODAY = date.today()


def ago(days: int) -> str:
    return format_date(TODAY - timedelta(days=days))


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    yield from world(tmp_path_factory, "dashboard")


@pytest.fixture(scope="module")
def ids(w):
    c = w.c
    out = {"own": student(w), "own2": student(w), "other": student(w, OTHER_CLASS)}
    sessions.create_session(
        c,
        sessions.CounselingSession(
            date=ago(0),
            form="个别",
            source="主动求助",
            student_ids=[out["own"]],
            categories=["学业"],
        ),
        sessions.SessionNotes(complaint="不应出现"),
    )
    homevisits.create_home_visit(
        c,
        homevisits.HomeVisit(
            student_id=out["own"],
            date=ago(5),
            method="实地",
            staff=["刘老师"],
            met=[{"name": "张建国", "relation": "父亲"}],
            purpose="了解学习情况",
        ),
    )
    for key, who, opened, interval, level in (
        ("overdue", "own", 40, 30, "橙"),
        ("due", "other", 14, 14, "红"),
    ):
        out[key] = concerns.open_case(
            c,
            concerns.ConcernCase(
                student_id=out[who],
                opened_on=ago(opened),
                risk_level=level,
                contact_user=COUNSELOR,
                reason_categories=["情绪"],
                review_interval_days=interval,
            ),
        ).id
    hospital = institutions.create_institution(c, institutions.Institution(name="富平县医院"))
    for key, who, day in (("ref_old", "own", 20), ("ref_new", "own2", 3)):
        out[key] = referrals.create_referral(
            c,
            referrals.Referral(
                student_id=out[who],
                institution_id=hospital.id,
                reason="情绪低落",
                issued_on=ago(day),
                risk_level="橙",
            ),
        ).id
    out["crisis"] = crises.report_crisis(
        c, crises.CrisisEvent(student_id=out["other"], occurred_at=ago(1), type="自伤")
    ).event.id
    return out


def test_a_counselor_gets_every_reminder_and_the_session_count(w, ids):
    data = dashboard.gather(w.c, TODAY)
    assert data.today == TODAY and data.school_year == school_year_of(TODAY)
    assert [d.case.id for d in data.overdue] == [ids["overdue"]]
    assert data.overdue[0].days_overdue == 10
    assert [d.case.id for d in data.due_today] == [ids["due"]]
    assert [(x.id, x.days, x.class_name) for x in data.waiting] == [(ids["ref_old"], 20, OWN_CLASS)]
    assert [c.id for c in data.open_crises] == [ids["crisis"]]
    assert data.sessions_this_month == 1
    coverage = {c.class_name: (c.visited, c.students) for c in data.coverage}
    assert coverage[OWN_CLASS] == (1, 2) and coverage[OTHER_CLASS] == (0, 1)


def test_a_head_teacher_gets_own_class_and_no_sessions(w, ids):
    assert not dashboard.counts_sessions(w.t)
    data = dashboard.gather(w.t, TODAY)
    assert data.sessions_this_month is None
    assert [d.case.id for d in data.overdue] == [ids["overdue"]]
    assert data.due_today == []  # the case due today is another class's
    assert [x.id for x in data.waiting] == [ids["ref_old"]]  # from the status view
    assert data.open_crises == []  # the crisis is another class's
    assert [c.class_name for c in data.coverage] == [OWN_CLASS]


def test_an_administrator_gets_the_count_not_the_sessions(w, ids):
    assert dashboard.counts_sessions(w.a)
    data = dashboard.gather(w.a, TODAY)
    assert data.sessions_this_month == 1
    assert [x.id for x in data.waiting] == [ids["ref_old"]]
    assert [c.id for c in data.open_crises] == [ids["crisis"]]
