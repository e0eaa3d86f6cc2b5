"""Versioned schema migrations (``PRAGMA user_version``), each applied in one transaction.

A store written by a newer sxcounsel is refused rather than guessed at. Migrations are only
ever appended: a released migration is never edited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlcipher3

from sxcounsel.core.errors import StoreError

# Common columns of every record table (DESIGN.md "Store and keys").
RECORD_COLUMNS = """
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
"""

Migration = Sequence[str] | Callable[[sqlcipher3.Connection], None]

MIGRATIONS: list[Migration] = [
    # 1: bookkeeping: settings, accounts, change log, audit log
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        f"""CREATE TABLE users ({RECORD_COLUMNS},
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL DEFAULT '',
            roles TEXT NOT NULL,
            classes TEXT NOT NULL DEFAULT '[]',
            disabled INTEGER NOT NULL DEFAULT 0)""",
        """CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            record_type TEXT NOT NULL,
            record_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            op TEXT NOT NULL,
            at TEXT NOT NULL)""",
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            record_type TEXT NOT NULL DEFAULT '',
            record_id TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT 'ok',
            detail TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL)""",
    ),
    # 2: students (the record family the foundation needs to prove confidentiality end to end)
    (
        f"""CREATE TABLE students ({RECORD_COLUMNS},
            student_no TEXT NOT NULL,
            name TEXT NOT NULL,
            gender TEXT NOT NULL DEFAULT '',
            birth_date TEXT NOT NULL DEFAULT '',
            id_number TEXT NOT NULL DEFAULT '',
            grade TEXT NOT NULL DEFAULT '',
            class_name TEXT NOT NULL DEFAULT '',
            dormitory TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            guardians TEXT NOT NULL DEFAULT '[]',
            flags TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT '在校')""",
        "CREATE UNIQUE INDEX students_no ON students (student_no) WHERE deleted = 0",
        "CREATE INDEX students_class ON students (class_name)",
    ),
]

LATEST = len(MIGRATIONS)


def current_version(conn: sqlcipher3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlcipher3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema up to date; returns the number of migrations applied."""
    version = current_version(conn)
    if version > len(migrations):
        raise StoreError(
            f"This store was written by a newer sxcounsel (schema {version}, this one knows "
            f"{len(migrations)}); install the newer version to open it.",
            schema=version,
        )
    applied = 0
    for number in range(version + 1, len(migrations) + 1):
        step = migrations[number - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if callable(step):
                step(conn)
            else:
                for sql in step:
                    conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied += 1
    return applied
