"""工作台: figures and lists per role, every item opens its record, coverage bars lead to the
class's home visits, and the page refreshes when a record changes. Real store, real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from listdata import OWN_CLASS, RecordingContext, build, days_ago
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidget, QWidget

from sxcounsel.gui.dashboard.dashboard_page import DashboardPage
from sxcounsel.gui.lists.pages import page_for
from sxcounsel.services import crises
from sxcounsel.services.account_session import Session
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS, TEACHER, TEACHER_PASS


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    home = tmp_path_factory.mktemp("dashboard") / "home"
    return home, build(home)


@pytest.fixture
def dashboard(qtbot, prefs):
    sessions: list[Session] = []

    def make(home, user: str, passphrase: str) -> DashboardPage:
        session = Session.unlock(home, user, passphrase)
        sessions.append(session)
        host = QWidget()
        qtbot.addWidget(host)
        page = page_for("dashboard", RecordingContext(session, prefs, host), host)
        assert isinstance(page, DashboardPage)
        host.resize(1178, 700)
        page.resize(1178, 700)
        host.show()
        qtbot.waitExposed(host)
        qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
        return page

    yield make
    for s in sessions:
        s.lock()


def texts(tree: QTreeWidget) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def activate(qtbot, tree: QTreeWidget, row: int) -> None:
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(row))
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def this_month(*days: int) -> int:
    month = f"{date.today():%Y-%m}"
    return sum(days_ago(d)[:7] == month for d in days)


def test_counselor_sees_every_reminder_and_each_opens_its_record(qtbot, data, dashboard):
    home, ids = data
    page = dashboard(home, COUNSELOR, COUNSELOR_PASS)
    figures = [
        t.figure.text()
        for t in (page.tile_due, page.tile_overdue, page.tile_waiting, page.tile_crises)
    ]
    assert figures == ["1", "1", "1", "1"]
    assert page.tile_sessions is not None
    assert page.tile_sessions.figure.text() == str(this_month(2, 40))
    assert texts(page.reviews) == [  # today's review first
        ["李华", "八年级(1)班", "红", "今天"],
        ["张小明", OWN_CLASS, "橙", "逾期 10 天"],
    ]
    assert texts(page.waiting) == [
        ["张小明", OWN_CLASS, "ZJ" + texts(page.waiting)[0][2][2:], "20 天"]
    ]
    activate(qtbot, page.reviews, 0)
    activate(qtbot, page.reviews, 1)
    activate(qtbot, page.waiting, 0)
    activate(qtbot, page.crises, 0)
    assert [(k, i) for k, i, _ in page.ctx.opened] == [
        ("concern", ids["case_due"]),
        ("concern", ids["case_overdue"]),
        ("referral", ids["ref_old"]),
        ("crisis", ids["crisis"]),
    ]
    bars = {c.class_name: (c.visited, c.students) for c in page.bars.classes}
    assert bars[OWN_CLASS] == (1, 2) and bars["八年级(1)班"] == (0, 1)
    assert [c.class_name for c in page.bars.classes] == [OWN_CLASS, "八年级(1)班", "九年级(1)班"]
    assert "王小红" in page.bars.tooltip_text(0)


def test_head_teacher_sees_own_class_and_no_sessions(qtbot, data, dashboard):
    home, _ = data
    page = dashboard(home, TEACHER, TEACHER_PASS)
    assert page.tile_sessions is None
    assert texts(page.reviews) == [["张小明", OWN_CLASS, "橙", "逾期 10 天"]]
    assert [r[0] for r in texts(page.waiting)] == ["张小明"]  # the status view of own class
    assert texts(page.crises) == [["没有未结的危机事件。", "", ""]]
    activate(qtbot, page.crises, 0)  # the empty-state line opens nothing
    assert page.ctx.opened == []
    assert [(c.class_name, c.visited, c.students) for c in page.bars.classes] == [(OWN_CLASS, 1, 2)]


def test_admin_sees_the_session_count_only(qtbot, data, dashboard):
    home, _ = data
    page = dashboard(home, ADMIN, ADMIN_PASS)
    assert page.tile_sessions is not None
    assert page.tile_sessions.figure.text() == str(this_month(2, 40))


def test_a_coverage_bar_opens_the_class_visits(qtbot, data, make_window, unlock):
    home, _ = data
    window = make_window(home)
    unlock(window, COUNSELOR, COUNSELOR_PASS)
    workspace = window.workspace
    page = workspace.pages.currentWidget()
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    row = next(i for i, c in enumerate(page.bars.classes) if c.class_name == OWN_CLASS)
    qtbot.mouseClick(page.bars, Qt.MouseButton.LeftButton, pos=QPoint(20, row * 28 + 14))
    visits = workspace.pages.currentWidget()
    assert visits.objectName() == "page_home_visits"
    qtbot.waitUntil(lambda: visits.loaded, timeout=10_000)
    assert visits.combos["class"].currentText() == OWN_CLASS
    assert [visits.proxy.index(r, 1).data() for r in range(visits.proxy.rowCount())] == ["张小明"]
    workspace.show_page("dashboard")
    qtbot.mouseClick(page.tile_sessions, Qt.MouseButton.LeftButton)
    assert workspace.pages.currentWidget().objectName() == "page_counseling"


def test_the_dashboard_refreshes_when_a_record_changes(qtbot, tmp_path, dashboard):
    home = tmp_path / "home"
    ids = build(home)
    page = dashboard(home, COUNSELOR, COUNSELOR_PASS)
    assert page.tile_crises.figure.text() == "1"
    with Session.unlock(home, COUNSELOR, COUNSELOR_PASS) as s:
        crises.close_crisis(s, ids["crisis"], "已送医，情况稳定")
    page.ctx.bus.changed.emit("crisis", ids["crisis"])
    qtbot.waitUntil(lambda: page.tile_crises.figure.text() == "0", timeout=10_000)
    assert texts(page.crises) == [["没有未结的危机事件。", "", ""]]


def test_bars_and_figures_work_from_the_keyboard(qtbot, data, dashboard):
    home, _ = data
    page = dashboard(home, COUNSELOR, COUNSELOR_PASS)
    page.bars.setFocus()
    qtbot.keyClick(page.bars, Qt.Key.Key_Down)
    qtbot.keyClick(page.bars, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.bars.class_chosen) as chosen:
        qtbot.keyClick(page.bars, Qt.Key.Key_Return)
    assert chosen.args == ["八年级(1)班"]
    page.tile_crises.setFocus()
    with qtbot.waitSignal(page.tile_crises.clicked):
        qtbot.keyClick(page.tile_crises, Qt.Key.Key_Space)
