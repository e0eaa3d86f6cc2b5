"""Helpers for the record-form tests (imported as ``formtools``: tests/gui is on sys.path)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from guitools import WAIT_KDF_MS, ime_commit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from sxcounsel.gui import operations
from sxcounsel.gui.context import PageContext
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.forms.student_picker import StudentPicker
from sxcounsel.services import students
from sxcounsel.services.account_session import Session

ADMIN, ADMIN_PASS = "wangli", "Fuping-2025!"
COUNSELOR, COUNSELOR_PASS = "zhaomin", "Xinli#Room42"
TEACHER, TEACHER_PASS = "liujun", "Banzhuren-7a"
TEACHER_CLASS, OTHER_CLASS = "七年级(2)班", "八年级(1)班"


def add_students(home: Path) -> dict[str, str]:
    """张小明 and 李静怡 in the head teacher's class, 王磊 in another; name -> id."""
    out = {}
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        for no, name, cls in (
            ("G2025001", "张小明", TEACHER_CLASS),
            ("G2025002", "李静怡", TEACHER_CLASS),
            ("G2025003", "王磊", OTHER_CLASS),
        ):
            student = students.Student(
                student_no=no,
                name=name,
                class_name=cls,
                guardians=[{"name": "张建国", "relation": "父亲", "phone": "13812345678"}],
            )
            out[name] = students.create_student(s, student).id
    return out


@pytest.fixture
def kids(school) -> dict[str, str]:
    return add_students(school.home)


@pytest.fixture
def ctx_of(qtbot, school, prefs) -> Callable[[str, str], PageContext]:
    """A PageContext for ``user`` on the test school (its session locked at teardown)."""
    opened: list[Session] = []

    def make(user: str, passphrase: str) -> PageContext:
        session = Session.unlock(school.home, user, passphrase)
        opened.append(session)
        host = QWidget()
        qtbot.addWidget(host)
        host.resize(1366, 768)
        return PageContext(session, prefs, host)

    yield make
    for session in opened:
        session.lock()


def pick(qtbot, picker: StudentPicker, query: str) -> None:
    """Type ``query`` in a student picker and take the first suggestion with the keyboard."""
    picker.setFocus()
    if query.isascii():
        qtbot.keyClicks(picker, query)
    else:  # Chinese comes from an input method, as one committed string
        ime_commit(picker, query)
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0 and popup.isVisible())
    popup.setCurrentIndex(picker.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()


# The offscreen platform cannot raise the completion popup or grab the keyboard for it.
POPUP_WARNINGS = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise\\(\\)|grabbing the keyboard)"
)


def type_text(form: RecordForm, key: str, text: str) -> None:
    """Type Chinese text into a field the way an input method commits it."""
    ime_commit(form.field(key).focus_widget, text)


def click(qtbot, button: QPushButton) -> None:
    """Click, then wait for the background work the click started (gui/operations.py)."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(operations.idle, timeout=WAIT_KDF_MS)


def save(qtbot, form: RecordForm) -> bool:
    """``form.save()`` (a write operation), waited for; True when it went through."""
    op = form.save()
    if op is None:
        return False
    qtbot.waitUntil(operations.idle, timeout=WAIT_KDF_MS)
    return op.error is None


def error_of(form: RecordForm, key: str) -> str:
    label = form.rows[key].error
    return label.text() if label.isVisible() else ""
