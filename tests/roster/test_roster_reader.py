"""Reading roster files: kinds, encodings, header rows and aliases, row numbers, refusals."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from sxcounsel.roster.columns import header_key
from sxcounsel.roster.problems import RosterFileError, RosterRowsInvalid, RowProblem
from sxcounsel.roster.reader import read_roster
from tests.roster.rosterfiles import HEADER, csv_text, fill_sheet, student, write_csv, write_xlsx

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"  # tests/fixtures/README.md


def test_sample_workbook_with_merged_title_row():
    table = read_roster(FIXTURES / "roster-sample.xlsx")
    assert table.kind == "xlsx" and len(table.rows) == 120
    assert [r.number for r in table.rows[:2]] == [3, 4]  # title row 1, header row 2
    assert table.rows[-1].number == 122
    assert table.headers["id_number"] == "身份证号" and table.headers["flag:留守"] == "是否留守儿童"
    assert isinstance(table.rows[0].cells["birth_date"], datetime)
    assert {r.cells["class_name"] for r in table.rows} == {
        "七年级(1)班",
        "七年级(2)班",
        "八年级(1)班",
    }


def test_sample_gb18030_csv():
    table = read_roster(FIXTURES / "roster-sample-gb18030.csv")
    assert (table.kind, table.encoding, len(table.rows)) == ("csv", "gb18030", 60)
    assert [r.number for r in table.rows[:2]] == [2, 3]
    assert all(r.cells["name"] and r.cells["student_no"].startswith("G") for r in table.rows)


@pytest.mark.parametrize(
    ("encoding", "delimiter", "expected"),
    [
        ("utf-8", ",", "utf-8-sig"),
        ("utf-8-sig", ",", "utf-8-sig"),
        ("gb18030", ",", "gb18030"),
        ("utf-16", "\t", "utf-16"),  # Excel's "Unicode text"
        ("utf-8", ";", "utf-8-sig"),
    ],
)
def test_csv_encodings_and_separators(tmp_path, encoding, delimiter, expected):
    rows = [student(i) for i in range(3)]
    rows[0]["姓名"] = "禤䶮"  # a rare surname and a 生僻字 survive every encoding
    table = read_roster(write_csv(tmp_path / "r.csv", rows, encoding=encoding, delimiter=delimiter))
    assert table.encoding == expected
    assert [r.cells["name"] for r in table.rows] == [r["姓名"] for r in rows]
    assert [r.number for r in table.rows] == [2, 3, 4]


def test_headers_in_any_order_with_aliases_stars_hints_and_full_width(tmp_path):
    header = [
        "家庭地址",
        "* 学生姓名",
        "全国学籍号",
        "班级名称",
        "性　别",
        "出生日期（格式：2012-05-03）",
        "身份证件号码",
        "家长电话",
        "备注",
        "留守儿童",
    ]
    row = student(1)
    values = {
        "家庭地址": row["家庭住址"],
        "* 学生姓名": row["姓名"],
        "全国学籍号": row["学籍号"],
        "班级名称": row["班级"],
        "性　别": row["性别"],
        "出生日期（格式：2012-05-03）": "2012.2.2",
        "身份证件号码": row["身份证号"],
        "家长电话": row["联系电话"],
        "备注": "转入",
        "留守儿童": "否",
    }
    table = read_roster(write_xlsx(tmp_path / "r.xlsx", [values], header=header, title=None))
    (r,) = table.rows
    assert r.number == 2
    assert r.cells == {
        "address": row["家庭住址"],
        "name": row["姓名"],
        "student_no": row["学籍号"],
        "class_name": row["班级"],
        "gender": row["性别"],
        "birth_date": "2012.2.2",
        "id_number": row["身份证号"],
        "guardian_phone": row["联系电话"],
        "flag:留守": "否",
    }
    assert table.header("name") == "* 学生姓名"


@pytest.mark.parametrize(
    ("cell", "key"),
    [("学籍号", "student_no"), ("联系\n电话", "guardian_phone"), ("是否孤儿", "flag:孤儿"),
     ("序号", None), ("", None), (None, None), ("家庭情况", "flags")],
)  # fmt: skip
def test_header_keys(cell, key):
    assert header_key(cell) == key


def test_blank_rows_are_skipped_but_numbers_kept(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [student(0), {}, {}, student(1)])
    table = read_roster(path)
    assert [r.number for r in table.rows] == [3, 6]


def test_several_sheets_one_per_class_and_hidden_sheets_ignored(tmp_path):
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "七年级(1)班"
    fill_sheet(first, [student(0, "七年级(1)班")], HEADER, "七年级(1)班花名册")
    second = wb.create_sheet("七年级(2)班")
    fill_sheet(second, [student(1, "七年级(2)班"), student(2, "七年级(2)班")], HEADER, None)
    notes = wb.create_sheet("说明")
    notes.append(["请按模板填写。"])
    hidden = wb.create_sheet("旧名单")
    fill_sheet(hidden, [student(3)], HEADER, None)
    hidden.sheet_state = "hidden"
    wb.save(tmp_path / "r.xlsx")
    table = read_roster(tmp_path / "r.xlsx")
    assert [(r.sheet, r.number) for r in table.rows] == [
        ("七年级(1)班", 3),
        ("七年级(2)班", 2),
        ("七年级(2)班", 3),
    ]
    assert table.sheets == ["七年级(1)班", "七年级(2)班"]


def test_excel_numbers_are_read_as_numbers_not_repaired(tmp_path):
    row = student(5)
    row["身份证号"] = 6.10528201206061e17
    table = read_roster(write_xlsx(tmp_path / "r.xlsx", [row]))
    assert table.rows[0].cells["id_number"] == 6.10528201206061e17


def refusal(path: Path) -> str:
    with pytest.raises(RosterFileError) as info:
        read_roster(path)
    message = info.value.message
    assert message.endswith(".") and "\n" not in message
    return message


def test_folder_missing_and_empty_files(tmp_path):
    assert "folder" in refusal(tmp_path)
    assert "does not exist" in refusal(tmp_path / "nope.xlsx")
    (tmp_path / "empty.csv").write_bytes(b"")
    assert "empty" in refusal(tmp_path / "empty.csv")
    (tmp_path / "blank.csv").write_text("\r\n \r\n", encoding="utf-8")
    assert "empty" in refusal(tmp_path / "blank.csv")


def test_files_that_are_not_spreadsheets(tmp_path):
    png = tmp_path / "photo.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "not a spreadsheet" in refusal(png)
    with zipfile.ZipFile(tmp_path / "letter.xlsx", "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert "not a spreadsheet" in refusal(tmp_path / "letter.xlsx")
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes([0x81, 0x30, 0xFF, 0xFE, 0x80]) * 100)
    assert "neither an XLSX workbook nor CSV text" in refusal(junk)
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert ".xls" in refusal(xls)
    text = tmp_path / "notes.csv"
    text.write_text("会议记录\n下周一开会\n", encoding="utf-8")
    assert "no header row" in refusal(text)


def test_wrong_encoding_is_refused_not_misread(tmp_path):
    path = tmp_path / "big5.csv"
    path.write_bytes(csv_text([student(0)]).encode("big5", errors="replace"))
    message = refusal(path)
    assert "encoding" in message and "UTF-8" in message


def test_missing_required_columns_are_named(tmp_path):
    header = [h for h in HEADER if h not in ("性别", "班级")]
    message = refusal(write_xlsx(tmp_path / "r.xlsx", [student(0)], header=header))
    assert "性别, 班级 columns" in message


def test_a_column_twice_is_refused(tmp_path):
    header = [*HEADER, "学生姓名"]
    assert "two 姓名 columns" in refusal(write_xlsx(tmp_path / "r.xlsx", [student(0)], header))


def test_row_problems_summary_and_lines():
    exc = RosterRowsInvalid(
        [
            RowProblem(9, "身份证号", "The 身份证号 check character does not match."),
            RowProblem(4, "学籍号", "The 学籍号 is empty."),
            RowProblem(9, "性别", "The 性别 must be 男 or 女."),
        ]
    )
    assert exc.message == "2 rows are invalid; nothing was imported."
    assert exc.lines() == [
        "row 4: 学籍号: The 学籍号 is empty.",
        "row 9: 身份证号: The 身份证号 check character does not match. "
        "性别: The 性别 must be 男 or 女.",
    ]
    assert RosterRowsInvalid([RowProblem(3, "姓名", "x.")]).message.startswith("1 row is ")
