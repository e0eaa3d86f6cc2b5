"""Record lists: pinyin search as you type, quick filters, sorting, remembered widths, opening
records, roles, and refreshing when a record changes. Real store, real widgets."""

from __future__ import annotations

import pytest
from guitools import ime_commit
from listdata import OTHER_CLASS, OWN_CLASS, RecordingContext, build
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from sxcounsel.gui.lists.list_page import ListPage
from sxcounsel.gui.lists.pages import page_for
from sxcounsel.services.account_session import Session
from sxcounsel.services.students import Student, create_student
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS, TEACHER, TEACHER_PASS


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    home = tmp_path_factory.mktemp("lists") / "home"
    return home, build(home)


@pytest.fixture
def open_page(qtbot, prefs):
    sessions: list[Session] = []

    def make(home, user: str, passphrase: str, key: str) -> ListPage:
        session = Session.unlock(home, user, passphrase)
        sessions.append(session)
        host = QWidget()
        qtbot.addWidget(host)
        host.resize(1178, 700)
        ctx = RecordingContext(session, prefs, host)
        page = page_for(key, ctx, host)
        assert isinstance(page, ListPage)
        page.resize(1178, 700)
        host.show()
        qtbot.waitExposed(host)
        qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
        return page

    yield make
    for s in sessions:
        s.lock()


def names(page: ListPage, column: int = 0) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_search_as_you_type_by_pinyin_initials_number_and_class(qtbot, data, open_page):
    home, _ = data
    page = open_page(home, COUNSELOR, COUNSELOR_PASS, "students")
    assert sorted(names(page)) == sorted(["张小明", "王小红", "李华", "吕梓涵"])
    qtbot.keyClicks(page.search, "zxm")
    assert names(page) == ["张小明"]
    assert page.count_label.text() == "显示 1 / 4 条"
    page.search.clear()
    qtbot.keyClicks(page.search, "zhang x")  # spaces are ignored, like the CLI
    assert names(page) == ["张小明"]
    for query, expected in (
        ("lv", ["吕梓涵"]),
        ("lu", ["吕梓涵"]),
        ("0803", ["李华"]),
        ("七年级2班", ["张小明", "王小红"]),
        ("xiao", []),  # pinyin matches from the start of a name only
    ):
        page.search.setText(query)
        assert sorted(names(page)) == sorted(expected), query
    page.search.clear()
    ime_commit(page.search, "小")
    assert sorted(names(page)) == sorted(["张小明", "王小红"])
    assert not page.empty.isVisible()
    page.search.setText("zzzz")
    assert names(page) == [] and page.empty.isVisible()


def test_quick_filters_combine_with_the_search(qtbot, data, open_page):
    home, _ = data
    page = open_page(home, COUNSELOR, COUNSELOR_PASS, "students")
    classes = page.combos["class"]
    assert [classes.itemText(i) for i in range(classes.count())] == [
        "全部班级",
        OWN_CLASS,
        OTHER_CLASS,
        "九年级(1)班",
    ]
    assert page.set_quick("class", OWN_CLASS)
    assert sorted(names(page)) == ["张小明", "王小红"]
    page.search.setText("wxh")
    assert names(page) == ["王小红"]
    page.search.clear()
    status = page.combos["status"]
    status.setCurrentIndex(status.findText("休学"))
    assert names(page) == [] and page.empty.isVisible()
    status.setCurrentIndex(0)
    classes.setCurrentIndex(0)
    assert len(names(page)) == 4


def test_clicking_a_header_sorts_and_again_reverses(qtbot, data, open_page):
    home, _ = data
    page = open_page(home, COUNSELOR, COUNSELOR_PASS, "students")
    header = page.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    by_pinyin = ["李华", "吕梓涵", "王小红", "张小明"]  # lihua, lvzihan, wangxiaohong, zhang…
    assert names(page) == by_pinyin
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert names(page) == by_pinyin[::-1]
    page.search.setText("l")  # the sort survives filtering
    assert names(page) == ["吕梓涵", "李华"]


def test_column_widths_are_remembered_per_list(qtbot, data, open_page, prefs):
    home, _ = data
    page = open_page(home, COUNSELOR, COUNSELOR_PASS, "students")
    page.table.horizontalHeader().resizeSection(0, 251)
    qtbot.waitUntil(lambda: str(prefs.get("lists/students/column_widths", "")).startswith("251,"))
    again = open_page(home, COUNSELOR, COUNSELOR_PASS, "students")
    assert again.table.columnWidth(0) == 251
    other = open_page(home, COUNSELOR, COUNSELOR_PASS, "home_visits")
    assert other.table.columnWidth(0) != 251
    prefs.put("lists/referrals/column_widths", "300,300")  # another layout: not applied
    referrals = open_page(home, COUNSELOR, COUNSELOR_PASS, "referrals")
    assert referrals.table.columnWidth(0) == referrals.model.columns[0].width


