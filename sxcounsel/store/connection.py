"""Opening the SQLCipher database with a raw 256-bit key and the pragmas DESIGN.md asks for."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from sxcounsel.core.errors import StoreError

MIN_SQLCIPHER = (4, 5)
_log_silenced = False
# Called with every connection ``connect`` opens, on the thread that opened it (tests watch
# which thread runs which statement through this). Empty in the application.
on_connect: list[Callable[[sqlcipher3.Connection], None]] = []
# Whether a connection refuses use from any thread but the one that opened it. The desktop app
# sets it (gui/operations.py: no connection is shared between threads there); the county
# server still shares its one connection among its executor threads, under its own lock.
thread_bound = False


def sqlcipher_version() -> tuple[int, ...]:
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not row or not row[0]:
        return (0,)
    return tuple(int(x) for x in re.findall(r"\d+", row[0])[:3])


def check_sqlcipher() -> None:
    """Refuse to run on an SQLCipher older than 4.5 (or a plain SQLite build)."""
    global _log_silenced
    version = sqlcipher_version()
    if version < MIN_SQLCIPHER:
        shown = ".".join(map(str, version)) if version != (0,) else "none"
        raise StoreError("store.sqlcipher", found=shown)
    if not _log_silenced:
        # SQLCipher logs decryption failures to stderr; the user gets our one sentence instead.
        conn = sqlcipher3.connect(":memory:")
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.close()
        _log_silenced = True


def is_disk_full(exc: BaseException) -> bool:
    """Whether SQLite failed to write (a full disk, a file-size limit, a pulled USB stick)."""
    text = str(exc).lower()
    return isinstance(exc, sqlcipher3.DatabaseError) and (
        "disk i/o error" in text or "database or disk is full" in text
    )


def connect(path: Path, data_key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """Open (or create) the encrypted database. Raises StoreError when the key does not fit."""
    check_sqlcipher()
    path = Path(path)
    if not create and not path.exists():
        raise StoreError("store.none", file=path.name)
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=thread_bound)
    conn.row_factory = sqlcipher3.Row  # rows index by position and by column name
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if is_disk_full(exc):
                raise StoreError("store.disk_full_open", file=path.name, reason="disk") from None
            raise StoreError("store.undecryptable", file=path.name) from None
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        conn.close()
        raise
    for hook in on_connect:
        hook(conn)
    return conn
