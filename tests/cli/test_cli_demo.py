"""`sxcounsel demo --students 3000 --no-gui` finishes, and `students find` works on it."""

from __future__ import annotations

import os
import subprocess
import sys

from sxcounsel.services.demo import DEFAULT_PASS, DEFAULT_USER, TEACHER_USER


def run(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "sxcounsel", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_demo_3000_then_find(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env["SXCOUNSEL_HOME"] = str(tmp_path / "demo")
    res = run(env, "demo", "--students", "3000", "--no-gui")
    assert res.returncode == 0, res.stderr
    assert f"{DEFAULT_USER} / {DEFAULT_PASS}" in res.stdout
    assert "3000 students" in res.stdout
    env.update(SXCOUNSEL_USER=DEFAULT_USER, SXCOUNSEL_PASSPHRASE=DEFAULT_PASS)
    found = run(env, "students", "find", "七年级(2)班")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert len(lines) == 50 and all("七年级(2)班" in line for line in lines)
    # pinyin initials of the first match's name find that student again
    from sxcounsel.services.name_keys import name_keys

    no, name = lines[0].split("\t")[:2]
    by_initials = run(env, "students", "find", name_keys(name)[1])
    assert (
        any(line.startswith(no + "\t") for line in by_initials.stdout.splitlines())
        or len(by_initials.stdout.splitlines()) == 50
    )
    assert run(env, "verify").returncode == 0
    # the head teacher sees only own class
    teacher = run({**env, "SXCOUNSEL_USER": TEACHER_USER}, "students", "find", "年级")
    assert teacher.returncode == 0
    assert {line.split("\t")[2] for line in teacher.stdout.splitlines()} == {"七年级(2)班"}
    # a second demo in the same folder leaves it alone
    again = run(env, "demo", "--no-gui")
    assert again.returncode == 0 and "already exists" in again.stdout


def test_demo_is_deterministic_for_a_seed(tmp_path):
    from datetime import date

    from sxcounsel.services.demo import create_demo
    from sxcounsel.services.session import Session

    def content(home):
        create_demo(home, students_count=60, seed=11, today=date(2025, 12, 15))
        with Session.unlock(home, DEFAULT_USER, DEFAULT_PASS) as s:
            return [tuple(r) for r in s.store.conn.execute(
                "SELECT student_no, name, class_name, id_number, flags FROM students ORDER BY student_no")]  # fmt: skip

    assert content(tmp_path / "a") == content(tmp_path / "b")
