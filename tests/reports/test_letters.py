"""Concern ledger, referral letter (with its QR receipt), session record and recovery sheet."""

from __future__ import annotations

import subprocess

import openpyxl
import pytest
import zxingcpp
from PIL import Image

from sxcounsel.core.errors import NotFound, PermissionDenied
from sxcounsel.reports import concern_ledger as cl
from sxcounsel.services import printing, printing_letters
from tests.reports.conftest import (
    NOTES,
    assert_cjk_subset_only,
    assert_numbered,
    audit_rows,
    page_texts,
    pdf_fonts,
    pdf_text,
)


def flat(text: str) -> str:
    return "".join(text.split())


# -- key-concern ledger ----------------------------------------------------------------------
def test_concern_ledger_with_plans(w, tmp_path):
    out = tmp_path / "concern.pdf"
    before = len(audit_rows(w.c, "print"))
    printed = printing.concern_ledger(w.c, out, with_plans=True)
    pages = page_texts(out)
    assert printed.pages == len(pages) == 2
    first, plan = pages
    for expected in (
        "富平县示范中学 重点关注学生台账",
        "专人分包联系人",
        "预警等级",
        "下次研判",
        "张三",
        "七年级(2)班",
        "橙",
        "2025-09-15",
        "2025-10-15",
        "跟踪中",
        "liujun",
    ):
        assert expected in first, expected
    assert "情绪、家庭：留守，近期情绪低落" in flat(first)
    for expected in (
        "一生一策 关爱方案",
        "关爱方案",
        "跟踪研判记录",
        "情绪有所好转，按时到校。",
        "李桂兰",
        "13812345678",
        "留守",
        "每 30 天",
    ):
        assert expected in plan, expected
    assert assert_numbered(out) == 2
    assert_cjk_subset_only(out)
    rows = audit_rows(w.c, "print")
    assert len(rows) == before + 1 and rows[-1][2] == "concern_ledger"


def test_concern_ledger_xlsx_and_roles(w, tmp_path):
    out = tmp_path / "concern.xlsx"
    printing.concern_ledger(w.a, out)  # the school admin may
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert list(rows[0]) == [c.title for c in cl.COLUMNS] and len(rows) == 2
    assert rows[1][1:4] == ("张三", "七年级(2)班", "橙")
    printing.concern_ledger(w.c, tmp_path / "plans.xlsx", with_plans=True)
    wb = openpyxl.load_workbook(tmp_path / "plans.xlsx")
    assert wb.sheetnames == ["重点关注学生台账", "一生一策", "研判记录", "说明"]
    plans = list(wb["一生一策"].iter_rows(values_only=True))
    assert plans[0][0] == "姓名" and plans[1][0] == "张三" and "班主任每周谈心一次" in plans[1][5]
    reviews = list(wb["研判记录"].iter_rows(values_only=True))
    assert reviews[1][2:] == ("2025-10-15", "liujun", "橙", "橙", "情绪有所好转，按时到校。")
    with pytest.raises(PermissionDenied, match="may not print the key-concern ledger"):
        printing.concern_ledger(w.t, tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()


# -- referral letter -------------------------------------------------------------------------
def test_referral_letter_has_both_copies_and_a_matching_receipt(w, tmp_path):
    out = tmp_path / "referral.pdf"
    printed = printing_letters.referral_letter(w.c, w.referral.number.lower(), out)
    pages = page_texts(out)
    assert printed.pages == len(pages) == 2
    school, guardian = pages
    for expected in (
        "心理危机学生转介单",
        "学校留存页",
        "转介编号：ZJ2025-001",
        "张三",
        "持续情绪低落两个月，有自伤念头。",
        "失眠、食欲下降",
        "建议到富平县医院心理科就诊",
        "监护人签字",
        "联系电话",
        "日期",
        "李桂兰（祖母）于 2025-10-21 书面同意",
        "学校（盖章）",
    ):
        assert expected in flat(school) or expected in school, expected
    assert "监护人留存页" in guardian and "尊敬的李桂兰" in guardian
    receipt = guardian[guardian.index("沿此线剪下") :]
    assert "回执" in receipt and "转介编号：ZJ2025-001" in receipt
    assert "请就诊后将此回执交回学校心理辅导室" in receipt
    assert "保密" in school and "保密" in guardian
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "2", "-l", "2", str(out), str(tmp_path / "page")],
        check=True,
    )
    (png,) = tmp_path.glob("page*.png")
    codes = zxingcpp.read_barcodes(Image.open(png))
    assert [c.text for c in codes] == [w.referral.number]
    assert [c.format for c in codes] == [zxingcpp.BarcodeFormat.QRCode]
    assert_cjk_subset_only(out)
    assert audit_rows(w.c, "print")[-1][:4] == ("zhaomin", "print", "referral", w.referral.id)


