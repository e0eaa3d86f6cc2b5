"""Students: validation of every field, normalization, uniqueness, tombstones and roles."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.core.idcard import make_id_number
from sxcounsel.services import student_fields as sf
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import add_user
from sxcounsel.services.students import (
    Student,
    count_students,
    create_student,
    delete_student,
    get_student,
    list_students,
    update_student,
)
from tests.conftest import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    TEACHER,
    TEACHER_PASS,
    make_school,
)

OWN, OTHER = "七年级(2)班", "八年级(1)班"
COUNTY, COUNTY_PASS = "xianzhongxin", "County-centre-9"
BORN = date(2012, 5, 3)
ID = make_id_number("610528", BORN, 123)


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    home = tmp_path_factory.mktemp("students") / "home"
    make_school(home, OWN)
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        add_user(s, COUNTY, ["county"], COUNTY_PASS)
    sessions = {
        "c": Session.unlock(home, COUNSELOR, COUNSELOR_PASS),
        "t": Session.unlock(home, TEACHER, TEACHER_PASS),
        "a": Session.unlock(home, ADMIN, ADMIN_PASS),
        "x": Session.unlock(home, COUNTY, COUNTY_PASS),
    }
    yield SimpleNamespace(home=home, **sessions)
    for s in sessions.values():
        s.lock()


_serial = iter(range(10_000, 99_999))


def new(**kw) -> Student:
    values = dict(student_no=f"T{next(_serial)}", name="张小明", gender="男", class_name=OWN)
    values.update(kw)
    return Student(**values)


def stored_row(w, student_id: str):
    return w.c.store.conn.execute("SELECT * FROM students WHERE id = ?", (student_id,)).fetchone()


def test_full_record_is_normalized_and_round_trips(w):
    made = create_student(
        w.c,
        Student(
            student_no="ｇ６１０５２８２０１２０５０３１２３",  # full-width, lower case
            name=" 单　小明 ",
            gender="男生",
            birth_date="2012年5月3日",
            id_number=ID[:-1] + ID[-1].lower(),
            grade="",
            class_name="七年级（2）班",
            dormitory="男生宿舍 3０2",
            address="富平县　庄里镇  东街村3组",
            guardians=[
                {"name": "单建国", "relation": "父亲", "phone": "138 1234 5678"},
                {"name": "王秀兰", "relation": "祖母", "phone": "0913 1234567"},
                {"name": "", "relation": "", "phone": ""},
            ],
            flags=["单亲", "留守", "留守"],
        ),
    )
    got = get_student(w.c, made.id)
    assert got.student_no == "G61052820120503123"
    assert got.name == "单 小明"
    assert got.gender == "男"
    assert got.birth_date == "2012-05-03"
    assert got.id_number == ID.upper()
    assert got.class_name == OWN and got.grade == "七年级"
    assert got.dormitory == "男生宿舍 302"
    assert got.address == "富平县 庄里镇 东街村3组"
    assert got.guardians == [
        {"name": "单建国", "relation": "父亲", "phone": "13812345678"},
        {"name": "王秀兰", "relation": "祖母", "phone": "0913-1234567"},
    ]
    assert got.flags == ["留守", "单亲"]  # canonical order, no duplicates
    assert got.status == "在校" and got.version == 1
    row = stored_row(w, made.id)
    assert row["name_pinyin"].split() == ["shanxiaoming", "danxiaoming"]
    assert row["name_initials"].split() == ["sxm", "dxm"]


def test_birth_date_is_taken_from_a_valid_id_number(w):
    made = create_student(w.c, new(id_number=make_id_number("610528", date(2013, 1, 9), 45)))
    assert get_student(w.c, made.id).birth_date == "2013-01-09"


BAD_FIELDS = [
    ("student_no", {"student_no": "  "}, "empty"),
    ("student_no", {"student_no": "G12 34#"}, "characters"),
    ("name", {"name": "　"}, "empty"),
    ("gender", {"gender": "M"}, None),
    ("birth_date", {"birth_date": "2012-02-30"}, "impossible_date"),
    ("birth_date", {"birth_date": "2099-01-01"}, "future"),
    ("birth_date", {"birth_date": "去年"}, "not_a_date"),
    ("id_number", {"id_number": ID[:-1] + ("0" if ID[-1] != "0" else "1")}, "checksum"),
    ("id_number", {"id_number": 6.10528201205031e17}, "excel_number"),
    ("id_number", {"id_number": "6.10528E+17"}, "excel_number"),
    ("id_number", {"id_number": ID, "birth_date": "2012-05-04"}, "birth_mismatch"),
    ("guardians", {"guardians": [{"name": "王某", "phone": "1381234567"}]}, "phone"),
    ("guardians", {"guardians": [{"name": "王某", "phone": "23812345678"}]}, "phone"),
    ("guardians", {"guardians": ["王某 13812345678"]}, None),
    ("flags", {"flags": ["贫困"]}, None),
    ("status", {"status": "退学"}, None),
]


@pytest.mark.parametrize(("field", "change", "reason"), BAD_FIELDS)
def test_invalid_fields_are_refused_and_nothing_is_written(w, field, change, reason):
    before = count_students(w.a)
    with pytest.raises(ValidationError) as info:
        create_student(w.c, new(**change))
    assert info.value.facts["field"] == field
    if reason:
        assert info.value.facts["reason"] == reason
    assert ID not in info.value.message and "王某" not in info.value.message
    assert count_students(w.a) == before


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("0913-1234567", "0913-1234567"),
        ("09131234567", "0913-1234567"),
        ("029-88881234", "029-88881234"),
        ("02988881234", "029-88881234"),
        ("010-12345678", "010-12345678"),
        ("(0913)1234567", "0913-1234567"),
        (13812345678, "13812345678"),
        ("", ""),
    ],
)
def test_phone_numbers_accepted(typed, stored):
    assert sf.phone(typed) == stored


@pytest.mark.parametrize(
    "typed", ["1381234567", "138123456789", "12812345678", "1234567", "0913-123", "电话"]
)
def test_phone_numbers_refused(typed):
    with pytest.raises(ValidationError) as info:
        sf.phone(typed)
    assert info.value.facts["reason"] == "phone"


@pytest.mark.parametrize(
    ("cls", "grade", "stored"),
    [
        ("七年级2班", "", "七年级(2)班"),
        ("七年级（2）班", "", "七年级(2)班"),
        ("2", "七年级", "七年级(2)班"),
        ("(2)班", "七年级", "七年级(2)班"),
        ("2班", "七年级", "七年级(2)班"),
        ("高一3班", "", "高一3班"),
    ],
)
def test_class_names_are_written_one_way(cls, grade, stored):
    assert sf.class_name(cls, grade) == stored


def test_student_no_and_id_number_are_unique(w):
    first = create_student(w.c, new(id_number=make_id_number("610528", BORN, 200)))
    with pytest.raises(ValidationError) as info:
        create_student(w.c, new(student_no=first.student_no.lower()))
    assert info.value.facts["field"] == "student_no"
    with pytest.raises(ValidationError) as info:
        create_student(w.c, new(id_number=first.id_number))
    assert info.value.facts["field"] == "id_number"
    other = create_student(w.c, new())
    other.student_no = first.student_no
    with pytest.raises(ValidationError):
        update_student(w.c, other)
    assert get_student(w.c, other.id).student_no != first.student_no


def test_update_recomputes_search_keys_and_refuses_stale_versions(w):
    s = create_student(w.c, new(name="王明"))
    s.name = "吕明"
    update_student(w.a, s)
    assert s.version == 2
    row = stored_row(w, s.id)
    assert (row["name_pinyin"], row["name_initials"]) == ("lvming luming", "lm")
    stale = get_student(w.c, s.id)
    stale.version = 1
    stale.address = "富平县"
    with pytest.raises(ValidationError):
        update_student(w.c, stale)
    assert get_student(w.c, s.id).address == ""


def test_delete_is_a_tombstone_and_frees_the_student_no(w):
    s = create_student(w.c, new())
    delete_student(w.c, s.id)
    with pytest.raises(NotFound):
        get_student(w.c, s.id)
    row = stored_row(w, s.id)
    assert row["deleted"] == 1 and row["version"] == 2 and row["name"] == s.name
    again = create_student(w.c, new(student_no=s.student_no))
    assert again.id != s.id
    with pytest.raises(NotFound):
        delete_student(w.c, s.id)


def test_head_teacher_reads_only_own_classes_and_writes_nothing(w):
    own = create_student(w.c, new(class_name=OWN))
    other = create_student(w.c, new(class_name=OTHER))
    assert get_student(w.t, own.id).id == own.id
    with pytest.raises(PermissionDenied):
        get_student(w.t, other.id)
    listed = list_students(w.t)
    assert listed and {s.class_name for s in listed} == {OWN}
    with pytest.raises(PermissionDenied):
        list_students(w.t, class_name=OTHER)
    for action in (
        lambda: create_student(w.t, new()),
        lambda: update_student(w.t, own),
        lambda: delete_student(w.t, own.id),
    ):
        with pytest.raises(PermissionDenied):
            action()
    assert get_student(w.c, own.id).version == 1


def test_county_account_sees_no_student(w):
    s = create_student(w.a, new())
    with pytest.raises(PermissionDenied):
        get_student(w.x, s.id)
    with pytest.raises(PermissionDenied):
        list_students(w.x)
    with pytest.raises(PermissionDenied):
        create_student(w.x, new())


def test_list_filters_by_class_and_status(w):
    left = create_student(w.c, new(class_name="九年级(3)班", status="转出"))
    create_student(w.c, new(class_name="九年级(3)班"))
    in_class = list_students(w.a, class_name="九年级(3)班")
    assert len(in_class) == 2
    assert [s.id for s in list_students(w.a, class_name="九年级(3)班", status="转出")] == [left.id]
    everyone = list_students(w.c)
    assert [(s.class_name, s.student_no) for s in everyone] == sorted(
        (s.class_name, s.student_no) for s in everyone
    )
    with pytest.raises(ValidationError):
        list_students(w.c, status="退学")
