"""People appear by name, not login: the crisis form of the demo school and the unlock screen."""

from __future__ import annotations

from datetime import date

import pytest
from formtools import POPUP_WARNINGS
from PySide6.QtWidgets import QLabel, QWidget

from sxcounsel.gui.context import PageContext
from sxcounsel.gui.county.people import staff_text
from sxcounsel.gui.forms.status_view import StatusView
from sxcounsel.services import crises
from sxcounsel.services.account_session import Session
from sxcounsel.services.demo import TEACHER_CLASS, TEACHER_USER, create_demo
from sxcounsel.services.demo_data import COUNSELOR_NAME, TEACHER_NAME
from sxcounsel.services.students import list_students

pytestmark = POPUP_WARNINGS


@pytest.fixture
def demo(tmp_path):
    home = tmp_path / "demo"
    return home, create_demo(home, students_count=60, seed=2025, today=date(2026, 11, 20))


def test_the_crisis_form_and_the_unlock_screen_name_people(
    qtbot, demo, prefs, make_window, unlock, tmp_path
):
    home, login = demo
    # the head teacher reports an event in their class: the service stores the login
    with Session.unlock(home, TEACHER_USER, login.passphrase) as teacher:
        kid = list_students(teacher, class_name=TEACHER_CLASS)[0]
        reported = crises.report_crisis(
            teacher,
            crises.CrisisEvent(student_id=kid.id, occurred_at="2026-11-18 10:20", type="其他",
                               place="教室", description="课间情绪崩溃"),
        )  # fmt: skip
    assert reported.event.reported_by == TEACHER_USER

    window = make_window(home)
    screen = window.unlock_screen
    shown = [screen.account.itemText(i) for i in range(screen.account.count())]
    assert sorted(shown) == sorted([login.username, TEACHER_USER])  # nothing known yet
    unlock(window, login.username, login.passphrase)
    session = window.session
    assert session is not None

    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1366, 768)
    ctx = PageContext(session, prefs, host)
    form = ctx.open_record("crisis", reported.event.id)
    assert form.field("reported_by").value() == TEACHER_NAME
    assert form.subheading.text() == f"状态：处置中 · 报告人 {TEACHER_NAME}"
    [demo_event] = [e for e in crises.list_crises(session) if e.id != reported.event.id]
    form = ctx.open_record("crisis", demo_event.id)
    assert form.field("reported_by").value() == COUNSELOR_NAME
    assert form.field("informed_by").value() == COUNSELOR_NAME
    assert COUNSELOR_NAME in form.subheading.text()
    texts = [w.text() for w in form.findChildren(QWidget) if hasattr(w, "text")]
    assert not [t for t in texts if login.username in str(t) or TEACHER_USER in str(t)]
    form.grab().save(str(tmp_path / "crisis.png"))

    # a head teacher's status view of the same event
    with Session.unlock(home, TEACHER_USER, login.passphrase) as teacher:
        [status] = [s for s in crises.list_crisis_statuses(teacher) if s.id == reported.event.id]
        view = StatusView(teacher, status, host)
        assert TEACHER_NAME in _texts(view) and TEACHER_USER not in _texts(view)
        view.close()

    # locked again: the accounts are listed by name and role, the login stays underneath
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_screen is not None)
    screen = window.unlock_screen
    shown = [screen.account.itemText(i) for i in range(screen.account.count())]
    assert sorted(shown) == sorted(
        [f"{COUNSELOR_NAME}（心理教师、管理员）", f"{TEACHER_NAME}（班主任）"]
    )
    assert screen.account.currentText() == login.username
    screen.account.setCurrentText(TEACHER_USER)
    assert screen.account.currentIndex() == shown.index(f"{TEACHER_NAME}（班主任）")
    screen.grab().save(str(tmp_path / "unlock.png"))


def test_the_county_shows_a_role_where_the_school_sent_a_login(gui_app):
    assert staff_text(TEACHER_NAME) == TEACHER_NAME
    assert staff_text("banzhuren") not in ("banzhuren", "")
    assert staff_text("demo", "counselor") == "心理教师"
    assert staff_text("") == ""


def _texts(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))
