"""The hash-chained audit log: any edit, deletion or reordering is found at that entry."""

from __future__ import annotations

import pytest

from sxcounsel.services.account_session import Session
from sxcounsel.services.maintenance import verify
from sxcounsel.services.students import Student, create_student, get_student
from sxcounsel.store import audit
from tests.conftest import ADMIN, ADMIN_PASS


@pytest.fixture
def session(school):
    s = Session.unlock(school.home, ADMIN, ADMIN_PASS)
    for i in range(5):
        create_student(s, Student(student_no=f"G61052820120{i:04d}", name=f"学生{i}"))
    yield s
    s.lock()


def entries(s):
    return s.store.conn.execute("SELECT seq, action, actor FROM audit_log ORDER BY seq").fetchall()


def test_writes_and_logins_are_audited(session):
    actions = [a for _, a, _ in entries(session)]
    assert actions[:3] == ["init", "create", "login"]
    assert actions.count("login") >= 1
    assert actions[-5:] == ["create"] * 5
    assert verify(session).ok


def test_audit_entries_hold_no_student_data(session):
    dump = " ".join(str(r) for r in session.store.conn.execute("SELECT * FROM audit_log"))
    assert "学生" not in dump
    assert "G61052820120" not in dump


def test_edit_is_caught_at_that_entry(session):
    session.store.conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 7")
    report = verify(session)
    assert not report.ok
    assert "entry 7" in report.problems[0] and "altered" in report.problems[0]


def test_deletion_is_caught_at_that_entry(session):
    session.store.conn.execute("DELETE FROM audit_log WHERE seq = 6")
    report = verify(session)
    assert "entry 6 is missing" in report.problems[0]


def test_deleting_the_last_entries_is_caught(session):
    last = session.store.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    session.store.conn.execute("DELETE FROM audit_log WHERE seq >= ?", (last - 1,))
    assert f"entries after {last - 2} are missing" in verify(session).problems[0]


def test_reordering_is_caught_at_that_entry(session):
    conn = session.store.conn
    cols = "at, actor, action, record_type, record_id, result, detail, prev_hash, hash"
    a = conn.execute(f"SELECT {cols} FROM audit_log WHERE seq = 8").fetchone()
    b = conn.execute(f"SELECT {cols} FROM audit_log WHERE seq = 9").fetchone()
    sets = ", ".join(f"{c.strip()} = ?" for c in cols.split(","))
    conn.execute(f"UPDATE audit_log SET {sets} WHERE seq = 8", b)
    conn.execute(f"UPDATE audit_log SET {sets} WHERE seq = 9", a)
    problems = verify(session).problems
    assert "entry 8" in problems[0]


def test_viewing_is_not_silent_for_a_chain_append(session):
    sid = session.store.conn.execute("SELECT id FROM students LIMIT 1").fetchone()[0]
    assert get_student(session, sid).name.startswith("学生")
    with session.store.transaction() as conn:
        audit.append(conn, ADMIN, "view_confidential", "student", sid)
    assert verify(session).ok


def test_unknown_actions_are_refused(session):
    with pytest.raises(ValueError), session.store.transaction() as conn:
        audit.append(conn, ADMIN, "teleport")
