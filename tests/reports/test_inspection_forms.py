"""The school's printed ledgers and records as inspection forms, built from the demo school:
header (title, class, school year) and 第 x 页 / 共 N 页 on every page, the sign-off block
under the last rows, the columns an inspector looks for; every page rendered to PNG."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from sxcounsel.reports import concern_ledger as cl
from sxcounsel.services import homevisits, printing, printing_letters, sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.demo import create_demo
from tests.reports.conftest import assert_numbered, page_texts, pdf_text

YEAR = "2025—2026学年"
AS_OF = "2025-12-15"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("inspection") / "home"
    login = create_demo(home, students_count=200, today=date(2025, 12, 15))
    admin = Session.unlock(home, login.username, login.passphrase)
    teacher = Session.unlock(home, login.teacher, login.passphrase)
    yield admin, teacher, login.teacher_class
    admin.close()
    teacher.close()


def flat(text: str) -> str:
    return "".join(text.split())


def rendered(pdf: Path) -> list[Path]:
    """Every page as a PNG (kept next to the PDF to be looked at)."""
    stem = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(stem)], check=True)
    return sorted(pdf.parent.glob(f"{stem.name}-*.png"))


def word_top(pdf: Path, word: str) -> float:
    """Where ``word`` starts on its page, as a share of the page height from the top."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html)[1])
    y = re.search(rf'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>{re.escape(word)}', html)
    assert y, word
    return float(y[1]) / height


def test_home_visit_ledger_and_record(demo, tmp_path):
    admin, teacher, cls = demo
    out = tmp_path / "ledger.pdf"
    printed = printing.homevisit_ledger(teacher, cls, 2025, out)
    pages = page_texts(out)
    assert assert_numbered(out) == printed.pages == len(pages) == len(rendered(out))
    for text in pages:  # page 2+ too
        assert re.search(rf"家访工作台账\s+{re.escape(cls)}\s+{YEAR}", text), text[:300]
    assert f"班主任：{teacher.account.display_name}" in pages[0]
    for column in ("家访内容", "指导建议", "家庭情况", "家长意见"):
        assert column in pages[0]
    visits = homevisits.list_home_visits(admin, class_name=cls, school_year=2025)
    raw = flat(pdf_text(out, "-raw"))
    assert all(flat(v.purpose) in raw and flat(v.advice) in raw for v in visits)
    last = pages[-1]
    for word in (
        "家访覆盖情况",
        "班主任签字",
        "学校审核意见",
        "审核人签字",
        "学校（盖章）",
        "日期",
    ):
        assert word in last, word
    assert "序号" in last  # the block sits under the last rows, never on a page of its own
    assert all("班主任签字" not in p for p in pages[:-1])

    record = tmp_path / "record.pdf"
    printing.homevisit_record(teacher, visits[0].id, record)
    (text,) = page_texts(record)
    assert re.search(rf"家访记录表\s+{re.escape(cls)}\s+{YEAR}", text)
    for word in ("指导建议", "家访教师签字", "家长签字", "班主任签字", "第 1 页 / 共 1 页"):
        assert flat(word) in flat(text), word
    assert len(rendered(record)) == 1


def test_concern_ledger_with_plans(demo, tmp_path):
    admin, _, _ = demo
    ledger = printing.concern_ledger_data(admin, AS_OF)
    info = printing.page_info(admin, wide=True, title=cl.TITLE)
    out = tmp_path / "concern.pdf"
    built = cl.build(ledger, info, with_plans=True)
    out.write_bytes(built.data)
    pages = page_texts(out)
    assert assert_numbered(out) == built.pages == len(rendered(out))
    plans = [i for i, p in enumerate(pages) if f"{ledger.school_name} 一生一策 关爱方案" in p]
    assert len(plans) == len(ledger.lines) and plans[0] > 0
    for i, text in enumerate(pages):
        assert YEAR in text.split("\n", 1)[0], i  # in the header line of every page
        head = flat(text.split("\n", 1)[0])
        assert ("一生一策关爱方案" if i >= plans[0] else "重点关注学生台账全校") in head, i
    table = "".join(pages[: plans[0]])
    assert "关爱措施" in table and "状态" in table
    assert all(flat(c.care_plan) in flat(pdf_text(out, "-raw")) for c in ledger.lines)
    # 状态 from the case and the date: the demo has reviews due, late and ahead
    statuses = {c.status for c in ledger.lines}
    assert "逾期未研判" in statuses and len(statuses) >= 2
    late = [c for c in ledger.lines if c.status == "逾期未研判"]
    assert table.count("（已逾期）") == len(late)
    for word in ("心理教师签字", "分管领导审核意见", "分管领导签字", "学校（盖章）"):
        assert word in pages[plans[0] - 1], word
    for start, stop in zip(plans, [*plans[1:], len(pages)], strict=True):
        end = pages[stop - 1]  # each 一生一策 ends with its signature lines
        assert "专人分包联系人签字" in end and "监护人签字" in end, start


def test_session_record(demo, tmp_path):
    admin, _, _ = demo
    done = [s for s in sessions.list_sessions(admin, school_year=2025) if s.signed_at]
    out = tmp_path / "session.pdf"
    printing_letters.session_record(admin, done[0].id, out)
    pages = page_texts(out)
    assert assert_numbered(out) == len(pages) == len(rendered(out))
    text = flat("".join(pages))
    assert text.count("编号") == 1 and f"编号：{done[0].number}" in text
    assert "预警等级" in text and "来源" in text
    assert "风险等级" not in text and "来访途径" not in text
    assert all(f"心理辅导记录表{YEAR}" in flat(p.split("\n", 1)[0]) for p in pages)
    assert "辅导教师签字" in flat(pages[-1])
    # the narrative rows leave room to write: the form fills the page, not its top third
    assert word_top(out, "辅导教师签字：") > 0.6
