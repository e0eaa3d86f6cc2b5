"""The app asks before trust or records change behind the user's back: new county keys and a
policy that sends counseling notes (同步 page), and a restore that rolls records back."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from guitools import WAIT_KDF_MS
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from sxcounsel.core import clock
from sxcounsel.gui.context import PageContext
from sxcounsel.gui.sync.sync_page import SyncPage
from sxcounsel.services.account_session import Session
from sxcounsel.services.maintenance import RESTORED_FROM_BACKUP, make_backup
from sxcounsel.services.students import Student, create_student, list_students
from sxcounsel.store.backup import read_backup
from sxcounsel.sync.enrollment import enrollment_file_of, notes_policy, parse_enrollment
from sxcounsel.sync.enrollment import write_enrollment as write_file
from sxcounsel.sync.keys import KeyPairs
from tests.sync.syncworld import SCHOOL_A, build_world, copy_world

ADMIN, ADMIN_PASS = "wangli", "Fuping-2025!"
NOTES_LINE = "County policy: counseling notes are sent to the county with every sync."


def choose(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
    button.click()


# -- the 同步 page --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def world_template(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("guitrust") / "w")


@pytest.fixture
def page(world_template, tmp_path, prefs, qtbot):
    world = copy_world(world_template, tmp_path / "w")
    session = world.school(SCHOOL_A)
    host = QWidget()
    qtbot.addWidget(host)
    page = SyncPage(PageContext(session, prefs, host), host)
    page.world = world
    host.resize(1366, 768)
    host.show()
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT_KDF_MS)
    yield page
    page.timer.stop()
    session.lock()


def rogue_file(world, path) -> KeyPairs:
    e = parse_enrollment(world.enrollment.read_bytes(), world.enrollment.name)
    keys = KeyPairs.generate()
    write_file(
        dataclasses.replace(
            e,
            signing_key=keys.signing_public,
            encryption_key=keys.encryption_public,
            policy={"notes": True},
        ),
        keys.signing,
        path,
    )
    return keys


def wait_box(qtbot, page, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: not page.task.running, timeout=WAIT_KDF_MS)
    shown = lambda: [b for b in page.findChildren(QMessageBox, name) if b.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=WAIT_KDF_MS)
    return shown()[0]


def test_new_county_keys_and_notes_are_each_confirmed(qtbot, page, tmp_path):
    session = page.ctx.session
    held = enrollment_file_of(session)
    assert not page.notes_line.isVisible() and page.enroll_button.isVisible()
    rogue, request = tmp_path / "enrollment.json", tmp_path / "request.json"
    keys = rogue_file(page.world, rogue)

    page.enroll_with(rogue, request)
    box = wait_box(qtbot, page, "replaceCountyKeysBox")
    assert held.signing_id in box.text() and keys.signing_id in box.text()
    choose(box, QMessageBox.ButtonRole.RejectRole)
    assert enrollment_file_of(session) == held and not request.exists()

    page.enroll_with(rogue, request)
    choose(wait_box(qtbot, page, "replaceCountyKeysBox"), QMessageBox.ButtonRole.AcceptRole)
    box = wait_box(qtbot, page, "allowNotesBox")  # the same file also asks for the notes
    assert rogue.name in box.text()
    assert enrollment_file_of(session) == held  # nothing changed before both are confirmed
    choose(box, QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: not page.task.running, timeout=WAIT_KDF_MS)
    qtbot.waitUntil(lambda: page.notes_line.isVisible(), timeout=WAIT_KDF_MS)
    assert request.exists() and notes_policy(session)
    assert enrollment_file_of(session).signing_id == keys.signing_id
    assert page.notes_line.text() == QCoreApplication.translate("SyncPage", NOTES_LINE)
    details = [
        r[0]
        for r in session.store.conn.execute(
            "SELECT detail FROM audit_log WHERE action = 'enroll' ORDER BY seq"
        )
    ]
    assert any(held.signing_id in d and keys.signing_id in d for d in details)


# -- restore --------------------------------------------------------------------------------
def add(home, number: str, days_later: int = 0, monkeypatch=None) -> None:
    if days_later:
        now = clock.utc_now()
        monkeypatch.setattr(clock, "utc_now", lambda: now + timedelta(days=days_later))
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        create_student(s, Student(student_no=number, name="学生", class_name="七年级(2)班"))
    if days_later:
        monkeypatch.undo()


def ask_restore(qtbot, window, out) -> QMessageBox:
    page = window.workspace.show_page("settings")
    page.data.open_restore()
    dialog = page.data.restore_dialog
    dialog.file.setText(str(out))
    qtbot.keyClicks(dialog.secret, ADMIN_PASS)
    dialog.confirm.click()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            getattr(window, "restore_confirm", None) is not None
            and window.restore_confirm.isVisible()
        ),
        timeout=WAIT_KDF_MS,
    )
    return window.restore_confirm


def test_an_older_backup_is_confirmed_with_its_days(
    qtbot, school, make_window, unlock, tmp_path, monkeypatch
):
    out = tmp_path / "monday.sxbak"
    add(school.home, "EARLY1")
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        make_backup(s, out)
    add(school.home, "LATER1", days_later=9, monkeypatch=monkeypatch)
    window = make_window(school.home)
    unlock(window, ADMIN, ADMIN_PASS)

    box = ask_restore(qtbot, window, out)
    assert "9" in box.text()
    choose(box, QMessageBox.ButtonRole.RejectRole)
    screen = window.unlock_screen
    assert screen.notice.text() == QCoreApplication.translate("MainWindow", "Nothing was restored.")
    assert not list(school.home.glob("replaced-*"))

    unlock(window, ADMIN, ADMIN_PASS)
    box = ask_restore(qtbot, window, out)
    choose(box, QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(
        lambda: (
            window.unlock_screen is not None
            and window.unlock_screen.notice.text().startswith("备份已恢复")
        ),
        timeout=WAIT_KDF_MS,
    )
    assert len(list(school.home.glob("replaced-*"))) == 1
    unlock(window, ADMIN, ADMIN_PASS)
    session = window.session
    assert [st.student_no for st in list_students(session)] == ["EARLY1"]
    assert session.store.meta(RESTORED_FROM_BACKUP) == read_backup(out).header["created_at"]
