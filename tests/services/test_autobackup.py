"""Automatic backups: a real encrypted backup each time, the newest N kept, nothing else touched."""

from __future__ import annotations

import pytest

from sxcounsel.core.errors import StoreError, ValidationError
from sxcounsel.services import autobackup
from sxcounsel.services.account_session import Session
from sxcounsel.services.autobackup import auto_backup, auto_backups
from sxcounsel.store.backup import read_backup
from tests.conftest import ADMIN, ADMIN_PASS, TEACHER, TEACHER_PASS


def test_keeps_the_newest_and_leaves_other_files(school, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    mine = stick / "homework.docx"
    mine.write_bytes(b"not ours")
    manual = stick / "sxcounsel-20250901.sxbak"
    manual.write_bytes(b"a manual backup")
    times = iter(range(10, 16))

    class Clock:
        @staticmethod
        def now():
            from datetime import UTC, datetime

            return datetime(2025, 9, 1, 8, 0, next(times), tzinfo=UTC)

    monkeypatch.setattr(autobackup, "utc_now", Clock.now)
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        written = [auto_backup(s, stick, keep=3) for _ in range(5)]
    kept = auto_backups(stick)
    assert kept == written[-3:]
    assert kept[0].name == "sxcounsel-auto-20250901-080012.sxbak"
    assert mine.read_bytes() == b"not ours" and manual.exists()
    for path in kept:
        assert read_backup(path).vault is not None  # complete, verifiable backups


def test_same_second_gets_a_new_name(school, tmp_path, monkeypatch):
    from datetime import UTC, datetime

    monkeypatch.setattr(autobackup, "utc_now", lambda: datetime(2025, 9, 1, tzinfo=UTC))
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        a, b = auto_backup(s, tmp_path), auto_backup(s, tmp_path)
    assert a != b and a.exists() and b.exists()


def test_missing_folder_is_one_clear_sentence(school, tmp_path):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        with pytest.raises(StoreError, match="plug in the USB stick"):
            auto_backup(s, tmp_path / "gone")
        with pytest.raises(ValidationError):
            auto_backup(s, tmp_path, keep=0)
    assert not (tmp_path / "gone").exists()


def test_head_teacher_cannot_make_backups(school, tmp_path):
    from sxcounsel.core.errors import PermissionDenied

    with Session.unlock(school.home, TEACHER, TEACHER_PASS) as s, pytest.raises(PermissionDenied):
        auto_backup(s, tmp_path)
    assert auto_backups(tmp_path) == []
