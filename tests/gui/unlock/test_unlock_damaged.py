"""A damaged store at unlock: the screen says so and restores the newest backup (issue 9)."""

from __future__ import annotations

from pathlib import Path

from guitools import WAIT_KDF_MS
from PySide6.QtCore import Qt

from sxcounsel.services.account_session import Session
from sxcounsel.services.autobackup import auto_backup
from sxcounsel.services.students import Student, create_student, list_students
from sxcounsel.store.paths import StorePaths

ADMIN, ADMIN_PASS = "wangli", "Fuping-2025!"
PAGE = 4096


def _fill(home: Path, prefix: str, n: int) -> None:
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        for i in range(n):
            create_student(
                s, Student(student_no=f"{prefix}{i:04d}", name=f"坏{i}", address="x" * 300)
            )


def _flip_middle_page(home: Path) -> None:
    db = StorePaths(home).db
    data = bytearray(db.read_bytes())
    middle = (len(data) // PAGE) // 2
    for k in range(16):
        data[middle * PAGE + 1000 + k] ^= 0x5A
    db.write_bytes(bytes(data))


def test_damaged_store_offers_the_newest_backup_and_restores_it(
    qtbot, school, make_window, prefs, unlock, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    prefs.autobackup_folder = str(usb)
    _fill(school.home, "A", 150)
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        auto_backup(s, usb)
    _fill(school.home, "B", 5)  # after the backup: gone once it is restored
    _flip_middle_page(school.home)

    window = make_window(school.home)
    screen = window.unlock_screen
    assert not screen.damaged.isVisible()
    unlock(window, ADMIN, ADMIN_PASS)
    assert window.session is None
    assert screen.damaged.isVisible()
    assert screen.damaged.text.text().startswith("此电脑上的记录已损坏。最新的备份是")
    button = screen.damaged.button
    assert button.isVisible() and button.text() == "从最新的备份恢复"
    assert not screen.message.isVisible()  # one message, not two

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # no passphrase typed yet
    assert screen.message.text() == "请输入制作该备份时使用的口令。"
    assert screen.damaged.task is None

    qtbot.keyClicks(screen.passphrase, ADMIN_PASS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.damaged.task.running, timeout=WAIT_KDF_MS)
    qtbot.waitUntil(lambda: screen.notice.isVisible(), timeout=WAIT_KDF_MS)
    assert screen.notice.text() == "备份已恢复。请用制作备份时的口令解锁。"
    assert not screen.damaged.isVisible()
    assert screen.passphrase.text() == ""
    kept = [p for p in school.home.iterdir() if p.name.startswith("replaced-")]
    assert len(kept) == 1 and (kept[0] / "sxcounsel.db").exists()  # the damaged one, kept aside

    unlock(window, ADMIN, ADMIN_PASS)
    assert window.session is not None
    names = {st.student_no[0] for st in list_students(window.session)}
    assert names == {"A"}


def test_damaged_store_without_any_backup(school, make_window, prefs, unlock, tmp_path):
    prefs.autobackup_folder = str(tmp_path / "unplugged-stick")
    _fill(school.home, "A", 150)
    _flip_middle_page(school.home)
    window = make_window(school.home)
    unlock(window, ADMIN, ADMIN_PASS)
    screen = window.unlock_screen
    assert window.session is None
    assert screen.damaged.text.text().startswith("此电脑上的记录已损坏，且在自动备份文件夹")
    assert not screen.damaged.button.isVisible()


def test_a_damaged_first_page_says_the_same(school, make_window, prefs, unlock, tmp_path):
    """Page 1 is read before anything else: SQLCipher cannot even start; the same offer."""
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        auto_backup(s, tmp_path)
    prefs.autobackup_folder = str(tmp_path)
    db = StorePaths(school.home).db
    data = bytearray(db.read_bytes())
    data[200] ^= 0xFF
    db.write_bytes(bytes(data))
    window = make_window(school.home)
    unlock(window, ADMIN, ADMIN_PASS)
    screen = window.unlock_screen
    assert window.session is None
    assert screen.damaged.button.isVisible()


def test_a_wrong_passphrase_is_not_damage(school, make_window, unlock):
    _flip_middle_page(school.home)
    window = make_window(school.home)
    unlock(window, ADMIN, "Not-the-passphrase-1")
    screen = window.unlock_screen
    assert screen.message.text().startswith("口令不正确")
    assert not screen.damaged.isVisible()
