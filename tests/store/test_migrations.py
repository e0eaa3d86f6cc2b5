"""Schema migrations: in order, one transaction each, newer stores refused."""

from __future__ import annotations

import secrets

import pytest

from sxcounsel.core.errors import StoreError
from sxcounsel.services.account_session import Session
from sxcounsel.store import connection, migrations
from tests.conftest import ADMIN, ADMIN_PASS


def test_new_database_is_at_latest(tmp_path):
    conn = connection.connect(tmp_path / "x.db", secrets.token_bytes(32), create=True)
    assert migrations.migrate(conn) == migrations.LATEST
    assert migrations.current_version(conn) == migrations.LATEST
    assert migrations.migrate(conn) == 0
    conn.close()


def test_failed_migration_leaves_the_previous_version(tmp_path):
    conn = connection.connect(tmp_path / "x.db", secrets.token_bytes(32), create=True)
    steps = [*migrations.MIGRATIONS, ("CREATE TABLE extra (x)", "THIS IS NOT SQL")]
    with pytest.raises(Exception, match="syntax error"):
        migrations.migrate(conn, steps)
    assert migrations.current_version(conn) == migrations.LATEST
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'extra'").fetchone()
    # a callable migration works too, and the good version applies afterwards
    steps[-1] = lambda c: c.execute("CREATE TABLE extra (x)")
    assert migrations.migrate(conn, steps) == 1
    conn.close()


def test_store_from_a_newer_version_is_refused(school):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        s.store.conn.execute(f"PRAGMA user_version = {migrations.LATEST + 3}")
    with pytest.raises(StoreError, match="newer sxcounsel"):
        Session.unlock(school.home, ADMIN, ADMIN_PASS)


def test_sqlcipher_is_recent_enough():
    assert connection.sqlcipher_version() >= connection.MIN_SQLCIPHER
    connection.check_sqlcipher()


def test_old_sqlcipher_is_refused_with_a_clear_message(monkeypatch):
    monkeypatch.setattr(connection, "sqlcipher_version", lambda: (4, 4, 2))
    with pytest.raises(
        StoreError, match=r"needs SQLCipher 4\.5 or newer, but this installation has 4\.4\.2"
    ):
        connection.check_sqlcipher()
