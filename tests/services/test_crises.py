"""Crisis events: anyone reports, a counselor completes; crisis -> key-concern case; roles."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.services import risklevels
from sxcounsel.services.concerns import ConcernCase, close_case, delete_case, get_case, open_case
from sxcounsel.services.crises import (
    ACTIONS,
    TYPES,
    CrisisEvent,
    CrisisStatus,
    close_crisis,
    crisis_status,
    delete_crisis,
    get_crisis,
    list_crises,
    list_crisis_statuses,
    open_concern_from_crisis,
    report_crisis,
    update_crisis,
)
from tests.services import casework
from tests.services.casework import CONTACT_T, OTHER_CLASS, log_rows, student


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    yield from casework.world(tmp_path_factory, "crises")


def event_for(sid: str, **kw) -> CrisisEvent:
    values = dict(
        student_id=sid,
        occurred_at="2025-10-09 14:30",
        type="自伤",
        place="宿舍",
        description="同学发现其手腕有划痕。",
    )
    values.update(kw)
    return CrisisEvent(**values)


# -- reporting -------------------------------------------------------------------------------
def test_head_teacher_reports_for_a_student_of_any_class(w):
    sid = student(w, OTHER_CLASS)
    with log_rows(w.t) as rows:
        report = report_crisis(w.t, event_for(sid, occurred_at="2025-10-09T9:05"))
    assert rows == [("crisis_event", "upsert", 1)]
    e = report.event
    assert (e.status, e.reported_by, e.occurred_at) == ("open", "liujun", "2025-10-09 09:05")
    assert (report.suggest_concern, report.open_case_id) == (False, "")  # not theirs to open
    assert casework.audit_actions(w.c, e.id) == [("liujun", "create")]
    assert get_crisis(w.c, e.id) == e
    with pytest.raises(PermissionDenied):
        get_crisis(w.t, e.id)
    with pytest.raises(PermissionDenied):
        crisis_status(w.t, e.id)  # another class: reported, but not followed


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"type": "打架"}, "type"),
        ({"actions": ["送医", "开除"]}, "actions"),
        ({"occurred_at": "2025-10-09 25:00"}, "occurred_at"),
        ({"occurred_at": "昨天"}, "occurred_at"),
        ({"occurred_at": ""}, "occurred_at"),
        (
            {"guardians_informed": {"at": "2025-10-09 14:00", "by": "刘老师"}},
            "guardians_informed_at",
        ),
        ({"guardians_informed": {"when": "2025-10-09"}}, "guardians_informed"),
        ({"guardians_informed": {"at": "2025-10-09 15:00", "by": ""}}, "guardians_informed_by"),
    ],
)
def test_bad_event_is_refused_naming_the_field(w, change, field):
    sid = student(w)
    with log_rows(w.c) as rows, pytest.raises(ValidationError) as exc:
        report_crisis(w.c, event_for(sid, **change))
    assert exc.value.facts["field"] == field and rows == []


def test_enum_errors_list_allowed_values_and_future_is_refused(w):
    sid = student(w)
    with pytest.raises(ValidationError) as exc:
        report_crisis(w.c, event_for(sid, type="打架"))
    assert exc.value.facts["allowed"] == TYPES and "自杀未遂" in exc.value.message
    with pytest.raises(ValidationError) as exc:
        report_crisis(w.c, event_for(sid, actions=["开除"]))
    assert exc.value.facts["allowed"] == ACTIONS
    future = (date.today() + timedelta(days=2)).isoformat()
    with pytest.raises(ValidationError, match="in the future"):
        report_crisis(w.c, event_for(sid, occurred_at=future + " 08:00"))
    with pytest.raises(NotFound):
        report_crisis(w.c, event_for("no-such-student"))


# -- completing and closing ------------------------------------------------------------------
def test_counselor_completes_and_closes(w):
    e = report_crisis(w.t, event_for(student(w))).event
    e.guardians_informed = {"at": "2025-10-09 15:10", "by": "刘军"}
    e.actions = ["通知监护人", "送医", "通知监护人"]
    e.status = "closed"  # ignored: closing is its own step
    with pytest.raises(PermissionDenied):
        update_crisis(w.t, e)
    with log_rows(w.c) as rows:
        updated = update_crisis(w.c, e)
    assert rows == [("crisis_event", "upsert", 2)]
    assert (updated.actions, updated.status, updated.reported_by) == (
        ["通知监护人", "送医"],
        "open",
        "liujun",
    )
    with pytest.raises(ValidationError, match="outcome"):
        close_crisis(w.c, e.id)
    with pytest.raises(PermissionDenied):
        close_crisis(w.t, e.id, "已送医")
    closed = close_crisis(w.c, e.id, "县医院处理后返校，校内监护。")
    assert (closed.status, get_crisis(w.a, e.id).status) == ("closed", "closed")
    with pytest.raises(ValidationError, match="already closed"):
        close_crisis(w.c, e.id, "再次")
    assert e.id in [x.id for x in list_crises(w.a, status="closed")]
    assert e.id not in [x.id for x in list_crises(w.c, status="open")]
    with pytest.raises(ValidationError) as exc:
        list_crises(w.c, status="done")
    assert exc.value.facts["field"] == "status"


def test_head_teacher_sees_status_of_own_classes_only(w):
    own = report_crisis(w.c, event_for(student(w))).event
    other = report_crisis(w.c, event_for(student(w, OTHER_CLASS))).event
    status = crisis_status(w.t, own.id)
    assert status == CrisisStatus(own.id, own.student_id, "2025-10-09 14:30", "open", "zhaomin")
    shown = {f.name for f in dataclasses.fields(CrisisStatus)}
    assert not shown & {"type", "description", "actions", "outcome", "place"}
    listed = {s.id for s in list_crisis_statuses(w.t)}
    assert own.id in listed and other.id not in listed
    assert {own.id, other.id} <= {s.id for s in list_crisis_statuses(w.a)}
    with pytest.raises(PermissionDenied):
        list_crises(w.t)


def test_delete_is_a_tombstone(w):
    e = report_crisis(w.c, event_for(student(w))).event
    with pytest.raises(PermissionDenied):
        delete_crisis(w.a, e.id)
    with log_rows(w.c) as rows:
        delete_crisis(w.c, e.id)
    assert rows == [("crisis_event", "delete", 2)]
    with pytest.raises(NotFound):
        get_crisis(w.c, e.id)
    assert (
        w.c.store.conn.execute(
            "SELECT deleted FROM crisis_events WHERE id = ?", (e.id,)
        ).fetchone()[0]
        == 1
    )


# -- crisis -> key-concern case --------------------------------------------------------------
def test_crisis_offers_and_opens_a_concern_case_at_the_most_severe_level(w):
    sid = student(w)
    report = report_crisis(w.c, event_for(sid, type="自杀意念"))
    assert (report.suggest_concern, report.open_case_id) == (True, "")
    with pytest.raises(PermissionDenied):
        open_concern_from_crisis(w.t, report.event.id, CONTACT_T, opened_on="2025-10-10")
    with log_rows(w.c) as rows:
        result = open_concern_from_crisis(
            w.c, report.event.id, CONTACT_T, opened_on="2025-10-10", care_plan="每日关注"
        )
    assert rows == [("concern_case", "upsert", 1)]
    case = result.case
    assert result.created and get_case(w.c, case.id) == case
    assert (case.risk_level, case.reason_categories, case.contact_user) == (
        "红",
        ["自伤风险"],
        CONTACT_T,
    )
    assert (case.opened_on, case.next_review_on, case.review_interval_days) == (
        "2025-10-10",
        "2025-10-24",
        14,
    )
    # the student now has an open case: no second one, the existing one is returned
    again = report_crisis(w.c, event_for(sid, occurred_at="2025-10-20 08:00"))
    assert (again.suggest_concern, again.open_case_id) == (False, case.id)
    with log_rows(w.c) as rows:
        second = open_concern_from_crisis(w.c, again.event.id, CONTACT_T, opened_on="2025-10-20")
    assert rows == [] and (second.created, second.case.id) == (False, case.id)
    # a head teacher of the class sees that a case exists, one of another class does not
    other_class = report_crisis(w.t_other, event_for(sid))
    own_class = report_crisis(w.t, event_for(sid))
    assert other_class.open_case_id == "" and own_class.open_case_id == case.id


def test_concern_from_crisis_uses_the_configured_first_level(w):
    sid = student(w)
    e = report_crisis(w.c, event_for(sid, type="伤人")).event
    try:
        risklevels.set_risk_levels(w.c, ["一级", *risklevels.DEFAULT_LEVELS])
        result = open_concern_from_crisis(w.c, e.id, "zhaomin", opened_on="2025-10-10")
        assert (result.case.risk_level, result.case.reason_categories) == ("一级", ["情绪"])
        close_case(w.c, result.case.id, "2025-10-11", "误报")
        with pytest.raises(ValidationError, match="still use") as exc:  # closed, but live
            risklevels.set_risk_levels(w.c, list(risklevels.DEFAULT_LEVELS))
        assert exc.value.facts["value"] == ["一级"]
        delete_case(w.c, result.case.id)
    finally:
        risklevels.set_risk_levels(w.c, list(risklevels.DEFAULT_LEVELS))


def test_concern_from_crisis_validates_contact(w):
    e = report_crisis(w.c, event_for(student(w))).event
    with log_rows(w.c) as rows, pytest.raises(NotFound) as exc:
        open_concern_from_crisis(w.c, e.id, "nobody", opened_on="2025-10-10")
    assert exc.value.facts["field"] == "contact_user" and rows == []
    with pytest.raises(NotFound):
        open_concern_from_crisis(w.c, "no-such-event", CONTACT_T)
    case = open_case(
        w.c,
        ConcernCase(e.student_id, "2025-10-10", "黄", CONTACT_T, reason_categories=["学业"]),
    )
    assert open_concern_from_crisis(w.c, e.id, "nobody").case.id == case.id


# -- role matrix -----------------------------------------------------------------------------
ACTORS = ("c", "t", "t_other", "a")
MATRIX = {
    "report": {"c", "t", "t_other", "a"},
    "get": {"c", "a"},
    "list": {"c", "a"},
    "status": {"c", "t", "a"},
    "update": {"c"},
    "close": {"c"},
    "delete": {"c"},
    "concern": {"c"},
}


def _prepare(w, actor: str, action: str):
    s = getattr(w, actor)
    sid = student(w)
    if action == "report":
        return lambda: report_crisis(s, event_for(sid))
    e = report_crisis(w.c, event_for(sid)).event

    def update():
        e.outcome = "已处理"
        update_crisis(s, e)

    return {
        "get": lambda: get_crisis(s, e.id),
        "list": lambda: list_crises(s, student_id=sid),
        "status": lambda: crisis_status(s, e.id),
        "update": update,
        "close": lambda: close_crisis(s, e.id, "已处理"),
        "delete": lambda: delete_crisis(s, e.id),
        "concern": lambda: open_concern_from_crisis(s, e.id, CONTACT_T, opened_on="2025-10-10"),
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
    if action in {"report", "update", "close", "delete", "concern"}:
        assert len(rows) == (1 if actor in MATRIX[action] else 0)
