"""The guardian's copy of the referral is a letter to a parent (issue 22): a neutral title, no
internal markings or page footer, a Chinese letter date, the school's contact, and a receipt
the hospital signs and stamps. The school's copy stays an internal, numbered record."""

from __future__ import annotations

import subprocess

from PIL import Image

from sxcounsel.reports import referral_letter as rl
from sxcounsel.services import printing_letters
from tests.reports.conftest import page_texts, pdf_text


def flat(text: str) -> str:
    return "".join(text.split())


def test_names_and_dates_as_chinese_is_written():
    assert rl.advice("渭南市精神卫生中心 儿童青少年心理科") == (
        "建议到渭南市精神卫生中心儿童青少年心理科就诊。"
    )
    assert rl.advice(" 富平县医院 ") == "建议到富平县医院心理科或精神科就诊。"
    assert rl.compact("Xi'an Mental Health Center 心理科") == "Xi'an Mental Health Center 心理科"
    assert rl.letter_date("2026-09-05") == "2026年9月5日"


def test_guardian_copy_is_a_letter_and_the_receipt_has_room_for_the_hospital(w, tmp_path):
    out = tmp_path / "referral.pdf"
    printed = printing_letters.referral_letter(w.c, w.referral.id, out)
    school, guardian = page_texts(out)
    assert printed.pages == 2

    # no spaces around the institution's name, on either copy
    for page in (school, guardian):
        assert "建议到富平县医院心理科就诊" in page
        assert "到 富平" not in page and "富平县医院 心理科" not in page
    # the school's copy: the internal record, numbered 1 of 1, ISO dates
    assert "心理危机学生转介单" in school and "内部资料" in school and "打印人" in school
    assert "第1页/共1页" in flat(school) and "2025-10-20" in school

    letter, receipt = guardian.split("沿此线剪下")
    assert "就医建议告知书" in letter and "尊敬的李桂兰" in letter
    for internal in ("内部资料", "注意保密", "打印人", "心理危机", "转介单", "第 2 页", "zhaomin"):
        assert internal not in guardian, internal
    assert "2025年10月20日" in letter and "2025-10-20" not in guardian
    assert "联系方式：富平县示范中学心理辅导室" in flat(letter) and "电话：__" in flat(letter)
    for field in ("就医回执", "转介编号：ZJ2025-001", "医生签字", "医院（盖章）", "就诊日期"):
        assert field in flat(receipt), field
    assert "监护人签字" in receipt

    # the whole letter and its receipt fit on the one page, nothing below the bottom margin
    raw = pdf_text(out, "-raw").split("\f")[1]
    assert raw.rstrip().endswith("富平县示范中学心理辅导室")
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(out), str(tmp_path / "page")], check=True
    )  # look: /tmp pictures of both pages; the letter page has no red 保密 mark
    first, second = sorted(tmp_path.glob("page*.png"))
    reds = [
        sum(n for n, (r, g, b) in Image.open(p).convert("RGB").getcolors(1 << 20)
            if r > 0xA0 and g < 0x60 and b < 0x60)
        for p in (first, second)
    ]  # fmt: skip
    assert reds[0] > 0  # the 保密 stamp on the school's copy
    # on the letter page only the receipt's red return note is red, in its lower half
    image = Image.open(second).convert("RGB")
    top = image.crop((0, 0, image.width, image.height // 3))
    assert not any(r > 0xA0 and g < 0x60 and b < 0x60 for _, (r, g, b) in top.getcolors(1 << 20))
