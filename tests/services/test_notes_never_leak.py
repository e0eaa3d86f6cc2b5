"""No code path hands counseling notes to a head teacher (or to an administrator).

Two checks:
1. grep level: the only SQL that reads ``counseling_sessions.notes`` or the text of
   ``session_addenda`` / ``confidentiality_breaks`` is in ``services/session_notes.py``;
   nothing anywhere selects ``*`` from those tables.
2. behaviour level: on a demo school with canary notes, a head teacher and an administrator
   call every public read-style service function with every record id in the store; no
   result (or error message) contains the canary.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from datetime import date
from pathlib import Path

import pytest

import sxcounsel.services as services_pkg
from sxcounsel.core.errors import SxError
from sxcounsel.services import sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.demo import TEACHER_USER, create_demo
from sxcounsel.services.session_notes import add_addendum, create_disclosure, sign_session

PKG = Path(__file__).resolve().parents[2] / "sxcounsel"
CANARY = "NOTECANARY7"
CONFIDENTIAL_TABLES = ("counseling_sessions", "session_addenda", "confidentiality_breaks")


def sql_strings(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append(node.value)
        elif isinstance(node, ast.JoinedStr):
            out.append("".join(v.value for v in node.values if isinstance(v, ast.Constant)))
    return [s for s in out if re.search(r"\bSELECT\b", s, re.I)]


def test_only_session_notes_reads_confidential_columns():
    offenders = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).as_posix()
        for sql in sql_strings(path):
            if re.search(r"SELECT\s+\*", sql, re.I) and any(t in sql for t in CONFIDENTIAL_TABLES):
                offenders.append((rel, "SELECT *", sql[:60]))
            reads_notes = re.search(r"\bnotes\b", sql) and "counseling_sessions" in sql
            reads_text = re.search(r"\b(text|what|reason|disclosed_to)\b", sql) and any(
                t in sql for t in CONFIDENTIAL_TABLES[1:]
            )
            if (reads_notes or reads_text) and rel != "services/session_notes.py":
                offenders.append((rel, "confidential column", sql[:60]))
    assert offenders == []


@pytest.fixture(scope="module")
def demo_school(tmp_path_factory):
    home = tmp_path_factory.mktemp("leak") / "home"
    login = create_demo(home, students_count=80, seed=7)
    with Session.unlock(home, login.username, login.passphrase) as s:
        # A session about a student of the head teacher's own class, full of canaries.
        sid = s.store.conn.execute(
            "SELECT id FROM students WHERE class_name = ? LIMIT 1", (login.teacher_class,)
        ).fetchone()[0]
        made = sessions.create_session(
            s,
            sessions.CounselingSession(
                date=date.today().isoformat(),
                form="个别",
                source="主动求助",
                student_ids=[sid],
                categories=["情绪"],
            ),
            sessions.SessionNotes(CANARY, CANARY, CANARY, CANARY),
        )
        sign_session(s, made.id)
        add_addendum(s, made.id, f"addendum {CANARY}")
        create_disclosure(
            s,
            __import__("sxcounsel.services.session_notes", fromlist=["x"]).ConfidentialityBreak(
                student_id=sid,
                session_id=made.id,
                date=date.today().isoformat(),
                disclosed_to=f"监护人 {CANARY}",
                reason=f"自伤风险 {CANARY}",
                what=CANARY,
            ),
        )
    return home, login


def all_ids(home, login) -> list[str]:
    with Session.unlock(home, login.username, login.passphrase) as s:
        tables = [
            r[0]
            for r in s.store.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%created_by TEXT%'"
            )
        ]
        ids = []
        for t in tables:
            ids += [r[0] for r in s.store.conn.execute(f"SELECT id FROM {t}")]
        return ids


def read_functions():
    for info in pkgutil.iter_modules(services_pkg.__path__):
        module = importlib.import_module(f"sxcounsel.services.{info.name}")
        for name, fn in vars(module).items():
            if (
                name.startswith("_")
                or not inspect.isfunction(fn)
                or fn.__module__ != module.__name__
            ):
                continue
            if not re.match(r"(get|list|find|read|count|coverage|overdue|reviews|waiting|has|"
                            r"sessions_of|session_statistics|referral_status|crisis_status|"
                            r"search)", name):  # fmt: skip
                continue
            params = list(inspect.signature(fn).parameters.values())
            if params and params[0].name == "session":
                yield f"{info.name}.{name}", fn, params[1:]


def calls(params, ids):
    """Argument lists to try: every id for an id parameter, today for a date, defaults else."""
    required = [p for p in params if p.default is inspect.Parameter.empty and p.kind in (
        p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]  # fmt: skip
    if not required:
        yield []
        return
    if len(required) > 2:
        return
    choices = []
    for p in required:
        if p.name.endswith("id") or p.name in ("number",):
            choices.append(ids)
        elif p.name in ("today", "on"):
            choices.append([date.today()])
        elif p.name in ("school_year",):
            choices.append([date.today().year - (date.today().month < 9)])
        elif p.name in ("query",):
            choices.append(["七年级", "a", ""])
        elif p.name in ("purpose",):
            choices.append(["建档", "转介"])
        else:
            return
    if len(choices) == 1:
        for value in choices[0]:
            yield [value]
    else:
        for a in choices[0]:
            for b in choices[1]:
                yield [a, b]


@pytest.mark.parametrize("who", ["head_teacher", "school_admin_only"])
def test_no_read_function_returns_notes(demo_school, who):
    home, login = demo_school
    ids = all_ids(home, login)
    if who == "school_admin_only":
        from sxcounsel.services.accounts import add_user

        with Session.unlock(home, login.username, login.passphrase) as s:
            add_user(s, "adminonly", ["school_admin"], "Admin-only-9")
        user, pw = "adminonly", "Admin-only-9"
    else:
        user, pw = TEACHER_USER, login.passphrase
    tried = 0
    with Session.unlock(home, user, pw) as s:
        for name, fn, params in read_functions():
            for args in calls(params, ids):
                tried += 1
                try:
                    result = fn(s, *args)
                except SxError as exc:
                    result = (exc.message, exc.facts)
                assert CANARY not in repr(result), f"{name}{tuple(args)} leaked notes to {who}"
    assert tried > 200


def test_the_sweep_would_see_notes_if_they_leaked(demo_school):
    """Positive control: the same sweep run as the counselor does find the canary (through
    read_notes), so the check above is able to fail."""
    home, login = demo_school
    ids = all_ids(home, login)
    found = set()
    with Session.unlock(home, login.username, login.passphrase) as s:
        for name, fn, params in read_functions():
            for args in calls(params, ids):
                try:
                    result = fn(s, *args)
                except SxError:
                    continue
                if CANARY in repr(result):
                    found.add(name)
    assert "session_notes.read_notes" in found
    assert found <= {"session_notes.read_notes", "session_notes.get_disclosure",
                     "session_notes.list_disclosures"}  # fmt: skip
