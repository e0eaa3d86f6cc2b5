"""Home visits: validation, head teachers limited to their own classes, coverage."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import add_user
from sxcounsel.services.homevisits import (
    METHODS,
    HomeVisit,
    StudentRef,
    coverage,
    create_home_visit,
    delete_home_visit,
    get_home_visit,
    list_home_visits,
    update_home_visit,
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
BOTH, BOTH_PASS = "sunli", "Jiaowu-Chu-88"  # school admin and head teacher of OTHER_CLASS


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    home = tmp_path_factory.mktemp("visits") / "home"
    make_school(home, OWN_CLASS)
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        add_user(s, BOTH, ["school_admin", "head_teacher"], BOTH_PASS, classes=[OTHER_CLASS])
    c = Session.unlock(home, COUNSELOR, COUNSELOR_PASS)
    t = Session.unlock(home, TEACHER, TEACHER_PASS)
    a = Session.unlock(home, ADMIN, ADMIN_PASS)
    b = Session.unlock(home, BOTH, BOTH_PASS)
    ids = {}
    for key, no, name, cls, status in (
        ("own1", "S1001", "张三", OWN_CLASS, "在校"),
        ("own2", "S1002", "李四", OWN_CLASS, "在校"),
        ("own3", "S1003", "赵六", OWN_CLASS, "在校"),
        ("own_left", "S1009", "钱七", OWN_CLASS, "转出"),
        ("other", "S2001", "王五", OTHER_CLASS, "在校"),
    ):
        st = Student(student_no=no, name=name, class_name=cls, status=status)
        ids[key] = create_student(c, st).id
    yield SimpleNamespace(home=home, c=c, t=t, a=a, b=b, **ids)
    for s in (c, t, a, b):
        s.lock()


def visit(sid: str, **kw) -> HomeVisit:
    values = dict(
        student_id=sid,
        date="2024-10-12",
        method="实地",
        staff=["刘军", "赵敏"],
        met=[{"name": "张父", "relation": "父亲"}],
        purpose="了解学生在家情况",
        family_situation="父母在外务工，与祖父母同住。",
        parents_views="希望学校多关心",
        advice="每周与孩子视频通话",
        follow_up="下月电话回访",
        follow_up_date="2024-11-12",
    )
    values.update(kw)
    return HomeVisit(**values)


def test_round_trip_and_school_year_from_the_date(w):
    c = w.c
    made = create_home_visit(
        c,
        visit(
            w.own1,
            date="2025-08-31",
            staff=["刘军", " 刘军 ", "赵敏"],
            met=[{"name": "张 父", "relation": "父亲"}, {"name": "张奶奶", "relation": "祖母"}],
            student_at_home=False,
            follow_up_date="2025年9月5日",
        ),
    )
    assert made.version == 1 and made.school_year == 2024
    got = get_home_visit(c, made.id)
    assert got == made
    assert got.staff == ["刘军", "赵敏"] and got.met[1] == {"name": "张奶奶", "relation": "祖母"}
    assert got.student_at_home is False and got.follow_up_date == "2025-09-05"
    got.date = "2025-09-01"
    got.method = "电话"
    assert update_home_visit(c, got).version == 2
    assert get_home_visit(c, made.id).school_year == 2025
    delete_home_visit(c, made.id)
    with pytest.raises(NotFound):
        get_home_visit(c, made.id)
    assert made.id not in {v.id for v in list_home_visits(c, student_id=w.own1)}


@pytest.mark.parametrize(
    ("change", "field", "error"),
    [
        (dict(method="上门"), "method", ValidationError),
        (dict(date="2024-13-01"), "date", ValidationError),
        (dict(date=date.today() + timedelta(days=1)), "date", ValidationError),
        (dict(staff=[]), "staff", ValidationError),
        (dict(staff=["  "]), "staff", ValidationError),
        (dict(met=[]), "met", ValidationError),
        (dict(met=[{"name": "张父"}]), "met", ValidationError),
        (dict(met=[{"name": "张父", "relation": ""}]), "met", ValidationError),
        (dict(purpose=""), "purpose", ValidationError),
        (dict(follow_up_date="2024-10-01"), "follow_up_date", ValidationError),
        (dict(follow_up_date="下周"), "follow_up_date", ValidationError),
        (dict(student_at_home="是"), "student_at_home", ValidationError),
        (dict(student_id="no-such-student"), "student_id", NotFound),
    ],
)
def test_bad_input_is_refused_and_nothing_written(w, change, field, error):
    before = len(list_home_visits(w.c))
    with pytest.raises(error) as info:
        create_home_visit(w.c, visit(w.own1, **change))
    assert info.value.facts["field"] == field
    assert len(list_home_visits(w.c)) == before


def test_unknown_method_names_the_allowed_values(w):
    with pytest.raises(ValidationError) as info:
        create_home_visit(w.c, visit(w.own1, method="上门"))
    assert info.value.message == "The method must be one of: 实地, 电话, 视频."
    assert info.value.facts["allowed"] == METHODS


# -- roles -----------------------------------------------------------------------------------
def made_by_counselor(w, sid):
    return create_home_visit(w.c, visit(sid))


ACTIONS = {
    "create": lambda w, s, sid: create_home_visit(s, visit(sid)),
    "get": lambda w, s, sid: get_home_visit(s, made_by_counselor(w, sid).id),
    "list": lambda w, s, sid: list_home_visits(s, student_id=sid),
    "update": lambda w, s, sid: update_home_visit(s, made_by_counselor(w, sid)),
    "delete": lambda w, s, sid: delete_home_visit(s, made_by_counselor(w, sid).id),
    "coverage": lambda w, s, sid: coverage(s, 2024, OWN_CLASS if sid == w.own1 else OTHER_CLASS),
}
READ = {"get", "list", "coverage"}
PRINCIPALS = {
    "counselor": ("c", "own1", set(ACTIONS)),
    "head_teacher_own_class": ("t", "own1", set(ACTIONS)),
    "head_teacher_other_class": ("t", "other", set()),
    "school_admin": ("a", "own1", READ),
    "admin_and_head_teacher_own_class": ("b", "other", set(ACTIONS)),
    "admin_and_head_teacher_other_class": ("b", "own1", READ),
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


def test_head_teacher_lists_only_own_classes(w):
    mine = create_home_visit(w.t, visit(w.own2, date="2024-12-01", follow_up_date=""))
    theirs = create_home_visit(w.c, visit(w.other, date="2024-12-01", follow_up_date=""))
    seen = {v.id for v in list_home_visits(w.t)}
    assert mine.id in seen and theirs.id not in seen
    assert {v.id for v in list_home_visits(w.t, class_name=OWN_CLASS)} == seen
    assert {mine.id, theirs.id} <= {v.id for v in list_home_visits(w.a)}
    with pytest.raises(PermissionDenied):
        list_home_visits(w.t, class_name=OTHER_CLASS)
    with pytest.raises(PermissionDenied):
        list_home_visits(w.t, student_id=w.other)


def test_head_teacher_cannot_move_a_visit_to_another_class(w):
    mine = create_home_visit(w.t, visit(w.own2))
    mine.student_id = w.other
    with pytest.raises(PermissionDenied):
        update_home_visit(w.t, mine)
    assert get_home_visit(w.t, mine.id).student_id == w.own2


# -- coverage --------------------------------------------------------------------------------
def test_coverage_per_class(w):
    c = w.c
    year = 2021
    create_home_visit(c, visit(w.own1, date="2021-09-10", follow_up_date=""))
    create_home_visit(c, visit(w.own1, date="2022-03-10", follow_up_date=""))  # twice: once
    create_home_visit(c, visit(w.own_left, date="2021-09-10", follow_up_date=""))  # 转出
    create_home_visit(c, visit(w.own2, date="2021-08-31", follow_up_date=""))  # year before
    gone = create_home_visit(c, visit(w.own3, date="2021-10-10", follow_up_date=""))
    delete_home_visit(c, gone.id)
    create_home_visit(c, visit(w.other, method="视频", date="2022-01-10", follow_up_date=""))

    rows = {r.class_name: r for r in coverage(c, year)}
    own = rows[OWN_CLASS]
    assert (own.students, own.visited) == (3, 1)
    assert own.not_visited == (
        StudentRef(w.own2, "李四", "S1002"),
        StudentRef(w.own3, "赵六", "S1003"),
    )
    assert (rows[OTHER_CLASS].students, rows[OTHER_CLASS].visited) == (1, 1)
    assert rows[OTHER_CLASS].not_visited == ()

    # the head teacher sees only own classes, by default and on request
    assert [r.class_name for r in coverage(w.t, year)] == [OWN_CLASS]
    assert coverage(w.t, year, OWN_CLASS) == [own]
    with pytest.raises(PermissionDenied):
        coverage(w.t, year, OTHER_CLASS)
    assert coverage(w.a, year) == coverage(c, year)
    # a class without students still gets its line
    assert coverage(c, year, "九年级(9)班")[0].students == 0


def test_coverage_orders_classes_naturally(w):
    create_student(w.c, Student(student_no="S3001", name="孙八", class_name="七年级(10)班"))
    names = [r.class_name for r in coverage(w.c, 2020)]
    assert names.index(OWN_CLASS) < names.index("七年级(10)班")
