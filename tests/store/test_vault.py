"""Key slots: unlock, throttling, passphrase change, recovery key, key rotation."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from sxcounsel.core.errors import StoreError, ThrottledError, UnlockError
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import change_passphrase, disable_user
from sxcounsel.store import connection, kdf
from sxcounsel.store.keyring import RING_KEYS
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import FREE_FAILURES, RECOVERY, Vault
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS, TEACHER


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_each_account_unlocks_with_its_own_passphrase(school):
    for user, pw in [(ADMIN, ADMIN_PASS), (COUNSELOR, COUNSELOR_PASS)]:
        with Session.unlock(school.home, user, pw) as s:
            assert s.username == user
            assert s.store.meta("school_name") == "富平县示范中学"
    with pytest.raises(UnlockError):
        Session.unlock(school.home, ADMIN, COUNSELOR_PASS)


def test_slot_file_holds_argon2id_calibrated_params_and_no_key(school):
    doc = json.loads(StorePaths(school.home).slots.read_text())
    assert {s["header"]["user"] for s in doc["slots"]} == {ADMIN, COUNSELOR, TEACHER, RECOVERY}
    for slot in doc["slots"]:
        params = kdf.KdfParams.from_json(slot["header"]["kdf"])
        assert slot["header"]["kdf"]["alg"] == "argon2id"
        assert params.memory_kib >= 64 * 1024
        assert params.iterations == kdf.calibrate()
        # calibrated at creation: the faster of two runs took at least 0.3 s
        assert slot["header"]["kdf_seconds_at_creation"] >= kdf.TARGET_SECONDS


def test_slot_header_is_bound_into_the_wrapping(school):
    paths = StorePaths(school.home)
    doc = json.loads(paths.slots.read_text())
    slot = next(s for s in doc["slots"] if s["header"]["user"] == ADMIN)
    slot["header"]["kdf"]["iterations"] += 1  # an attacker lowering/raising the cost
    paths.slots.write_text(json.dumps(doc))
    with pytest.raises(UnlockError):
        Session.unlock(school.home, ADMIN, ADMIN_PASS)


def test_failures_are_counted_and_throttled_across_restarts(school):
    now = [1_000_000.0]
    clock = lambda: now[0]  # noqa: E731
    paths = StorePaths(school.home)
    for _ in range(FREE_FAILURES):
        with pytest.raises(UnlockError) as e:
            Session.unlock(school.home, COUNSELOR, "Wrong-pass-1", clock=clock)
        assert not isinstance(e.value, ThrottledError)
    # A "restart": a new Vault object reads the count back from the file.
    assert Vault(paths.slots, clock).retry_after(COUNSELOR) == pytest.approx(30)
    with pytest.raises(ThrottledError) as e:
        Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS, clock=clock)
    assert e.value.wait_seconds == pytest.approx(30)
    now[0] += 31
    with pytest.raises(UnlockError):
        Session.unlock(school.home, COUNSELOR, "Wrong-pass-2", clock=clock)
    # each further failure waits longer
    assert Vault(paths.slots, clock).retry_after(COUNSELOR) == pytest.approx(60)
    now[0] += 61
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS, clock=clock) as s:
        rows = s.store.conn.execute(
            "SELECT action, result FROM audit_log WHERE actor = ? ORDER BY seq", (COUNSELOR,)
        ).fetchall()
    assert [tuple(r) for r in rows].count(("failed_login", "refused")) == FREE_FAILURES + 1
    assert Vault(paths.slots, clock).retry_after(COUNSELOR) == 0
    # other accounts are not slowed down by someone guessing at one account
    Session.unlock(school.home, ADMIN, ADMIN_PASS).lock()


def test_passphrase_change_leaves_database_byte_identical(school):
    paths = StorePaths(school.home)
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s:
        s.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        files = [paths.db, *paths.sidecars]
        before = [sha(p) for p in files]
        slots_before = sha(paths.slots)
        change_passphrase(s, COUNSELOR_PASS, "Brand-new-pass9")
        assert [sha(p) for p in files] == before
        assert sha(paths.slots) != slots_before
    with pytest.raises(UnlockError, match="passphrase is wrong"):
        Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS)
    with Session.unlock(school.home, COUNSELOR, "Brand-new-pass9") as s:
        # the change was audited at this next unlock
        actions = [r[0] for r in s.store.conn.execute("SELECT action FROM audit_log ORDER BY seq")]
        assert "passphrase_change" in actions
    # the recovery key still opens the store, and sets a new passphrase
    with Session.unlock_with_recovery(
        school.home, school.recovery, COUNSELOR, "Third-pass-77"
    ) as s:
        assert s.username == COUNSELOR
    Session.unlock(school.home, COUNSELOR, "Third-pass-77").lock()
    with pytest.raises(UnlockError):
        Session.unlock(school.home, COUNSELOR, "Brand-new-pass9")


def test_change_requires_the_old_passphrase(school):
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s, pytest.raises(UnlockError):
        change_passphrase(s, "Not-the-old-1", "Brand-new-pass9")
    Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS).lock()


def test_recovery_key_is_typed_loosely_but_must_be_right(school):
    messy = school.recovery.lower().replace("-", " ")
    Session.unlock_with_recovery(school.home, messy, ADMIN, "Another-pass1").lock()
    wrong = "AAAA-" + school.recovery[5:]
    with pytest.raises(UnlockError, match="recovery key is wrong"):
        Session.unlock_with_recovery(school.home, wrong, ADMIN, "Another-pass2")


def test_disabling_an_account_rotates_the_data_key(school, tmp_path):
    paths = StorePaths(school.home)
    stolen_slots = tmp_path / "stolen-keyslots.json"
    shutil.copy(paths.slots, stolen_slots)
    old_keys, _ = Vault(stolen_slots).unlock(COUNSELOR, COUNSELOR_PASS.encode())
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        disable_user(s, COUNSELOR)
    # the departed counselor's old slot no longer opens the database
    with pytest.raises(StoreError, match="could not be decrypted"):
        connection.connect(paths.db, old_keys.current)
    with pytest.raises(UnlockError):
        Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS)
    # everybody else, and the recovery key, still get in (their slots were re-wrapped)
    Session.unlock(school.home, ADMIN, ADMIN_PASS).lock()
    Session.unlock_with_recovery(school.home, school.recovery, TEACHER, "Teacher-new-1").lock()


def test_interrupted_rotation_is_finished_at_next_unlock(school):
    """Crash after PRAGMA rekey but before the slot file dropped the old key."""
    import secrets

    paths = StorePaths(school.home)
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        new_key = secrets.token_bytes(32)
        kid = s.store.vault.add_key_everywhere(new_key)
        s.store.vault.save()
        s.store.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        # ... and the process dies here: the slot file still names the old key as current.
    assert Vault(paths.slots).current_id != kid
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s:
        assert s.store.meta("school_name") == "富平县示范中学"
    vault = Vault(paths.slots)
    assert vault.current_id == kid
    # Every slot keeps only the new store key (beside the ring keys its account holds).
    assert all([k for k in sl.wrapped if k not in RING_KEYS] == [kid] for sl in vault.slots)


def test_damaged_slot_file_gets_a_clear_message(school):
    StorePaths(school.home).slots.write_text("{not json")
    with pytest.raises(StoreError, match=r"key-slot file keyslots\.json is damaged"):
        Session.unlock(school.home, ADMIN, ADMIN_PASS)


def test_unknown_account(school):
    with pytest.raises(UnlockError, match="no account named 'nobody'"):
        Session.unlock(school.home, "nobody", "Whatever-1")
