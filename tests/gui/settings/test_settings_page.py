"""Settings: preferences, own passphrase, accounts, backup, verify, restore."""

from __future__ import annotations

import pytest
from guitools import WAIT_KDF_MS, ime_commit
from PySide6.QtCore import Qt

from sxcounsel.core.errors import UnlockError
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import list_accounts
from sxcounsel.store.backup import read_backup

ADMIN, ADMIN_PASS = "wangli", "Fuping-2025!"
COUNSELOR, COUNSELOR_PASS = "zhaomin", "Xinli#Room42"


@pytest.fixture
def settings_of(school, make_window, unlock):
    def open_as(user: str, passphrase: str):
        window = make_window(school.home)
        unlock(window, user, passphrase)
        return window, window.workspace.show_page("settings")

    return open_as


def wait_task(qtbot, owner) -> None:
    qtbot.waitUntil(lambda: owner.task is not None and not owner.task.running, timeout=WAIT_KDF_MS)


def test_preferences_are_stored(settings_of, prefs):
    window, page = settings_of(COUNSELOR, COUNSELOR_PASS)
    page.autolock.setValue(25)
    assert prefs.autolock_minutes == 25
    assert window.idle.timer.interval() == 25 * 60_000
    page.language.setCurrentIndex(page.language.findData("en"))
    assert prefs.language == "en"
    assert page.language_message.text() == "新的界面语言将在下次启动程序时生效。"


def test_change_own_passphrase(qtbot, school, settings_of):
    window, page = settings_of(COUNSELOR, COUNSELOR_PASS)
    qtbot.mouseClick(page.my_account.change, Qt.MouseButton.LeftButton)
    dialog = page.my_account.dialog
    qtbot.keyClicks(dialog.old, "not-my-passphrase")
    qtbot.keyClicks(dialog.pair.first, "Xinli#Room43-new")
    qtbot.keyClicks(dialog.pair.second, "Xinli#Room43-new")
    dialog.buttons.accepted.emit()
    wait_task(qtbot, dialog)
    assert dialog.old_message.text().startswith("口令不正确")
    qtbot.keyClicks(dialog.old, COUNSELOR_PASS)
    dialog.buttons.accepted.emit()
    wait_task(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.my_account.message.text() == "口令已修改，今后请使用新口令。"
    window.lock()
    with pytest.raises(UnlockError):
        Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS)
    Session.unlock(school.home, COUNSELOR, "Xinli#Room43-new").lock()


def test_add_a_head_teacher_account(qtbot, settings_of):
    window, page = settings_of(ADMIN, ADMIN_PASS)
    box = page.accounts
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
    dialog = box.dialog
    qtbot.keyClicks(dialog.username, "chenjing")
    ime_commit(dialog.display_name, "陈静")
    dialog.role_boxes[next(r for r in dialog.role_boxes if r.value == "head_teacher")].click()
    qtbot.keyClicks(dialog.pair.first, "Chen-Jing-2025")
    qtbot.keyClicks(dialog.pair.second, "Chen-Jing-2025")
    dialog.buttons.accepted.emit()
    wait_task(qtbot, dialog)
    assert dialog.message.text() == "班主任账户至少需要一个班级。"  # from the service
    ime_commit(dialog.classes, "八年级(1)班，八年级(2)班")
    dialog.buttons.accepted.emit()
    wait_task(qtbot, dialog)
    assert not dialog.isVisible()
    names = [box.table.topLevelItem(i).text(0) for i in range(box.table.topLevelItemCount())]
    assert "chenjing" in names
    added = {a.username: a for a in list_accounts(window.session)}["chenjing"]
    assert added.classes == ("八年级(1)班", "八年级(2)班") and added.display_name == "陈静"


def test_backup_verify_and_restore(qtbot, school, settings_of, unlock, tmp_path):
    window, page = settings_of(COUNSELOR, COUNSELOR_PASS)
    out = tmp_path / "weekly.sxbak"
    task = page.data.backup_to(out)
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_KDF_MS)
    assert page.data.message.text().startswith(f"备份已保存到 {out}")
    assert read_backup(out).header["db_size"] > 0

    task = page.data.run_verify()
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_KDF_MS)
    assert page.data.message.text().startswith("数据完好：每一页都通过校验")

    # Restore: wrong passphrase first (nothing replaced), then the right one.
    page.data.open_restore()
    dialog = page.data.restore_dialog
    assert not dialog.ok.isEnabled()  # needs the confirmation box
    dialog.file.setText(str(out))
    qtbot.keyClicks(dialog.secret, "wrong-passphrase")
    dialog.confirm.click()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert window.session is None  # locked before the files are swapped
    qtbot.waitUntil(lambda: window.unlock_screen.notice.isVisible(), timeout=WAIT_KDF_MS)
    assert window.unlock_screen.notice.text().startswith("这个口令无法打开此备份")
    assert not list(school.home.glob("replaced-*"))

    unlock(window, COUNSELOR, COUNSELOR_PASS)
    page = window.workspace.show_page("settings")
    page.data.open_restore()
    dialog = page.data.restore_dialog
    dialog.file.setText(str(out))
    qtbot.keyClicks(dialog.secret, school.recovery)
    dialog.use_recovery.click()
    dialog.confirm.click()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.unlock_screen is not None
            and window.unlock_screen.notice.text().startswith("备份已恢复")
        ),
        timeout=WAIT_KDF_MS,
    )
    assert len(list(school.home.glob("replaced-*"))) == 1
    unlock(window, COUNSELOR, COUNSELOR_PASS)  # the restored store opens
    assert window.session is not None
