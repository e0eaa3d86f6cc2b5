"""Automatic encrypted backup on exit, into the folder chosen in Settings."""

from __future__ import annotations

from guitools import WAIT_KDF_MS
from PySide6.QtWidgets import QMessageBox

from sxcounsel.services.autobackup import auto_backups
from sxcounsel.store.backup import read_backup
from tests.conftest import ADMIN, ADMIN_PASS, TEACHER, TEACHER_PASS


def test_closing_writes_a_backup_into_the_chosen_folder(
    qtbot, school, make_window, unlock, prefs, tmp_path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    window = make_window(school.home)
    unlock(window, ADMIN, ADMIN_PASS)
    page = window.workspace.show_page("settings")
    assert page.auto_backup is not None
    page.auto_backup.keep.setValue(2)
    page.auto_backup.set_folder(str(stick))
    assert prefs.autobackup_folder == str(stick) and prefs.autobackup_keep == 2
    assert "0" in page.auto_backup.message.text()
    window.close()
    qtbot.waitUntil(lambda: window.session is None, timeout=WAIT_KDF_MS)
    backups = auto_backups(stick)
    assert len(backups) == 1
    read_backup(backups[0])  # complete and its digest checks out
    assert not window.isVisible()


def test_missing_stick_asks_and_can_stay_open(qtbot, school, make_window, unlock, prefs, tmp_path):
    prefs.autobackup_folder = str(tmp_path / "unplugged")
    window = make_window(school.home)
    unlock(window, ADMIN, ADMIN_PASS)
    window.close()
    qtbot.waitUntil(
        lambda: getattr(window, "exit_backup_box", None) is not None, timeout=WAIT_KDF_MS
    )
    box = window.exit_backup_box
    assert "U 盘" in box.text() or "USB" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and window.session is not None  # still unlocked, nothing lost
    window.close()
    qtbot.waitUntil(lambda: window.exit_backup_box is not box, timeout=WAIT_KDF_MS)
    window.exit_backup_box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: window.session is None, timeout=WAIT_KDF_MS)
    assert not (tmp_path / "unplugged").exists()


def test_head_teacher_has_no_backup_settings(school, make_window, unlock, prefs, tmp_path):
    prefs.autobackup_folder = str(tmp_path)
    window = make_window(school.home)
    unlock(window, TEACHER, TEACHER_PASS)
    assert window.workspace.show_page("settings").auto_backup is None
    window.close()
    assert window.session is None and auto_backups(tmp_path) == []
