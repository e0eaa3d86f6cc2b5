"""The first-run wizard, driven like a user: typing, Next, Create, Finish."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from guitools import WAIT_KDF_MS, ime_commit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from sxcounsel.core.roles import Role
from sxcounsel.gui.printing import runner
from sxcounsel.gui.wizard.recovery_page import RecoveryPage
from sxcounsel.services.account_session import Session
from sxcounsel.store.paths import StorePaths

PASS = "Xiaoxue-Xinli-2025"


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_school(qtbot, wizard, code="3161012345", county="610528") -> None:
    page = wizard.school
    qtbot.keyClicks(page.code, code)
    ime_commit(page.name, "富平县示范中学")
    qtbot.keyClicks(page.county, county)


def test_setup_unlock_lock_unlock(qtbot, tmp_path, make_window, unlock):
    home = tmp_path / "school"
    window = make_window(home)
    wizard = window.wizard
    assert wizard is not None and wizard.currentPage() is wizard.school
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # mandatory fields still empty

    # A 5-digit county code is refused next to its field; the page stays.
    fill_school(qtbot, wizard, county="61052")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.school
    assert wizard.school.county_message.isVisible()
    assert wizard.school.county_message.text() == "县（区）代码必须是 6 位数字。"
    qtbot.keyClicks(wizard.school.county, "8")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    page = wizard.account
    assert wizard.currentPage() is page
    assert page.role_boxes[Role.SCHOOL_ADMIN].isChecked()
    qtbot.keyClicks(page.username, "wangli")
    page.role_boxes[Role.COUNSELOR].click()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    page = wizard.passphrase
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.pair.first, "short")
    assert page.pair.meter.score <= 1
    qtbot.keyClicks(page.pair.second, "short")
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert page.pair.message.isVisible()  # the policy sentence, in Chinese
    assert "至少 8 个字符" in page.pair.message.text()
    assert not StorePaths(home).exists()

    page.pair.first.clear()
    page.pair.second.clear()
    qtbot.keyClicks(page.pair.first, PASS)
    assert page.pair.meter.score >= 3
    qtbot.keyClicks(page.pair.second, PASS)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=WAIT_KDF_MS)
    assert StorePaths(home).exists()

    key = wizard.recovery.key.text()
    assert len(key.replace("-", "")) == 32
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the "I have kept it" box is required
    wizard.recovery.kept.click()
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    screen = window.unlock_screen
    assert screen is not None and screen.account.currentText() == "wangli"
    assert screen.button.text() == "解锁(&U)"

    unlock(window, "wangli", "Not-the-passphrase-1")
    assert window.session is None
    assert screen.message.text() == "口令不正确。请检查输入法和大写锁定键。"

    unlock(window, "wangli", PASS)
    session = window.session
    assert session is not None and window.workspace is not None
    assert session.roles == {Role.COUNSELOR, Role.SCHOOL_ADMIN}
    assert session.store.meta("school_name") == "富平县示范中学"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None
    assert session.store.conn is None  # the store was closed
    assert window.unlock_screen is not None

    unlock(window, "wangli", PASS)
    assert window.session is not None and window.workspace is not None

    # The recovery key printed by the wizard opens the store.
    window.lock()
    with Session.unlock_with_recovery(home, key.lower(), "wangli", "Neue-Passphrase-9") as s:
        assert s.username == "wangli"


def test_recovery_sheet_is_the_reports_pdf_with_the_key(qtbot, gui_app, tmp_path, monkeypatch):
    """The page's button writes the reports' sheet (key in boxes and as a QR code) off the
    GUI thread and opens it in the system viewer."""
    opened = []
    monkeypatch.setattr(runner, "open_in_viewer", lambda path: opened.append(path) or True)
    key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    page = RecoveryPage(lambda: key)
    qtbot.addWidget(page)
    page.key.setText(key)
    page.school_name, page.school_code, page.admin = "富平县示范中学", "3161012345", "wangli"
    out = tmp_path / "key.pdf"
    task = page.save_to(out)
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_KDF_MS)
    assert opened == [out]
    assert page.saved.text() == f"已保存到 {out}。请立即打印，然后删除这个文件。"
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["key.pdf"]  # no temp file left
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert all(group in text for group in key.split("-"))
    assert "富平县示范中学" in text
    assert "数据恢复密钥" in text


def test_recovery_sheet_refused_folder_is_one_sentence(qtbot, gui_app, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(runner, "open_in_viewer", lambda path: opened.append(path) or True)
    page = RecoveryPage(lambda: "ABCD-EFGH")
    qtbot.addWidget(page)
    page.key.setText("ABCD-EFGH")
    task = page.save_to(tmp_path / "gone" / "key.pdf")
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_KDF_MS)
    assert opened == []
    assert page.saved.text() == "所选文件夹不存在，请另选一个。"
    assert list(tmp_path.iterdir()) == []


def test_existing_store_is_refused_on_the_page(qtbot, school, make_window, tmp_path):
    """If a store appears while the wizard is open, creation fails with one sentence."""
    home = tmp_path / "other"
    window = make_window(home)
    wizard = window.wizard
    fill_school(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.account.username, "wangli")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    shutil.copytree(school.home, home)  # someone else finished first
    qtbot.keyClicks(wizard.passphrase.pair.first, PASS)
    qtbot.keyClicks(wizard.passphrase.pair.second, PASS)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    task = wizard.passphrase.task
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_KDF_MS)
    assert wizard.currentPage() is wizard.passphrase
    assert wizard.passphrase.error.text() == "数据文件夹中已有档案数据。"
