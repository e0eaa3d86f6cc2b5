"""The key ring against an insider: a head teacher (or an administrator) with an account on the
counseling-room PC, its files, Python and sxcounsel's own code (tests/store/insider.py)."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from sxcounsel.core.errors import PermissionDenied, UnlockError
from sxcounsel.services import maintenance, session_notes, sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import disable_user, list_accounts
from sxcounsel.services.session_notes import ConfidentialityBreak
from sxcounsel.services.sessions import CATEGORIES, SOURCES, CounselingSession, SessionNotes
from sxcounsel.services.students import Student, create_student
from sxcounsel.store import audit, keyring
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import TamperedError, Vault
from tests.conftest import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    TEACHER,
    TEACHER_PASS,
)
from tests.store import insider

CANARIES = {
    "notes": "KRQ-NOTE-0417",
    "addendum": "KRQ-ADDENDUM-0417",
    "to": "KRQ-BREAK-TO-0417",
    "why": "KRQ-BREAK-WHY-0417",
    "what": "KRQ-BREAK-WHAT-0417",
}


def write_confidential(s: Session) -> str:
    """A counselor's session with every counselor-only field carrying a canary."""
    sid = create_student(
        s, Student(student_no="KR0001", name="王小明", class_name="七年级(2)班")
    ).id
    made = sessions.create_session(
        s,
        CounselingSession(
            date="2026-11-02",
            form="个别",
            source=SOURCES[0],
            student_ids=[sid],
            categories=[CATEGORIES[0]],
        ),
        SessionNotes(complaint=CANARIES["notes"], process="倾听", assessment="", plan=""),
    )
    session_notes.sign_session(s, made.id)
    session_notes.add_addendum(s, made.id, CANARIES["addendum"])
    session_notes.create_disclosure(
        s,
        ConfidentialityBreak(
            student_id=sid,
            date="2026-11-03",
            disclosed_to=CANARIES["to"],
            reason=CANARIES["why"],
            what=CANARIES["what"],
            session_id=made.id,
        ),
    )
    return made.id


def assert_no_canary(data: bytes) -> None:
    for name, canary in CANARIES.items():
        assert canary.encode() not in data, f"the {name} canary is readable"


def test_head_teacher_and_admin_with_the_file_read_no_counselor_text(school, tmp_path):
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as c:
        session_id = write_confidential(c)
        maintenance.make_backup(c, school.home / "by-counselor.sxbak")
        # While the counselor's session is open, the WAL holds the latest pages too.
        view = session_notes.read_notes(c, session_id)
        assert view.notes.complaint == CANARIES["notes"]
        for who, passphrase in ((TEACHER, TEACHER_PASS), (ADMIN, ADMIN_PASS)):
            seen = insider.everything_readable(school.home, who, passphrase)
            assert b"\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e" in seen  # 王小明: they do read the store
            assert_no_canary(seen)
    # The counselor's own keys do read them (the scan is able to find what is there).
    assert CANARIES["notes"].encode() in insider.everything_readable(
        school.home, COUNSELOR, COUNSELOR_PASS
    )
    for who, passphrase in ((TEACHER, TEACHER_PASS), (ADMIN, ADMIN_PASS)):
        keys, _ = Vault(StorePaths(school.home).slots).unlock(who, passphrase.encode())
        assert keyring.COUNSELOR not in keys.ring
        assert_no_canary(insider.everything_readable(school.home, who, passphrase))
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as a, pytest.raises(PermissionDenied):
        session_notes.read_notes(a, session_id)


def test_a_minted_slot_for_the_counselors_name_does_not_open(school):
    insider.mint_slot(school.home, TEACHER, TEACHER_PASS, COUNSELOR, "Evil-passphrase-1")
    # Only the listed slot of that name is tried: the insider's passphrase does not open it.
    with pytest.raises(UnlockError, match="passphrase is wrong"):
        Session.unlock(school.home, COUNSELOR, "Evil-passphrase-1")
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as c:
        assert any(
            "not in the signed list" in f.message and COUNSELOR in f.message for f in c.findings
        )
        assert any("2 key slots named" in f.message for f in c.findings)
        report = maintenance.verify(c)
        assert any("not in the signed list" in p for p in report.problems)


def test_a_planted_slot_is_shown_and_dropped_at_the_next_rotation(school):
    insider.mint_slot(school.home, TEACHER, TEACHER_PASS, "eve", "Evil-passphrase-1")
    with pytest.raises(UnlockError, match="not in this store's signed list") as refused:
        Session.unlock(school.home, "eve", "Evil-passphrase-1")
    assert refused.value.facts["code"] == "keyring.unlisted"
    assert "eve" not in Vault(StorePaths(school.home).slots).users()
    report = maintenance.verify_store(school.home, COUNSELOR, COUNSELOR_PASS)
    assert any("'eve'" in p and "not in the signed list" in p for p in report.problems)
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as a:
        assert any("'eve'" in f.message for f in a.findings)
        assert "eve" not in [acc.username for acc in list_accounts(a)]
        disable_user(a, TEACHER)  # rotates the store key
        rows = a.store.conn.execute(
            "SELECT detail FROM audit_log WHERE action = 'rekey' ORDER BY seq DESC LIMIT 1"
        ).fetchall()
        assert "eve" in rows[0][0]
    doc = insider.raw_slot_file(school.home)
    assert "eve" not in [s["header"]["user"] for s in doc["slots"]]


