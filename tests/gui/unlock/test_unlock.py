"""The unlock screen: wrong passphrases, the throttle countdown, the recovery-key flow."""

from __future__ import annotations

import pytest
from guitools import WAIT_KDF_MS
from PySide6.QtCore import Qt

from sxcounsel.core.errors import UnlockError
from sxcounsel.services.account_session import Session
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import FREE_FAILURES, Vault, wait_seconds

ADMIN, ADMIN_PASS = "wangli", "Fuping-2025!"
TEACHER, TEACHER_PASS = "liujun", "Banzhuren-7a"


def test_lists_the_accounts_and_preselects_the_last_one(school, make_window, prefs):
    prefs.last_user = TEACHER
    window = make_window(school.home)
    screen = window.unlock_screen
    assert screen is not None
    users = [screen.account.itemText(i) for i in range(screen.account.count())]
    assert sorted(users) == sorted(Vault(StorePaths(school.home).slots).users())
    assert screen.account.currentText() == TEACHER
    assert screen.forgot.text() == "忘记口令？使用恢复密钥"


def test_empty_passphrase_is_refused_without_an_attempt(qtbot, school, make_window):
    window = make_window(school.home)
    screen = window.unlock_screen
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen.task is None
    assert screen.message.text() == "请输入口令。"


def test_countdown_after_repeated_failures(school, make_window, clock, unlock):
    window = make_window(school.home)
    screen = window.unlock_screen
    for attempt in range(FREE_FAILURES):
        assert not screen.countdown.isVisible(), attempt
        unlock(window, ADMIN, f"wrong-{attempt}")
        assert screen.message.text().startswith("口令不正确")
    wait = wait_seconds(FREE_FAILURES)
    assert screen.throttle.active
    assert screen.countdown.isVisible()
    assert screen.countdown.text() == f"口令错误次数过多，请在 {int(wait)} 秒后重试。"
    assert not screen.passphrase.isEnabled() and not screen.button.isEnabled()

    clock.advance(wait - 4.5)
    screen.throttle.refresh()
    assert screen.countdown.text() == "口令错误次数过多，请在 5 秒后重试。"

    # Another account is not held up by wangli's failures.
    screen.account.setCurrentText(TEACHER)
    assert not screen.countdown.isVisible() and screen.passphrase.isEnabled()
    screen.account.setCurrentText(ADMIN)
    assert screen.countdown.isVisible() and not screen.passphrase.isEnabled()

    clock.advance(5)
    screen.throttle.refresh()
    assert not screen.throttle.active and not screen.countdown.isVisible()
    assert screen.passphrase.isEnabled() and screen.button.isEnabled()
    unlock(window, ADMIN, ADMIN_PASS)
    assert window.session is not None and window.session.username == ADMIN


def test_countdown_survives_a_restart(school, make_window, clock):
    """The failures are counted in the key-slot file: a new unlock screen still waits."""
    for attempt in range(FREE_FAILURES):
        with pytest.raises(UnlockError):
            Session.unlock(school.home, ADMIN, f"wrong-{attempt}", clock=clock)
    window = make_window(school.home)
    screen = window.unlock_screen
    screen.account.setCurrentText(ADMIN)
    assert screen.throttle.active
    assert screen.countdown.text().startswith("口令错误次数过多")


def test_unlock_with_the_recovery_key(qtbot, school, make_window, unlock):
    window = make_window(school.home)
    screen = window.unlock_screen
    screen.account.setCurrentText(TEACHER)
    qtbot.mouseClick(screen.forgot, Qt.MouseButton.LeftButton)
    dialog = screen.recovery_dialog
    assert dialog.isVisible() and dialog.account.currentText() == TEACHER

    qtbot.keyClicks(dialog.key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClicks(dialog.pair.first, "Xin-Kouling-2025")
    qtbot.keyClicks(dialog.pair.second, "Xin-Kouling-2025")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=WAIT_KDF_MS)
    assert dialog.key_message.text() == "恢复密钥不正确。请对照打印的恢复密钥单核对。"
    assert window.session is None

    dialog.key.clear()
    qtbot.keyClicks(dialog.key, school.recovery.lower().replace("-", " "))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT_KDF_MS)
    assert window.session.username == TEACHER
    assert window.workspace is not None and window.unlock_screen is None

    window.lock()
    unlock(window, TEACHER, TEACHER_PASS)  # the old passphrase no longer opens it
    assert window.session is None
    unlock(window, TEACHER, "Xin-Kouling-2025")
    assert window.session is not None and window.session.username == TEACHER