def test_enter_and_double_click_open_the_record(qtbot, data, open_page):
    home, ids = data
    page = open_page(home, COUNSELOR, COUNSELOR_PASS, "students")
    page.search.setText("zxm")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter in the search box: to the table
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.ctx.opened == [("student", ids["zxm"], {})]
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # the arrow key goes to the list too
    assert page.table.hasFocus() and page.selected_id() == ids["zxm"]
    visits = open_page(home, COUNSELOR, COUNSELOR_PASS, "home_visits")
    cell = visits.table.visualRect(visits.proxy.index(0, 1)).center()
    qtbot.mouseClick(visits.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert visits.ctx.opened == []  # a single click only selects
    qtbot.mouseDClick(visits.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert visits.ctx.opened == [("home_visit", ids["hv"], {})]


def test_new_and_import_buttons_follow_the_roles(qtbot, data, open_page):
    home, _ = data
    admin = open_page(home, ADMIN, ADMIN_PASS, "students")
    assert admin.new_button is not None and admin.import_button is not None
    qtbot.mouseClick(admin.import_button, Qt.MouseButton.LeftButton)
    assert admin.ctx.imports == 1
    qtbot.mouseClick(admin.new_button, Qt.MouseButton.LeftButton)
    assert admin.ctx.opened == [("student", None, {})]
    counselor = open_page(home, COUNSELOR, COUNSELOR_PASS, "students")
    assert counselor.new_button is not None and counselor.import_button is None
    teacher = open_page(home, TEACHER, TEACHER_PASS, "students")
    assert teacher.new_button is None and teacher.import_button is None
    visits = open_page(home, TEACHER, TEACHER_PASS, "home_visits")
    assert visits.new_button is not None and visits.new_button.text() == "新建家访记录"
    assert open_page(home, ADMIN, ADMIN_PASS, "home_visits").new_button is None
    crisis = open_page(home, TEACHER, TEACHER_PASS, "crisis")
    assert crisis.new_button is not None  # anyone may report a crisis
    assert open_page(home, ADMIN, ADMIN_PASS, "referrals").new_button is None


def test_head_teacher_sees_own_class_only_and_no_session_anywhere(qtbot, data, make_window, unlock):
    home, _ = data
    window = make_window(home)
    unlock(window, TEACHER, TEACHER_PASS)
    workspace = window.workspace
    assert "counseling" not in list(workspace.keys())
    students = workspace.show_page("students")
    qtbot.waitUntil(lambda: students.loaded, timeout=10_000)
    assert sorted(names(students)) == ["张小明", "王小红"]
    assert not students.combos["class"].isVisible()  # one class: nothing to choose
    crisis = workspace.show_page("crisis")
    qtbot.waitUntil(lambda: crisis.loaded, timeout=10_000)
    headers = [crisis.model.headerData(i, Qt.Orientation.Horizontal) for i in range(5)]
    assert "类型" not in headers and crisis.proxy.rowCount() == 0
    referrals = workspace.show_page("referrals")
    qtbot.waitUntil(lambda: referrals.loaded, timeout=10_000)
    assert sorted(names(referrals, 1)) == ["张小明", "王小红"]
    columns = referrals.model.columnCount()
    assert "预警等级" not in [
        referrals.model.headerData(i, Qt.Orientation.Horizontal) for i in range(columns)
    ]
    pages = [workspace.pages.widget(i).objectName() for i in range(workspace.pages.count())]
    assert "page_counseling" not in pages


def test_session_list_shows_metadata_and_filters_by_period(qtbot, data, open_page):
    home, ids = data
    page = open_page(home, COUNSELOR, COUNSELOR_PASS, "counseling")
    assert names(page, 2) == ["张小明", "李华"]  # newest first
    cells = [
        page.proxy.index(r, c).data()
        for r in range(page.proxy.rowCount())
        for c in range(page.model.columnCount())
    ]
    assert not any("秘密" in str(c) for c in cells)
    page.search.setText("lh")
    assert names(page, 2) == ["李华"]
    page.search.clear()
    assert page.set_quick("period", "最近30天")
    assert names(page, 2) == ["张小明"]
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.ctx.opened == [("session", ids["s1"], {})]


def test_concern_list_marks_overdue_reviews(qtbot, data, open_page):
    home, _ = data
    page = open_page(home, COUNSELOR, COUNSELOR_PASS, "concern")
    review = {page.proxy.index(r, 0).data(): page.proxy.index(r, 6).data() for r in range(2)}
    assert review["张小明"].endswith("逾期 10 天") and review["李华"].endswith("今天到期")
    assert page.set_quick("risk", "红")
    assert names(page, 0) == ["李华"]
    page.set_quick("risk", "全部预警等级")


def test_lists_refresh_when_a_record_changes(qtbot, tmp_path, open_page):
    home = tmp_path / "home"
    build(home)
    page = open_page(home, COUNSELOR, COUNSELOR_PASS, "students")
    assert page.model.total() == 4
    task = page.task
    page.ctx.bus.changed.emit("session", "x")  # not shown in this list: nothing is read
    assert page.task is task
    with Session.unlock(home, COUNSELOR, COUNSELOR_PASS) as s:
        made = create_student(s, Student(student_no="G2", name="赵一", class_name=OWN_CLASS))
    page.search.setText("zy")
    page.ctx.bus.changed.emit("student", made.id)
    qtbot.waitUntil(lambda: page.model.total() == 5, timeout=10_000)
    assert names(page) == ["赵一"]  # the search still applies to the new rows