def test_a_list_signed_by_a_foreign_ring_key_is_named_at_the_counselors_unlock(school):
    insider.sign_foreign_list(school.home, TEACHER, TEACHER_PASS, "boss", "Evil-passphrase-1")
    for user, passphrase in ((COUNSELOR, COUNSELOR_PASS), (ADMIN, ADMIN_PASS)):
        with pytest.raises(TamperedError, match=r"keyslots\.json was changed outside sxcounsel"):
            Session.unlock(school.home, user, passphrase)
        with pytest.raises(TamperedError):  # and `verify` says the same
            maintenance.verify_store(school.home, user, passphrase)


def test_a_planted_counselor_key_is_refused(school):
    """The insider seals a counselor key of their own to the counselor's slot: the counselor
    would write new notes under a key the insider knows. The signed key id says no."""
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS):
        pass  # the counselor key exists from here on
    doc = insider.raw_slot_file(school.home)
    vault = Vault(StorePaths(school.home).slots)
    for s in vault.slots:
        if s.user == COUNSELOR:
            s.wrap(keyring.COUNSELOR, b"\x11" * 32)
            doc["slots"] = [x.to_json() for x in vault.slots]
    insider.write_slot_file(school.home, doc)
    with pytest.raises(TamperedError, match="counselor key that is not this store's"):
        Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS)


def _rewrite_chain(home: Path, change_seq: int) -> None:
    """With the store key: edit one entry, recompute every hash after it and the head."""
    keys, _ = Vault(StorePaths(home).slots).unlock(TEACHER, TEACHER_PASS.encode())
    from sxcounsel.store import connection

    conn = connection.connect(StorePaths(home).db, keys.current)
    try:
        conn.execute("BEGIN")
        conn.execute("UPDATE audit_log SET actor = 'nobody' WHERE seq = ?", (change_seq,))
        prev = audit.GENESIS
        rows = conn.execute(
            "SELECT seq, at, actor, action, record_type, record_id, result, detail "
            "FROM audit_log ORDER BY seq"
        ).fetchall()
        for row in rows:
            entry = dict(zip(audit._FIELDS, row, strict=True))
            h = audit.entry_hash(prev, entry)
            conn.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, h, row[0])
            )
            prev = h
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{rows[-1][0]}:{prev}",)
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_a_rewritten_audit_chain_is_reported(school):
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as c:
        write_confidential(c)
    _rewrite_chain(school.home, 3)
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as c:
        assert any("audit log was changed outside sxcounsel" in f.message for f in c.findings)
        assert any("rewritten" in p for p in maintenance.verify(c).problems)
    # Reported again: the counselor's unlock did not seal over the break.
    report = maintenance.verify_store(school.home, ADMIN, ADMIN_PASS)
    assert any("rewritten" in p for p in report.problems)


def test_a_truncated_chain_with_its_head_deleted_is_reported(school):
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as c:
        write_confidential(c)
    keys, _ = Vault(StorePaths(school.home).slots).unlock(TEACHER, TEACHER_PASS.encode())
    from sxcounsel.store import connection

    conn = connection.connect(StorePaths(school.home).db, keys.current)
    (last,) = conn.execute("SELECT max(seq) FROM audit_log").fetchone()
    conn.execute("DELETE FROM audit_log WHERE seq > ?", (last - 5,))
    conn.execute("DELETE FROM meta WHERE key = 'audit_head'")
    conn.close()
    report = maintenance.verify_store(school.home, COUNSELOR, COUNSELOR_PASS)
    assert report.problems and any("missing" in p for p in report.problems)
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as c:
        assert any("audit log was changed outside sxcounsel" in f.message for f in c.findings)


def test_a_role_added_with_sql_gives_nothing(school):
    keys, _ = Vault(StorePaths(school.home).slots).unlock(TEACHER, TEACHER_PASS.encode())
    from sxcounsel.store import connection

    conn = connection.connect(StorePaths(school.home).db, keys.current)
    conn.execute(
        "UPDATE users SET roles = ? WHERE username = ?",
        (json.dumps(["counselor", "head_teacher"]), TEACHER),
    )
    conn.close()
    with Session.unlock(school.home, TEACHER, TEACHER_PASS) as t:
        assert [r.value for r in t.roles] == ["head_teacher"]
        assert any("differ from the signed list" in f.message for f in t.findings)
        with pytest.raises(PermissionDenied):
            sessions.list_sessions(t)


# -- lockout under parallel guesses ---------------------------------------------------------------
def _guess(home: str, barrier) -> str:
    barrier.wait()
    try:
        Session.unlock(Path(home), COUNSELOR, "Wrong-guess-123")
    except UnlockError as exc:
        return type(exc).__name__
    return "opened"


def test_twelve_parallel_wrong_passphrases_are_all_counted_and_audited(school):
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Manager().Barrier(12)
    with ctx.Pool(12) as pool:
        results = pool.starmap(_guess, [(str(school.home), barrier)] * 12)
    assert results == ["UnlockError"] * 12
    failures = next(
        s["failures"]
        for s in insider.raw_slot_file(school.home)["slots"]
        if s["header"]["user"] == COUNSELOR
    )
    assert len(failures) == 12
    later = max(failures) + 2 * 3600  # past the longest wait
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS, clock=lambda: later) as c:
        (n,) = c.store.conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'failed_login' AND result = 'refused'"
        ).fetchone()
    assert n == 12
