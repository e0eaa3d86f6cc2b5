"""store/connection.py: the encrypted database opens only with its key, with the pragmas
DESIGN.md asks for, and refuses what is not a store with one sentence."""

from __future__ import annotations

import os
import threading

import pytest
import sqlcipher3

from sxcounsel.core.errors import StoreError
from sxcounsel.store import connection
from sxcounsel.store.connection import (
    MIN_SQLCIPHER,
    check_sqlcipher,
    connect,
    is_disk_full,
    sqlcipher_version,
)

KEY, OTHER_KEY = bytes(range(32)), bytes(range(1, 33))


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "sxcounsel.db"
    conn = connect(path, KEY, create=True)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES ('在校学生的记录')")
    conn.close()
    return path


def test_this_installation_has_a_new_enough_sqlcipher():
    assert sqlcipher_version() >= MIN_SQLCIPHER
    check_sqlcipher()


def test_the_file_is_encrypted_and_reopens_with_its_key(db):
    raw = db.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "在校学生".encode() not in raw
    conn = connect(db, KEY)
    try:
        assert conn.execute("SELECT x FROM t").fetchone()["x"] == "在校学生的记录"
    finally:
        conn.close()


def test_another_key_is_refused_with_one_sentence(db):
    with pytest.raises(StoreError) as info:
        connect(db, OTHER_KEY)
    assert info.value.message == (
        "The store could not be decrypted: it is damaged or does not belong to these keys."
    )
    assert info.value.facts["file"] == "sxcounsel.db"


def test_a_file_that_is_not_a_database_is_refused_the_same_way(tmp_path):
    path = tmp_path / "sxcounsel.db"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(StoreError, match="could not be decrypted"):
        connect(path, KEY)


def test_a_missing_store_is_not_created_unless_asked(tmp_path):
    with pytest.raises(StoreError) as info:
        connect(tmp_path / "sxcounsel.db", KEY)
    assert info.value.message == "There is no sxcounsel store in this folder."
    assert list(tmp_path.iterdir()) == []


def test_the_data_key_is_exactly_32_bytes(tmp_path):
    for key in (b"", KEY[:31], KEY + b"x"):
        with pytest.raises(ValueError):
            connect(tmp_path / "sxcounsel.db", key, create=True)


def test_the_pragmas(db):
    conn = connect(db, KEY)
    try:

        def pragma(name: str) -> object:
            return conn.execute(f"PRAGMA {name}").fetchone()[0]

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000
        assert pragma("temp_store") == 2  # MEMORY
        assert conn.isolation_level is None  # transactions are explicit (store/db.py)
    finally:
        conn.close()


def test_each_new_connection_is_announced(db, monkeypatch):
    seen: list = []
    monkeypatch.setattr(connection, "on_connect", [seen.append])
    conn = connect(db, KEY)
    conn.close()
    assert seen == [conn]
    with pytest.raises(StoreError):
        connect(db, OTHER_KEY)
    assert seen == [conn]  # a refused one is not


@pytest.mark.parametrize("bound", [True, False])
def test_a_bound_connection_refuses_other_threads(db, monkeypatch, bound):
    monkeypatch.setattr(connection, "thread_bound", bound)
    conn = connect(db, KEY)
    errors: list[BaseException] = []

    def use() -> None:
        try:
            conn.execute("SELECT count(*) FROM t").fetchone()
        except sqlcipher3.ProgrammingError as exc:
            errors.append(exc)

    try:
        thread = threading.Thread(target=use)
        thread.start()
        thread.join(10)
    finally:
        conn.close()
    assert bool(errors) is bound


def test_a_full_disk_is_told_apart_from_other_failures():
    assert is_disk_full(sqlcipher3.OperationalError("disk I/O error"))
    assert is_disk_full(sqlcipher3.OperationalError("database or disk is full"))
    assert is_disk_full(sqlcipher3.DatabaseError("Database or disk is full"))
    assert not is_disk_full(sqlcipher3.DatabaseError("file is not a database"))
    assert not is_disk_full(OSError("disk I/O error"))  # only what SQLite reports
