"""Only the allow-listed fields of sync/payload.py leave the school (sync/export.py).

Every TEXT column of every record table of a real school store gets a canary of its own; a
real bundle is exported and decrypted with the county's key; exactly the canaries of the fields
the allow-list lets travel (under the county's policy, notes off and on) are in the payload.
A column added to a table, or a field dropped from the allow-list, fails here.
"""

from __future__ import annotations

import json
import random
import zlib
from datetime import date

import pytest

from sxcounsel.core.progress import Progress
from sxcounsel.services import sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import add_user
from sxcounsel.services.demo import TEACHER_USER, fill_school
from sxcounsel.services.session_notes import (
    ConfidentialityBreak,
    add_addendum,
    create_disclosure,
    sign_session,
)
from sxcounsel.store.keyring import SEALED_COLUMNS
from sxcounsel.sync import bundle
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.export import make_bundle
from sxcounsel.sync.payload import MANAGED, SCHOOL_TO_COUNTY
from tests.conftest import COUNSELOR, COUNSELOR_PASS
from tests.sync.syncworld import SCHOOL_A


def _canary(table: str, column: str) -> str:
    """What every canary of a column starts with; a row's is this, its rowid and ``@@``
    (distinct per row for unique columns; ``#`` ends the name: no column's is another's)."""
    return f"@@{table}.{column}#"


def _record_tables(conn) -> dict[str, list[tuple[str, str]]]:
    """Every table holding records (id, version, deleted): its (column, declared type)s."""
    out = {}
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for name in names:
        cols = [(r[1], r[2].upper()) for r in conn.execute(f"PRAGMA table_info({name})")]
        if {"id", "version", "deleted"} <= {c for c, _ in cols}:
            out[name] = cols
    return out


def _fill_with_canaries(s: Session) -> dict[str, list[str]]:
    """Real records of every synced type through the services, then a canary in every TEXT
    column of every record table (sealed columns sealed as the store seals them). Returns the
    TEXT columns per table."""
    with s.store.transaction():
        by_class = fill_school(s, random.Random(7), 40, date.today(), Progress())
    sid = next(i for ids in by_class.values() for i in ids)
    create_disclosure(
        s, ConfidentialityBreak(sid, date.today().isoformat(), "班主任", "自伤风险", "谈话要点")
    )
    made = sessions.create_session(
        s,
        sessions.CounselingSession(
            date=date.today().isoformat(),
            form="个别",
            source="主动求助",
            student_ids=[sid],
            categories=["情绪"],
        ),
        sessions.SessionNotes("记录", "", "", ""),
    )
    sign_session(s, made.id)
    add_addendum(s, made.id, "补充")
    conn = s.store.conn
    tables = _record_tables(conn)
    text_cols = {}
    conn.execute("PRAGMA foreign_keys = OFF")  # a canary is no student's id
    with s.store.transaction():
        for table, cols in tables.items():
            names = [c for c, kind in cols if kind == "TEXT" and c != "id"]
            text_cols[table] = names
            sealed = set(SEALED_COLUMNS.get(table, ()))
            for col in names:
                if col not in sealed:
                    conn.execute(
                        f"UPDATE {table} SET {col} = ? || rowid || '@@'", (_canary(table, col),)
                    )
            rows = conn.execute(f"SELECT id, version, rowid FROM {table}").fetchall()
            for rid, version, rowid in rows:
                for col in sealed:
                    text = f"{_canary(table, col)}{rowid}@@"
                    value = s.store.seal_field(table, rid, col, version, text)
                    conn.execute(f"UPDATE {table} SET {col} = ? WHERE id = ?", (value, rid))
    conn.execute("PRAGMA foreign_keys = ON")
    return text_cols


def _payload(world, data: bytes) -> bytes:
    with world.county() as (_, county):
        b = bundle.parse(data, "p.sxb")
        return zlib.decompress(
            bundle._SUITE.decrypt(
                b.ciphertext, county.keys.encryption, info=bundle.INFO_CONTEXT + b.header_bytes
            )[64:]
        )


@pytest.mark.parametrize("notes_allowed", [False, True], ids=["notes-off", "notes-on"])
def test_exactly_the_allow_listed_fields_travel(world, notes_allowed):
    with world.school() as admin:  # the demo's head teacher, a contact person of its cases
        add_user(admin, TEACHER_USER, ["head_teacher"], "Banzhuren-2025!", classes=["七年级(2)班"])
    with Session.unlock(world.school_home(SCHOOL_A), COUNSELOR, COUNSELOR_PASS) as s:
        e = json.loads(s.store.meta("sync_enrollment"))
        e["policy"] = {"notes": notes_allowed}
        s.store.set_meta("sync_enrollment", json.dumps(e))
        text_cols = _fill_with_canaries(s)
        made = make_bundle(s)
        data = sync_outbox.bundle_bytes(s.store, made.seq)
    payload = _payload(world, data)

    by_table = {spec.table: spec for spec in SCHOOL_TO_COUNTY.types.values()}
    assert set(by_table) <= set(text_cols)  # every synced table is a record table here
    expected, unexpected = set(), set()
    for table, cols in text_cols.items():
        spec = by_table.get(table)
        travels = set(spec.fields(notes_allowed)) if spec else set()
        for col in cols:
            (expected if col in travels else unexpected).add(_canary(table, col))
    found = {c for c in expected | unexpected if c.encode() in payload}
    assert sorted(expected - found) == []  # allow-listed fields that did not travel
    assert sorted(found - expected) == []  # fields that travelled without being allowed
    if not notes_allowed:
        assert _canary("counseling_sessions", "notes") in unexpected
        assert _canary("confidentiality_breaks", "what") in unexpected
        assert _canary("session_addenda", "text") in unexpected

    # Each line's data holds exactly its type's allow-listed fields (numbers included).
    seen = set()
    for line in payload.split(b"\n"):
        record_type, _rid, _version, _deleted, _digest, body = line.split(b"\t", 5)
        spec = SCHOOL_TO_COUNTY.types[record_type.decode()]
        data_fields = json.loads(body)
        assert set(data_fields) == set(spec.fields(notes_allowed)), spec.name
        assert not set(data_fields) & set(MANAGED)
        seen.add(spec.name)
    assert seen == {t for t in SCHOOL_TO_COUNTY.types if SCHOOL_TO_COUNTY.travels(t, notes_allowed)}


def test_the_allow_list_marks_the_counseling_notes():
    notes = {
        t: spec.note_fields() for t, spec in SCHOOL_TO_COUNTY.types.items() if spec.note_fields()
    }
    assert notes == {
        "counseling_session": ("notes",),
        "session_addendum": tuple(SCHOOL_TO_COUNTY.types["session_addendum"].types()),
        "confidentiality_break": ("disclosed_to", "reason", "what"),
    }
    assert SCHOOL_TO_COUNTY.note_types() == {"session_addendum"}
    # Every column sealed at the school is a notes field: it never travels without the policy.
    for record_type, spec in SCHOOL_TO_COUNTY.types.items():
        assert set(SEALED_COLUMNS.get(spec.table, ())) <= set(spec.note_fields()), record_type
