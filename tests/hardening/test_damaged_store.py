"""A corrupted database page: `sxcounsel verify` names the damage (exit 1), the unlock used by
the GUI (services.damage.unlock_checked) refuses a damaged store with StoreDamaged instead of
letting it open or crash, and the newest backup is found
(tests/gui/unlock/test_unlock_damaged.py drives the screen that restores it)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from sxcounsel.core.errors import UnlockError
from sxcounsel.services.account_session import Session
from sxcounsel.services.autobackup import auto_backup
from sxcounsel.services.damage import StoreDamaged, find_backups, unlock_checked
from sxcounsel.services.students import Student, create_student
from sxcounsel.store.db import UPGRADE_BACKUPS
from sxcounsel.store.paths import StorePaths
from tests.conftest import ADMIN, ADMIN_PASS
from tests.hardening.badinput import judge, run

PAGE = 4096


def _flip(home: Path, page: int | None = None) -> int:
    """Flip 16 bytes inside one page (the middle one by default); returns its number (1-based)."""
    db = StorePaths(home).db
    data = bytearray(db.read_bytes())
    index = (len(data) // PAGE) // 2 if page is None else page - 1
    for k in range(16):
        data[index * PAGE + 1500 + k] ^= 0xA5
    db.write_bytes(bytes(data))
    return index + 1


@pytest.fixture
def filled(school):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        for i in range(200):
            create_student(s, Student(student_no=f"C{i:05d}", name=f"损{i}", address="w" * 300))
    return school


def test_verify_names_the_damage(filled, cli_env):
    res = run(cli_env, "verify")
    assert res.returncode == 0 and "sound" in res.stdout, res.stderr
    _flip(filled.home)
    res = run(cli_env, "verify")
    assert judge(res) == ""
    assert res.returncode == 1
    line = res.stderr.strip()
    assert line.startswith("sxcounsel: the store is damaged:"), line
    assert "restore the newest backup" in line


@pytest.mark.parametrize("page", [None, 1, 2])
def test_unlock_checked_refuses_a_damaged_store(filled, page):
    _flip(filled.home, page)
    with pytest.raises(StoreDamaged) as caught:
        unlock_checked(filled.home, ADMIN, ADMIN_PASS)
    assert caught.value.facts["reason"] == "damaged"
    assert "damaged" in caught.value.message
    with pytest.raises(UnlockError):  # a wrong passphrase is still a wrong passphrase
        unlock_checked(filled.home, ADMIN, "Wrong-passphrase-9")


def test_a_sound_store_unlocks_checked(filled):
    session = unlock_checked(filled.home, ADMIN, ADMIN_PASS)
    try:
        assert session.username == ADMIN
    finally:
        session.lock()


def test_commands_on_a_damaged_store_say_one_sentence(filled, cli_env, tmp_path):
    _flip(filled.home)
    out = tmp_path / "out"
    out.mkdir()
    for argv in (
        ["students", "find", "损1"],
        ["user", "list"],
        ["backup", "-o", str(out / "b.sxbak")],
        ["roster", "import", "--dry-run", str(out)],
    ):
        res = run(cli_env, *argv)
        assert judge(res, may_succeed=True) == "", (argv, res.stderr)


def test_the_newest_backup_is_found_wherever_it_is(filled, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert find_backups(filled.home, usb) == []
    with Session.unlock(filled.home, ADMIN, ADMIN_PASS) as s:
        older = auto_backup(s, usb)
        upgrade = filled.home / UPGRADE_BACKUPS
        upgrade.mkdir()
        newer = auto_backup(s, usb)
    before_upgrade = upgrade / "before-upgrade-schema3-20251009-101010.sxbak"
    before_upgrade.write_bytes(newer.read_bytes())
    (usb / "notes.txt").write_text("not a backup")
    now = time.time()
    os.utime(older, (now - 300, now - 300))
    os.utime(newer, (now - 200, now - 200))
    os.utime(before_upgrade, (now - 100, now - 100))
    found = find_backups(filled.home, usb)
    assert [b.path for b in found] == [before_upgrade, newer, older]
    assert [b.kind for b in found] == ["before upgrade", "automatic", "automatic"]
    # The stick pulled out: the data folder's backup is still found.
    assert [b.path for b in find_backups(filled.home, tmp_path / "gone")] == [before_upgrade]
    assert [b.path for b in find_backups(filled.home, "")] == [before_upgrade]
