"""Applying rosters: samples import, every bad row is listed and nothing is written, re-import
updates by 学籍号 without duplicates, dry runs leave the database bytes alone, roles."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from sxcounsel.core.errors import PermissionDenied
from sxcounsel.core.idcard import make_id_number
from sxcounsel.core.progress import Cancelled, Progress
from sxcounsel.roster.problems import RosterFileError, RosterRowsInvalid
from sxcounsel.services.account_session import Session
from sxcounsel.services.roster import import_roster
from sxcounsel.services.students import Student, get_student, list_students, update_student
from sxcounsel.store.paths import StorePaths
from tests.conftest import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    TEACHER,
    TEACHER_PASS,
    make_school,
)
from tests.roster.rosterfiles import HEADER, student, write_csv, write_xlsx

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"  # tests/fixtures/README.md
_regions = (f"6101{n:02d}" for n in itertools.count(1))  # distinct 身份证号 in every call


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    home = tmp_path_factory.mktemp("roster") / "home"
    make_school(home)
    a = Session.unlock(home, ADMIN, ADMIN_PASS)
    c = Session.unlock(home, COUNSELOR, COUNSELOR_PASS)
    t = Session.unlock(home, TEACHER, TEACHER_PASS)
    yield SimpleNamespace(home=home, a=a, c=c, t=t, dir=tmp_path_factory.mktemp("files"))
    for s in (a, c, t):
        s.lock()


def state(w) -> tuple:
    """Everything an import could touch: students, change log, audit log."""
    conn = w.a.store.conn
    return (
        conn.execute("SELECT count(*), max(version) FROM students").fetchone()[:],
        conn.execute("SELECT max(seq) FROM change_log").fetchone()[0],
        conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import'").fetchone()[0],
    )


def rows(n: int, start: int = 0, cls: str = "七年级(2)班") -> list[dict]:
    region = next(_regions)
    return [student(i, cls, region) for i in range(start, start + n)]


def test_both_samples_import_and_overlap_without_duplicates(w):
    before = len(list_students(w.a))
    first = import_roster(w.a, FIXTURES / "roster-sample.xlsx")
    assert (first.new, first.updated, first.unchanged) == (120, 0, 0)
    assert len(list_students(w.a)) == before + 120
    again = import_roster(w.a, FIXTURES / "roster-sample-gb18030.csv")
    assert (again.new, again.updated, again.unchanged) == (0, 0, 60)  # same 60 students
    assert len(list_students(w.a)) == before + 120
    seventh = list_students(w.a, class_name="七年级(1)班")
    assert seventh and all(s.birth_date and s.id_number and s.guardians for s in seventh)
    assert any("留守" in s.flags for s in seventh)


def test_reimport_updates_by_student_no_and_keeps_what_the_file_does_not_state(w):
    data = rows(5)
    path = write_xlsx(w.dir / "class.xlsx", data)
    assert import_roster(w.a, path).new == 5
    no = data[2]["学籍号"]
    (s,) = [x for x in list_students(w.a) if x.student_no == no]
    s.dormitory, s.flags = "3号楼302", [*s.flags, "孤儿"]  # typed by hand, not in the roster
    update_student(w.c, s)
    logged = state(w)
    same = import_roster(w.a, path)
    assert (same.new, same.updated, same.unchanged) == (0, 0, 5)
    assert state(w)[:2] == logged[:2]  # nothing rewritten, no change-log entry
    data[2]["联系电话"] = "0913-7654321"
    data[2]["是否留守儿童"] = "是"
    data[2]["班级"] = "七年级（3）班"
    changed = import_roster(w.a, write_xlsx(w.dir / "class2.xlsx", data))
    assert (changed.new, changed.updated, changed.unchanged) == (0, 1, 4)
    got = get_student(w.a, s.id)
    assert got.version == s.version + 1
    assert got.class_name == "七年级(3)班" and got.grade == "七年级"
    assert got.guardians[0]["phone"] == "0913-7654321" and len(got.guardians) == 1
    assert got.dormitory == "3号楼302"
    assert got.flags == ["留守", "孤儿"]
    assert len([x for x in list_students(w.a) if x.student_no == no]) == 1


def test_one_audit_entry_per_import_without_student_data(w):
    data = rows(3)
    before = state(w)[2]
    import_roster(w.a, write_csv(w.dir / "a.csv", data))
    entries = w.a.store.conn.execute(
        "SELECT actor, record_type, detail FROM audit_log WHERE action = 'import' "
        "ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert state(w)[2] == before + 1
    assert tuple(entries) == (ADMIN, "student", "roster csv: 3 new, 0 updated, 0 unchanged")


BAD = {  # spreadsheet row -> (column, reason) for the combined defect file below
    4: ("学籍号", "empty"),
    5: ("学籍号", "duplicate"),
    6: ("身份证号", "checksum"),
    7: ("身份证号", "excel_number"),
    8: ("出生日期", "impossible_date"),
    9: ("身份证号", "birth_mismatch"),
    10: ("性别", ""),
    11: ("联系电话", "phone"),
    12: ("姓名", "empty"),
    13: ("是否留守儿童", ""),
}


def defective_rows() -> list[dict]:
    data = rows(12)  # spreadsheet rows 3..14 (title row 1, header row 2)
    data[1]["学籍号"] = "　"
    data[2]["学籍号"] = data[0]["学籍号"]
    body = str(data[3]["身份证号"])
    data[3]["身份证号"] = body[:-1] + ("1" if body[-1] != "1" else "2")
    data[4]["身份证号"] = float(str(data[4]["身份证号"])[:15] + "000")  # Excel kept 15 digits
    data[5]["出生日期"] = "2012-02-30"
    data[6]["出生日期"] = "2011-01-01"
    data[7]["性别"] = "男女"
    data[8]["联系电话"] = "1381234"
    data[9]["姓名"] = None
    data[10]["是否留守儿童"] = "不清楚"
    return data


def test_every_bad_row_is_listed_and_nothing_is_imported(w):
    before = state(w)
    with pytest.raises(RosterRowsInvalid) as info:
        import_roster(w.a, write_xlsx(w.dir / "bad.xlsx", defective_rows()))
    exc = info.value
    assert exc.message == f"{len(BAD)} rows are invalid; nothing was imported."
    found = {p.row: (p.column, p.reason) for p in exc.problems}
    assert found == BAD
    assert len(exc.lines()) == len(BAD)
    assert all(
        line.startswith(f"row {n}: ") for line, n in zip(exc.lines(), sorted(BAD), strict=True)
    )
    assert state(w) == before


def test_defects_in_csv_too_excel_text_number_and_full_width(w):
    data = rows(3)
    born = [f"{r['出生日期']:%Y-%m-%d}" for r in data]
    data[0]["身份证号"] = "6.10528E+17"
    data[1]["联系电话"] = "１３８ ０００１ ２３４５"  # full-width digits and spaces: fine
    data[1]["出生日期"] = f"{data[1]['出生日期']:%Y年%-m月%-d日}"
    data[2]["出生日期"] = f"{data[2]['出生日期']:%Y.%-m.%-d}"
    before = state(w)
    with pytest.raises(RosterRowsInvalid) as info:
        import_roster(w.a, write_csv(w.dir / "b.csv", data, encoding="gb18030"))
    assert [(p.row, p.column, p.reason) for p in info.value.problems] == [
        (2, "身份证号", "excel_number")
    ]
    assert "lost digits" in info.value.problems[0].message
    assert state(w) == before
    data[0] = rows(1, start=50)[0]
    assert import_roster(w.a, write_csv(w.dir / "c.csv", data, encoding="gb18030")).new == 3
    numbers = {str(r["学籍号"]) for r in data}
    stored = {s.student_no: s for s in list_students(w.a) if s.student_no in numbers}
    assert stored[str(data[1]["学籍号"])].guardians[0]["phone"] == "13800012345"
    assert [stored[str(r["学籍号"])].birth_date for r in data[1:]] == born[1:]


def test_id_number_of_another_stored_student_is_refused(w):
    first = rows(1)
    import_roster(w.a, write_xlsx(w.dir / "one.xlsx", first))
    other = rows(1, start=7)
    other[0]["身份证号"] = first[0]["身份证号"]
    other[0]["出生日期"] = first[0]["出生日期"]
    with pytest.raises(RosterRowsInvalid) as info:
        import_roster(w.a, write_xlsx(w.dir / "two.xlsx", other))
    assert [(p.column, p.reason) for p in info.value.problems] == [("身份证号", "taken")]


def test_birth_date_must_match_the_stored_id_when_the_file_has_no_id_column(w):
    data = rows(1)
    import_roster(w.a, write_xlsx(w.dir / "with-id.xlsx", data))
    data[0]["出生日期"] = "2010-10-10"
    header = [h for h in HEADER if h != "身份证号"]
    with pytest.raises(RosterRowsInvalid) as info:
        import_roster(w.a, write_xlsx(w.dir / "no-id.xlsx", data, header=header))
    assert info.value.problems[0].reason == "birth_mismatch"


def test_dry_run_leaves_the_database_bytes_alone(w):
    data = rows(4)
    path = write_xlsx(w.dir / "dry.xlsx", data)
    paths = StorePaths(w.home)
    w.a.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files = [paths.db, paths.sidecars[0]]  # the -shm file holds reader marks, not data
    before = [p.read_bytes() for p in files]
    summary = import_roster(w.a, path, dry_run=True)
    assert (summary.new, summary.updated, summary.unchanged, summary.dry_run) == (4, 0, 0, True)
    assert "nothing was written" in summary.line()
    assert [p.read_bytes() for p in files] == before
    with pytest.raises(RosterRowsInvalid):
        import_roster(w.a, write_xlsx(w.dir / "dry-bad.xlsx", defective_rows()), dry_run=True)
    assert [p.read_bytes() for p in files] == before


@pytest.mark.parametrize("kind", ["folder", "empty", "not_spreadsheet", "header_only"])
def test_unreadable_files_import_nothing(w, kind):
    path = w.dir / f"{kind}.xlsx"
    if kind == "folder":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "not_spreadsheet":
        path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n\x00\x01")
    else:
        write_xlsx(path, [])
    before = state(w)
    with pytest.raises(RosterFileError) as info:
        import_roster(w.a, path)
    assert info.value.message.endswith(".")
    assert state(w) == before


def test_only_a_school_admin_imports(w):
    path = write_xlsx(w.dir / "roles.xlsx", rows(2))
    before = state(w)
    for session in (w.c, w.t):
        with pytest.raises(PermissionDenied):
            import_roster(session, path)
    assert state(w) == before


def test_a_cancelled_import_writes_nothing(w):
    progress = Progress()
    progress.cancel()
    before = state(w)
    with pytest.raises(Cancelled):
        import_roster(w.a, write_xlsx(w.dir / "cancel.xlsx", rows(3)), progress=progress)
    assert state(w) == before


def test_imported_students_are_found_by_head_teacher_of_their_class(w):
    from sxcounsel.services.search import find_students

    data = rows(2, cls="七年级(2)班") + rows(1, cls="九年级(1)班")
    import_roster(w.a, write_xlsx(w.dir / "find.xlsx", data))
    own = find_students(w.t, str(data[0]["学籍号"]))
    assert [s.student_no for s in own] == [data[0]["学籍号"]]
    assert find_students(w.t, str(data[2]["学籍号"])) == []
    assert isinstance(own[0], Student)


def test_flags_status_relation_and_a_corrected_id_number(w):
    data = rows(2)
    header = [*HEADER, "监护人关系", "家庭情况", "学籍状态", "宿舍"]
    data[0].update(
        {"监护人关系": "祖母", "家庭情况": "单亲、低保户", "学籍状态": "休学", "宿舍": 302}
    )
    data[1].update({"家庭情况": "无", "学籍状态": None})
    assert import_roster(w.a, write_xlsx(w.dir / "flags.xlsx", data, header=header)).new == 2
    first, second = (
        next(s for s in list_students(w.a) if s.student_no == r["学籍号"]) for r in data
    )
    assert first.flags == ["留守", "单亲", "低保"]  # 是否留守儿童 (row 0 is 是) and the listing
    assert (first.status, first.dormitory) == ("休学", "302")
    assert first.guardians[0]["relation"] == "祖母"
    assert (second.flags, second.status) == ([], "在校")

    data[0]["是否留守儿童"] = "否"  # clears 留守; the listing never clears
    data[0]["家庭情况"] = None
    fixed = make_id_number("610528", date(2012, 1, 1), 987)  # the number was mistyped before
    data[0]["身份证号"], data[0]["出生日期"] = fixed, "2012-01-01"
    summary = import_roster(w.a, write_xlsx(w.dir / "flags2.xlsx", data, header=header))
    assert (summary.updated, summary.unchanged) == (1, 1)
    got = get_student(w.a, first.id)
    assert got.flags == ["单亲", "低保"] and got.id_number == fixed
    assert got.student_no == first.student_no  # the 学籍号 identifies the student, not the id


def test_unknown_flag_words_and_sheet_names_in_problem_lines(w, tmp_path):
    import openpyxl

    from tests.roster.rosterfiles import fill_sheet

    header = [*HEADER, "家庭情况"]
    good, bad = rows(1, cls="七年级(1)班"), rows(1, cls="七年级(3)班")
    bad[0]["家庭情况"] = "贫困"
    wb = openpyxl.Workbook()
    wb.active.title = "七年级(1)班"
    fill_sheet(wb.active, good, header, None)
    fill_sheet(wb.create_sheet("七年级(3)班"), bad, header, "七年级(3)班花名册")
    wb.save(tmp_path / "two-sheets.xlsx")
    with pytest.raises(RosterRowsInvalid) as info:
        import_roster(w.a, tmp_path / "two-sheets.xlsx")
    (line,) = info.value.lines()
    assert line.startswith("row 3 (sheet 七年级(3)班): 家庭情况: The 家庭情况 must be some of:")
