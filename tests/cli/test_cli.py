"""The real command, run as a subprocess: exit codes, one line on stderr, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sxcounsel.store.paths import StorePaths
from tests.conftest import ADMIN, ADMIN_PASS


def run(env, *args, input_text=None):
    return subprocess.run(
        [sys.executable, "-m", "sxcounsel", *args],
        env=env,
        capture_output=True,
        text=True,
        input=input_text,
        timeout=300,
    )


def refused(res):
    assert res.returncode == 1, (res.stdout, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert "Traceback" not in res.stderr
    return lines[0]


@pytest.fixture
def bare_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env["SXCOUNSEL_HOME"] = str(tmp_path / "home")
    return env


def test_init_prints_the_recovery_key_once(bare_env):
    env = {**bare_env, "SXCOUNSEL_PASSPHRASE": "Fuping-2025!"}
    res = run(
        env,
        "init",
        "--school-code",
        "3161012345",
        "--school-name",
        "富平县示范中学",
        "--county-code",
        "610528",
        "--admin",
        "wangli",
    )
    assert res.returncode == 0, res.stderr
    assert "RECOVERY KEY" in res.stdout
    key = next(line.strip() for line in res.stdout.splitlines() if line.count("-") == 7)
    assert len(key) == 39
    assert "cannot be recovered" in res.stdout
    home = StorePaths(__import__("pathlib").Path(env["SXCOUNSEL_HOME"]))
    assert key.replace("-", "") not in home.slots.read_text()
    # a second init in the same folder is refused
    again = run(
        env,
        "init",
        "--school-code",
        "3161012345",
        "--school-name",
        "x",
        "--county-code",
        "610528",
        "--admin",
        "wangli",
    )
    assert "already exists" in refused(again)


def test_init_refuses_a_weak_passphrase(bare_env):
    env = {**bare_env, "SXCOUNSEL_PASSPHRASE": "short"}
    res = run(
        env,
        "init",
        "--school-code",
        "3161012345",
        "--school-name",
        "x",
        "--county-code",
        "610528",
        "--admin",
        "wangli",
    )
    assert "at least 8 characters" in refused(res)
    assert not os.path.exists(os.path.join(env["SXCOUNSEL_HOME"], "sxcounsel.db"))


def test_init_validates_codes(bare_env):
    env = {**bare_env, "SXCOUNSEL_PASSPHRASE": "Fuping-2025!"}
    res = run(
        env,
        "init",
        "--school-code",
        "31610",
        "--school-name",
        "x",
        "--county-code",
        "610528",
        "--admin",
        "wangli",
    )
    assert "school code must be 10 digits" in refused(res)


def test_usage_errors_exit_2(bare_env):
    assert run(bare_env, "init").returncode == 2
    assert run(bare_env, "no-such-command").returncode == 2
    assert run(bare_env, "--help").returncode == 0


def test_wrong_passphrase_exit_1_store_untouched(cli_env, school):
    paths = StorePaths(school.home)
    before = paths.db.read_bytes()
    res = run({**cli_env, "SXCOUNSEL_PASSPHRASE": "Wrong-pass-1"}, "verify")
    assert refused(res) == "sxcounsel: The passphrase is wrong."
    assert paths.db.read_bytes() == before


def test_no_store_is_a_clear_refusal(bare_env):
    env = {**bare_env, "SXCOUNSEL_USER": ADMIN, "SXCOUNSEL_PASSPHRASE": ADMIN_PASS}
    assert "no sxcounsel store" in refused(run(env, "verify"))


def test_verify_passes_then_catches_a_flipped_page_byte(cli_env, school):
    res = run(cli_env, "verify")
    assert res.returncode == 0, res.stderr
    assert "sound" in res.stdout
    db = StorePaths(school.home).db
    data = bytearray(db.read_bytes())
    assert len(data) >= 4096 * 4
    data[4096 * 2 + 1000] ^= 0x40  # a byte inside page 3
    db.write_bytes(bytes(data))
    assert "damaged" in refused(run(cli_env, "verify"))


@pytest.mark.parametrize("page", [0, 1, 2, 3])
def test_any_page_flip_is_caught(cli_env, school, page):
    db = StorePaths(school.home).db
    data = bytearray(db.read_bytes())
    pages = len(data) // 4096
    target = min(page, pages - 1)
    data[4096 * target + 2000] ^= 0x01
    db.write_bytes(bytes(data))
    # one line: SQLCipher's own decryption log is silenced
    line = refused(run(cli_env, "verify"))
    assert "damaged" in line
    assert "ERROR CORE" not in line


def test_audit_edit_is_named_by_verify(cli_env, school):
    from sxcounsel.services.account_session import Session

    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        s.store.conn.execute("UPDATE audit_log SET action = 'update' WHERE seq = 3")
    res = run(cli_env, "verify")
    assert res.returncode == 1
    assert "audit log broken at entry 3" in res.stderr


def test_user_add_list_disable(cli_env, school):
    env = {**cli_env, "SXCOUNSEL_NEW_PASSPHRASE": "Xinli-teacher-2"}
    res = run(
        env,
        "user",
        "add",
        "chenjing",
        "--role",
        "counselor",
        "--role",
        "head_teacher",
        "--class",
        "八年级（1）班",
    )
    assert res.returncode == 0, res.stderr
    listing = run(cli_env, "user", "list").stdout
    assert "chenjing\tcounselor,head_teacher [八年级(1)班]" in listing
    weak = run(
        {**cli_env, "SXCOUNSEL_NEW_PASSPHRASE": "abc"}, "user", "add", "x1", "--role", "counselor"
    )
    assert "at least 8 characters" in refused(weak)
    bad_role = run(env, "user", "add", "x2", "--role", "janitor")
    assert "Unknown role 'janitor'" in refused(bad_role)
    res = run(cli_env, "user", "disable", "chenjing")
    assert res.returncode == 0, res.stderr
    assert "(disabled)" in run(cli_env, "user", "list").stdout
    login = run(
        {**cli_env, "SXCOUNSEL_USER": "chenjing", "SXCOUNSEL_PASSPHRASE": "Xinli-teacher-2"},
        "verify",
    )
    assert refused(login)


def test_head_teacher_cannot_add_accounts(cli_env, school):
    from tests.conftest import TEACHER, TEACHER_PASS

    env = {
        **cli_env,
        "SXCOUNSEL_USER": TEACHER,
        "SXCOUNSEL_PASSPHRASE": TEACHER_PASS,
        "SXCOUNSEL_NEW_PASSPHRASE": "Whatever-pass-1",
    }
    assert "may not add accounts" in refused(run(env, "user", "add", "x3", "--role", "counselor"))


def test_backup_restore_via_cli(cli_env, school, tmp_path):
    out = tmp_path / "b.sxbak"
    res = run(cli_env, "backup", "-o", str(out))
    assert res.returncode == 0, res.stderr
    res = run(cli_env, "restore", str(out))
    assert res.returncode == 0, res.stderr
    assert "kept in" in res.stdout
    out.write_bytes(out.read_bytes()[:-500])
    assert "incomplete" in refused(run(cli_env, "restore", str(out)))
    env = {**cli_env, "SXCOUNSEL_RECOVERY_KEY": school.recovery}
    res = run(env, "restore", "--recovery-key", str(tmp_path / "missing.sxbak"))
    assert "missing or not a file" in refused(res)


def test_passwd_then_old_fails(cli_env, school):
    env = {**cli_env, "SXCOUNSEL_NEW_PASSPHRASE": "Another-pass-5"}
    assert run(env, "user", "passwd").returncode == 0
    assert "passphrase is wrong" in refused(run(cli_env, "verify"))
    ok = run({**cli_env, "SXCOUNSEL_PASSPHRASE": "Another-pass-5"}, "verify")
    assert ok.returncode == 0, ok.stderr


def test_app_without_a_display_is_one_clear_line(cli_env):
    env = {
        k: v
        for k, v in cli_env.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    assert "No display was found" in refused(run(env))
