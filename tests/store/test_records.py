"""store/records.py: the one way records are written, on a real school store.

insert, update, tombstone and insert_many bump the version, append to the change log (which
sync reads) and to the audit log, inside the caller's transaction; a stale edit and a direct
write of a common column are refused.
"""

from __future__ import annotations

import pytest

from sxcounsel.core.errors import NotFound, ValidationError
from sxcounsel.services.account_session import Session
from sxcounsel.store import audit, records
from tests.conftest import ADMIN, ADMIN_PASS

TABLE, TYPE, ACTOR = "institutions", "institution", "tester"


@pytest.fixture
def store(school):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        yield s.store


def _row(store, rid: str) -> tuple:
    return store.conn.execute(
        f"SELECT version, deleted, name, created_by, created_at, updated_at FROM {TABLE} "
        "WHERE id = ?",
        (rid,),
    ).fetchone()


def _log(store, rid: str) -> list[tuple]:
    return [
        tuple(r)
        for r in store.conn.execute(
            "SELECT record_type, version, op FROM change_log WHERE record_id = ? ORDER BY seq",
            (rid,),
        )
    ]


def _audit(store, rid: str) -> list[tuple]:
    return [
        tuple(r)
        for r in store.conn.execute(
            "SELECT actor, action, record_type FROM audit_log WHERE record_id = ? ORDER BY seq",
            (rid,),
        )
    ]


def test_insert_update_tombstone_bump_the_version_and_log_each_change(store):
    with store.transaction() as c:
        rid = records.insert(c, TABLE, TYPE, {"name": "县医院", "phone": "0913-1"}, ACTOR)
    version, deleted, name, created_by, created_at, updated_at = _row(store, rid)
    assert (version, deleted, name, created_by) == (1, 0, "县医院", ACTOR)
    assert created_at == updated_at
    with store.transaction() as c:
        assert records.update(c, TABLE, TYPE, rid, {"name": "县人民医院"}, ACTOR) == 2
        assert records.update(c, TABLE, TYPE, rid, {"phone": "0913-2"}, ACTOR, 2) == 3
    assert _row(store, rid)[:3] == (3, 0, "县人民医院")
    with store.transaction() as c:
        assert records.tombstone(c, TABLE, TYPE, rid, ACTOR) == 4
    assert _row(store, rid)[:2] == (4, 1)  # kept as a tombstone: sync sends the deletion
    assert _log(store, rid) == [
        (TYPE, 1, "upsert"),
        (TYPE, 2, "upsert"),
        (TYPE, 3, "upsert"),
        (TYPE, 4, "delete"),
    ]
    assert _audit(store, rid) == [
        (ACTOR, "create", TYPE),
        (ACTOR, "update", TYPE),
        (ACTOR, "update", TYPE),
        (ACTOR, "delete", TYPE),
    ]
    assert audit.verify_chain(store.conn) is None  # the entries chain as any other


def test_a_stale_or_missing_record_is_refused_and_nothing_is_written(store):
    with store.transaction() as c:
        rid = records.insert(c, TABLE, TYPE, {"name": "卫生院"}, ACTOR)
        records.update(c, TABLE, TYPE, rid, {"name": "镇卫生院"}, ACTOR)
    before = (_row(store, rid), _log(store, rid), _audit(store, rid))
    stale = "Someone else changed this record"
    with pytest.raises(ValidationError, match=stale), store.transaction() as c:
        records.update(c, TABLE, TYPE, rid, {"name": "旧的"}, ACTOR, expected_version=1)
    assert (_row(store, rid), _log(store, rid), _audit(store, rid)) == before
    with store.transaction() as c:
        records.tombstone(c, TABLE, TYPE, rid, ACTOR)
    for write in (
        lambda c: records.update(c, TABLE, TYPE, rid, {"name": "x"}, ACTOR),
        lambda c: records.tombstone(c, TABLE, TYPE, rid, ACTOR),
        lambda c: records.update(c, TABLE, TYPE, "no-such-id", {"name": "x"}, ACTOR),
    ):
        with pytest.raises(NotFound), store.transaction() as c:
            write(c)
    assert _row(store, rid)[:2] == (3, 1)


@pytest.mark.parametrize(
    "column", ["id", "version", "deleted", "created_at", "updated_at", "created_by", "name; --"]
)
def test_common_columns_and_odd_names_cannot_be_written_directly(store, column):
    with store.transaction() as c:
        rid = records.insert(c, TABLE, TYPE, {"name": "站"}, ACTOR)
    count = store.conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
    for write in (
        lambda c: records.insert(c, TABLE, TYPE, {"name": "n", column: "x"}, ACTOR),
        lambda c: records.update(c, TABLE, TYPE, rid, {column: "x"}, ACTOR),
        lambda c: records.insert_many(c, TABLE, TYPE, [{"name": "n", column: "x"}], ACTOR),
    ):
        with (
            pytest.raises(ValueError, match="cannot be written directly"),
            store.transaction() as c,
        ):
            write(c)
    assert store.conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0] == count
    assert _row(store, rid)[0] == 1


def test_insert_many_logs_every_record_and_audits_once(store):
    rows = [{"name": f"机构{i}", "address": f"路{i}号"} for i in range(5)]
    audits = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with store.transaction() as c:
        ids = records.insert_many(c, TABLE, TYPE, rows, ACTOR, detail="five institutions")
        assert records.insert_many(c, TABLE, TYPE, [], ACTOR) == []
    assert len(set(ids)) == 5
    for rid, row in zip(ids, rows, strict=True):
        assert _row(store, rid)[:4] == (1, 0, row["name"], ACTOR)
        assert _log(store, rid) == [(TYPE, 1, "upsert")]
    entries = store.conn.execute(
        "SELECT actor, action, record_type, record_id, detail FROM audit_log WHERE seq > ?",
        (audits,),
    ).fetchall()
    assert [tuple(e) for e in entries] == [(ACTOR, "import", TYPE, "", "five institutions")]


def test_a_write_rolls_back_with_its_transaction(store):
    seq = store.conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]

    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.transaction() as c:
        rid = records.insert(c, TABLE, TYPE, {"name": "不存"}, ACTOR)
        raise Boom
    assert _row(store, rid) is None
    assert store.conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0] == seq
    assert _audit(store, rid) == []