def test_referral_letter_is_refused_to_head_teachers(w, tmp_path):
    with pytest.raises(PermissionDenied, match="may not print referral letters"):
        printing_letters.referral_letter(w.t, w.referral.id, tmp_path / "r.pdf")
    with pytest.raises(NotFound):
        printing_letters.referral_letter(w.c, "ZJ2025-999", tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


# -- counseling session record ---------------------------------------------------------------
def test_session_record_is_confidential_complete_and_audited(w, tmp_path):
    out = tmp_path / "session.pdf"
    printed = printing_letters.session_record(w.c, w.session.number, out)
    pages = page_texts(out)
    assert printed.pages == len(pages)
    assert all("保密" in p for p in pages)
    text = flat(pdf_text(out))
    for expected in (
        "心理辅导记录表",
        "编号：2025-001",
        "2025-09-2015:30",
        "45分钟",
        "心理辅导室",
        "个别",
        "班主任转介",
        "张三（七年级(2)班）",
        "情绪、人际",
        "黄",
        NOTES.complaint,
        NOTES.process,
        NOTES.assessment,
        NOTES.plan,
        "电子签名：zhaomin",
        "辅导教师签字",
        "补充记录",
        "补记：学生提到周末与父亲通话后情绪好转。",
    ):
        assert flat(expected) in text, expected
    assert assert_numbered(out) == printed.pages
    assert_cjk_subset_only(out)
    rows = audit_rows(w.c, "print")
    assert rows[-1][:5] == ("zhaomin", "print", "counseling_session", w.session.id, "ok")


def test_session_record_is_refused_to_admin_and_head_teacher(w, tmp_path):
    for who in (w.a, w.t):
        with pytest.raises(PermissionDenied, match="may not print counseling session records"):
            printing_letters.session_record(who, w.session.id, tmp_path / "s.pdf")
        assert audit_rows(who, "print")[-1][4] == "refused"
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(NotFound, match="No counseling session has this number"):
        printing_letters.session_record(w.c, "2025-099", tmp_path / "s.pdf")


# -- recovery key sheet ----------------------------------------------------------------------
def test_recovery_sheet(tmp_path):
    key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    out = tmp_path / "recovery.pdf"
    printed = printing_letters.recovery_sheet(out, "富平县示范中学", "3161012345", key, "wangli")
    assert printed.pages == 1
    text = pdf_text(out)
    for expected in ("富平县示范中学 数据恢复密钥", "3161012345", "恢复密钥", "保管人签字"):
        assert expected in text, expected
    assert all(group in text for group in key.split("-"))
    assert "任何人" in text and "都无法再打开" in flat(text)
    names = {f["name"].split("+")[1].split("-")[0] for f in pdf_fonts(out)}
    assert names == {"WenQuanYiMicroHei", "WenQuanYiMicroHeiMono"}
    assert_cjk_subset_only(out)


def test_a_session_note_longer_than_a_page_goes_on_over_pages(tmp_path):
    from datetime import datetime

    from sxcounsel.reports import session_record as sr
    from sxcounsel.reports.page import PageInfo

    long = "。".join(f"第{i}段：学生谈到与同学之间的矛盾以及家庭中的压力" for i in range(300))
    record = sr.SessionRecord(
        "富平县示范中学", "2025-001", "2025-09-20", "15:30", 45, "心理辅导室", "个别",
        "主动求助", "张三（七年级(2)班）", "", "情绪", "黄", "赵敏", "", "主诉", long, "评估",
        "计划", "赵敏", "2025-09-20 16:00",
    )  # fmt: skip
    info = PageInfo("富平县示范中学", "赵敏", datetime(2025, 11, 29, 10, 30), confidential=True)
    out = tmp_path / "long.pdf"
    built = sr.build(record, info)
    out.write_bytes(built.data)
    assert built.pages > 3
    assert assert_numbered(out) == built.pages
    assert all("保密" in p for p in page_texts(out))
    # the value column only, without the page header and footer or the "（续）" labels
    crop = ["pdftotext", "-raw", "-x", "122", "-y", "60", "-W", "430", "-H", "725", str(out), "-"]
    text = flat(subprocess.run(crop, capture_output=True, text=True, check=True).stdout)
    at = [text.index(f"第{i}段：学生谈到与同学之间的矛盾以及家庭中的压力") for i in range(300)]
    assert at == sorted(at)  # every part of the note, once, in order
