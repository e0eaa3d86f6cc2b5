"""The county workspace, driven with pytest-qt on a real county store whose school records
arrived through real bundles (tests/services/county_casework.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from guitools import ime_commit
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit, QTextEdit

from sxcounsel.county.inbox import ALREADY, IMPORTED, REFUSED
from sxcounsel.gui import operations
from sxcounsel.gui.county.county_workspace import CountyWorkspace
from sxcounsel.gui.county.record_view import RecordView
from sxcounsel.gui.county.schools_model import SILENT_BACKGROUND
from sxcounsel.gui.settings.settings_page import SettingsPage
from sxcounsel.services.account_session import Session
from sxcounsel.services.students import Student, create_student
from sxcounsel.sync.ack import ack_name
from sxcounsel.sync.export import export_to
from tests.conftest import COUNSELOR, COUNSELOR_PASS
from tests.services.county_casework import NAMES_A, build_county_world, copy_county_world
from tests.sync.syncworld import SCHOOL_A, SCHOOL_B, SCHOOL_C

WAIT_MS = 20_000


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_county_world(tmp_path_factory.mktemp("countygui") / "w")


@pytest.fixture
def cw(template, tmp_path):
    return copy_county_world(template, tmp_path / "w")


@pytest.fixture
def open_workspace(qtbot, prefs):
    opened: list[Session] = []

    def make(cw) -> CountyWorkspace:
        from sxcounsel.county.store import open_county
        from tests.sync.syncworld import COUNTY_PASS, COUNTY_USER

        session, _county = open_county(cw.world.county_home, COUNTY_USER, COUNTY_PASS)
        opened.append(session)
        ws = CountyWorkspace(session, prefs)
        qtbot.addWidget(ws)
        ws.resize(1366, 768)
        ws.show()
        qtbot.waitExposed(ws)
        return ws

    yield make
    operations.wait_all()
    for s in opened:
        s.close()


def loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.loaded and not page.task.running, timeout=WAIT_MS)


def test_shell_has_the_county_pages(open_workspace, cw):
    ws = open_workspace(cw)
    assert ws.objectName() == "workspace" and ws.ctx.session.store.meta("kind") == "county"
    assert ws.keys()[0] == "county_schools" and "inbox" in list(ws.keys())
    assert ws.nav.count() == len(ws.keys())
    assert [ws.nav.item(i).text() for i in range(2)] == ["学校", "收件箱"]
    assert isinstance(ws.show_page("settings"), SettingsPage)


def test_inbox_imports_good_duplicate_and_tampered_bundles(qtbot, open_workspace, cw, tmp_path):
    stick = tmp_path / "usb"
    with Session.unlock(cw.world.school_home(SCHOOL_A), COUNSELOR, COUNSELOR_PASS) as s:
        create_student(
            s, Student(student_no="G61A09999", name="新来学生", class_name="七年级(2)班")
        )
        export_to(s, stick)  # bundle 1 (already at the county) and the new bundle 2
    good = stick / f"{SCHOOL_A}-2.sxb"
    data = bytearray(good.read_bytes())
    data[-40] ^= 0x01
    (stick / f"{SCHOOL_A}-9.sxb").write_bytes(bytes(data))
    acks = tmp_path / "acks"
    ws = open_workspace(cw)
    page = ws.show_page("inbox")
    page.set_ack_folder(acks)
    page.import_paths([stick])
    qtbot.waitUntil(lambda: not page.task.running, timeout=WAIT_MS)
    got = {r.file: r.status for r in page.model.results}
    assert got == {f"{SCHOOL_A}-1.sxb": ALREADY, f"{SCHOOL_A}-2.sxb": IMPORTED,
                   f"{SCHOOL_A}-9.sxb": REFUSED}  # fmt: skip
    rows = {page.model.index(i, 0).data(): i for i in range(page.model.rowCount())}
    assert page.model.index(rows[f"{SCHOOL_A}-2.sxb"], 1).data() == "富平县示范中学"
    assert page.model.index(rows[f"{SCHOOL_A}-2.sxb"], 3).data().startswith("1 ")
    assert page.model.index(rows[f"{SCHOOL_A}-9.sxb"], 3).data().startswith("签名不符")
    assert (acks / ack_name(SCHOOL_A)).is_file()
    assert page.message.isVisible() and "1" in page.message.text()
    schools = ws.show_page("county_schools")
    loaded(qtbot, schools)
    a = next(r for r in schools.model.rows if r.code == SCHOOL_A)
    assert a.bundles == 2 and a.students == len(NAMES_A) + 1
    assert ws.ctx.refused == {SCHOOL_A: 1}
    assert schools.model.index(schools.model.shown_row_of(SCHOOL_A), 5).data() == "1"


def test_dropping_a_folder_on_the_inbox_imports_it(qtbot, open_workspace, cw):
    ws = open_workspace(cw)
    page = ws.show_page("inbox")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(cw.root / "outbox"))])
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: not page.task.running, timeout=WAIT_MS)
    assert sorted(r.status for r in page.model.results) == [ALREADY, ALREADY]
    assert (cw.root / "outbox" / ack_name(SCHOOL_A)).is_file()  # beside the bundles


def test_watched_folder_imports_what_arrives(qtbot, open_workspace, cw, tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    ws = open_workspace(cw)
    page = ws.show_page("inbox")
    page.set_watch_folder(drop)
    assert page.timer.isActive() and page.stop_button.isVisible()
    with Session.unlock(cw.world.school_home(SCHOOL_B), COUNSELOR, COUNSELOR_PASS) as s:
        create_student(
            s, Student(student_no="G61B09999", name="转入学生", class_name="七年级(2)班")
        )
        export_to(s, drop)
    task = page.check_watched()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    assert {r.file: r.status for r in page.model.results}[f"{SCHOOL_B}-2.sxb"] == IMPORTED
    assert page.check_watched() is None  # nothing new
    page.set_watch_folder(None)
    assert not page.timer.isActive()


def test_schools_table_and_a_silent_school(qtbot, open_workspace, cw):
    with cw.world.county() as (session, _), session.store.transaction() as conn:
        conn.execute(
            "UPDATE county_bundles SET imported_at = "
            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-30 days') WHERE school_code = ?",
            (SCHOOL_B,),
        )
    ws = open_workspace(cw)
    page = ws.show_page("county_schools")
    loaded(qtbot, page)
    assert page.model.total() == 2
    b = page.model.shown_row_of(SCHOOL_B)
    a = page.model.shown_row_of(SCHOOL_A)
    assert page.model.index(b, 3).data() == "30"
    assert page.model.index(b, 1).data(Qt.ItemDataRole.BackgroundRole) == SILENT_BACKGROUND
    assert page.model.index(a, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.tiles["silent"].figure.text() == "1"
    assert page.tiles["open"].figure.text() == "10"
    assert page.set_quick("attention", page.silent_label())
    assert page.proxy.rowCount() == 1 and page.model.row_at(0).code == SCHOOL_B
    qtbot.keyClicks(page.search, SCHOOL_A)
    assert page.proxy.rowCount() == 0  # A is not silent
    page.search.clear()
    assert page.proxy.rowCount() == 1


def test_approve_and_reject_enrollment_requests(qtbot, open_workspace, cw):
    ws = open_workspace(cw)
    page = ws.show_page("county_schools")
    loaded(qtbot, page)
    request = cw.root / f"request-{SCHOOL_C}.json"
    box = page.show_request(request)
    assert box is not None and SCHOOL_C in box.text()
    page.reject_choice.click()
    assert "未登记" in page.message.text() or SCHOOL_C not in {r.code for r in page.model.rows}
    assert page.model.total() == 2
    box = page.show_request(request)
    page.approve_choice.click()
    loaded(qtbot, page)
    assert page.model.total() == 3 and SCHOOL_C in {r.code for r in page.model.rows}
    actions = ws.ctx.session.store.conn.execute(
        "SELECT result FROM audit_log WHERE action = 'enroll' AND record_id = ? ORDER BY seq",
        (SCHOOL_C,),
    ).fetchall()
    assert [r[0] for r in actions] == ["refused", "ok"]
    bad = cw.root / "not-a-request.json"
    bad.write_text("{}", encoding="utf-8")
    assert page.show_request(bad) is None and page.message.isVisible()


def test_roster_filters_and_read_only_record(qtbot, open_workspace, cw):
    ws = open_workspace(cw)
    page = ws.show_page("county_concern")
    loaded(qtbot, page)
    assert page.model.total() == 10
    ime_commit(page.search, "欧阳")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    qtbot.keyClicks(page.search, "oy")  # pinyin initials
    assert page.proxy.rowCount() >= 1
    page.search.clear()
    rows = page.model.rows  # reviews are overdue as of the real today
    assert page.set_quick("risk", "红") and page.proxy.rowCount() == 7
    late_red = sum(r.risk_level == "红" and r.days_overdue > 0 for r in rows)
    assert page.set_quick("overdue", "研判逾期") and page.proxy.rowCount() == late_red
    assert page.set_quick("school", "富平县示范中学") and page.proxy.rowCount() == late_red
    assert page.set_quick("risk", "蓝") and page.proxy.rowCount() == 0
    page.combos["risk"].setCurrentIndex(0)
    page.combos["overdue"].setCurrentIndex(0)
    page.combos["school"].setCurrentIndex(0)
    assert page.proxy.rowCount() == 10
    row = page.model.shown_row_of(cw.case_ids[0])
    page.table.activated.emit(page.proxy.index(row, 0))
    view = next(w for w in ws.findChildren(RecordView))
    qtbot.addWidget(view)
    assert view.isVisible() and view.values["student"] == NAMES_A[0]
    assert view.values["risk_level"] == "红" and view.values["reason_categories"] == "情绪"
    assert not view.findChildren(QLineEdit) and not view.findChildren(QTextEdit)
    view.close()


def test_referrals_crises_and_coverage_pages(qtbot, open_workspace, cw):
    ws = open_workspace(cw)
    referrals = ws.show_page("county_referrals")
    loaded(qtbot, referrals)
    assert referrals.model.total() == 1
    crises = ws.show_page("county_crisis")
    loaded(qtbot, crises)
    assert crises.model.total() == 1 and crises.model.row_at(0).type == "自伤"
    coverage = ws.show_page("coverage")
    coverage.year.setCurrentIndex(coverage.year.findData(2025))
    qtbot.waitUntil(lambda: not coverage.task.running and bool(coverage.schools), timeout=WAIT_MS)
    total = coverage.total.bars[0]
    assert (total.visited, total.students) == (3, len(NAMES_A) + 3)
    assert coverage.school_chart.bars[0].key == SCHOOL_B  # lowest coverage first
    coverage.school_chart.choose(1)
    assert coverage.class_chart.bars[0].visited == 3


def test_report_button_writes_a_pdf(qtbot, open_workspace, cw, tmp_path: Path):
    ws = open_workspace(cw)
    page = ws.show_page("report")
    page.year.setCurrentIndex(page.year.findData(2025))
    qtbot.waitUntil(lambda: not page.task.running, timeout=WAIT_MS)
    assert page.concerns.totals()[6] == 10 or sum(page.concerns.totals()) > 0
    out = tmp_path / "报告.pdf"
    task = page.write(out)
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    assert out.read_bytes().startswith(b"%PDF") and page.printed.pages >= 2
    assert page.message.isVisible() and str(out) in page.message.text()
    task = page.write(tmp_path / "报告.docx")
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    assert page.message.isVisible() and not (tmp_path / "报告.docx").exists()
