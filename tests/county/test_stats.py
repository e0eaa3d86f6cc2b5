"""County figures over records imported through real bundles (county/stats.py)."""

from __future__ import annotations

from datetime import date

import pytest

from sxcounsel.core.errors import NotFound, PermissionDenied
from sxcounsel.county import data as county_data
from sxcounsel.county import record as county_record
from sxcounsel.county import stats as cs
from sxcounsel.services.account_session import Session
from tests.conftest import COUNSELOR, COUNSELOR_PASS
from tests.services.county_casework import (
    NAMES_A,
    NAMES_B,
    TODAY,
    YEAR,
    build_county_world,
)
from tests.sync.syncworld import SCHOOL_A, SCHOOL_B


@pytest.fixture(scope="module")
def cw(tmp_path_factory):
    return build_county_world(tmp_path_factory.mktemp("countystats") / "w")


@pytest.fixture
def county(cw):
    with cw.world.county() as (session, _county):
        yield session


def test_school_figures_count_each_school(county):
    figures = {f.code: f for f in cs.school_figures(county, TODAY)}
    assert set(figures) == {SCHOOL_A, SCHOOL_B}  # C asked but was never approved
    a, b = figures[SCHOOL_A], figures[SCHOOL_B]
    assert (a.students, b.students) == (len(NAMES_A), len(NAMES_B))
    assert a.open_cases == {"红": 7, "橙": 2}  # the closed 黄 case is not counted
    assert b.open_cases == {"黄": 1}
    assert a.overdue_reviews == 5 + 2  # five 红 due 2026-01-31, both 橙 due 2025-12-03
    assert b.overdue_reviews == 1
    assert (a.referrals_waiting, b.referrals_waiting) == (1, 0)
    assert (a.open_crises, b.open_crises) == (1, 0)
    assert a.bundles == 1 and a.gaps == [] and a.quarantined == 0
    assert a.last_import and not a.silent


def test_silent_school_stands_out(cw, county):
    later = date.fromisoformat(cs.school_figures(county, TODAY)[0].last_import[:10])
    figures = cs.school_figures(county, date.fromordinal(later.toordinal() + cs.SILENT_DAYS + 1))
    assert all(f.silent and f.days_silent == cs.SILENT_DAYS + 1 for f in figures)
    assert not any(f.silent for f in cs.school_figures(county, later))


def test_roster_filters_by_school_level_and_overdue(county):
    everyone = cs.concern_roster(county, TODAY)
    assert len(everyone) == 10
    assert {r.student_name for r in everyone} <= set(NAMES_A) | set(NAMES_B)
    assert everyone[0].days_overdue > 0  # most overdue first
    assert len(cs.concern_roster(county, TODAY, school=SCHOOL_B)) == 1
    assert len(cs.concern_roster(county, TODAY, level="红")) == 7
    overdue = cs.concern_roster(county, TODAY, overdue_only=True)
    assert len(overdue) == 8 and all(r.days_overdue > 0 for r in overdue)
    red_a = cs.concern_roster(county, TODAY, school=SCHOOL_A, level="红", overdue_only=True)
    assert len(red_a) == 5 and {r.school_name for r in red_a} == {"富平县示范中学"}
    assert red_a[0].reasons == "情绪" and red_a[0].name_pinyin


def test_referrals_waiting_and_crisis_timeline(county):
    waiting = cs.referrals_waiting(county, TODAY)
    assert [(r.school_code, r.issued_on, r.status) for r in waiting] == [
        (SCHOOL_A, "2025-10-20", "开具")
    ]
    assert waiting[0].days_waiting == (TODAY - date(2025, 10, 20)).days
    assert cs.referrals_waiting(county, date(2025, 10, 30)) == []  # not yet 14 days
    crises = cs.crisis_timeline(county, YEAR)
    assert [(c.type, c.occurred_at, c.student_name) for c in crises] == [
        ("自伤", "2025-12-09 14:30", NAMES_A[1])
    ]
    assert cs.crisis_timeline(county, YEAR + 1) == []


def test_coverage_per_school_and_class(county):
    classes = cs.coverage(county, YEAR)
    assert [(c.school_code, c.class_name, c.students, c.visited) for c in classes] == [
        (SCHOOL_A, "七年级(2)班", len(NAMES_A), 3),
        (SCHOOL_B, "七年级(2)班", len(NAMES_B), 0),
    ]
    schools = cs.by_school(classes)
    assert schools[0].share == pytest.approx(3 / len(NAMES_A))
    assert all(c.visited == 0 for c in cs.coverage(county, YEAR + 1))


def test_monthly_series(county):
    concerns = cs.monthly_concerns(county, YEAR, TODAY)
    assert concerns.months[0] == "2025-09" and concerns.months[-1] == "2026-08"
    assert list(concerns.series) == ["红", "橙", "黄"]
    # end of Nov: 橙 ×2 and the 黄 case closed on 12-01; end of Dec: + B's 黄, the closed one gone
    assert concerns.series["橙"][2] == 2 and concerns.series["黄"][2] == 1
    assert concerns.series["黄"][3] == 1 and concerns.series["红"][4] == 5
    assert concerns.series["红"][6] == 7  # March 2026, up to TODAY
    assert concerns.total()[7:] == [0] * 5  # months after TODAY
    crises = cs.crises_by_month(county, YEAR)
    assert crises.series == {"自伤": [0, 0, 0, 1] + [0] * 8}


def test_record_detail_is_the_synced_record(cw, county):
    detail = county_record.record_detail(county, cw.case_ids[0])
    assert detail.record_type == "concern_case" and detail.school_code == SCHOOL_A
    assert detail.fields["reason_categories"] == ["情绪"]  # JSON text decoded
    assert detail.student["name"] == NAMES_A[0]
    with pytest.raises(NotFound):
        county_record.record_detail(county, "no-such-record")


def test_only_the_county_role_sees_figures(cw):
    with Session.unlock(cw.world.school_home(SCHOOL_A), COUNSELOR, COUNSELOR_PASS) as s:
        for call in (
            lambda: cs.school_figures(s, TODAY),
            lambda: cs.concern_roster(s, TODAY),
            lambda: cs.coverage(s, YEAR),
            lambda: county_record.record_detail(s, cw.case_ids[0]),
        ):
            with pytest.raises(PermissionDenied):
                call()


def test_figures_are_read_only(cw, county):
    before = county_data.state_digest(county.store)
    changes = county.store.conn.total_changes
    cs.school_figures(county, TODAY)
    cs.concern_roster(county, TODAY)
    cs.monthly_concerns(county, YEAR, TODAY)
    county_record.record_detail(county, cw.case_ids[0])
    assert county.store.conn.total_changes == changes
    assert county_data.state_digest(county.store) == before
