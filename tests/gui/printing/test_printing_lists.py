"""The ledger buttons of the list pages: 家访工作台账 (PDF and XLSX) and 重点关注学生台账, each
written off the GUI thread, audited, opened in the viewer; roles and refusals."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from listdata import OTHER_CLASS, OWN_CLASS, build
from printtools import (
    audit_mark,
    audit_since,
    choose_file,
    click,
    ctx_on,  # noqa: F401 - the fixture
    needs_pdftotext,
    outdir,  # noqa: F401 - the fixture
    pdf_text,
    read_only_folder,
    save_dialog,
    viewer,  # noqa: F401 - the fixture
    wait,
)
from PySide6.QtWidgets import QPushButton

from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.core.progress import Cancelled
from sxcounsel.core.schoolyear import school_year_label, school_year_of
from sxcounsel.gui.lists.list_page import ListPage
from sxcounsel.gui.lists.pages import page_for
from sxcounsel.gui.printing import runner
from sxcounsel.gui.printing.list_actions import ConcernLedgerPrinter, HomeVisitLedgerPrinter
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS, TEACHER, TEACHER_PASS

YEAR = school_year_of(date.today())


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("printing") / "home"
    build(home)
    return home


@pytest.fixture
def open_page(qtbot, home, ctx_on):  # noqa: F811
    def make(user: str, passphrase: str, key: str) -> ListPage:
        ctx = ctx_on(home, user, passphrase)
        page = page_for(key, ctx, ctx.host)
        assert isinstance(page, ListPage)
        page.resize(1366, 768)
        page.show()
        qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
        return page

    return make


def ledger_button(page: ListPage, name: str) -> QPushButton | None:
    return page.findChild(QPushButton, name)


@needs_pdftotext
def test_counselor_prints_the_class_ledger_of_the_chosen_class(
    qtbot,
    open_page,
    viewer,  # noqa: F811
    outdir,  # noqa: F811
):
    page = open_page(COUNSELOR, COUNSELOR_PASS, "home_visits")
    assert page.set_quick("class", OWN_CLASS)
    button = ledger_button(page, "printHomeVisitLedger")
    assert button is not None and button.text() == "打印班级家访台账…"
    click(qtbot, button)
    printer = page.findChild(HomeVisitLedgerPrinter)
    qtbot.waitUntil(lambda: printer.dialog is not None)  # the classes are read first
    dialog = printer.dialog
    assert dialog is not None and dialog.isVisible()
    classes = [dialog.class_box.itemText(i) for i in range(dialog.class_box.count())]
    assert classes == [OWN_CLASS, OTHER_CLASS, "九年级(1)班"]  # every class, in class order
    assert dialog.class_name() == OWN_CLASS  # the list's filter
    assert dialog.year_box.currentText() == school_year_label(YEAR) == f"{YEAR}—{YEAR + 1}学年"
    assert dialog.pdf.isChecked()
    click(qtbot, dialog.ok)

    files = save_dialog(qtbot, page)
    suggested = Path(files.selectedFiles()[0])
    assert suggested.name == f"家访工作台账-{OWN_CLASS}-{YEAR}—{YEAR + 1}学年.pdf"
    assert suggested.parent == runner.start_folder(None)  # Documents (or home)
    out = outdir / "ledger.pdf"
    mark = audit_mark(page.ctx.session)
    choose_file(qtbot, page, out)
    wait(qtbot, printer.task)

    assert viewer == [out]
    assert page.message.text() == f"已保存为 {out} 并已打开，请在阅读器中打印。"
    text = pdf_text(out)
    assert "家访工作台账" in text and "张小明" in text
    assert "李华" not in text  # another class
    assert audit_since(page.ctx.session, mark) == [
        (
            COUNSELOR,
            "print",
            "home_visit_ledger",
            "",
            "ok",
            f"home-visit ledger {OWN_CLASS} {YEAR} pdf",
        )
    ]
    assert [p.name for p in outdir.iterdir()] == ["ledger.pdf"]  # no temp file left
    assert page.ctx.prefs.get(runner.FOLDER_KEY) == str(outdir)  # proposed next time


def test_head_teacher_exports_own_class_as_xlsx(
    qtbot,
    open_page,
    viewer,  # noqa: F811
    outdir,  # noqa: F811
):
    page = open_page(TEACHER, TEACHER_PASS, "home_visits")
    click(qtbot, ledger_button(page, "printHomeVisitLedger"))
    printer = page.findChild(HomeVisitLedgerPrinter)
    qtbot.waitUntil(lambda: printer.dialog is not None)  # the classes are read first
    dialog = printer.dialog
    assert dialog.class_box.count() == 1 and dialog.class_name() == OWN_CLASS
    dialog.xlsx.click()
    click(qtbot, dialog.ok)
    files = save_dialog(qtbot, page)
    assert Path(files.selectedFiles()[0]).suffix == ".xlsx"
    out = outdir / "ledger.xlsx"
    mark = audit_mark(page.ctx.session)
    choose_file(qtbot, page, out)
    wait(qtbot, page.findChild(HomeVisitLedgerPrinter).task)

    assert viewer == [out]
    wb = openpyxl.load_workbook(out, read_only=True)
    names = wb.sheetnames
    cells = [str(c) for row in wb[names[0]].iter_rows(values_only=True) for c in row if c]
    about = [str(c) for row in wb["说明"].iter_rows(values_only=True) for c in row if c]
    wb.close()
    assert names[0] == "家访工作台账" and "张小明" in cells and "李华" not in cells
    assert any(OWN_CLASS in c for c in about)
    assert audit_since(page.ctx.session, mark) == [
        (TEACHER, "export", "home_visit_ledger", "", "ok", f"home-visit ledger {OWN_CLASS} {YEAR} xlsx")
    ]  # fmt: skip


def test_head_teacher_is_refused_another_class_and_has_no_concern_ledger(
    qtbot,
    open_page,
    viewer,  # noqa: F811
    outdir,  # noqa: F811
):
    page = open_page(TEACHER, TEACHER_PASS, "home_visits")
    mark = audit_mark(page.ctx.session)
    printer = page.findChild(HomeVisitLedgerPrinter)
    wait(qtbot, printer.print_to(OTHER_CLASS, YEAR, outdir / "other.pdf"))
    assert page.message.text() == "你的账号只能打印本人所带班级的家访工作台账。"
    assert page.message.property("kind") == "error"
    assert list(outdir.iterdir()) == [] and viewer == []
    assert audit_since(page.ctx.session, mark) == []

    concerns = open_page(TEACHER, TEACHER_PASS, "concern")
    assert ledger_button(concerns, "printConcernLedger") is None  # absent, not disabled
    assert concerns.findChild(ConcernLedgerPrinter) is None


@needs_pdftotext
@pytest.mark.parametrize(("user", "passphrase"), [(COUNSELOR, COUNSELOR_PASS), (ADMIN, ADMIN_PASS)])
def test_concern_ledger_with_the_care_plans(
    qtbot,
    open_page,
    viewer,  # noqa: F811
    outdir,  # noqa: F811
    user,
    passphrase,
):
    page = open_page(user, passphrase, "concern")
    click(qtbot, ledger_button(page, "printConcernLedger"))
    printer = page.findChild(ConcernLedgerPrinter)
    dialog = printer.dialog
    dialog.plans.click()
    click(qtbot, dialog.ok)
    files = save_dialog(qtbot, page)
    assert Path(files.selectedFiles()[0]).name == f"重点关注学生台账-{date.today()}.pdf"
    out = outdir / "concerns.pdf"
    mark = audit_mark(page.ctx.session)
    choose_file(qtbot, page, out)
    wait(qtbot, printer.task)

    assert viewer == [out]
    text = pdf_text(out)
    assert "重点关注学生台账" in text and "张小明" in text and "李华" in text
    assert audit_since(page.ctx.session, mark) == [
        (user, "print", "concern_ledger", "", "ok", "key-concern ledger pdf with plans")
    ]


def test_a_folder_that_cannot_be_written_is_one_sentence_and_no_file(
    qtbot,
    open_page,
    viewer,  # noqa: F811
    outdir,  # noqa: F811
):
    folder = read_only_folder(outdir)
    before = set(folder.iterdir())
    page = open_page(COUNSELOR, COUNSELOR_PASS, "concern")
    mark = audit_mark(page.ctx.session)
    printer = page.findChild(ConcernLedgerPrinter)
    for name in ("concerns.pdf", "concerns.xlsx"):
        wait(qtbot, printer.print_to(folder / name))
        assert page.message.text() == ("无法在这个文件夹中保存文件，请另选一个文件夹，例如“文档”。")
        assert set(folder.iterdir()) == before and viewer == []
    assert audit_since(page.ctx.session, mark) == []  # no entry without the file

    wait(qtbot, printer.print_to(outdir / "concerns.txt"))
    assert page.message.text() == "文件名必须以 .pdf / .xlsx 结尾。"
    wait(qtbot, printer.print_to(outdir / "gone" / "concerns.pdf"))
    assert page.message.text() == "所选文件夹不存在，请另选一个。"


@pytest.mark.parametrize(
    ("exc", "text"),
    [
        (
            NotFound("print.no_students", field="class", class_name="九年级(3)班"),
            "班级 九年级(3)班 中没有学生。",
        ),
        (
            OSError(errno.ENOSPC, "No space left on device"),
            "磁盘已满或无法写入；请腾出一些空间后再试。",
        ),
        (
            PermissionDenied("print.counselors_only", action="print counseling session records"),
            "只有心理教师可以打印心理辅导记录表。",
        ),
        (
            PermissionDenied("permission.print", action="print referral letters"),
            "你的账号无权打印这份文件。",
        ),
        (
            ValidationError("print.suffix", field="output", file="a.doc", suffix=".pdf"),
            "文件名必须以 .pdf 结尾。",
        ),
        (Cancelled(), "操作已取消，未做任何更改。"),
    ],
)
def test_refusals_are_one_translated_sentence(gui_app, exc, text):
    assert runner.print_error_text(exc) == text
