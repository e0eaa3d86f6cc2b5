"""What the key ring finds at unlock is shown in the app, in Chinese, by name."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox

from sxcounsel.gui.settings.accounts_box import AccountsBox
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS, TEACHER, TEACHER_PASS
from tests.store import insider

SHOTS = os.environ.get("SXCOUNSEL_SHOTS")  # a folder to save the screens into, to look at


def test_a_planted_slot_is_named_after_unlock_and_in_the_accounts(
    qtbot, school, make_window, unlock
):
    insider.mint_slot(school.home, TEACHER, TEACHER_PASS, "eve", "Evil-passphrase-1")
    window = make_window(school.home)
    unlock(window, COUNSELOR, COUNSELOR_PASS)
    box = window.findChild(QMessageBox, "findingsBox")
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "eve" in box.text() and "已签名的账户清单" in box.text()
    assert box.windowTitle() == "检测到软件之外的改动"
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "keyring-findings.png"))
    box.accept()
    window.lock()
    unlock(window, ADMIN, ADMIN_PASS)
    accounts = window.workspace.show_page("settings").findChild(AccountsBox, "accountsBox")
    assert "eve" in accounts.message.text() and "不在已签名的账户清单中" in accounts.message.text()
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "keyring-accounts.png"))


def test_a_new_counselor_waits_for_the_notes_key_and_says_so(qtbot, school, make_window, unlock):
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.accounts import add_user

    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as admin:
        add_user(admin, "lilaoshi", ["counselor"], "Xinli#Room43", display_name="李红梅")
    window = make_window(school.home)
    unlock(window, ADMIN, ADMIN_PASS)
    accounts = window.workspace.show_page("settings").findChild(AccountsBox, "accountsBox")
    assert "lilaoshi 正在等待其角色应得的密钥" in accounts.message.text()
