"""Upgrading a store written by sxcounsel 0.1.0 (one data key in every slot) to the key ring.

The fixture (tests/store/fixtures/release-0.1.0, see its README) was made by that release's
``sxcounsel demo``; this test only ever opens a copy of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sxcounsel.services import session_notes
from sxcounsel.services.account_session import Session
from sxcounsel.store import keyring
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import Vault
from sxcounsel.sync.enrollment import school_keys
from tests.store import insider

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1.0"
COUNSELOR, HEAD_TEACHER, ADMIN, BOTH = (
    ("zhaomin", "Xinli#Room42"),
    ("banzhuren", "Demo-2025!"),
    ("xiaozhang", "Admin-2025!x"),
    ("demo", "Demo-2025!"),
)
RECOVERY_KEY = "MH58-DKFG-LXXT-W3KE-PS5V-GTDZ-7CWA-B6TJ"
SIGNING_ID = "09834e25af4ec222fd22f33c2a1ef2ba"  # the school's sync key made by 0.1.0
CANARIES = [
    "CANARY-NOTE-7731",
    "CANARY-ADDENDUM-5523",
    "CANARY-BREAK-TO-1189",
    "CANARY-BREAK-WHY-1189",
    "CANARY-BREAK-WHAT-1189",
]
TABLES = [
    "students",
    "counseling_sessions",
    "session_addenda",
    "home_visits",
    "concern_cases",
    "concern_reviews",
    "referrals",
    "crisis_events",
    "consents",
    "confidentiality_breaks",
    "users",
]


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(FIXTURE, home, ignore=shutil.ignore_patterns("README.md"))
    return home


def snapshot(s: Session) -> dict[str, list[tuple]]:
    """Every record (id, version, deleted) and every audit entry's hash."""
    conn = s.store.conn
    out = {
        t: conn.execute(f"SELECT id, version, deleted FROM {t} ORDER BY id").fetchall()
        for t in TABLES
    }
    out["audit"] = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq").fetchall()
    return {k: [tuple(r) for r in v] for k, v in out.items()}


def the_session_id(s: Session) -> str:
    return s.store.conn.execute(
        "SELECT id FROM counseling_sessions WHERE number = '2026-013'"
    ).fetchone()[0]


def test_head_teacher_first_changes_nothing_then_the_counselor_upgrades(old_store):
    slots = StorePaths(old_store).slots
    slot_bytes = slots.read_bytes()
    with Session.unlock(old_store, *HEAD_TEACHER) as t:
        before = snapshot(t)
        assert t.store.vault.version == 1 and t.store.keys.ring == {}
    assert slots.read_bytes() == slot_bytes  # the slot file is untouched
    with Session.unlock(old_store, *ADMIN) as a:  # an administrator alone does not upgrade
        assert a.store.vault.version == 1
    assert slots.read_bytes() == slot_bytes

    with Session.unlock(old_store, *COUNSELOR) as c:
        assert c.findings == []
        assert c.store.vault.version == 2 and c.store.fields_sealed
        after = snapshot(c)
        for table in TABLES:
            assert after[table] == before[table], table  # every record, unchanged versions
        assert after["audit"][: len(before["audit"])] == before["audit"]  # every entry kept
        actions = c.store.conn.execute("SELECT action, detail FROM audit_log").fetchall()
        assert any(a == "rekey" and "key ring" in d for a, d in actions)
        view = session_notes.read_notes(c, the_session_id(c))
        assert view.notes.complaint.startswith("CANARY-NOTE-7731")
        assert view.addenda[0].text.startswith("CANARY-ADDENDUM-5523")
        (b,) = session_notes.list_disclosures(c)
        assert (b.disclosed_to, b.reason, b.what) == tuple(CANARIES[2:])
        assert school_keys(c).signing_id == SIGNING_ID  # the county still knows this school
        stored = c.store.conn.execute(
            "SELECT value FROM meta WHERE key = 'sync_signing_key'"
        ).fetchone()[0]
        assert stored.startswith(keyring.FIELD_PREFIX)
        notes = c.store.conn.execute(
            "SELECT notes FROM counseling_sessions WHERE number = '2026-013'"
        ).fetchone()[0]
        assert notes.startswith(keyring.FIELD_PREFIX)  # ciphertext at rest

    # No unsealed copy is left: not in free pages, the WAL, nor a backup.
    assert not list((old_store / "backups").glob("*.sxbak"))
    for who in (HEAD_TEACHER, ADMIN):
        seen = insider.everything_readable(old_store, *who)
        for canary in CANARIES:
            assert canary.encode() not in seen
    # Everyone still opens it, with the keys their roles grant.
    expect = {
        HEAD_TEACHER: set(),
        ADMIN: {"ring", "sync"},
        BOTH: {"ring", "sync", "counselor"},
        COUNSELOR: {"ring", "sync", "counselor"},
    }
    for (user, passphrase), ring in expect.items():
        with Session.unlock(old_store, user, passphrase) as s:
            assert set(s.store.keys.ring) == ring and s.findings == []
    keys, _ = Vault(slots).unlock("recovery", keyring_bytes(RECOVERY_KEY))
    assert set(keys.ring) == {"ring", "sync", "counselor"}


def keyring_bytes(recovery_key: str) -> bytes:
    from sxcounsel.store.vault import normalize_recovery_key

    return normalize_recovery_key(recovery_key)


def test_the_recovery_key_upgrades_too(old_store):
    with Session.unlock_with_recovery(old_store, RECOVERY_KEY, ADMIN[0], "New-admin-pass-2") as s:
        assert s.store.vault.version == 2 and s.store.fields_sealed
        assert keyring.COUNSELOR in s.store.keys.ring  # the recovery slot's keys
    with Session.unlock(old_store, ADMIN[0], "New-admin-pass-2") as a:
        assert set(a.store.keys.ring) == {"ring", "sync"}
    with Session.unlock(old_store, *COUNSELOR) as c:
        assert session_notes.read_notes(c, the_session_id(c)).notes.complaint.startswith(
            "CANARY-NOTE-7731"
        )
