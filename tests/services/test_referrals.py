"""Referrals: institutions, numbering, the step order, receipts, leave and return, roles."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.services.institutions import (
    Institution,
    create_institution,
    delete_institution,
    get_institution,
    list_institutions,
    update_institution,
)
from sxcounsel.services.referral_leave import record_return, start_leave
from sxcounsel.services.referrals import (
    STEPS,
    Referral,
    ReferralStatus,
    advance_referral,
    create_referral,
    delete_referral,
    find_referral_by_number,
    get_referral,
    list_referral_statuses,
    list_referrals,
    record_receipt,
    referral_status,
    update_referral,
    waiting_for_receipt,
)
from sxcounsel.services.students import get_student
from tests.services import casework
from tests.services.casework import OTHER_CLASS, log_rows, student

CONSENT = {"guardian": "李桂兰", "relation": "祖母", "date": "2025-09-12", "method": "书面"}


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    yield from casework.world(tmp_path_factory, "referrals")


@pytest.fixture(scope="module")
def hospital(w) -> str:
    return create_institution(w.c, Institution("富平县医院", "心理科", "0913-1234567")).id


def referral_for(sid: str, inst: str, **kw) -> Referral:
    values = dict(
        student_id=sid,
        institution_id=inst,
        reason="持续情绪低落两个月，有自伤念头。",
        symptoms="失眠、食欲下降",
        issued_on="2025-09-10",
        risk_level="橙",
    )
    values.update(kw)
    return Referral(**values)


def to_visited(w, r: Referral) -> Referral:
    if r.status == "开具":
        advance_referral(w.c, r.id, "送达监护人", "2025-09-12")
    r = get_referral(w.c, r.id)
    r.consent = dict(CONSENT)
    update_referral(w.c, r)
    return advance_referral(w.c, r.id, "已就诊", "2025-09-15")


# -- institutions ----------------------------------------------------------------------------
def test_institutions_crud_and_roles(w):
    inst = create_institution(w.a, Institution(" 渭南市精神卫生中心 ", "儿少科"))
    assert inst.name == "渭南市精神卫生中心" and get_institution(w.t, inst.id) == inst
    with pytest.raises(ValidationError, match="already exists"):
        create_institution(w.c, Institution("渭南市精神卫生中心", "儿少科"))
    with pytest.raises(PermissionDenied):
        create_institution(w.t, Institution("某诊所"))
    with pytest.raises(ValidationError) as exc:
        create_institution(w.c, Institution(""))
    assert exc.value.facts["field"] == "name"
    inst.phone = "0913-7654321"
    with log_rows(w.c) as rows:
        update_institution(w.c, inst)
    assert rows == [("institution", "upsert", 2)]
    assert inst.id in [i.id for i in list_institutions(w.t_other)]
    with pytest.raises(PermissionDenied):
        delete_institution(w.t, inst.id)
    delete_institution(w.a, inst.id)
    assert inst.id not in [i.id for i in list_institutions(w.c)]
    with pytest.raises(NotFound) as exc:
        create_referral(w.c, referral_for(student(w), inst.id))
    assert exc.value.facts["field"] == "institution_id"


# -- create, numbering, lookup ---------------------------------------------------------------
def test_numbers_run_per_school_year_and_are_never_reused(w, hospital):
    sid = student(w)
    numbers = []
    for issued in ("2019-09-02", "2020-03-15", "2020-09-01", "2019-10-01"):
        with log_rows(w.c) as rows:
            r = create_referral(w.c, referral_for(sid, hospital, issued_on=issued))
        assert rows == [("referral", "upsert", 1)]
        numbers.append(r.number)
    assert numbers == ["ZJ2019-001", "ZJ2019-002", "ZJ2020-001", "ZJ2019-003"]
    delete_referral(w.c, find_referral_by_number(w.c, "ZJ2019-003").id)
    assert create_referral(w.c, referral_for(sid, hospital, issued_on="2019-11-01")).number == (
        "ZJ2019-004"
    )
    found = find_referral_by_number(w.a, " zj2019-002 ")
    assert (found.issued_on, found.institution_name) == ("2020-03-15", "富平县医院 心理科")
    with pytest.raises(NotFound):
        find_referral_by_number(w.c, "ZJ2019-003")


def test_create_validates_and_writes_first_timeline_entry(w, hospital):
    r = create_referral(w.c, referral_for(student(w), hospital, issued_on="2025/9/10"))
    assert (r.status, r.issued_on, r.receipt, r.leave) == ("开具", "2025-09-10", {}, {})
    assert r.timeline == [{"status": "开具", "date": "2025-09-10", "by": "zhaomin", "note": ""}]
    assert casework.audit_actions(w.c, r.id) == [("zhaomin", "create")]
    future = (date.today() + timedelta(days=3)).isoformat()
    for change, field in (
        ({"risk_level": "紫"}, "risk_level"),
        ({"reason": " "}, "reason"),
        ({"issued_on": future}, "issued_on"),
        (
            {"consent": {"guardian": "李桂兰", "date": "2025-09-12", "method": "短信"}},
            "consent_method",
        ),
        ({"consent": {"who": "李桂兰"}}, "consent"),
        ({"institution_id": ""}, "institution_id"),
    ):
        sid = student(w)
        with log_rows(w.c) as rows, pytest.raises(ValidationError) as exc:
            create_referral(w.c, referral_for(sid, hospital, **change))
        assert exc.value.facts["field"] == field and rows == []
    with pytest.raises(NotFound):
        create_referral(w.c, referral_for("no-such-student", hospital))


# -- the step order --------------------------------------------------------------------------
def test_steps_go_one_at_a_time_in_order(w, hospital):
    r = create_referral(w.c, referral_for(student(w), hospital))
    with pytest.raises(ValidationError, match="next step of this referral is 送达监护人") as exc:
        advance_referral(w.c, r.id, "已就诊", "2025-09-12")
    assert exc.value.facts["expected"] == "送达监护人"
    with pytest.raises(ValidationError, match="cannot be undone"):
        advance_referral(w.c, r.id, "开具", "2025-09-12")
    with pytest.raises(ValidationError) as exc:
        advance_referral(w.c, r.id, "已送达", "2025-09-12")
    assert exc.value.facts["allowed"] == STEPS
    with pytest.raises(ValidationError, match="previous step"):
        advance_referral(w.c, r.id, "送达监护人", "2025-09-01")
    with log_rows(w.c) as rows:
        advance_referral(w.c, r.id, "送达监护人", "2025-09-12", note="家长签收")
    assert rows == [("referral", "upsert", 2)]
    with pytest.raises(ValidationError, match="consent") as exc:
        advance_referral(w.c, r.id, "已就诊", "2025-09-15")
    assert exc.value.facts["field"] == "consent"
    r = to_visited(w, get_referral(w.c, r.id))
    with pytest.raises(ValidationError, match="recording the receipt"):
        advance_referral(w.c, r.id, "回执已收", "2025-09-20")
    with pytest.raises(ValidationError, match="next step of this referral is 回执已收"):
        advance_referral(w.c, r.id, "结案", "2025-09-20")
    with pytest.raises(ValidationError, match="diagnosis or advice"):
        record_receipt(w.c, r.id, "2025-09-20", "", " ")
    record_receipt(w.c, r.id, "2025-09-20", "抑郁状态", "药物治疗，定期复诊")
    with pytest.raises(ValidationError, match="cannot be undone"):
        record_receipt(w.c, r.id, "2025-09-21", "再来一次", "")
    done = advance_referral(w.c, r.id, "结案", "2025-10-08", note="情况稳定")
    with pytest.raises(ValidationError, match="closed"):
        advance_referral(w.c, r.id, "结案", "2025-10-09")
    assert [(e["status"], e["date"], e["by"]) for e in done.timeline] == [
        ("开具", "2025-09-10", "zhaomin"),
        ("送达监护人", "2025-09-12", "zhaomin"),
        ("已就诊", "2025-09-15", "zhaomin"),
        ("回执已收", "2025-09-20", "zhaomin"),
        ("结案", "2025-10-08", "zhaomin"),
    ]
    assert done.timeline[1]["note"] == "家长签收"
    assert done.receipt == {
        "date": "2025-09-20",
        "diagnosis": "抑郁状态",
        "advice": "药物治疗，定期复诊",
    }
    assert get_referral(w.a, r.id) == done


def test_update_keeps_managed_fields(w, hospital):
    r = create_referral(w.c, referral_for(student(w), hospital))
    other = create_institution(w.c, Institution("蒲城县医院", "精神科")).id
    r.institution_id, r.reason = other, "补充：近期有厌学。"
    r.status, r.number = "结案", "ZJ9999-999"  # ignored: managed by the service
    updated = update_referral(w.c, r)
    stored = get_referral(w.c, r.id)
    assert stored == updated
    assert (stored.institution_name, stored.status, stored.number[:6]) == (
        "蒲城县医院 精神科",
        "开具",
        "ZJ2025",
    )
    advance_referral(w.c, r.id, "送达监护人", "2025-09-12")
    stored = get_referral(w.c, r.id)
    stored.institution_id = hospital
    with pytest.raises(ValidationError) as exc:
        update_referral(w.c, stored)
    assert exc.value.facts["field"] == "institution_id"
    stored = get_referral(w.c, r.id)
    stored.receipt = {"date": "2025-09-20", "diagnosis": "焦虑", "advice": ""}
    with pytest.raises(ValidationError, match="own step"):
        update_referral(w.c, stored)
    stored = get_referral(w.c, r.id)
    stored.student_id = student(w)
    with pytest.raises(ValidationError, match="cannot change"):
        update_referral(w.c, stored)


# -- leave and return ------------------------------------------------------------------------
def test_leave_and_return_set_the_student_status(w, hospital):
    sid = student(w)
    r = create_referral(w.c, referral_for(sid, hospital))
    with pytest.raises(ValidationError, match="已就诊"):
        start_leave(w.c, r.id, "2025-09-16", "2025-09-17")
    r = to_visited(w, r)
    with pytest.raises(ValidationError) as exc:
        start_leave(w.c, r.id, "2025-09-16", "2025-09-14")
    assert exc.value.facts["field"] == "start_on"
    with pytest.raises(PermissionDenied):
        start_leave(w.a, r.id, "2025-09-16", "2025-09-17")
    with log_rows(w.c) as rows:
        r = start_leave(w.c, r.id, "2025-09-16", "2025-09-17", note="医院建议休学一个月")
    assert rows == [("referral", "upsert", 5), ("student", "upsert", 2)]
    assert get_student(w.c, sid).status == "休学"
    assert r.leave == {
        "certificate_on": "2025-09-16",
        "start_on": "2025-09-17",
        "note": "医院建议休学一个月",
    }
    with pytest.raises(ValidationError, match="already recorded"):
        start_leave(w.c, r.id, "2025-09-16", "2025-09-18")
    with pytest.raises(ValidationError, match="record the return first"):
        delete_referral(w.c, r.id)
    with pytest.raises(ValidationError) as exc:
        record_return(w.c, r.id, "2025-09-01", "每周谈话")
    assert exc.value.facts["field"] == "return_on"
    with pytest.raises(ValidationError) as exc:
        record_return(w.c, r.id, "2025-10-20", "")
    assert exc.value.facts["field"] == "follow_up"
    with log_rows(w.c) as rows:
        r = record_return(w.c, r.id, "2025-10-20", "每周谈话一次", certificate_on="2025-10-18")
    assert rows == [("referral", "upsert", 6), ("student", "upsert", 3)]
    assert get_student(w.c, sid).status == "在校"
    assert (r.leave["return_on"], r.leave["return_certificate_on"]) == ("2025-10-20", "2025-10-18")
    assert referral_status(w.t, r.id).return_on == "2025-10-20"
    with pytest.raises(ValidationError, match="already recorded"):
        record_return(w.c, r.id, "2025-10-21", "再次")


# -- waiting for a receipt -------------------------------------------------------------------
def test_waiting_for_receipt_with_fixed_today(w, hospital):
    old = create_referral(w.c, referral_for(student(w), hospital, issued_on="2021-09-01"))
    advance_referral(w.c, old.id, "送达监护人", "2021-09-03")
    recent = create_referral(w.c, referral_for(student(w), hospital, issued_on="2021-09-15"))
    answered = to_visited(
        w, create_referral(w.c, referral_for(student(w), hospital, issued_on="2021-09-01"))
    )
    mine = {old.id, recent.id, answered.id}
    today = date(2021, 9, 20)

    def waiting(**kw):
        return [
            (x.referral.id, x.days_waiting)
            for x in waiting_for_receipt(w.a, today, **kw)
            if x.referral.id in mine
        ]

    assert waiting() == [(old.id, 19), (answered.id, 19)]
    assert waiting(older_than_days=5) == [(old.id, 19), (answered.id, 19), (recent.id, 5)]
    assert waiting(older_than_days=30) == []
    record_receipt(w.c, answered.id, "2025-09-16", "适应障碍", "心理疏导")
    assert waiting() == [(old.id, 19)]
    first = next(x for x in waiting_for_receipt(w.c, "2021-09-20") if x.referral.id == old.id)
    assert first.student_name.startswith("学生") and first.class_name == "七年级(2)班"
    with pytest.raises(PermissionDenied):
        waiting_for_receipt(w.t, today)


# -- what a head teacher sees ----------------------------------------------------------------
def test_head_teacher_sees_status_only_for_own_classes(w, hospital):
    own = create_referral(w.c, referral_for(student(w), hospital))
    advance_referral(w.c, own.id, "送达监护人", "2025-09-12", note="家长哭了")
    other = create_referral(w.c, referral_for(student(w, OTHER_CLASS), hospital))
    status = referral_status(w.t, own.id)
    assert (status.number, status.status, status.steps) == (
        own.number,
        "送达监护人",
        (("开具", "2025-09-10"), ("送达监护人", "2025-09-12")),
    )
    shown = {f.name for f in dataclasses.fields(ReferralStatus)}
    assert not shown & {"reason", "symptoms", "receipt", "timeline", "consent"}
    with pytest.raises(PermissionDenied):
        get_referral(w.t, own.id)
    with pytest.raises(PermissionDenied):
        referral_status(w.t, other.id)
    listed = {s.id for s in list_referral_statuses(w.t)}
    assert own.id in listed and other.id not in listed
    with pytest.raises(PermissionDenied):
        list_referral_statuses(w.t, class_name=OTHER_CLASS)
    assert other.id in {s.id for s in list_referral_statuses(w.a)}


# -- role matrix -----------------------------------------------------------------------------
ACTORS = ("c", "t", "t_other", "a")
MATRIX = {
    "create": {"c"},
    "get": {"c", "a"},
    "list": {"c", "a"},
    "status": {"c", "t", "a"},
    "update": {"c"},
    "advance": {"c"},
    "receipt": {"c"},
    "delete": {"c"},
}


def _prepare(w, hospital, actor: str, action: str):
    s = getattr(w, actor)
    sid = student(w)
    if action == "create":
        return lambda: create_referral(s, referral_for(sid, hospital))
    r = create_referral(w.c, referral_for(sid, hospital))
    if action == "receipt":
        r = to_visited(w, r)

    def update():
        r.symptoms = "补充症状"
        update_referral(s, r)

    return {
        "get": lambda: get_referral(s, r.id),
        "list": lambda: list_referrals(s, student_id=sid),
        "status": lambda: referral_status(s, r.id),
        "update": update,
        "advance": lambda: advance_referral(s, r.id, "送达监护人", "2025-09-12"),
        "receipt": lambda: record_receipt(s, r.id, "2025-09-20", "焦虑", ""),
        "delete": lambda: delete_referral(s, r.id),
    }[action]


@pytest.mark.parametrize("action", list(MATRIX))
@pytest.mark.parametrize("actor", ACTORS)
def test_role_matrix(w, hospital, actor, action):
    call = _prepare(w, hospital, actor, action)
    with log_rows(w.c) as rows:
        if actor in MATRIX[action]:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
    if action in {"create", "update", "advance", "receipt", "delete"}:
        assert len(rows) == (1 if actor in MATRIX[action] else 0)
