"""Settings → Move data folder: the window locks, moves the store all or nothing, remembers the
new folder and shows the unlock screen there."""

from __future__ import annotations

import errno
import os
import shutil

import pytest
from guitools import WAIT_KDF_MS
from PySide6.QtCore import Qt

from sxcounsel.gui import instance
from sxcounsel.gui.settings.move_dialog import MoveDialog
from sxcounsel.store.paths import StorePaths, default_home
from tests.store.user_dirs import redirect

ADMIN, ADMIN_PASS = "wangli", "Fuping-2025!"
TEACHER, TEACHER_PASS = "liujun", "Banzhuren-7a"


@pytest.fixture
def usual(school, monkeypatch, tmp_path):
    """The school's store in the usual folder of this (test) user."""
    dirs = redirect(monkeypatch, tmp_path / "user")
    dirs.platform.parent.mkdir(parents=True)
    shutil.move(school.home, dirs.platform)
    return dirs


@pytest.fixture
def settings(usual, make_window, unlock):
    def open_as(user: str = ADMIN, passphrase: str = ADMIN_PASS):
        window = make_window(usual.platform)
        unlock(window, user, passphrase)
        assert window.session is not None
        return window, window.workspace.show_page("settings").data

    return open_as


def move_dialog(qtbot, box) -> MoveDialog:
    assert box.move.isVisible() and box.move.isEnabled()
    qtbot.mouseClick(box.move, Qt.MouseButton.LeftButton)
    dialog = box.move_dialog
    assert dialog.isVisible()
    return dialog


def wait_unlock_notice(qtbot, window) -> str:
    qtbot.waitUntil(
        lambda: window.unlock_screen is not None and window.unlock_screen.notice.isVisible(),
        timeout=WAIT_KDF_MS,
    )
    return window.unlock_screen.notice.text()


def test_move_to_another_drive_and_unlock_there(qtbot, usual, settings, unlock, tmp_path):
    drive = tmp_path / "D"
    drive.mkdir()
    (drive / "课件").mkdir()
    guard = instance.InstanceGuard(usual.platform)  # as gui/app.py holds it
    assert guard.acquire(activate=False)
    try:
        window, box = settings()
        dialog = move_dialog(qtbot, box)
        assert dialog.findChild(type(dialog.row.path), "moveTarget") is dialog.row.path
        assert not dialog.usual.isVisible()  # already in the usual folder
        dialog.row.pick(str(drive))  # what choosing D:\ in the folder dialog does
        assert dialog.row.path.text() == str(drive / "sxcounsel")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        assert window.session is None  # locked before anything moved
        notice = wait_unlock_notice(qtbot, window)
        assert str(drive / "sxcounsel") in notice
        assert window.home == drive / "sxcounsel"
        assert StorePaths(drive / "sxcounsel").exists()
        assert default_home() == drive / "sxcounsel"
        assert guard.home == drive / "sxcounsel" and instance.current() is guard
    finally:
        guard.release()
    assert not usual.platform.exists()  # nothing left in the old folder: it went
    unlock(window, ADMIN, ADMIN_PASS)
    assert window.session is not None
    assert window.session.store.paths.home == drive / "sxcounsel"


def test_a_failed_move_leaves_everything_where_it_was(
    qtbot, usual, settings, unlock, tmp_path, monkeypatch
):
    window, box = settings()
    dialog = move_dialog(qtbot, box)
    dialog.row.path.setText(str(tmp_path / "USB" / "records"))
    real, calls = os.replace, []

    def replace(src, dst) -> None:  # the USB stick pulled out at the second file
        calls.append(src)
        if len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    dialog.accept()
    notice = wait_unlock_notice(qtbot, window)
    monkeypatch.setattr(os, "replace", real)
    assert notice.startswith("数据文件夹未移动")
    assert window.unlock_screen.notice.property("kind") == "error"
    assert window.home == usual.platform
    assert StorePaths(usual.platform).exists()
    assert [p.name for p in usual.platform.iterdir() if p.name.startswith(".moved")] == []
    assert not (tmp_path / "USB").exists()
    assert default_home() == usual.platform
    unlock(window, ADMIN, ADMIN_PASS)
    assert window.session is not None


def test_the_dialog_refuses_what_cannot_be(qtbot, usual, settings, tmp_path):
    window, box = settings()
    dialog = move_dialog(qtbot, box)
    dialog.row.path.setText("")
    dialog.accept()
    assert dialog.isVisible() and dialog.message.isVisible()  # asks for a folder (tr())
    for text, sentence in (
        (str(usual.platform), f"档案数据已经保存在 {usual.platform} 中。"),
        (
            str(usual.platform / "inner"),
            f"{usual.platform / 'inner'} 位于当前数据文件夹 {usual.platform} 之内。"
            "请选择其他位置的文件夹。",
        ),
    ):
        dialog.row.path.setText(text)
        dialog.accept()
        assert dialog.isVisible() and dialog.message.text() == sentence
    assert window.session is not None  # nothing was locked
    dialog.reject()


def test_back_to_the_usual_folder(qtbot, usual, make_window, unlock, tmp_path):
    from sxcounsel.services.data_folder import move_data_folder

    move_data_folder(usual.platform, tmp_path / "D")
    window = make_window(tmp_path / "D")
    unlock(window, ADMIN, ADMIN_PASS)
    box = window.workspace.show_page("settings").data
    dialog = move_dialog(qtbot, box)
    assert dialog.usual.isVisible()
    dialog.usual.click()
    assert dialog.row.path.text() == str(usual.platform)
    dialog.accept()
    wait_unlock_notice(qtbot, window)
    assert window.home == usual.platform and default_home() == usual.platform
    assert not usual.pointer.exists()


def test_a_folder_given_at_start_cannot_be_moved(make_window, unlock, school):
    window = make_window(school.home)  # --home / SXCOUNSEL_HOME: the pointer would not count
    unlock(window, ADMIN, ADMIN_PASS)
    box = window.workspace.show_page("settings").data
    assert box.move.isVisible() and not box.move.isEnabled()
    assert box.move.toolTip()


def test_a_head_teacher_does_not_move_the_records(settings):
    _window, box = settings(TEACHER, TEACHER_PASS)
    assert not box.move.isVisible()
