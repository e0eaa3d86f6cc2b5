"""Restore asks before it replaces more than one expects: another store's backup, or a backup
that would roll records back (with the number of days); both run when asked for by name."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import timedelta

import pytest

from sxcounsel.core import clock
from sxcounsel.services.account_session import Session
from sxcounsel.services.maintenance import (
    RESTORED_FROM_BACKUP,
    OlderBackup,
    OtherStoreBackup,
    make_backup,
    restore,
)
from sxcounsel.services.students import Student, create_student, list_students
from sxcounsel.store.backup import read_backup
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import Vault
from tests.conftest import ADMIN, ADMIN_PASS, make_school

DAYS = 12


def run(env, *args):
    res = subprocess.run(
        [sys.executable, "-m", "sxcounsel", *args], env=env, capture_output=True, text=True
    )
    assert "Traceback" not in res.stderr
    return res


def refused_line(res) -> str:
    assert res.returncode == 1, (res.stdout, res.stderr)
    [line] = res.stderr.strip().splitlines()
    return line


def files(home):
    paths = StorePaths(home)
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (paths.db, paths.slots)}


def numbers(home):
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        return sorted(st.student_no for st in list_students(s))


def add(home, number, monkeypatch=None, days_later=0):
    """A student saved ``days_later`` days from now, as the store's clock reads it."""
    if days_later:
        now = clock.utc_now()
        monkeypatch.setattr(clock, "utc_now", lambda: now + timedelta(days=days_later))
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        create_student(s, Student(student_no=number, name="学生", class_name="七年级(2)班"))
    if days_later:
        monkeypatch.undo()


def failed_logins(home) -> int:
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        return s.store.conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'failed_login'"
        ).fetchone()[0]


@pytest.fixture
def other_backup(tmp_path):
    """A backup of another school's store (its own store id), same account and passphrase."""
    home = tmp_path / "other"
    make_school(home)
    add(home, "OTHER1")
    out = tmp_path / "other.sxbak"
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        make_backup(s, out)
    return out


def test_another_stores_backup_is_refused_unless_asked_for(school, other_backup):
    before = files(school.home)
    own_id = Vault(StorePaths(school.home).slots).store_id
    with pytest.raises(OtherStoreBackup) as refused:
        restore(
            school.home, other_backup, username=ADMIN, passphrase=ADMIN_PASS,
            allow_other_store=False, allow_older=False,
        )  # fmt: skip
    assert own_id in refused.value.message and "--other-store" in refused.value.message
    assert files(school.home) == before
    assert not list(school.home.glob("replaced-*"))
    assert failed_logins(school.home) == 0  # refused before any passphrase was tried

    result = restore(
        school.home, other_backup, username=ADMIN, passphrase=ADMIN_PASS,
        allow_other_store=True, allow_older=False,
    )  # fmt: skip
    assert result.other_store and result.replaced is not None
    assert (
        Vault(StorePaths(school.home).slots).store_id
        == read_backup(other_backup).header["store_id"]
    )
    assert numbers(school.home) == ["OTHER1"]


def test_another_stores_backup_by_command(cli_env, school, other_backup):
    before = files(school.home)
    line = refused_line(run(cli_env, "restore", str(other_backup)))
    assert "another store" in line and "--other-store" in line
    assert files(school.home) == before
    res = run(cli_env, "restore", str(other_backup), "--other-store")
    assert res.returncode == 0, res.stderr
    assert "kept in" in res.stdout
    assert numbers(school.home) == ["OTHER1"]


def test_an_older_backup_says_how_many_days_it_rolls_back(school, tmp_path, monkeypatch):
    out = tmp_path / "monday.sxbak"
    add(school.home, "EARLY1")
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        make_backup(s, out)
    add(school.home, "LATER1", monkeypatch, days_later=DAYS)
    before = files(school.home)
    with pytest.raises(OlderBackup) as refused:
        restore(
            school.home, out, username=ADMIN, passphrase=ADMIN_PASS,
            allow_other_store=False, allow_older=False,
        )  # fmt: skip
    assert refused.value.days == DAYS
    assert f"roll back {DAYS} days of records" in refused.value.message
    assert "--older" in refused.value.message
    assert files(school.home) == before and not list(school.home.glob("replaced-*"))
    assert not [p for p in school.home.iterdir() if p.name.startswith(".restore-")]

    result = restore(
        school.home, out, username=ADMIN, passphrase=ADMIN_PASS,
        allow_other_store=False, allow_older=True,
    )  # fmt: skip
    assert result.older_days == DAYS and result.replaced is not None
    assert numbers(school.home) == ["EARLY1"]
    created = read_backup(out).header["created_at"]
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        assert s.store.meta(RESTORED_FROM_BACKUP) == created
        [detail] = s.store.conn.execute(
            "SELECT detail FROM audit_log WHERE action = 'restore'"
        ).fetchone()
    assert f"rolled back {DAYS} days" in detail
    # the replaced store, with the later student, is kept aside
    assert (result.replaced / "sxcounsel.db").exists()


def test_an_older_backup_by_command(cli_env, school, tmp_path, monkeypatch):
    out = tmp_path / "monday.sxbak"
    assert run(cli_env, "backup", "-o", str(out)).returncode == 0
    add(school.home, "LATER1", monkeypatch, days_later=DAYS)
    before = files(school.home)
    line = refused_line(run(cli_env, "restore", str(out)))
    assert f"roll back {DAYS} days of records" in line and "--older" in line
    assert files(school.home) == before
    res = run(cli_env, "restore", str(out), "--older")
    assert res.returncode == 0, res.stderr
    assert f"rolled back by {DAYS} days" in res.stdout and "kept in" in res.stdout
    assert numbers(school.home) == []
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        assert s.store.meta(RESTORED_FROM_BACKUP) == read_backup(out).header["created_at"]


def test_a_backup_holding_every_change_needs_no_confirmation(school, tmp_path):
    add(school.home, "SAME1")
    out = tmp_path / "now.sxbak"
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        make_backup(s, out)
    with Session.unlock(school.home, ADMIN, ADMIN_PASS):
        pass  # a login and a lock are not changes of the records
    result = restore(
        school.home, out, username=ADMIN, passphrase=ADMIN_PASS,
        allow_other_store=False, allow_older=False,
    )  # fmt: skip
    assert (result.older_days, result.other_store) == (0, False)
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        assert s.store.meta(RESTORED_FROM_BACKUP) == ""
    assert numbers(school.home) == ["SAME1"]
