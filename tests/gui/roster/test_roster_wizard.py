"""The roster import wizard on a real store: preview, every bad row listed, import, summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from guitools import WAIT_KDF_MS
from PySide6.QtWidgets import QWidget, QWizard

from sxcounsel.gui.context import PageContext
from sxcounsel.gui.roster.roster_wizard import open_roster_wizard
from sxcounsel.services.account_session import Session
from sxcounsel.services.students import count_students
from tests.conftest import ADMIN, ADMIN_PASS, make_school
from tests.roster.rosterfiles import student, write_xlsx

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"  # tests/fixtures/README.md


@pytest.fixture
def admin_ctx(tmp_path, prefs, qtbot):
    home = tmp_path / "home"
    make_school(home)
    session = Session.unlock(home, ADMIN, ADMIN_PASS)
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1366, 768)
    host.show()
    yield PageContext(session, prefs, host)
    session.lock()


def _wizard_at_check(qtbot, ctx: PageContext, path: Path):
    wizard = open_roster_wizard(ctx)
    qtbot.waitExposed(wizard)
    wizard.file_page.edit.setText(str(path))
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=WAIT_KDF_MS)
    return wizard, page


def test_sample_roster_previews_and_imports(qtbot, admin_ctx):
    changed: list[tuple[str, str]] = []
    admin_ctx.bus.changed.connect(lambda kind, rid: changed.append((kind, rid)))
    wizard, page = _wizard_at_check(qtbot, admin_ctx, FIXTURES / "roster-sample.xlsx")
    assert page.isComplete()
    assert "120" in page.status.text() and "学籍号" in page.columns.text()
    assert page.preview.rowCount() == 8 and page.preview.columnCount() >= 6
    headers = [
        page.preview.horizontalHeaderItem(i).text() for i in range(page.preview.columnCount())
    ]
    assert "姓名" in headers and "身份证号" in headers
    assert count_students(admin_ctx.session) == 0  # the check wrote nothing
    assert wizard.button(QWizard.WizardButton.CommitButton).isVisible()
    wizard.next()
    imp = wizard.import_page
    qtbot.waitUntil(lambda: not imp.running(), timeout=WAIT_KDF_MS)
    assert imp.summary is not None and imp.summary.new == 120
    assert "120" in imp.status.text()
    assert count_students(admin_ctx.session) == 120
    assert ("student", "") in changed


def test_every_bad_row_is_listed_and_nothing_imported(qtbot, admin_ctx, tmp_path):
    rows = [student(i) for i in range(12)]
    rows[2]["身份证号"] = str(rows[2]["身份证号"])[:-1] + (
        "0" if str(rows[2]["身份证号"])[-1] != "0" else "1"
    )
    rows[5]["姓名"] = ""
    rows[9]["身份证号"] = 6.10424e17
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    wizard, page = _wizard_at_check(qtbot, admin_ctx, path)
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    lines = [page.problems.item(i).text() for i in range(page.problems.count())]
    # Title row 1, header row 2: student i is on spreadsheet row i + 3.
    assert any(line.startswith("第 5 行") and "校验位" in line for line in lines), lines
    assert any(line.startswith("第 8 行") and "姓名" in line for line in lines), lines
    assert any(line.startswith("第 12 行") and "Excel" in line for line in lines), lines
    assert "3" in page.status.text()
    # The preview marks the offending cells (rows 5 and 8 are among its first rows).
    marked = {
        (page.preview.verticalHeaderItem(r).text(), page.preview.horizontalHeaderItem(c).text())
        for r in range(page.preview.rowCount())
        for c in range(page.preview.columnCount())
        if page.preview.item(r, c).toolTip()
    }
    assert marked == {("5", "身份证号"), ("8", "姓名")}
    assert count_students(admin_ctx.session) == 0


def test_a_file_that_is_not_a_roster_gets_one_sentence(qtbot, admin_ctx, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(b"")
    _wizard, page = _wizard_at_check(qtbot, admin_ctx, path)
    assert not page.isComplete()
    assert page.status.text() and "Traceback" not in page.status.text()
    assert page.problems.count() == 0


def _mapping_rows(page) -> dict[str, tuple[str, str]]:
    table = page.mapping
    out = {}
    for r in range(table.rowCount()):
        combo = table.cellWidget(r, 1)
        read_as = combo.currentText() if combo is not None else table.item(r, 1).text()
        out[table.item(r, 0).text()] = (read_as, table.item(r, 2).text())
    return out


def test_collection_form_preview_lists_columns_and_the_flag_mapping_is_editable(
    qtbot, admin_ctx, tmp_path
):
    from tests.roster import xueji

    data = xueji.rows(12)
    wizard, page = _wizard_at_check(qtbot, admin_ctx, xueji.write(tmp_path / "c.xlsx", data))
    assert page.isComplete(), page.status.text()
    rows = _mapping_rows(page)
    assert rows["全国学籍号"][0] == "学籍号" and rows["成员1姓名"][0]
    assert rows["联系电话"][1] == "学生本人电话：不保存"
    assert rows["民族"][1] == "不读取" and rows["通信地址"][1].startswith("不读取")
    assert rows["是否享受一补"] == ("困境", "是 或 1 → 标记“困境”；否 不清除")
    page.mapping.combos["是否享受一补"].setCurrentText("低保")
    page.mapping.combos["是否需要申请资助"].setCurrentText("低保")
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=WAIT_KDF_MS)
    qtbot.waitUntil(page.isComplete, timeout=WAIT_KDF_MS)
    assert _mapping_rows(page)["是否享受一补"][0] == "低保"
    wizard.grab().save(str(tmp_path / "preview.png"))
    wizard.next()
    imp = wizard.import_page
    qtbot.waitUntil(lambda: not imp.running(), timeout=WAIT_KDF_MS)
    assert imp.summary is not None and imp.summary.new == 12
    from sxcounsel.services.students import list_students

    by_no = {s.student_no: s for s in list_students(admin_ctx.session)}
    for i, r in enumerate(data):
        assert by_no[r["全国学籍号"]].flags == xueji.expected(i, relief="低保")["flags"]
        assert by_no[r["全国学籍号"]].boarding is xueji.expected(i)["boarding"]


def test_an_unknown_layout_is_mapped_by_hand_and_remembered(qtbot, admin_ctx, tmp_path):
    from tests.roster import xueji

    header = ["XJH", "XM", "XB", "BJ"]
    data = [
        {"XJH": r["全国学籍号"], "XM": r["姓名"], "XB": r["性别"], "BJ": "八年级1班"}
        for r in xueji.rows(3)
    ]
    path = xueji.write(tmp_path / "u.xlsx", data, header)
    wizard, page = _wizard_at_check(qtbot, admin_ctx, path)
    assert not page.isComplete() and page.mapping.rowCount() == 4
    for h, term in (("XJH", "学籍号"), ("XM", "姓名"), ("XB", "性别"), ("BJ", "班级")):
        page.mapping.combos[h].setCurrentText(term)
        qtbot.waitUntil(lambda: not page.task.running, timeout=WAIT_KDF_MS)
    qtbot.waitUntil(page.isComplete, timeout=WAIT_KDF_MS)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.import_page.running(), timeout=WAIT_KDF_MS)
    assert count_students(admin_ctx.session) == 3
    wizard.close()
    again, page2 = _wizard_at_check(qtbot, admin_ctx, path)  # the next import
    assert page2.isComplete(), page2.status.text()
    assert page2.summary.unchanged == 3
    assert _mapping_rows(page2)["XJH"][0] == "学籍号"
    again.close()
