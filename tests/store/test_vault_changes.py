"""The slot file is read again under its lock before every change (store/vault.py
``Vault.changing``): two windows or a window and a command never drop each other's account
or passphrase change, and a file replaced behind an open store is refused, not signed over."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from sxcounsel.core.errors import StoreError, UnlockError
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import add_user, change_passphrase
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.slots import TamperedError
from sxcounsel.store.vault import FREE_FAILURES, MAX_WAIT_SECONDS, Vault
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS, TEACHER, TEACHER_PASS

NEW_PASS = "Spring-rain-2026"


def test_changes_from_two_processes_both_survive(school, cli_env):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as window:
        # Another process adds an account while this window has the slot file loaded.
        done = subprocess.run(
            [sys.executable, "-m", "sxcounsel", "user", "add", "zhaoli", "--role", "counselor"],
            env={**cli_env, "SXCOUNSEL_NEW_PASSPHRASE": NEW_PASS},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        # Then this window adds one from its (older) copy, and the teacher changes a passphrase
        # from a third open session.
        add_user(window, "sunmei", ["head_teacher"], NEW_PASS, ["七年级(1)班"])
    with (
        Session.unlock(school.home, TEACHER, TEACHER_PASS) as teacher,
        Session.unlock(school.home, ADMIN, ADMIN_PASS) as admin,
    ):
        change_passphrase(teacher, TEACHER_PASS, NEW_PASS)
        add_user(admin, "qianfang", ["head_teacher"], NEW_PASS, ["七年级(2)班"])
    for user in ("zhaoli", "sunmei", "qianfang", TEACHER):
        Session.unlock(school.home, user, NEW_PASS).lock()
    assert set(Vault(StorePaths(school.home).slots).users()) >= {
        ADMIN, COUNSELOR, TEACHER, "zhaoli", "sunmei", "qianfang"
    }  # fmt: skip


def test_an_older_slot_file_put_back_behind_an_open_store_is_refused(school, tmp_path):
    paths = StorePaths(school.home)
    old = tmp_path / "keyslots-old.json"
    shutil.copy(paths.slots, old)
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as admin:
        add_user(admin, "zhaoli", ["counselor"], NEW_PASS)
        shutil.copy(old, paths.slots)  # someone copies the earlier file back
        before = paths.slots.read_bytes()
        with pytest.raises(StoreError) as exc:
            add_user(admin, "sunmei", ["counselor"], NEW_PASS)
    assert exc.value.code == "store.slots_replaced"
    assert "Lock the store and unlock it again" in exc.value.message
    assert "请锁定后重新解锁" in exc.value.text("zh")
    assert paths.slots.read_bytes() == before  # not signed over


def test_a_slot_list_changed_by_hand_is_never_signed_by_the_next_change(school):
    """An insider with the file adds a role to their own entry while an administrator has the
    store open; the administrator's next change must not sign that list."""
    paths = StorePaths(school.home)
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as admin:
        doc = json.loads(paths.slots.read_bytes())
        for entry in doc["list"]["body"]["slots"]:
            if entry["user"] == TEACHER:
                entry["roles"] = sorted({*entry["roles"], "counselor"})
        paths.slots.write_text(json.dumps(doc), encoding="utf-8")
        with pytest.raises(StoreError) as exc:
            add_user(admin, "zhaoli", ["counselor"], NEW_PASS)
    assert exc.value.code == "store.slots_replaced"
    with pytest.raises(TamperedError):  # the changed list opens nothing for the teacher
        Session.unlock(school.home, TEACHER, TEACHER_PASS)


def test_a_clock_that_moved_back_does_not_stretch_the_wait(school):
    now = [2_000_000_000.0]
    clock = lambda: now[0]  # noqa: E731
    for _ in range(FREE_FAILURES + 8):  # far past the longest wait
        with pytest.raises(UnlockError):
            Session.unlock(school.home, COUNSELOR, "Wrong-pass-1", clock=clock)
        now[0] += MAX_WAIT_SECONDS + 1
    slots = StorePaths(school.home).slots
    assert Vault(slots, clock).retry_after(COUNSELOR) == pytest.approx(0, abs=1)
    now[0] -= MAX_WAIT_SECONDS + 1  # back to the moment of the last failure: a full wait
    assert Vault(slots, clock).retry_after(COUNSELOR) == pytest.approx(MAX_WAIT_SECONDS)
    now[0] -= 200 * 86400  # the battery died: the clock shows a date 200 days earlier
    assert Vault(slots, clock).retry_after(COUNSELOR) == pytest.approx(MAX_WAIT_SECONDS)
    now[0] += MAX_WAIT_SECONDS + 1  # an hour later by the wrong clock, not 200 days
    assert Vault(slots, clock).retry_after(COUNSELOR) == 0
    Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS, clock=clock).lock()
