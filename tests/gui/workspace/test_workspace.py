"""The unlocked workspace: navigation per role, status bar, locking and auto-lock."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from sxcounsel.gui.workspace.navigation import ENTRIES

ADMIN, ADMIN_PASS = "wangli", "Fuping-2025!"
COUNSELOR, COUNSELOR_PASS = "zhaomin", "Xinli#Room42"
TEACHER, TEACHER_PASS = "liujun", "Banzhuren-7a"


def nav_labels(window) -> list[str]:
    nav = window.workspace.nav
    return [nav.item(i).text() for i in range(nav.count())]


@pytest.fixture
def opened(school, make_window, unlock):
    def open_as(user: str, passphrase: str):
        window = make_window(school.home)
        unlock(window, user, passphrase)
        assert window.session is not None, user
        return window

    return open_as


def test_head_teacher_has_no_counseling_entry(opened):
    window = opened(TEACHER, TEACHER_PASS)
    labels = nav_labels(window)
    assert "心理辅导" not in labels
    assert "同步" not in labels
    assert labels == ["工作台", "学生档案", "家访", "重点关注", "转介", "危机事件", "设置"]
    assert window.statusBar().summary.text() == "富平县示范中学 · liujun（班主任）"
    settings = window.workspace.show_page("settings")
    assert settings.accounts is None  # no account management
    assert not settings.data.backup.isVisibleTo(settings)


def test_counselor_and_admin_navigation(opened):
    window = opened(COUNSELOR, COUNSELOR_PASS)
    assert nav_labels(window) == [e.label() for e in ENTRIES]
    assert nav_labels(window)[2] == "心理辅导"
    assert window.statusBar().summary.text() == "富平县示范中学 · zhaomin（心理教师）"


def test_admin_sees_no_counseling_notes_but_manages_accounts(opened):
    window = opened(ADMIN, ADMIN_PASS)
    labels = nav_labels(window)
    assert "心理辅导" not in labels and "同步" in labels
    assert window.statusBar().summary.text() == "富平县示范中学 · wangli（管理员）"
    settings = window.workspace.show_page("settings")
    assert settings.accounts is not None
    table = settings.accounts.table
    rows = {table.topLevelItem(i).text(0): table.topLevelItem(i).text(2) for i in range(3)}
    assert rows == {ADMIN: "管理员", COUNSELOR: "心理教师", TEACHER: "班主任"}


def test_navigation_switches_pages_by_keyboard(qtbot, opened):
    window = opened(COUNSELOR, COUNSELOR_PASS)
    ws = window.workspace
    ws.nav.setFocus()
    qtbot.keyClick(ws.nav, Qt.Key.Key_Down)
    assert ws.pages.currentWidget().objectName() == "page_students"
    qtbot.keyClick(ws.nav, Qt.Key.Key_End)
    assert ws.pages.currentWidget().objectName() == "page_settings"


def test_lock_button_closes_the_session_and_destroys_the_pages(qtbot, opened):
    window = opened(COUNSELOR, COUNSELOR_PASS)
    session, workspace = window.session, window.workspace
    pages = [workspace.pages.widget(i) for i in range(workspace.pages.count())]
    qtbot.mouseClick(window.statusBar().lock_button, Qt.MouseButton.LeftButton)
    assert window.session is None and session.store.conn is None
    assert window.unlock_screen.account.currentText() == COUNSELOR
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(p) for p in pages))
    assert not shiboken6.isValid(workspace)


def test_idle_minutes_lock_with_a_notice(qtbot, opened, prefs):
    window = opened(COUNSELOR, COUNSELOR_PASS)
    assert window.idle.armed and window.idle.timer.interval() == 10 * 60_000
    prefs.autolock_minutes = 3
    assert window.idle.timer.interval() == 3 * 60_000
    window.idle.set_interval_ms(20)  # the test does not wait three minutes
    qtbot.waitUntil(lambda: window.session is None)
    screen = window.unlock_screen
    assert screen.notice.text() == "3 分钟无操作，已自动锁定以保护学生隐私。"
    assert not window.idle.armed  # nothing to lock while locked


def test_platform_suspension_locks(qtbot, opened, gui_app):
    window = opened(COUNSELOR, COUNSELOR_PASS)
    gui_app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    qtbot.waitUntil(lambda: window.session is None)
