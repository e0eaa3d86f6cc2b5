"""Guardian consent: validation, withdrawal, has_consent over time, roles."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.services.account_session import Session
from sxcounsel.services.consents import (
    PURPOSES,
    Consent,
    create_consent,
    delete_consent,
    get_consent,
    has_consent,
    list_consents,
    update_consent,
    withdraw_consent,
)
from sxcounsel.services.students import Student, create_student
from tests.conftest import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    TEACHER,
    TEACHER_PASS,
    make_school,
)

OWN_CLASS, OTHER_CLASS = "七年级(2)班", "八年级(1)班"


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    home = tmp_path_factory.mktemp("consents") / "home"
    make_school(home, OWN_CLASS)
    c = Session.unlock(home, COUNSELOR, COUNSELOR_PASS)
    t = Session.unlock(home, TEACHER, TEACHER_PASS)
    a = Session.unlock(home, ADMIN, ADMIN_PASS)
    own = create_student(c, Student(student_no="S1001", name="张三", class_name=OWN_CLASS)).id
    other = create_student(c, Student(student_no="S2001", name="王五", class_name=OTHER_CLASS)).id
    yield SimpleNamespace(c=c, t=t, a=a, own=own, other=other)
    for s in (c, t, a):
        s.lock()


def consent(sid: str, **kw) -> Consent:
    values = dict(
        student_id=sid,
        purpose="转介",
        guardian="张建国",
        relation="父亲",
        date="2024-10-08",
        method="书面",
    )
    values.update(kw)
    return Consent(**values)


def test_round_trip_and_withdrawal(w):
    c = w.c
    made = create_consent(c, consent(w.own, purpose="测评", date="2024年10月8日", method="微信"))
    assert made.version == 1 and made.date == "2024-10-08"
    assert get_consent(c, made.id) == made
    made.relation = "祖父"
    assert update_consent(c, made).version == 2
    withdrawn = withdraw_consent(c, made.id, "2024-12-01")
    assert withdrawn.withdrawn_on == "2024-12-01" and withdrawn.version == 3
    assert get_consent(c, made.id).withdrawn_on == "2024-12-01"
    assert made.id in {x.id for x in list_consents(c, student_id=w.own, purpose="测评")}
    with pytest.raises(ValidationError, match="already withdrawn"):
        withdraw_consent(c, made.id, "2024-12-02")
    delete_consent(c, made.id)
    with pytest.raises(NotFound):
        get_consent(c, made.id)
    assert made.id not in {x.id for x in list_consents(c)}


def test_has_consent_follows_dates_and_withdrawal(w):
    c = w.c
    made = create_consent(c, consent(w.own, purpose="数据上报", date="2024-09-10"))
    assert not has_consent(c, w.own, "数据上报", on="2024-09-09")
    assert has_consent(c, w.own, "数据上报", on="2024-09-10")
    assert has_consent(c, w.own, "数据上报")  # today
    assert not has_consent(c, w.own, "建档", on="2024-09-20")  # other purpose
    assert not has_consent(c, w.other, "数据上报", on="2024-09-20")  # other student
    withdraw_consent(c, made.id, date(2024, 11, 1), expected_version=1)
    assert has_consent(c, w.own, "数据上报", on="2024-10-31")
    assert not has_consent(c, w.own, "数据上报", on="2024-11-01")
    assert not has_consent(c, w.own, "数据上报")
    # a new consent after the withdrawal holds again
    create_consent(c, consent(w.own, purpose="数据上报", date="2025-03-01", method="当面"))
    assert has_consent(w.a, w.own, "数据上报", on="2025-03-01")
    assert not has_consent(w.a, w.own, "数据上报", on="2025-02-01")
    with pytest.raises(ValidationError, match="purpose must be one of"):
        has_consent(c, w.own, "研究")


def test_withdrawal_must_follow_the_consent_and_not_be_in_the_future(w):
    made = create_consent(w.c, consent(w.own, date="2024-10-08"))
    with pytest.raises(ValidationError, match="before the consent was given"):
        withdraw_consent(w.c, made.id, "2024-10-07")
    with pytest.raises(ValidationError, match="in the future"):
        withdraw_consent(w.c, made.id, date.today() + timedelta(days=1))
    with pytest.raises(ValidationError, match="empty"):
        withdraw_consent(w.c, made.id, "")
    assert get_consent(w.c, made.id).withdrawn_on == "" and get_consent(w.c, made.id).version == 1


@pytest.mark.parametrize(
    ("change", "field", "error"),
    [
        (dict(purpose="研究"), "purpose", ValidationError),
        (dict(method="短信"), "method", ValidationError),
        (dict(guardian=" "), "guardian", ValidationError),
        (dict(relation=""), "relation", ValidationError),
        (dict(date="2024-02-30"), "date", ValidationError),
        (dict(date=date.today() + timedelta(days=1)), "date", ValidationError),
        (dict(withdrawn_on="2024-01-01"), "withdrawn_on", ValidationError),
        (dict(student_id="no-such-student"), "student_id", NotFound),
    ],
)
def test_bad_input_is_refused_and_nothing_written(w, change, field, error):
    before = len(list_consents(w.c))
    with pytest.raises(error) as info:
        create_consent(w.c, consent(w.own, **change))
    assert info.value.facts["field"] == field
    assert len(list_consents(w.c)) == before


def test_unknown_purpose_names_the_allowed_values(w):
    with pytest.raises(ValidationError) as info:
        create_consent(w.c, consent(w.own, purpose="研究"))
    assert info.value.message == "The purpose must be one of: 建档, 测评, 转介, 数据上报."
    assert info.value.facts["allowed"] == PURPOSES


# -- roles -----------------------------------------------------------------------------------
def made(w, sid):
    return create_consent(w.c, consent(sid))


ACTIONS = {
    "create": lambda w, s, sid: create_consent(s, consent(sid)),
    "get": lambda w, s, sid: get_consent(s, made(w, sid).id),
    "list": lambda w, s, sid: list_consents(s, student_id=sid),
    "update": lambda w, s, sid: update_consent(s, made(w, sid)),
    "withdraw": lambda w, s, sid: withdraw_consent(s, made(w, sid).id, "2024-11-01"),
    "delete": lambda w, s, sid: delete_consent(s, made(w, sid).id),
    "has_consent": lambda w, s, sid: has_consent(s, sid, "转介", on="2024-11-01"),
}
PRINCIPALS = {
    "counselor": ("c", "own", set(ACTIONS)),
    "head_teacher_own_class": ("t", "own", set()),
    "head_teacher_other_class": ("t", "other", set()),
    "school_admin": ("a", "own", {"get", "list", "has_consent"}),
}


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("principal", list(PRINCIPALS))
def test_role_matrix(w, principal, action):
    who, student, allowed = PRINCIPALS[principal]
    call = ACTIONS[action]
    if action in allowed:
        call(w, getattr(w, who), getattr(w, student))
    else:
        with pytest.raises(PermissionDenied):
            call(w, getattr(w, who), getattr(w, student))
