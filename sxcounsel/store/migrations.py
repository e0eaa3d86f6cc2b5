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
            status TEXT NOT NULL DEFAULT '在校',
            name_pinyin TEXT NOT NULL DEFAULT '',
            name_initials TEXT NOT NULL DEFAULT '')""",
        "CREATE UNIQUE INDEX students_no ON students (student_no) WHERE deleted = 0",
        "CREATE INDEX students_class ON students (class_name)",
        # Covering index for services/search.py: a search scans these narrow entries instead
        # of the full rows (guardians, address).
        """CREATE INDEX students_search ON students
            (class_name, student_no, name, name_pinyin, name_initials, id) WHERE deleted = 0""",
    ),
    # 3: the counseling-room record families (DESIGN.md "Records")
    (
        f"""CREATE TABLE counseling_sessions ({RECORD_COLUMNS},
            number TEXT NOT NULL,
            school_year INTEGER NOT NULL,
            date TEXT NOT NULL,
            start_time TEXT NOT NULL DEFAULT '',
            duration_min INTEGER NOT NULL DEFAULT 0,
            place TEXT NOT NULL DEFAULT '',
            form TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            categories TEXT NOT NULL DEFAULT '[]',
            risk_level TEXT NOT NULL DEFAULT '',
            student_ids TEXT NOT NULL DEFAULT '[]',
            class_name TEXT NOT NULL DEFAULT '',
            counselor TEXT NOT NULL,
            next_appointment TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '{{}}',
            signed_at TEXT NOT NULL DEFAULT '',
            signed_by TEXT NOT NULL DEFAULT '')""",
        "CREATE UNIQUE INDEX sessions_number ON counseling_sessions (number) WHERE deleted = 0",
        "CREATE INDEX sessions_date ON counseling_sessions (date)",
        "CREATE INDEX sessions_year ON counseling_sessions (school_year)",
        # Derived index of counseling_sessions.student_ids (kept by the service, not synced).
        """CREATE TABLE session_students (
            session_id TEXT NOT NULL REFERENCES counseling_sessions (id),
            student_id TEXT NOT NULL REFERENCES students (id),
            PRIMARY KEY (student_id, session_id)) WITHOUT ROWID""",
        f"""CREATE TABLE session_addenda ({RECORD_COLUMNS},
            session_id TEXT NOT NULL REFERENCES counseling_sessions (id),
            text TEXT NOT NULL)""",
        "CREATE INDEX addenda_session ON session_addenda (session_id)",
        f"""CREATE TABLE home_visits ({RECORD_COLUMNS},
            student_id TEXT NOT NULL REFERENCES students (id),
            date TEXT NOT NULL,
            school_year INTEGER NOT NULL,
            method TEXT NOT NULL,
            staff TEXT NOT NULL DEFAULT '[]',
            met TEXT NOT NULL DEFAULT '[]',
            purpose TEXT NOT NULL DEFAULT '',
            family_situation TEXT NOT NULL DEFAULT '',
            student_at_home INTEGER NOT NULL DEFAULT 1,
            parents_views TEXT NOT NULL DEFAULT '',
            advice TEXT NOT NULL DEFAULT '',
            follow_up TEXT NOT NULL DEFAULT '',
            follow_up_date TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX home_visits_student ON home_visits (student_id, school_year)",
        f"""CREATE TABLE concern_cases ({RECORD_COLUMNS},
            student_id TEXT NOT NULL REFERENCES students (id),
            opened_on TEXT NOT NULL,
            reason_categories TEXT NOT NULL DEFAULT '[]',
            reason_text TEXT NOT NULL DEFAULT '',
            risk_level TEXT NOT NULL,
            contact_user TEXT NOT NULL,
            care_plan TEXT NOT NULL DEFAULT '',
            review_interval_days INTEGER NOT NULL DEFAULT 30,
            next_review_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            closed_on TEXT NOT NULL DEFAULT '',
            close_reason TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX concern_student ON concern_cases (student_id)",
        "CREATE INDEX concern_next_review ON concern_cases (status, next_review_on)",
        f"""CREATE TABLE concern_reviews ({RECORD_COLUMNS},
            case_id TEXT NOT NULL REFERENCES concern_cases (id),
            reviewed_on TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            observations TEXT NOT NULL DEFAULT '',
            level_before TEXT NOT NULL DEFAULT '',
            level_after TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX reviews_case ON concern_reviews (case_id)",
        f"""CREATE TABLE institutions ({RECORD_COLUMNS},
            name TEXT NOT NULL,
            department TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '')""",
        f"""CREATE TABLE referrals ({RECORD_COLUMNS},
            number TEXT NOT NULL,
            student_id TEXT NOT NULL REFERENCES students (id),
            institution_id TEXT NOT NULL DEFAULT '',
            institution_name TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            symptoms TEXT NOT NULL DEFAULT '',
            risk_level TEXT NOT NULL DEFAULT '',
            consent TEXT NOT NULL DEFAULT '{{}}',
            status TEXT NOT NULL,
            timeline TEXT NOT NULL DEFAULT '[]',
            receipt TEXT NOT NULL DEFAULT '{{}}',
            leave TEXT NOT NULL DEFAULT '{{}}',
            issued_on TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX referrals_number ON referrals (number) WHERE deleted = 0",
        "CREATE INDEX referrals_student ON referrals (student_id)",
        f"""CREATE TABLE crisis_events ({RECORD_COLUMNS},
            student_id TEXT NOT NULL DEFAULT '',
            occurred_at TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL,
            reported_by TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            guardians_informed TEXT NOT NULL DEFAULT '{{}}',
            actions TEXT NOT NULL DEFAULT '[]',
            outcome TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open')""",
        "CREATE INDEX crisis_student ON crisis_events (student_id)",
        f"""CREATE TABLE consents ({RECORD_COLUMNS},
            student_id TEXT NOT NULL REFERENCES students (id),
            purpose TEXT NOT NULL,
            guardian TEXT NOT NULL,
            relation TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL,
            method TEXT NOT NULL DEFAULT '',
            withdrawn_on TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX consents_student ON consents (student_id)",
        f"""CREATE TABLE confidentiality_breaks ({RECORD_COLUMNS},
            student_id TEXT NOT NULL REFERENCES students (id),
            session_id TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL,
            disclosed_to TEXT NOT NULL,
            reason TEXT NOT NULL,
            what TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX breaks_student ON confidentiality_breaks (student_id)",
    ),
    # 4: school-side sync state: bundles written for the county, kept until acknowledged
    (
        """CREATE TABLE sync_outbox (
            seq INTEGER PRIMARY KEY,
            bundle_id TEXT NOT NULL,
            first_change INTEGER NOT NULL,
            last_change INTEGER NOT NULL,
            record_count INTEGER NOT NULL,
            file_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            data BLOB,
            acked_at TEXT NOT NULL DEFAULT '')""",
    ),
    # 5: students board or not (就读方式) and their month of entry (入学年月), from the roster
    (
        "ALTER TABLE students ADD COLUMN boarding INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE students ADD COLUMN enrolled TEXT NOT NULL DEFAULT ''",
    ),
]

LATEST = len(MIGRATIONS)


def current_version(conn: sqlcipher3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlcipher3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema up to date; returns the number of migrations applied."""
    version = current_version(conn)
    if version > len(migrations):
        raise StoreError("store.newer_schema", schema=version, known=len(migrations))
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
