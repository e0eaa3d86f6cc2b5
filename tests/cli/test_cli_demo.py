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

    from sxcounsel.services.account_session import Session
    from sxcounsel.services.demo import create_demo

    def content(home):
        create_demo(home, students_count=60, seed=11, today=date(2025, 12, 15))
        with Session.unlock(home, DEFAULT_USER, DEFAULT_PASS) as s:
            return [tuple(r) for r in s.store.conn.execute(
                "SELECT student_no, name, class_name, id_number, flags FROM students ORDER BY student_no")]  # fmt: skip

    assert content(tmp_path / "a") == content(tmp_path / "b")


def test_demo_names_fit_the_child_and_the_family(tmp_path):
    """Practice data should read true: a girl has a girl's name, a father or grandfather on the
    father's side shares the child's surname, an orphan's guardian is not a parent, a consent is
    signed by the guardian on file, and what a home visit notes of the family fits the flags."""
    from datetime import date

    from sxcounsel.services import consents, homevisits, students
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.demo import create_demo
    from sxcounsel.services.demo_data import (
        FEMALE_CHARS,
        FEMALE_RARE,
        MALE_CHARS,
        MALE_RARE,
        MALE_RELATIONS,
        PATERNAL_RELATIONS,
        SHARED_CHARS,
        SURNAMES,
    )

    def split(name: str) -> tuple[str, str]:
        family = max((s for s, _ in SURNAMES if name.startswith(s)), key=len)
        return family, name[len(family) :]

    def fits(given: str, female: bool) -> bool:
        allowed = (FEMALE_CHARS + FEMALE_RARE if female else MALE_CHARS + MALE_RARE) + SHARED_CHARS
        return bool(given) and all(ch in allowed for ch in given)

    create_demo(tmp_path / "d", students_count=300, seed=5, today=date(2025, 12, 15))
    with Session.unlock(tmp_path / "d", DEFAULT_USER, DEFAULT_PASS) as s:
        roster = {st.id: st for st in students.list_students(s)}
        assert len(roster) == 300
        paternal = 0
        for st in roster.values():
            family, given = split(st.name)
            assert fits(given, st.gender == "女"), st.name
            (guardian,) = st.guardians
            g_family, g_given = split(guardian["name"])
            assert fits(g_given, guardian["relation"] not in MALE_RELATIONS), guardian
            if {"孤儿", "事实无人抚养"} & set(st.flags):
                assert guardian["relation"] not in ("父亲", "母亲"), (st.flags, guardian)
            if guardian["relation"] in PATERNAL_RELATIONS:
                paternal += 1
                assert g_family == family, (st.name, guardian)
        assert paternal > 100  # most guardians on file are fathers or grandfathers
        signed = consents.list_consents(s)
        assert signed
        for c in signed:
            on_file = roster[c.student_id].guardians[0]
            assert (c.guardian, c.relation) == (on_file["name"], on_file["relation"])
        visits = homevisits.list_home_visits(s)
        assert len(visits) > 100 and len({v.advice for v in visits}) > 3
        for v in visits:
            flags, text = roster[v.student_id].flags, v.family_situation
            assert ("低保" in text) == ("低保" in flags), (flags, text)
            if "孤儿" in flags:
                assert "父母双亡" in text, (flags, text)
            elif "留守" in flags and "事实无人抚养" not in flags:
                assert "务工" in text, (flags, text)
            if "视频通话" in v.advice:
                assert "留守" in flags, (flags, v.advice)
            if not set(flags) & {"留守", "单亲", "孤儿", "事实无人抚养"}:
                assert "单亲" not in text and "务工，由" not in text, (flags, text)
