"""Backup and restore: round trip, and nothing replaced unless the backup is whole."""

from __future__ import annotations

import hashlib

import pytest

from sxcounsel.core.errors import IntegrityError, UnlockError
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import change_passphrase
from sxcounsel.services.maintenance import make_backup, restore, verify
from sxcounsel.services.students import Student, create_student, delete_student
from sxcounsel.store.paths import StorePaths
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS


def dump(home, user=ADMIN, pw=ADMIN_PASS):
    with Session.unlock(home, user, pw) as s:
        conn = s.store.conn
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("students", "users")
        }


@pytest.fixture
def filled(school):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        made = [
            create_student(
                s, Student(student_no=f"S{i:05d}", name=f"王{i}", class_name="七年级(2)班")
            )
            for i in range(300)
        ]
        delete_student(s, made[0].id)
    return school


def file_hash(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_round_trip_gives_identical_records(filled, tmp_path):
    out = tmp_path / "school.sxbak"
    with Session.unlock(filled.home, ADMIN, ADMIN_PASS) as s:
        make_backup(s, out)
    before = dump(filled.home)
    assert not out.read_bytes().count("王1".encode())
    # changes made after the backup are undone by the restore
    with Session.unlock(filled.home, ADMIN, ADMIN_PASS) as s:
        create_student(s, Student(student_no="LATE1", name="迟到"))
    result = restore(filled.home, out, username=ADMIN, passphrase=ADMIN_PASS)
    assert dump(filled.home) == before
    assert result.replaced is not None and (result.replaced / "sxcounsel.db").exists()
    with Session.unlock(filled.home, ADMIN, ADMIN_PASS) as s:
        assert verify(s).ok
        actions = [r[0] for r in s.store.conn.execute("SELECT action FROM audit_log")]
        assert "restore" in actions


def test_restore_onto_a_new_computer_with_the_recovery_key(filled, tmp_path):
    out = tmp_path / "school.sxbak"
    with Session.unlock(filled.home, COUNSELOR, COUNSELOR_PASS) as s:
        make_backup(s, out)
    new_home = tmp_path / "new-pc"
    result = restore(new_home, out, username="", recovery_key=filled.recovery)
    assert result.replaced is None
    assert dump(new_home) == dump(filled.home)


def test_backup_opens_with_the_passphrase_in_force_when_it_was_made(filled, tmp_path):
    out = tmp_path / "school.sxbak"
    with Session.unlock(filled.home, COUNSELOR, COUNSELOR_PASS) as s:
        make_backup(s, out)
        change_passphrase(s, COUNSELOR_PASS, "Changed-later-1")
    with pytest.raises(UnlockError, match="does not open this backup"):
        restore(tmp_path / "x", out, username=COUNSELOR, passphrase="Changed-later-1")
    restore(tmp_path / "y", out, username=COUNSELOR, passphrase=COUNSELOR_PASS)


@pytest.mark.parametrize("cut", [1, 32, 4096, 0.5, 0.99])
def test_truncated_backup_is_refused_and_live_store_untouched(filled, tmp_path, cut):
    out = tmp_path / "school.sxbak"
    with Session.unlock(filled.home, ADMIN, ADMIN_PASS) as s:
        make_backup(s, out)
    data = out.read_bytes()
    keep = int(len(data) * cut) if isinstance(cut, float) else len(data) - cut
    out.write_bytes(data[:keep])
    paths = StorePaths(filled.home)
    before = [file_hash(p) for p in (paths.db, paths.slots)]
    with pytest.raises(IntegrityError, match=r"school\.sxbak is incomplete"):
        restore(filled.home, out, username=ADMIN, passphrase=ADMIN_PASS)
    assert [file_hash(p) for p in (paths.db, paths.slots)] == before
    # (keyslots.json.lock: the slot file's lock, kept beside it for good)
    left = sorted(p.name for p in filled.home.iterdir() if p.name != "keyslots.json.lock")
    assert left == ["keyslots.json", "sxcounsel.db"]


def test_tampered_backup_is_refused(filled, tmp_path):
    out = tmp_path / "school.sxbak"
    with Session.unlock(filled.home, ADMIN, ADMIN_PASS) as s:
        make_backup(s, out)
    data = bytearray(out.read_bytes())
    data[-100] ^= 0x01  # inside the database part
    out.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="damaged"):
        restore(filled.home, out, username=ADMIN, passphrase=ADMIN_PASS)
    data[-100] ^= 0x01
    data[-1] ^= 0x01  # the MAC itself
    out.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="altered"):
        restore(filled.home, out, username=ADMIN, passphrase=ADMIN_PASS)


@pytest.mark.parametrize("content", [b"", b"hello", b"SXCBACKUP\n\x00\x00\x00\x05{}"])
def test_not_a_backup(filled, tmp_path, content):
    bad = tmp_path / "bad.sxbak"
    bad.write_bytes(content)
    with pytest.raises(IntegrityError, match=r"bad\.sxbak"):
        restore(filled.home, bad, username=ADMIN, passphrase=ADMIN_PASS)


def test_backup_into_a_missing_folder_is_refused(filled, tmp_path):
    from sxcounsel.core.errors import StoreError

    with Session.unlock(filled.home, ADMIN, ADMIN_PASS) as s, pytest.raises(StoreError):
        make_backup(s, tmp_path / "no" / "such" / "b.sxbak")
