"""The county store's own tables (beside the common meta, users and audit log).

A county store is marked ``meta.kind = 'county'``; these tables are created with it
(``county init``) and versioned by ``meta.county_schema``.
"""

from __future__ import annotations

COUNTY_SCHEMA = 1

DDL = [
    """CREATE TABLE county_schools (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        signing_key TEXT NOT NULL,
        encryption_key TEXT NOT NULL,
        key_id TEXT NOT NULL,
        device TEXT NOT NULL DEFAULT '',
        enrolled_at TEXT NOT NULL,
        rekeyed_at TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE county_bundles (
        school_code TEXT NOT NULL,
        seq INTEGER NOT NULL,
        bundle_id TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        record_count INTEGER NOT NULL,
        quarantined INTEGER NOT NULL,
        PRIMARY KEY (school_code, seq))""",
    """CREATE TABLE county_records (
        id TEXT PRIMARY KEY,
        school_code TEXT NOT NULL,
        record_type TEXT NOT NULL,
        version INTEGER NOT NULL,
        deleted INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        data TEXT NOT NULL)""",
    "CREATE INDEX county_records_school ON county_records (school_code, record_type)",
    """CREATE TABLE county_quarantine (
        school_code TEXT NOT NULL,
        seq INTEGER NOT NULL,
        line INTEGER NOT NULL,
        record_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (school_code, seq, line))""",
]
