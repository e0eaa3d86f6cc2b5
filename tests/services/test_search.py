"""Student search: name, 学籍号, class, pinyin, initials, polyphonic surnames, ranking, roles."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sxcounsel.core.errors import PermissionDenied
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import add_user
from sxcounsel.services.name_keys import name_keys
from sxcounsel.services.search import MAX_LIMIT, find_students, format_match
from sxcounsel.services.students import Student, create_student, delete_student
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

PEOPLE = [
    ("G1001", "张小明", OWN),
    ("G10011", "张小明", OTHER),
    ("G1002", "张明", OWN),
    ("G1003", "张明远", OTHER),
    ("G1004", "赵敏", OTHER),
    ("G1005", "单小明", OTHER),
    ("G1006", "曾子宇", OWN),
    ("G1007", "吕明", OWN),
    ("G1008", "王䶮", OTHER),
    ("G1009", "禤小明", OTHER),
    ("G1010", "欧阳娜娜", OWN),
    ("G1011", "阿依古丽·买买提", OTHER),
]
FILLER = 70


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    home = tmp_path_factory.mktemp("search") / "home"
    make_school(home, OWN)
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        add_user(s, COUNTY, ["county"], COUNTY_PASS)
    c = Session.unlock(home, COUNSELOR, COUNSELOR_PASS)
    t = Session.unlock(home, TEACHER, TEACHER_PASS)
    x = Session.unlock(home, COUNTY, COUNTY_PASS)
    ids = {}
    for no, name, cls in PEOPLE:
        ids[no] = create_student(c, Student(student_no=no, name=name, class_name=cls)).id
    for i in range(FILLER):
        create_student(
            c,
            Student(
                student_no=f"F{i:04d}", name=f"李{'华' * (1 + i % 2)}", class_name="九年级(1)班"
            ),
        )
    gone = create_student(c, Student(student_no="G9999", name="张小明", class_name=OWN))
    delete_student(c, gone.id)
    yield SimpleNamespace(c=c, t=t, x=x, ids=ids)
    for s in (c, t, x):
        s.lock()


def numbers(found: list[Student]) -> list[str]:
    return [s.student_no for s in found]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zxm", ["G1001", "G10011"]),  # initials, both classes, the deleted one not
        ("zhangxiaoming", ["G1001", "G10011"]),
        ("zhang xiao ming", ["G1001", "G10011"]),
        ("ZhangXiaoMing", ["G1001", "G10011"]),
        ("shanxiaoming", ["G1005"]),  # 单 as a surname is shan
        ("danxiaoming", ["G1005"]),  # … and the everyday reading still finds it
        ("sxm", ["G1005"]),
        ("zengziyu", ["G1006"]),  # 曾 zeng, not ceng
        ("lvming", ["G1007"]),  # ü typed as v
        ("luming", ["G1007"]),  # … or as u
        ("wangyan", ["G1008"]),  # 生僻字 䶮
        ("xuanxiaoming", ["G1009"]),  # rare surname 禤
        ("ouyangnana", ["G1010"]),  # compound surname
        ("oynn", ["G1010"]),
        ("ayiguli", ["G1011"]),
        ("买买提", ["G1011"]),
    ],
)
def test_pinyin_initials_and_names(w, query, expected):
    assert numbers(find_students(w.c, query)) == expected


def test_two_character_names_by_initials_rank_before_longer_ones(w):
    found = numbers(find_students(w.c, "zm"))
    assert found[0] == "G1002"  # 张明: initials exactly zm
    assert "G1003" in found and "G1004" in found  # 张明远 (zmy), 赵敏 (zm)
    assert found.index("G1004") < found.index("G1003")
    assert "G1001" not in found  # 张小明 is zxm


def test_exact_name_and_exact_student_no_come_first(w):
    assert numbers(find_students(w.c, "张明")) == ["G1002", "G1003"]
    assert numbers(find_students(w.c, "g1001"))[:2] == ["G1001", "G10011"]
    found = numbers(find_students(w.c, "小明"))
    assert sorted(found) == ["G1001", "G10011", "G1005", "G1009"]


def test_class_query_however_typed(w):
    for query in (OWN, "七年级2班", "七年级（2）班"):
        found = find_students(w.c, query)
        assert {s.class_name for s in found} == {OWN}
        assert sorted(numbers(found)) == ["G1001", "G1002", "G1006", "G1007", "G1010"]


def test_head_teacher_finds_only_own_class(w):
    assert numbers(find_students(w.t, "zxm")) == ["G1001"]
    assert find_students(w.t, "单小明") == []
    assert find_students(w.t, OTHER) == []
    with pytest.raises(PermissionDenied):
        find_students(w.x, "zxm")


def test_limit_blank_and_wildcards(w):
    assert len(find_students(w.c, "李", limit=10)) == 10
    assert len(find_students(w.c, "李")) == 50
    assert len(find_students(w.c, "李", limit=10_000)) == FILLER <= MAX_LIMIT
    assert find_students(w.c, "  ") == []
    for query in ("%", "_", "*", "'", "\\"):
        assert find_students(w.c, query) == []


def test_result_line_is_tab_separated(w):
    (s,) = find_students(w.c, "G1006")
    assert format_match(s) == "G1006\t曾子宇\t七年级(2)班\t在校"


@pytest.mark.parametrize(
    ("name", "pinyin", "initials"),
    [
        ("张小明", "zhangxiaoming", "zxm"),
        ("单小明", "shanxiaoming danxiaoming", "sxm dxm"),
        ("曾子宇", "zengziyu cengziyu", "zzy czy"),
        ("吕明", "lvming luming", "lm"),
        ("王䶮", "wangyan", "wy"),
        ("欧阳娜娜", "ouyangnana", "oynn"),
        ("Anna李", "annali", "al"),
    ],
)
def test_name_keys(name, pinyin, initials):
    assert name_keys(name) == (pinyin, initials)
