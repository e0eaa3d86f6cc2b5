"""Rosters as the national student-status system (学籍系统) gives them: the 学生信息采集表
layout with its dates, codes, family members and flags; its class list export; a head
teacher's own class sheet; the school's remembered layout; refusals in Chinese."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from types import SimpleNamespace

import openpyxl
import pytest

from sxcounsel.core.errors import ValidationError
from sxcounsel.roster import describe
from sxcounsel.roster.layout import Layout
from sxcounsel.roster.problems import RosterFileError, RosterRowsInvalid
from sxcounsel.roster.reader import read_roster
from sxcounsel.services import student_fields as sf
from sxcounsel.services.account_session import Session
from sxcounsel.services.roster import import_roster, saved_layout
from sxcounsel.services.search import find_students
from sxcounsel.services.students import list_students
from tests.conftest import ADMIN, ADMIN_PASS, make_school
from tests.roster import xueji

_regions = (f"6105{n:02d}" for n in itertools.count(1))  # distinct 身份证号 in every call


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    home = tmp_path_factory.mktemp("xueji") / "home"
    make_school(home)
    a = Session.unlock(home, ADMIN, ADMIN_PASS)
    yield SimpleNamespace(a=a, dir=tmp_path_factory.mktemp("files"))
    a.lock()


def state(w) -> tuple:
    conn = w.a.store.conn
    return (
        conn.execute("SELECT count(*), max(version) FROM students").fetchone()[:],
        conn.execute("SELECT max(seq) FROM change_log").fetchone()[0],
    )


def stored(w, data: list[dict]) -> list:
    by_no = {s.student_no: s for s in list_students(w.a)}
    return [by_no[r["全国学籍号"]] for r in data]


def test_the_collection_form_imports_guardians_flags_and_boarding_and_again_changes_nothing(w):
    data = xueji.rows(24, next(_regions))
    path = xueji.write(w.dir / "caijibiao.xlsx", data)
    summary = import_roster(w.a, path)
    assert (summary.new, summary.updated, summary.unchanged) == (24, 0, 0)
    for i, (row, s) in enumerate(zip(data, stored(w, data), strict=True)):
        want = xueji.expected(i)
        assert s.name == row["姓名"]
        assert s.gender == row["性别"]
        assert s.birth_date == f"{row['出生日期'][:4]}-{row['出生日期'][4:6]}-{row['出生日期'][6:]}"
        assert s.class_name == want["class_name"] and s.grade == "七年级"
        assert s.flags == want["flags"], i
        assert s.boarding is want["boarding"], i
        assert s.enrolled == want["enrolled"]
        assert s.address == want["address"]  # 现住址, not 通信地址 or 家庭地址
        assert [g["relation"] for g in s.guardians] == want["relations"]
        assert [g["phone"] for g in s.guardians] == want["phones"]  # never the student's own
        assert all(g["name"] for g in s.guardians)
        assert bool(s.id_number) is want["has_id"]
    assert any(s.flags for s in stored(w, data)) and any(s.boarding for s in stored(w, data))
    before = state(w)
    again = import_roster(w.a, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 24)
    assert state(w) == before


def test_codes_1_2_and_1_0_import_the_same(w):
    region = next(_regions)
    import_roster(w.a, xueji.write(w.dir / "words.xlsx", xueji.rows(12, region)))
    first = [
        (s.gender, s.flags, s.boarding, s.guardians) for s in stored(w, xueji.rows(12, region))
    ]
    before = state(w)
    coded = xueji.rows(12, region, codes=True)
    summary = import_roster(w.a, xueji.write(w.dir / "codes.xlsx", coded))
    assert (summary.new, summary.updated, summary.unchanged) == (0, 0, 12)
    assert state(w) == before
    fresh = xueji.rows(12, next(_regions), codes=True)
    assert import_roster(w.a, xueji.write(w.dir / "codes2.xlsx", fresh)).new == 12
    again = [(s.gender, s.flags, s.boarding, s.guardians) for s in stored(w, fresh)]
    assert [x[:3] for x in again] == [x[:3] for x in first]


@pytest.mark.parametrize(
    "cell",
    ["20130512", 20130512, "2013-05-12", "2013/5/12", "2013年5月12日", "2013.5.12",
     datetime(2013, 5, 12), "2013-05-12 00:00:00", 41406],
)  # fmt: skip
def test_dates_in_every_form(cell):
    assert sf.birth_date(cell) == "2013-05-12"


@pytest.mark.parametrize(
    "cell", ["202509", 202509, "2025-09", "2025.9", "2025年9月", datetime(2025, 9, 1), "20250901"]
)
def test_months_in_every_form(cell):
    assert sf.year_month(cell) == "2025-09"


@pytest.mark.parametrize("cell", ["20131332", "2013", "202513", "九月"])
def test_what_is_not_a_date_or_month(cell):
    with pytest.raises(ValidationError):
        sf.year_month(cell) if len(cell) != 8 else sf.birth_date(cell)


def test_the_columns_read_and_not_read_are_listed():
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        table = read_roster(xueji.write(Path(tmp) / "r.xlsx", xueji.rows(2)))
    read = {c.header: c.key for c in table.columns if c.key}
    unread = {c.header: c.why for c in table.columns if not c.key}
    assert read["全国学籍号"] == "student_no" and read["身份证件号"] == "id_number"
    assert read["成员2联系电话"] == "member:2:phone" and read["现住址"] == "address"
    assert read["是否享受一补"] == "flag:一补" and read["就读方式"] == "boarding"
    assert unread["联系电话"] == "own_phone"
    assert unread["通信地址"] == unread["家庭地址"] == "superseded"
    assert unread["民族"] == unread["成员1工作单位"] == "unknown"
    assert len(table.columns) == len(xueji.HEADER)  # every named column, read or not
    en = describe.report(table, Layout(), "en")
    zh = describe.report(table, Layout(flags={"一补": "低保"}), "zh")
    assert en[0] == "Columns read:" and "Columns not read:" in en
    assert "  是否享受一补 → 是 or 1 sets the flag 困境; 否 leaves it" in en
    assert "  是否享受一补 → 是 或 1 → 标记“低保”；否 不清除" in zh
    assert "  联系电话 → 学生本人电话：不保存" in zh


def test_the_relief_flag_is_the_schools_choice_and_is_remembered(w):
    data = xueji.rows(10, next(_regions))
    layout = Layout(flags={"一补": "低保", "资助": "低保", "随班就读": ""})
    import_roster(w.a, xueji.write(w.dir / "relief.xlsx", data), layout=layout)
    for i, s in enumerate(stored(w, data)):
        want = [f for f in xueji.expected(i, relief="低保")["flags"] if f != "残疾"]
        assert s.flags == want, i
    assert saved_layout(w.a).flags == layout.flags
    more = xueji.rows(10, next(_regions))
    import_roster(w.a, xueji.write(w.dir / "relief2.xlsx", more))  # the saved layout
    assert "困境" not in {f for s in stored(w, more) for f in s.flags}
    import_roster(w.a, xueji.write(w.dir / "relief3.xlsx", more), layout=Layout())
    assert saved_layout(w.a) == Layout()


def test_bad_rows_are_refused_by_row_in_chinese_and_nothing_is_imported(w):
    data = xueji.rows(6, next(_regions))
    body = data[1]["身份证件号"]
    data[1]["身份证件号"] = body[:-1] + ("1" if body[-1] != "1" else "2")
    data[3]["全国学籍号"] = data[2]["全国学籍号"]
    data[4]["姓名"] = " "
    before = state(w)
    with pytest.raises(RosterRowsInvalid) as info:
        import_roster(w.a, xueji.write(w.dir / "bad.xlsx", data))
    exc = info.value
    assert [(p.row, p.column, p.code) for p in exc.problems] == [
        (3, "身份证件号", "roster.checksum"),
        (5, "全国学籍号", "roster.duplicate"),
        (6, "姓名", "roster.empty"),
    ]
    assert exc.summary("zh") == "有 3 行无效，未导入任何内容。"
    assert exc.lines("zh") == [
        "第 3 行：身份证件号：身份证件号的校验位不符，可能有数字输错了。",
        "第 5 行：全国学籍号：全国学籍号与第 4 行重复。",
        "第 6 行：姓名：姓名为空。",
    ]
    assert exc.lines()[1] == "row 5: 全国学籍号: The 全国学籍号 is also on row 4."
    assert state(w) == before


def test_the_class_list_export_and_a_head_teachers_own_sheet(w):
    region = next(_regions)
    data = xueji.rows(4, region)
    header = ["学籍号", "姓名", "性别", "出生日期", "班级"]
    export = [
        {"学籍号": r["全国学籍号"], "姓名": r["姓名"], "性别": r["性别"],
         "出生日期": r["出生日期"], "班级": "七年级2班"} for r in data
    ]  # fmt: skip
    assert import_roster(w.a, xueji.write(w.dir / "list.xlsx", export, header)).new == 4

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["七年级（3）班 学生名单（班主任：刘老师）"])
    ws.append(["序号", "姓名", "性别", "学籍号", "家长姓名", "家长电话", "家庭住址", "是否住校"])
    for i, r in enumerate(data):
        ws.append([i + 1, r["姓名"], r["性别"], r["全国学籍号"], "王建国", f"1361234567{i}",
                   "富平县城关镇", "是" if i % 2 else "否"])  # fmt: skip
    wb.save(w.dir / "head-teacher.xlsx")
    summary = import_roster(w.a, w.dir / "head-teacher.xlsx")
    assert (summary.new, summary.updated) == (0, 4)
    got = stored(w, data)
    assert {s.class_name for s in got} == {"七年级(3)班"}
    assert [s.boarding for s in got] == [False, True, False, True]
    assert all(s.guardians[0]["name"] == "王建国" for s in got)


def test_an_unknown_layout_is_read_through_a_hand_mapping(w, tmp_path):
    header = ["XJH", "XM", "XB", "BJ", "BZ"]
    data = [
        {"XJH": r["全国学籍号"], "XM": r["姓名"], "XB": r["性别"], "BJ": "八年级1班", "BZ": "x"}
        for r in xueji.rows(3, next(_regions))
    ]
    path = xueji.write(tmp_path / "pinyin-headers.xlsx", data, header)
    with pytest.raises(RosterFileError) as info:
        import_roster(w.a, path)
    assert info.value.facts["headers"] == header  # what the wizard offers to map
    hand = Layout(columns={"XJH": "student_no", "XM": "name", "XB": "gender", "BJ": "class_name"})
    assert import_roster(w.a, path, layout=hand).new == 3
    assert saved_layout(w.a).columns == hand.columns
    assert import_roster(w.a, path).unchanged == 3  # remembered
    w.a.store.set_meta("roster_layout", Layout().to_json())  # the default for the other tests


def test_a_student_without_a_resident_id_is_valid_and_rare_names_are_found(w):
    data = xueji.rows(8, next(_regions))
    import_roster(w.a, xueji.write(w.dir / "rare.xlsx", data))
    passport = stored(w, data)[xueji.PASSPORT_ROW]
    assert passport.id_number == "" and passport.birth_date
    (found,) = [s for s in find_students(w.a, "xuanyan") if s.student_no == data[0]["全国学籍号"]]
    assert found.name == xueji.RARE
    assert date.fromisoformat(found.birth_date)
