"""Key-concern cases, reviews, due/overdue queries, risk levels and who may do what."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.services import risklevels
from sxcounsel.services.accounts import add_user, disable_user
from sxcounsel.services.concern_reviews import (
    ConcernReview,
    add_review,
    delete_review,
    get_review,
    list_reviews,
    update_review,
)
from sxcounsel.services.concerns import (
    ConcernCase,
    close_case,
    delete_case,
    find_open_case,
    get_case,
    list_cases,
    open_case,
    overdue_reviews,
    reviews_due,
    update_case,
)
from tests.services import casework
from tests.services.casework import CONTACT_T, OTHER_CLASS, OWN_CLASS, log_rows, student


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    yield from casework.world(tmp_path_factory, "concerns")


def case_for(sid: str, **kw) -> ConcernCase:
    values = dict(
        student_id=sid,
        opened_on="2025-09-10",
        risk_level="黄",
        contact_user=CONTACT_T,
        reason_categories=["情绪", "家庭"],
        reason_text="父母外出务工，情绪低落。",
        care_plan="每周谈话一次；联系监护人。",
        review_interval_days=14,
    )
    values.update(kw)
    return ConcernCase(**values)


# -- opening and validation ------------------------------------------------------------------
def test_open_case_computes_next_review_and_writes_one_log_row(w):
    sid = student(w)
    with log_rows(w.c) as rows:
        case = open_case(w.c, case_for(sid, opened_on="2025年9月10日", reason_categories=["情绪"]))
    assert rows == [("concern_case", "upsert", 1)]
    assert (case.opened_on, case.next_review_on, case.status) == (
        "2025-09-10",
        "2025-09-24",
        "open",
    )
    assert get_case(w.c, case.id) == case
    assert casework.audit_actions(w.c, case.id) == [("zhaomin", "create")]
    assert find_open_case(w.c, sid).id == case.id


@pytest.mark.parametrize(
    ("change", "error", "field"),
    [
        ({"reason_categories": ["失恋"]}, ValidationError, "reason_categories"),
        ({"reason_categories": []}, ValidationError, "reason_categories"),
        ({"risk_level": "紫"}, ValidationError, "risk_level"),
        ({"review_interval_days": 0}, ValidationError, "review_interval_days"),
        ({"review_interval_days": 366}, ValidationError, "review_interval_days"),
        ({"opened_on": "2025-02-30"}, ValidationError, "opened_on"),
        ({"opened_on": "下周一"}, ValidationError, "opened_on"),
        ({"contact_user": "nobody"}, NotFound, "contact_user"),
        ({"contact_user": ""}, ValidationError, "contact_user"),
        ({"student_id": "no-such-student"}, NotFound, "student_id"),
    ],
)
def test_bad_case_is_refused_naming_the_field(w, change, error, field):
    sid = student(w)
    with log_rows(w.c) as rows, pytest.raises(error) as exc:
        open_case(w.c, case_for(sid, **change))
    assert exc.value.facts["field"] == field
    assert rows == []


def test_unknown_reason_lists_allowed_values_and_no_student_data(w):
    with pytest.raises(ValidationError) as exc:
        open_case(w.c, case_for(student(w), reason_categories=["失恋"]))
    assert "学业" in exc.value.message and "自伤风险" in exc.value.message
    assert exc.value.facts["value"] == "失恋" and "失恋" not in exc.value.message


def test_future_opening_date_is_refused(w):
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    with pytest.raises(ValidationError, match="in the future"):
        open_case(w.c, case_for(student(w), opened_on=tomorrow))


def test_disabled_contact_person_is_refused(w):
    add_user(w.a, "laoli", ["head_teacher"], "Banzhuren-9c", classes=[OTHER_CLASS])
    disable_user(w.a, "laoli", rotate_key=False)
    with pytest.raises(ValidationError, match="disabled") as exc:
        open_case(w.c, case_for(student(w), contact_user="laoli"))
    assert exc.value.facts["field"] == "contact_user"


def test_one_open_case_per_student(w):
    sid = student(w)
    first = open_case(w.c, case_for(sid))
    with log_rows(w.c) as rows, pytest.raises(ValidationError, match="already has an open") as exc:
        open_case(w.c, case_for(sid))
    assert exc.value.facts["case_id"] == first.id and rows == []
    close_case(w.c, first.id, "2025-12-01", "情绪稳定，转为常规关注。")
    assert find_open_case(w.c, sid) is None
    second = open_case(w.c, case_for(sid, opened_on="2026-03-01"))
    assert second.id != first.id


# -- update, close, delete -------------------------------------------------------------------
def test_update_recomputes_next_review_and_keeps_student(w):
    case = open_case(w.c, case_for(student(w)))
    case.review_interval_days, case.risk_level = 30, "橙"
    with log_rows(w.c) as rows:
        update_case(w.c, case)
    assert rows == [("concern_case", "upsert", 2)]
    stored = get_case(w.c, case.id)
    assert (stored.next_review_on, stored.risk_level, stored.version) == ("2025-10-10", "橙", 2)
    stale = get_case(w.c, case.id)
    stale.version = 1
    with pytest.raises(ValidationError, match="changed this record meanwhile"):
        update_case(w.c, stale)
    stored.student_id = student(w)
    with pytest.raises(ValidationError, match="another student"):
        update_case(w.c, stored)


def test_close_case_checks_date_and_reason(w):
    case = open_case(w.c, case_for(student(w)))
    with pytest.raises(ValidationError) as exc:
        close_case(w.c, case.id, "2025-09-01", "好转")
    assert exc.value.facts["field"] == "closed_on"
    with pytest.raises(ValidationError) as exc:
        close_case(w.c, case.id, "2025-11-01", "  ")
    assert exc.value.facts["field"] == "close_reason"
    closed = close_case(w.c, case.id, "2025-11-01", "好转")
    assert (closed.status, closed.closed_on) == ("closed", "2025-11-01")
    with pytest.raises(ValidationError, match="already closed"):
        close_case(w.c, case.id, "2025-11-02", "好转")
    assert [c.id for c in list_cases(w.c, status="closed")].count(case.id) == 1
    assert case.id not in [c.id for c in list_cases(w.c)]


def test_delete_tombstones_case_and_reviews(w):
    case = open_case(w.c, case_for(student(w)))
    add_review(w.c, ConcernReview(case.id, "2025-09-20", "情绪好转"))
    with log_rows(w.c) as rows:
        delete_case(w.c, case.id)
    assert rows == [("concern_review", "delete", 2), ("concern_case", "delete", 3)]
    with pytest.raises(NotFound):
        get_case(w.c, case.id)


# -- reviews ---------------------------------------------------------------------------------
def test_review_moves_level_and_next_review(w):
    case = open_case(w.c, case_for(student(w)))
    with log_rows(w.c) as rows:
        r1 = add_review(w.c, ConcernReview(case.id, "2025-09-22", "仍有失眠", level_after="橙"))
    assert rows == [("concern_review", "upsert", 1), ("concern_case", "upsert", 2)]
    assert (r1.level_before, r1.level_after, r1.reviewer) == ("黄", "橙", "zhaomin")
    stored = get_case(w.c, case.id)
    assert (stored.risk_level, stored.next_review_on) == ("橙", "2025-10-06")
    r2 = add_review(w.t_contact, ConcernReview(case.id, "2025-10-05", "好转"))
    assert (r2.level_before, r2.level_after, r2.reviewer) == ("橙", "橙", CONTACT_T)
    assert get_case(w.c, case.id).next_review_on == "2025-10-19"
    assert [r.id for r in list_reviews(w.c, case.id)] == [r1.id, r2.id]
    assert get_review(w.t, r1.id).observations == "仍有失眠"


def test_review_date_and_level_are_checked(w):
    case = open_case(w.c, case_for(student(w)))
    add_review(w.c, ConcernReview(case.id, "2025-10-01", "观察"))
    for bad, field in (
        (ConcernReview(case.id, "2025-09-30", "早于上次"), "reviewed_on"),
        (ConcernReview(case.id, "2025-10-02", "等级", level_after="紫"), "level_after"),
        (ConcernReview(case.id, "2025-10-02", "   "), "observations"),
    ):
        with log_rows(w.c) as rows, pytest.raises(ValidationError) as exc:
            add_review(w.c, bad)
        assert exc.value.facts["field"] == field and rows == []
    with pytest.raises(ValidationError, match="before the case was opened"):
        add_review(w.c, ConcernReview(open_case(w.c, case_for(student(w))).id, "2025-09-01", "x"))


def test_closed_case_takes_no_review(w):
    case = open_case(w.c, case_for(student(w)))
    close_case(w.c, case.id, "2025-10-01", "转学")
    with pytest.raises(ValidationError, match="closed"):
        add_review(w.c, ConcernReview(case.id, "2025-10-02", "观察"))


def test_update_and_delete_only_the_latest_review_moves_the_case(w):
    case = open_case(w.c, case_for(student(w)))
    r1 = add_review(w.c, ConcernReview(case.id, "2025-09-20", "一", level_after="橙"))
    r2 = add_review(w.c, ConcernReview(case.id, "2025-10-01", "二", level_after="红"))
    r1.observations = "一（补充）"
    assert update_review(w.c, r1).observations == "一（补充）"
    r1.level_after = "蓝"
    with pytest.raises(ValidationError, match="Only the latest review"):
        update_review(w.c, r1)
    with pytest.raises(ValidationError, match="Only the latest review"):
        delete_review(w.c, r1.id)
    r2.reviewed_on, r2.level_after = "2025-10-03", "橙"
    with log_rows(w.c) as rows:
        update_review(w.c, r2)
    assert rows == [("concern_review", "upsert", 2), ("concern_case", "upsert", 4)]
    assert (get_case(w.c, case.id).risk_level, get_case(w.c, case.id).next_review_on) == (
        "橙",
        "2025-10-17",
    )
    with log_rows(w.c) as rows:
        delete_review(w.c, r2.id)
    assert rows == [("concern_review", "delete", 3), ("concern_case", "upsert", 5)]
    stored = get_case(w.c, case.id)
    assert (stored.risk_level, stored.next_review_on) == ("橙", "2025-10-04")  # as before r2
    assert [r.id for r in list_reviews(w.c, case.id)] == [r1.id]


def test_contact_person_edits_only_own_reviews(w):
    case = open_case(w.c, case_for(student(w)))
    by_counselor = add_review(w.c, ConcernReview(case.id, "2025-09-20", "一"))
    by_contact = add_review(w.t_contact, ConcernReview(case.id, "2025-09-21", "二"))
    by_contact.observations = "二（改）"
    assert update_review(w.t_contact, by_contact).observations == "二（改）"
    by_counselor.observations = "改别人的"
    with pytest.raises(PermissionDenied):
        update_review(w.t_contact, by_counselor)
    with pytest.raises(PermissionDenied):
        delete_review(w.t_contact, by_contact.id)


def test_an_admin_who_is_the_contact_person_may_review(w):
    case = open_case(w.c, case_for(student(w, OTHER_CLASS), contact_user="wangli"))
    review = add_review(w.a, ConcernReview(case.id, "2025-09-20", "家访后情况稳定"))
    assert review.reviewer == "wangli"
    other = open_case(w.c, case_for(student(w)))
    with pytest.raises(PermissionDenied, match="contact person"):
        add_review(w.a, ConcernReview(other.id, "2025-09-20", "观察"))


# -- due and overdue -------------------------------------------------------------------------
def test_overdue_and_due_with_fixed_today(w):
    today = date(2025, 11, 1)
    late = open_case(w.c, case_for(student(w), opened_on="2025-10-01", review_interval_days=14))
    # next reviews: late 10-15, due 11-01, reviewed 11-08, later 11-19
    due = open_case(
        w.c, case_for(student(w, OTHER_CLASS), opened_on="2025-10-18", review_interval_days=14)
    )
    later = open_case(w.c, case_for(student(w), opened_on="2025-10-20", review_interval_days=30))
    reviewed = open_case(w.c, case_for(student(w), opened_on="2025-09-01", review_interval_days=14))
    add_review(w.c, ConcernReview(reviewed.id, "2025-10-25", "好转"))  # next: 2025-11-08
    closed = open_case(w.c, case_for(student(w), opened_on="2025-09-01"))
    close_case(w.c, closed.id, "2025-09-05", "误报")
    mine = {late.id, due.id, later.id, reviewed.id, closed.id}

    overdue = [d for d in overdue_reviews(w.c, today) if d.case.id in mine]
    assert [(d.case.id, d.days_overdue, d.class_name) for d in overdue] == [
        (late.id, 17, OWN_CLASS)
    ]
    assert overdue[0].student_name.startswith("学生")
    due_today = [d for d in reviews_due(w.c, "2025-11-01") if d.case.id in mine]
    assert [(d.case.id, d.days_overdue, d.class_name) for d in due_today] == [
        (due.id, 0, OTHER_CLASS)
    ]
    later_day = [d.case.id for d in overdue_reviews(w.c, "2025-12-01") if d.case.id in mine]
    assert later_day == [late.id, due.id, reviewed.id, later.id]  # most overdue first
    # a head teacher sees only own-class cases and those they are the contact for
    assert due.id not in [d.case.id for d in reviews_due(w.t, today)]
    assert late.id in [d.case.id for d in overdue_reviews(w.t, today)]
    assert due.id in [d.case.id for d in reviews_due(w.t_contact, today)]
    assert [d.case.id for d in reviews_due(w.t_other, today) if d.case.id in mine] == [due.id]
    with pytest.raises(ValidationError):
        overdue_reviews(w.c, "not a date")


# -- role matrix -----------------------------------------------------------------------------
ACTORS = ("c", "t", "t_other", "t_contact", "a")
# action -> actors allowed; the case's student is in OWN_CLASS, its contact person t_contact.
MATRIX = {
    "create": {"c"},
    "get": {"c", "t", "t_contact", "a"},
    "list": {"c", "t", "t_contact", "a"},
    "update": {"c"},
    "review": {"c", "t_contact"},
    "close": {"c"},
    "delete": {"c"},
}


def _prepare(w, actor: str, action: str):
    """Set up as the counselor; return the call to make as ``actor``."""
    s = getattr(w, actor)
    sid = student(w)
    if action == "create":
        return lambda: open_case(s, case_for(sid))
    case = open_case(w.c, case_for(sid))

    def listed():
        if case.id not in [c.id for c in list_cases(s)]:
            raise PermissionDenied("not listed")

    def update():
        case.care_plan = "新方案"
        update_case(s, case)

    return {
        "get": lambda: (get_case(s, case.id), list_reviews(s, case.id)),
        "list": listed,
        "update": update,
        "review": lambda: add_review(s, ConcernReview(case.id, "2025-09-20", "观察")),
        "close": lambda: close_case(s, case.id, "2025-10-01", "好转"),
        "delete": lambda: delete_case(s, case.id),
    }[action]


@pytest.mark.parametrize("action", list(MATRIX))
@pytest.mark.parametrize("actor", ACTORS)
def test_role_matrix(w, actor, action):
    call = _prepare(w, actor, action)
    with log_rows(w.c) as rows:
        if actor in MATRIX[action]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
    writes = {"create", "update", "review", "close", "delete"}
    if action in writes:
        assert bool(rows) == (actor in MATRIX[action])


# -- risk levels -----------------------------------------------------------------------------
def test_risk_levels_default_configure_and_in_use(w):
    assert risklevels.get_risk_levels(w.t) == ("红", "橙", "黄", "蓝")
    with pytest.raises(PermissionDenied):
        risklevels.set_risk_levels(w.t, ["红", "黄"])
    try:
        assert risklevels.set_risk_levels(w.a, ["特级", "红", "橙", "黄", "蓝"])[0] == "特级"
        assert risklevels.get_risk_levels(w.c)[0] == "特级"
        case = open_case(w.c, case_for(student(w), risk_level="特级"))
        with pytest.raises(ValidationError, match="still use") as exc:
            risklevels.set_risk_levels(w.c, ["红", "橙", "黄", "蓝"])
        assert exc.value.facts["value"] == ["特级"]
        for bad in ([], ["红", "红"], ["特级", ""], "红橙"):
            with pytest.raises(ValidationError) as exc:
                risklevels.set_risk_levels(w.c, bad)
            assert exc.value.facts["field"] == "risk_levels"
        delete_case(w.c, case.id)
    finally:
        risklevels.set_risk_levels(w.c, list(risklevels.DEFAULT_LEVELS))
    assert risklevels.get_risk_levels(w.a) == risklevels.DEFAULT_LEVELS
    row = w.c.store.conn.execute(
        "SELECT actor, detail FROM audit_log WHERE record_type = 'setting' ORDER BY seq DESC"
    ).fetchone()
    assert tuple(row) == ("zhaomin", "红|橙|黄|蓝")
