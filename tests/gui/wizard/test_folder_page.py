"""The wizard's first page, 数据保存位置: the usual folder, another folder or drive, or records
already kept in a folder (after a restore card wiped drive C:). The choice is remembered only
once it worked."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from guitools import WAIT_KDF_MS, ime_commit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from sxcounsel.gui import instance
from sxcounsel.gui.widgets import folder_row
from sxcounsel.gui.wizard.folder_page import FolderPage
from sxcounsel.store.paths import StorePaths, default_home, remember_home
from tests.store.user_dirs import redirect

PASS = "Xiaoxue-Xinli-2025"


@pytest.fixture
def dirs(monkeypatch, tmp_path):
    return redirect(monkeypatch, tmp_path / "user")


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def folder_of(window) -> FolderPage:
    wizard = window.wizard
    assert wizard is not None and wizard.currentPage() is wizard.folder
    return wizard.folder


def create_store(qtbot, wizard) -> None:
    """The school, account and passphrase pages, then Create: wait for the recovery key."""
    qtbot.keyClicks(wizard.school.code, "3161012345")
    ime_commit(wizard.school.name, "富平县示范中学")
    qtbot.keyClicks(wizard.school.county, "610528")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.account.username, "wangli")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.passphrase.pair.first, PASS)
    qtbot.keyClicks(wizard.passphrase.pair.second, PASS)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=WAIT_KDF_MS)


def test_the_page_is_asked_only_when_the_folder_is_the_users_to_choose(make_window, tmp_path):
    window = make_window(tmp_path / "given-with-home")  # --home or SXCOUNSEL_HOME
    assert window.wizard.folder is None
    assert window.wizard.currentPage() is window.wizard.school


def test_the_usual_folder(qtbot, dirs, make_window):
    window = make_window(dirs.platform)
    page = folder_of(window)
    assert page.usual.isChecked()
    assert page.findChild(QLabel, "usualFolderPath").text() == str(dirs.platform)
    assert page.warning.isHidden() == (sys.platform != "win32")
    click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
    assert window.wizard.currentPage() is window.wizard.school
    assert str(dirs.platform) in window.wizard.school.where.text()


def test_another_drive_keeps_the_records_there_and_remembers_it_once_made(
    qtbot, dirs, make_window, unlock, tmp_path
):
    drive = tmp_path / "D"
    drive.mkdir()
    (drive / "教案.docx").write_bytes(b"x")  # a drive in use: the records get their folder
    window = make_window(dirs.platform)
    page = folder_of(window)
    page.other_row.browse.click()
    dialog = page.other_row.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fileSelected.emit(str(drive))  # what choosing D:\ in the dialog does
    dialog.reject()
    assert page.other.isChecked()
    assert page.other_row.path.text() == str(drive / "sxcounsel")
    click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
    wizard = window.wizard
    assert wizard.currentPage() is wizard.school
    assert str(drive / "sxcounsel") in wizard.school.where.text()
    assert not dirs.pointer.exists()  # not before the store is there
    assert default_home() == dirs.platform

    create_store(qtbot, wizard)
    assert StorePaths(drive / "sxcounsel").exists()
    assert not StorePaths(dirs.platform).exists()
    assert json.loads(dirs.pointer.read_text(encoding="utf-8")) == {
        "home": str(drive / "sxcounsel")
    }
    wizard.recovery.kept.click()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert window.unlock_screen is not None and window.home == drive / "sxcounsel"
    unlock(window, "wangli", PASS)
    assert window.session is not None
    assert window.session.store.paths.home == drive / "sxcounsel"


def test_records_already_kept_on_another_drive(qtbot, dirs, make_window, unlock, school, tmp_path):
    """A restore card wiped drive C: (the pointer with it); the records on D: are used again."""
    drive = tmp_path / "D"
    shutil.copytree(school.home, drive / "sxcounsel")
    window = make_window(dirs.platform)
    page = folder_of(window)
    page.found_row.path.setFocus()
    qtbot.keyClicks(page.found_row.path, str(tmp_path / "nothing-here"))
    assert page.found.isChecked()  # typing in the row picks its option
    click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
    assert page.message.text().startswith(f"{tmp_path / 'nothing-here'} 中没有档案数据")
    assert not dirs.pointer.exists()

    page.found_row.path.clear()
    qtbot.keyClicks(page.found_row.path, str(drive))
    click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
    screen = window.unlock_screen
    assert screen is not None and window.home == drive / "sxcounsel"
    assert str(drive / "sxcounsel") in screen.notice.text()
    assert default_home() == drive / "sxcounsel"
    unlock(window, "zhaomin", "Xinli#Room42")
    assert window.session is not None


def test_choosing_a_folder_that_holds_records_offers_them(dirs, make_window, school, tmp_path):
    window = make_window(dirs.platform)
    page = folder_of(window)
    page.other_row.pick(str(school.home))
    assert page.found.isChecked()
    assert page.found_row.path.text() == str(school.home)
    assert page.message.isVisible()


def test_a_folder_nothing_can_be_written_in(qtbot, dirs, make_window, tmp_path):
    window = make_window(dirs.platform)
    page = folder_of(window)
    (tmp_path / "a-file").write_text("x")
    page.other.setChecked(True)
    page.other_row.path.setText(str(tmp_path / "a-file"))
    click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
    assert (
        page.message.text() == f"{tmp_path / 'a-file'} 是一个文件，不是文件夹。请选择一个文件夹。"
    )
    if sys.platform.startswith("linux"):
        page.other_row.path.setText("/proc/sxcounsel")
        click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
        assert page.message.text().startswith("无法在 /proc/sxcounsel 中写入文件")
    page.other_row.path.setText("relative/folder")
    click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
    assert page.message.isVisible()
    assert window.wizard.currentPage() is page


def test_a_remembered_folder_without_records_is_offered_again(dirs, make_window, tmp_path):
    """The pointer names a USB drive that is not plugged in."""
    usb = tmp_path / "USB" / "sxcounsel"
    remember_home(usb)
    window = make_window(usb)
    page = folder_of(window)
    assert page.found.isChecked() and page.found_row.path.text() == str(usb)
    assert page.message.isVisible() and str(usb) in page.message.text()


def test_the_restore_card_warning_on_windows(dirs, make_window, monkeypatch):
    monkeypatch.setattr(folder_row, "RESTORE_CARD_WARNING", True)
    page = folder_of(make_window(dirs.platform))
    assert page.warning.isVisible()
    assert page.warning.objectName() == "restoreCardWarning"


def test_a_folder_open_in_another_instance_is_refused(qtbot, dirs, make_window, tmp_path):
    """This window holds the usual folder; another instance holds D:\\records."""
    mine = instance.InstanceGuard(dirs.platform)
    assert mine.acquire(activate=False)
    other = instance.InstanceGuard(tmp_path / "D" / "records")
    try:
        assert other.acquire(activate=False)
        window = make_window(dirs.platform)
        page = folder_of(window)
        page.other.setChecked(True)
        page.other_row.path.setText(str(tmp_path / "D" / "records"))
        click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
        assert window.wizard.currentPage() is page
        assert page.message.isVisible()
        assert window.home == dirs.platform and instance.current() is mine

        page.other_row.path.setText(str(tmp_path / "E" / "records"))  # a free folder
        click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
        assert window.wizard.currentPage() is window.wizard.school
        assert mine.home == tmp_path / "E" / "records"
        assert window.home == tmp_path / "E" / "records"
    finally:
        other.release()
        mine.release()
    assert not dirs.platform.exists()  # the folder left held nothing: it went


def test_the_folder_page_alone_remembers_nothing_until_used(qtbot, gui_app, dirs, tmp_path):
    claimed: list[Path] = []
    page = FolderPage(dirs.platform, lambda home: claimed.append(home) or True)
    qtbot.addWidget(page)
    page.other.setChecked(True)
    page.other_row.path.setText(str(tmp_path / "D"))
    assert page.validatePage()
    assert claimed == [tmp_path / "D"] and page.home == tmp_path / "D"
    assert not (tmp_path / "D").exists() and not dirs.pointer.exists()


def test_records_on_another_disk_are_offered_after_drive_c_was_restored(
    qtbot, dirs, make_window, school, tmp_path, monkeypatch
):
    """Windows: the folder sxcounsel at the top of each local disk is looked at (here, as the
    drives D: and E: would be)."""
    from sxcounsel.services import data_folder

    disks = [tmp_path / "D" / "sxcounsel", tmp_path / "E" / "sxcounsel"]
    shutil.copytree(school.home, disks[1])
    monkeypatch.setattr(data_folder, "_drive_folders", lambda: disks)
    window = make_window(dirs.platform)
    page = folder_of(window)
    assert page.found.isChecked() and page.found_row.path.text() == str(disks[1])
    assert str(disks[1]) in page.message.text()
    click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
    assert window.unlock_screen is not None and window.home == disks[1]
    assert default_home() == disks[1]


def test_the_key_is_shown_even_if_the_folder_cannot_be_remembered(
    qtbot, dirs, make_window, tmp_path, monkeypatch
):
    """The configuration folder cannot be written: the store is made, its recovery key shown,
    and the unlock screen says the folder must be chosen again at the next start."""
    from sxcounsel.store import paths

    blocked = tmp_path / "config-is-a-file"
    blocked.write_text("x")
    monkeypatch.setattr(paths, "pointer_path", lambda: blocked / "data-folder.json")
    window = make_window(dirs.platform)
    page = folder_of(window)
    page.other.setChecked(True)
    page.other_row.path.setText(str(tmp_path / "D" / "records"))
    click(qtbot, window.wizard, QWizard.WizardButton.NextButton)
    wizard = window.wizard
    create_store(qtbot, wizard)
    assert len(wizard.recovery.key.text().replace("-", "")) == 32
    assert StorePaths(tmp_path / "D" / "records").exists()
    wizard.recovery.kept.click()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    notice = window.unlock_screen.notice
    assert notice.text().startswith(
        f"档案数据保存在 {tmp_path / 'D' / 'records'}，但这台电脑未能记住"
    )
    assert window.home == tmp_path / "D" / "records"


def test_the_instance_lock_file_does_not_make_a_folder_taken():
    """services/data_folder.py cannot import gui/: it names gui/instance.py's lock file."""
    from sxcounsel.services import data_folder

    assert instance.LOCK_NAME in data_folder.NOT_THE_STORE
