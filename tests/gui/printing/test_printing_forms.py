"""The print buttons of the record forms: the referral letter, the counseling session record
(counselors only: it holds the notes) and the home-visit record."""

from __future__ import annotations

from pathlib import Path

import pytest
from formtools import type_text
from listdata import build
from printtools import (
    audit_mark,
    audit_since,
    choose_file,
    click,
    ctx_on,  # noqa: F401 - the fixture
    needs_pdftotext,
    outdir,  # noqa: F401 - the fixture
    pdf_text,
    save_dialog,
    viewer,  # noqa: F401 - the fixture
    wait,
)
from PySide6.QtWidgets import QPushButton, QWidget

from sxcounsel.gui.forms.base import RecordForm
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS, TEACHER, TEACHER_PASS


@pytest.fixture(scope="module")
def printschool(tmp_path_factory):
    home = tmp_path_factory.mktemp("printforms") / "home"
    return home, build(home)


def print_button(form: QWidget) -> QPushButton | None:
    return form.findChild(QPushButton, "printRecord")


def print_form(qtbot, form: RecordForm, out: Path) -> str:
    """Press Print, check the proposed name, save to ``out``; returns the proposed name."""
    click(qtbot, print_button(form))
    proposed = Path(save_dialog(qtbot, form).selectedFiles()[0]).name
    choose_file(qtbot, form, out)
    wait(qtbot, form.printer.task)
    return proposed


@needs_pdftotext
def test_counselor_prints_the_referral_letter(
    qtbot,
    printschool,
    ctx_on,  # noqa: F811
    viewer,  # noqa: F811
    outdir,  # noqa: F811
):
    home, ids = printschool
    ctx = ctx_on(home, COUNSELOR, COUNSELOR_PASS)
    new = ctx.open_record("referral")
    assert not print_button(new).isVisible()  # nothing to print before it is saved
    form = ctx.open_record("referral", ids["ref_old"])
    assert print_button(form).text() == "打印转介单…"
    mark = audit_mark(ctx.session)
    out = outdir / "letter.pdf"
    proposed = print_form(qtbot, form, out)

    assert proposed == f"心理危机学生转介单-{form.ref.number}.pdf"
    assert viewer == [out]
    assert form.message.text() == f"已保存为 {out} 并已打开，请在阅读器中打印。"
    text = pdf_text(out)
    assert "心理危机学生转介单" in text and "张小明" in text and "富平县医院" in text
    assert audit_since(ctx.session, mark) == [
        (COUNSELOR, "print", "referral", ids["ref_old"], "ok", "referral letter pdf")
    ]
    assert [p.name for p in outdir.iterdir()] == ["letter.pdf"]


def test_administrator_may_print_a_referral_letter_but_has_no_session_form(
    qtbot,
    printschool,
    ctx_on,  # noqa: F811
):
    home, ids = printschool
    ctx = ctx_on(home, ADMIN, ADMIN_PASS)
    form = ctx.open_record("referral", ids["ref_new"])
    assert not form.save_button.isVisible()  # read-only for administrators
    assert print_button(form).isVisible()
    assert ctx.open_record("session", ids["s1"]) is None


@needs_pdftotext
def test_session_record_saves_pending_edits_then_prints_the_notes(
    qtbot,
    printschool,
    ctx_on,  # noqa: F811
    viewer,  # noqa: F811
    outdir,  # noqa: F811
):
    home, ids = printschool
    ctx = ctx_on(home, COUNSELOR, COUNSELOR_PASS)
    form = ctx.open_record("session", ids["s1"])
    assert print_button(form).text() == "打印辅导记录表…"
    form.field("place").set_value("")
    type_text(form, "place", "心理辅导室二")
    assert form.dirty()
    mark = audit_mark(ctx.session)
    out = outdir / "session.pdf"
    proposed = print_form(qtbot, form, out)

    assert not form.dirty()  # saved before printing: the paper is the stored record
    assert proposed == f"心理辅导记录表-{form.record.number}.pdf"
    assert viewer == [out]
    text = pdf_text(out)
    assert "心理辅导记录表" in text and "张小明" in text
    assert "心理辅导室二" in text and "秘密内容不应出现在列表里" in text
    assert audit_since(ctx.session, mark) == [
        (COUNSELOR, "print", "counseling_session", ids["s1"], "ok", "session record pdf")
    ]


@needs_pdftotext
def test_head_teacher_prints_a_home_visit_record_and_never_a_session(
    qtbot,
    printschool,
    ctx_on,  # noqa: F811
    viewer,  # noqa: F811
    outdir,  # noqa: F811
):
    home, ids = printschool
    ctx = ctx_on(home, TEACHER, TEACHER_PASS)
    assert ctx.open_record("session", ids["s1"]) is None  # no session form, so no print
    status = ctx.open_record("referral", ids["ref_old"])  # the status view only
    assert status is not None and print_button(status) is None
    assert not print_button(ctx.open_record("home_visit")).isVisible()
    form = ctx.open_record("home_visit", ids["hv"])
    assert print_button(form).text() == "打印家访记录表…"
    mark = audit_mark(ctx.session)
    out = outdir / "visit.pdf"
    proposed = print_form(qtbot, form, out)

    assert proposed == f"家访记录表-张小明-{form.field('date').value()}.pdf"
    assert viewer == [out]
    text = pdf_text(out)
    assert "家访记录表" in text and "张小明" in text
    assert audit_since(ctx.session, mark) == [
        (TEACHER, "print", "home_visit", ids["hv"], "ok", "home-visit record pdf")
    ]


def test_a_refused_print_in_a_form_is_one_sentence(
    qtbot,
    printschool,
    ctx_on,  # noqa: F811
    viewer,  # noqa: F811
    outdir,  # noqa: F811
):
    home, ids = printschool
    ctx = ctx_on(home, COUNSELOR, COUNSELOR_PASS)
    form = ctx.open_record("home_visit", ids["hv"])
    (outdir / "visit.pdf").mkdir()  # a folder has the name the user typed
    wait(qtbot, form.printer.print_to(outdir / "visit.pdf"))
    assert form.message.text() == "已有同名的文件夹，请换一个文件名。"
    assert form.message.property("kind") == "error"
    assert [p.name for p in outdir.iterdir()] == ["visit.pdf"] and viewer == []
