"""Shared set-up for the key-concern, referral and crisis tests: one school, five accounts.

Accounts: counselor ``c``; head teacher ``t`` of OWN_CLASS; head teacher ``t_other`` of
OTHER_CLASS; head teacher ``t_contact`` of CONTACT_CLASS (made the contact person of cases in
OWN_CLASS); school admin ``a``. Students are created per test with ``student``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import add_user
from sxcounsel.services.students import Student, create_student
from tests.conftest import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    TEACHER,
    TEACHER_PASS,
    make_school,
)

OWN_CLASS, OTHER_CLASS, CONTACT_CLASS = "七年级(2)班", "八年级(1)班", "九年级(3)班"
OTHER_T, CONTACT_T, T_PASS = "zhangli", "sunhong", "Banzhuren-8b"
_numbers = itertools.count(1)


def world(tmp_path_factory, name: str) -> Iterator[SimpleNamespace]:
    home = tmp_path_factory.mktemp(name) / "home"
    make_school(home, OWN_CLASS)
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        add_user(s, OTHER_T, ["head_teacher"], T_PASS, classes=[OTHER_CLASS])
        add_user(s, CONTACT_T, ["head_teacher"], T_PASS, classes=[CONTACT_CLASS])
    sessions = dict(
        c=Session.unlock(home, COUNSELOR, COUNSELOR_PASS),
        t=Session.unlock(home, TEACHER, TEACHER_PASS),
        t_other=Session.unlock(home, OTHER_T, T_PASS),
        t_contact=Session.unlock(home, CONTACT_T, T_PASS),
        a=Session.unlock(home, ADMIN, ADMIN_PASS),
    )
    yield SimpleNamespace(home=home, **sessions)
    for s in sessions.values():
        s.lock()


def student(w: SimpleNamespace, class_name: str = OWN_CLASS) -> str:
    n = next(_numbers)
    return create_student(
        w.c, Student(student_no=f"S9{n:04d}", name=f"学生{n}", class_name=class_name)
    ).id


@contextmanager
def log_rows(session: Session) -> Iterator[list[tuple[str, str, int]]]:
    """Collects the change-log rows written inside the block: (record_type, op, version)."""
    conn = session.store.conn
    before = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    rows: list[tuple[str, str, int]] = []
    yield rows
    rows.extend(
        tuple(r)
        for r in conn.execute(
            "SELECT record_type, op, version FROM change_log WHERE seq > ? ORDER BY seq",
            (before,),
        )
    )


def audit_actions(session: Session, record_id: str) -> list[tuple[str, str]]:
    return [
        tuple(r)
        for r in session.store.conn.execute(
            "SELECT actor, action FROM audit_log WHERE record_id = ? ORDER BY seq", (record_id,)
        )
    ]
