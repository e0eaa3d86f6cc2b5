"""Upgrades: a store written by the previous schema is backed up, then migrated on unlock."""

from __future__ import annotations

import pytest

from sxcounsel.core.errors import StoreError
from sxcounsel.services.account_session import Session, open_vault, passphrase_bytes
from sxcounsel.services.maintenance import verify
from sxcounsel.services.students import list_students
from sxcounsel.store import connection, migrations, records
from sxcounsel.store.backup import read_backup
from sxcounsel.store.db import UPGRADE_BACKUPS
from tests.conftest import ADMIN, ADMIN_PASS, make_school


@pytest.fixture
def old_home(tmp_path, monkeypatch):
    """A school store as the previous release wrote it (one migration fewer), with a student."""
    home = tmp_path / "home"
    last = migrations.MIGRATIONS.pop()  # the default argument of migrate() is this same list
    try:
        monkeypatch.setattr(migrations, "LATEST", len(migrations.MIGRATIONS))
        make_school(home)
        with Session.unlock(home, ADMIN, ADMIN_PASS) as s, s.store.transaction() as conn:
            # The row as that schema holds it: today's Student may carry newer columns.
            records.insert(
                conn,
                "students",
                "student",
                {
                    "student_no": "G610528201201010011",
                    "name": "张小明",
                    "gender": "男",
                    "class_name": "七年级(2)班",
                },
                ADMIN,
            )
            assert migrations.current_version(s.store.conn) == migrations.LATEST
    finally:
        migrations.MIGRATIONS.append(last)
        monkeypatch.undo()
    assert not (home / UPGRADE_BACKUPS).exists()
    return home


def test_previous_schema_is_backed_up_then_migrated(old_home):
    previous = migrations.LATEST - 1
    with Session.unlock(old_home, ADMIN, ADMIN_PASS) as s:
        assert migrations.current_version(s.store.conn) == migrations.LATEST
        assert [x.name for x in list_students(s)] == ["张小明"]
        assert verify(s).ok
        actions = [r[0] for r in s.store.conn.execute("SELECT action FROM audit_log")]
        assert "backup" in actions
    backups = list((old_home / UPGRADE_BACKUPS).iterdir())
    assert len(backups) == 1 and f"schema{previous}" in backups[0].name
    assert read_backup(backups[0]).header["schema"] == previous
    # A second unlock has nothing to migrate and makes no second backup.
    with Session.unlock(old_home, ADMIN, ADMIN_PASS):
        pass
    assert len(list((old_home / UPGRADE_BACKUPS).iterdir())) == 1


def test_no_backup_no_upgrade(old_home):
    """If the backup before the upgrade cannot be written, the store stays as it was."""
    (old_home / UPGRADE_BACKUPS).write_text("a file where the folder should be")
    with pytest.raises(StoreError, match="nothing was changed"):
        Session.unlock(old_home, ADMIN, ADMIN_PASS)
    _paths, vault = open_vault(old_home)
    keys, _ = vault.unlock(ADMIN, passphrase_bytes(ADMIN_PASS))
    conn = connection.connect(old_home / "sxcounsel.db", keys.current)
    try:
        assert migrations.current_version(conn) == migrations.LATEST - 1
    finally:
        conn.close()
    (old_home / UPGRADE_BACKUPS).unlink()
    with Session.unlock(old_home, ADMIN, ADMIN_PASS) as s:  # with room again, it upgrades
        assert migrations.current_version(s.store.conn) == migrations.LATEST
