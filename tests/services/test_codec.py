"""services/codec.py: record dataclasses to row values and back, on a real database."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

import pytest
import sqlcipher3

from sxcounsel.services import codec


@dataclass
class Visit:
    id: str = ""
    version: int = 0
    student_id: str = ""
    purpose: str = ""
    attendees: list[str] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)
    signed: bool = False
    minutes: int = 0


CREATE = (
    "CREATE TABLE visits (id TEXT PRIMARY KEY, version INTEGER, deleted INTEGER DEFAULT 0, "
    "student_id TEXT, purpose TEXT, attendees TEXT, extra TEXT, signed INTEGER, minutes INTEGER)"
)


@pytest.fixture
def conn():
    conn = sqlcipher3.connect(":memory:")
    conn.row_factory = sqlcipher3.Row
    conn.execute(CREATE)
    yield conn
    conn.close()


def put(conn, rid: str, visit: Visit, deleted: int = 0) -> None:
    values = codec.to_values(visit)
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(
        f"INSERT INTO visits (id, version, deleted, {names}) VALUES (?, 1, ?, {marks})",
        (rid, deleted, *values.values()),
    )


def test_data_fields_leave_out_what_the_store_manages():
    assert codec.data_fields(Visit) == [
        "student_id",
        "purpose",
        "attendees",
        "extra",
        "signed",
        "minutes",
    ]
    assert codec.columns(Visit) == (
        "id, version, student_id, purpose, attendees, extra, signed, minutes"
    )
    assert codec.columns(Visit, "v.").startswith("v.id, v.version, v.student_id")


def test_lists_and_dicts_become_sorted_json_and_booleans_0_or_1():
    visit = Visit(
        id="ignored",
        version=9,
        student_id="s1",
        purpose="了解情况",
        attendees=["母亲", "班主任"],
        extra={"b": 1, "a": "二"},
        signed=True,
        minutes=40,
    )
    values = codec.to_values(visit)
    assert "id" not in values and "version" not in values
    assert values["attendees"] == '["母亲", "班主任"]'  # Chinese kept, not \\u-escaped
    assert values["extra"] == '{"a": "二", "b": 1}'
    assert values["signed"] == 1 and values["minutes"] == 40
    assert codec.to_values(Visit())["signed"] == 0
    assert json.loads(codec.to_values(Visit())["attendees"]) == []


def test_a_row_reads_back_into_an_equal_record(conn):
    visit = Visit(
        student_id="s1", purpose="家访", attendees=["父亲"], extra={"k": [1]}, signed=True
    )
    put(conn, "r1", visit)
    row = conn.execute(f"SELECT {codec.columns(Visit)} FROM visits").fetchone()
    back = codec.from_row(Visit, row)
    assert back == replace(visit, id="r1", version=1)
    assert back.signed is True and isinstance(back.attendees, list)


def test_select_live_skips_tombstones_and_filters_by_the_values_given(conn):
    put(conn, "r1", Visit(student_id="s1", purpose="b", minutes=2))
    put(conn, "r2", Visit(student_id="s2", purpose="a", minutes=1))
    put(conn, "r3", Visit(student_id="s1", purpose="c", minutes=3))
    put(conn, "r4", Visit(student_id="s1", purpose="d"), deleted=1)

    def ids(**equals: object) -> list[str]:
        return [v.id for v in codec.select_live(conn, Visit, "visits", "purpose", **equals)]

    assert ids() == ["r2", "r1", "r3"]
    assert ids(student_id="s1") == ["r1", "r3"]
    assert ids(student_id=None) == ["r2", "r1", "r3"]  # None means: no filter
    assert ids(student_id="s1", minutes=3) == ["r3"]
    assert ids(student_id="nobody") == []
    assert [v.id for v in codec.select_live(conn, Visit, "visits", "minutes DESC")] == [
        "r3",
        "r1",
        "r2",
    ]
