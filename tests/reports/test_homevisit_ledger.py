"""家访工作台账 and 家访记录表 from a real store: text, fonts, pages, roles, audit, XLSX."""

from __future__ import annotations

import re
from datetime import datetime

import openpyxl
import pytest

from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.reports import homevisit_ledger as hl
from sxcounsel.reports.page import PageInfo
from sxcounsel.services import codec, printing
from sxcounsel.services.homevisits import HomeVisit
from sxcounsel.services.students import Student, create_student
from sxcounsel.store import records
from tests.reports.conftest import (
    LONG_SITUATION,
    OTHER_CLASS,
    OWN_CLASS,
    RARE,
    assert_cjk_subset_only,
    assert_numbered,
    audit_rows,
    page_texts,
    pdf_pages,
    pdf_text,
)


def flat(text: str) -> str:
    """pdftotext -layout wraps table cells over lines; join them to find long text."""
    return "".join(text.split())


def test_head_teacher_prints_own_class_ledger(w, tmp_path):
    out = tmp_path / "ledger.pdf"
    before = len(audit_rows(w.t, "print"))
    printed = printing.homevisit_ledger(w.t, "七年级（2）班", 2025, out)
    assert (printed.format, printed.rows, printed.pages) == (".pdf", 2, pdf_pages(out))
    text = pdf_text(out)
    for expected in (
        "富平县示范中学 家访工作台账",
        "2025—2026学年 七年级(2)班",
        "序号",
        "学生姓名",
        "家访日期",
        "受访人",
        "后续跟进",
        "张三",
        RARE,
        "2025-09-12",
        "2025-10-08",
        "李桂兰（祖母）",
        "打印人：liujun",
    ):
        assert expected in text, expected
    assert flat(LONG_SITUATION) in flat(pdf_text(out, "-raw"))
    assert "王五" not in text  # another class
    assert "本学年在校学生 3 人，已家访 2 人" in text
    assert "尚未家访学生（1 人）：李四" in text
    assert assert_numbered(out) == printed.pages
    assert_cjk_subset_only(out)
    rows = audit_rows(w.t, "print")
    assert len(rows) == before + 1
    assert rows[-1][:3] == ("liujun", "print", "home_visit_ledger")
    assert "张三" not in rows[-1][5]


def test_ledger_exports_to_xlsx_with_the_same_columns(w, tmp_path):
    out = tmp_path / "ledger.xlsx"
    before = len(audit_rows(w.c, "export"))
    printed = printing.homevisit_ledger(w.c, OWN_CLASS, 2025, out)
    assert (printed.format, printed.pages, printed.rows) == (".xlsx", 0, 2)
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == [c.title for c in hl.COLUMNS]
    assert len(rows) == 1 + 2
    assert rows[1][:4] == (1, "张三", "2025-09-12", "实地")
    assert rows[1][6] == LONG_SITUATION
    assert ws["A1"].font.b and ws.freeze_panes == "A2"
    assert ws.column_dimensions["G"].width == 40
    about = [r for r in wb["说明"].iter_rows(values_only=True)]
    assert ("范围", "2025—2026学年 七年级(2)班") in about
    assert any("尚未家访学生（1 人）：李四" in (r[1] or "") for r in about)
    assert len(audit_rows(w.c, "export")) == before + 1


def test_roles_and_bad_requests_are_refused_clearly(w, tmp_path):
    with pytest.raises(PermissionDenied, match="own classes only"):
        printing.homevisit_ledger(w.t, OTHER_CLASS, 2025, tmp_path / "x.pdf")
    with pytest.raises(NotFound, match="No students are in the class 九年级"):
        printing.homevisit_ledger(w.c, "九年级(9)班", 2025, tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match=r"x\.docx must end in \.pdf or \.xlsx"):
        printing.homevisit_ledger(w.c, OWN_CLASS, 2025, tmp_path / "x.docx")
    with pytest.raises(ValidationError, match="does not exist"):
        printing.homevisit_ledger(w.c, OWN_CLASS, 2025, tmp_path / "no" / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_visit_record_prints_one_visit(w, tmp_path):
    out = tmp_path / "visit.pdf"
    printing.homevisit_record(w.t, w.visit.id, out)
    text = pdf_text(out)
    for expected in (
        "家访记录表",
        "2025—2026学年",
        "张三",
        "S0001",
        "实地",
        "了解留守儿童家庭情况",
        "每周与父母视频通话一次",
        "家访教师签字",
        "2025-10-12",
    ):
        assert expected in text, expected
    assert flat(LONG_SITUATION) in flat(pdf_text(out, "-raw"))
    assert assert_numbered(out) == 1
    assert_cjk_subset_only(out)
    assert audit_rows(w.t, "print")[-1][2:4] == ("home_visit", w.visit.id)


def info() -> PageInfo:
    return PageInfo("富平县示范中学", "刘军", datetime(2025, 11, 29, 10, 30), landscape=True)


def test_two_thousand_visits_from_the_store_keep_every_row_and_number_every_page(w, tmp_path):
    """2,000 visits of one class, stored for real (bulk insert, as roster import does)."""
    big_class = "九年级(1)班"
    kids = [
        create_student(w.c, Student(student_no=f"B{i:04d}", name=f"学生{i}", class_name=big_class))
        for i in range(1, 41)
    ]
    rows = []
    for i in range(2000):
        visit = HomeVisit(
            student_id=kids[i % 40].id,
            date=f"2025-{9 + i % 4:02d}-{1 + i % 28:02d}",
            method="实地",
            staff=["刘军"],
            met=[{"name": "李桂兰", "relation": "祖母"}],
            purpose="了解情况",
            family_situation=LONG_SITUATION[: 20 + (i * 37) % len(LONG_SITUATION)],
            parents_views="希望学校多关注孩子。",
            school_year=2025,
        )
        rows.append(codec.to_values(visit))
    with w.c.store.transaction() as conn:
        records.insert_many(conn, "home_visits", "home_visit", rows, w.c.username, "test")
    out = tmp_path / "big.pdf"
    printed = printing.homevisit_ledger(w.c, big_class, 2025, out)
    assert printed.rows == 2000
    assert printed.pages == pdf_pages(out) > 40
    assert assert_numbered(out) == printed.pages
    pages = page_texts(out)
    with_rows = [p for p in pages if re.search(r"^\s*\d+\s+学生", p, re.M)]
    assert len(with_rows) >= len(pages) - 1
    assert all("序号" in p and "家庭情况" in p for p in with_rows)  # the header repeats
    numbers = [int(m[1]) for m in re.finditer(r"^\s*(\d+)\s+学生", "\n".join(pages), re.M)]
    assert numbers == list(range(1, 2001))  # no row lost or doubled at a page break
    assert "本学年在校学生 40 人，已家访 40 人，覆盖率 100.0%" in pages[-1]


def test_a_row_taller_than_a_page_continues_on_the_next(tmp_path):
    huge = "。".join(f"第{i}句家庭情况说明文字较长需要换行" for i in range(400))
    visit = hl.VisitLine("张三", "2025-09-01", "实地", "刘军", "李桂兰（祖母）", huge, "", "")
    ledger = hl.HomeVisitLedger("富平县示范中学", OWN_CLASS, 2025, [visit], 1, 1, [])
    built = hl.build(ledger, info())
    out = tmp_path / "tall.pdf"
    out.write_bytes(built.data)
    assert built.pages >= 2
    text = flat(pdf_text(out, "-raw"))
    assert "第0句" in text and "第399句家庭情况说明文字较长需要换行" in text


def test_rare_name_characters_print_as_themselves(tmp_path):
    visits = [
        hl.VisitLine(name, "2025-09-01", "实地", "刘军", "", "", "", "")
        for name in ("王堃", "李玥", "欧阳喆", "张犇", "赵𬌗")
    ]
    ledger = hl.HomeVisitLedger("富平县示范中学", OWN_CLASS, 2025, visits, 5, 5, [])
    out = tmp_path / "rare.pdf"
    out.write_bytes(hl.build(ledger, info()).data)
    text = pdf_text(out)
    for name in ("王堃", "李玥", "欧阳喆", "张犇", "赵𬌗"):
        assert name in text  # 𬌗 (Extension E) comes from the bundled fallback font
    assert "〓" not in text
    assert_cjk_subset_only(out)


def test_formula_like_text_stays_text_in_xlsx(tmp_path):
    from sxcounsel.reports import xlsx

    data = xlsx.workbook(
        "台账",
        hl.COLUMNS,
        [["1", '=HYPERLINK("http://x")', "2025-09-01", "实地", "", "", "a\x07b", "", ""]],
        title="t",
        subtitle="s",
        school_name="富平县示范中学",
        exported_by="zhaomin",
        exported_at=datetime(2025, 11, 29, 10, 30),
    )
    out = tmp_path / "f.xlsx"
    out.write_bytes(data)
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["B2"].data_type == "s" and ws["B2"].value.startswith("=HYPERLINK")
    assert ws["G2"].value == "ab"


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_a_cancelled_print_writes_nothing_and_audits_nothing(w, tmp_path, suffix):
    from sxcounsel.core.progress import Cancelled, Progress

    progress = Progress()
    progress.cancel()
    before = len(audit_rows(w.c, "print")) + len(audit_rows(w.c, "export"))
    with pytest.raises(Cancelled):
        printing.homevisit_ledger(w.c, OWN_CLASS, 2025, tmp_path / f"x{suffix}", progress)
    assert list(tmp_path.iterdir()) == []
    assert len(audit_rows(w.c, "print")) + len(audit_rows(w.c, "export")) == before


def test_progress_counts_the_rows_of_a_long_ledger(tmp_path):
    from sxcounsel.core.progress import Progress

    visits = [
        hl.VisitLine(f"学生{i}", "2025-09-01", "实地", "刘军", "", "", "", "") for i in range(450)
    ]
    ledger = hl.HomeVisitLedger("富平县示范中学", OWN_CLASS, 2025, visits, 450, 450, [])
    progress = Progress()
    hl.build(ledger, info(), progress)
    snap = progress.snapshot()
    assert (snap.total, snap.done, snap.stage) == (450, 400, "layout")


def test_xlsx_scratch_files_stay_beside_the_output_and_go(w, tmp_path, monkeypatch):
    from openpyxl.worksheet import _writer

    made_by_openpyxl = []
    original = _writer.create_temporary_file

    def recording(suffix=""):
        made_by_openpyxl.append(original(suffix))
        return made_by_openpyxl[-1]

    monkeypatch.setattr(_writer, "create_temporary_file", recording)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    printing.homevisit_ledger(w.c, OWN_CLASS, 2025, out_dir / "台账.xlsx")
    printing.concern_ledger(w.c, out_dir / "concern.xlsx")
    assert made_by_openpyxl == []  # no cleartext rows in the system temp folder
    assert sorted(p.name for p in out_dir.iterdir()) == ["concern.xlsx", "台账.xlsx"]
