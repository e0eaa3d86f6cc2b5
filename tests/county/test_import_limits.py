"""The county import pays for a bundle in proportion to what its signed header declares:
declared sizes are checked before decryption, the payload inflates as a stream under the
cap its record count justifies, and every record is checked against its type's schema."""

from __future__ import annotations

import hashlib
import json
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sxcounsel.county import data as county_data
from sxcounsel.county import importer
from sxcounsel.county.importer import import_bundle
from sxcounsel.county.record_schema import SCHEMA
from sxcounsel.sync import bundle
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.errors import BundleRefused
from sxcounsel.sync.keys import KeyPairs
from tests.sync.insider import crisis_line, deflate, forge, forge_compressed, student_line
from tests.sync.syncworld import SCHOOL_A, copy_world

N = 2000  # records in the bundles the memory test compares


def rid(i: int) -> str:
    return f"01950000-0000-7000-8000-{i:012d}"


def refuse(cs, county, data: bytes, name: str = "x.sxb") -> tuple[BundleRefused, bool]:
    """Import ``data``, which must be refused without changing anything; returns the refusal
    and whether decryption was reached."""
    seen: list = []
    importer.before_decrypt.append(seen.append)
    before = county_data.state_digest(cs.store)
    try:
        with pytest.raises(BundleRefused) as info:
            import_bundle(cs, county, data, name)
    finally:
        importer.before_decrypt.remove(seen.append)
    assert county_data.state_digest(cs.store) == before
    msg = info.value.message
    assert msg.startswith(f"{name}: ") and msg.endswith(".") and "\n" not in msg
    return info.value, bool(seen)


def test_declared_sizes_are_checked_before_decryption(world):
    small = deflate([b"x"], 10)
    cases = {
        "too many records": (bundle.MAX_RECORDS + 1, 10, small),
        "payload beyond what its records justify": (2, bundle.payload_cap(2) + 1, small),
        # 1.8 GiB declared for 1,000 records, honestly: refused from the header alone.
        "the 1.8 GiB bundle": (1000, 1_800 * 1024 * 1024, small),
        "ciphertext larger than the payload compressed": (2, 100, small + bytes(2000)),
    }
    files = {
        label: forge_compressed(world, compressed, record_count=count, payload_size=size)
        for label, (count, size, compressed) in cases.items()
    }
    with world.county() as (cs, county):
        for label, data in files.items():
            err, decrypted = refuse(cs, county, data)
            assert (err.check, decrypted) == ("size", False), (label, err.message)


# One endless line (refused at the line limit), or lines short enough for it and too few
# for the record count (refused at the cap the record count justifies).
BOMBS = {"one endless line": bytes(1024 * 1024), "lines of junk": b"j" * 60_000 + b"\n"}


@pytest.mark.parametrize("shape", list(BOMBS))
def test_a_decompression_bomb_is_refused_within_twice_a_normal_import(world, shape):
    cap = bundle.payload_cap(N)
    compressed = deflate([BOMBS[shape]], 4 * cap)
    bomb = forge_compressed(world, compressed, record_count=N, payload_size=cap)
    assert len(bomb) < cap // 50  # small on the wire, 4 x its cap once inflated
    normal = forge(world, [student_line(rid(i), 1, f"学生{i}") for i in range(N)], seq=1)

    def peak(data: bytes, name: str) -> tuple[int, object]:
        w = copy_world(world, world.root.parent / f"{name}-w")
        with w.county() as (cs, county):
            tracemalloc.start()
            try:
                result = import_bundle(cs, county, data, name)
            except BundleRefused as exc:
                result = exc
            finally:
                top = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
        return top, result

    normal_peak, ok = peak(normal, "normal.sxb")
    assert ok.status == "imported" and ok.records == N
    bomb_peak, err = peak(bomb, "bomb.sxb")
    assert isinstance(err, BundleRefused) and err.check == "inflate", err
    assert err.message.startswith("bomb.sxb: ")
    assert bomb_peak < 2 * normal_peak, (bomb_peak, normal_peak)


def test_more_lines_than_declared_are_refused_as_they_inflate(world):
    payload = b"\n".join(student_line(rid(i), 1) for i in range(5))
    data = forge_compressed(
        world, deflate([payload], len(payload)), record_count=3, payload_size=len(payload)
    )
    with world.county() as (cs, county):
        err, decrypted = refuse(cs, county, data)
    assert err.check == "payload" and "record count does not match" in err.message
    assert decrypted


def test_records_that_do_not_fit_their_schema_are_quarantined(world):
    base = student_line(rid(1), 1)
    rows = {
        "unknown field": student_line(rid(2), 1, is_admin="1"),
        "number as text": student_line(rid(3), 1, name=5),
        "boolean as text": student_line(rid(4), 1, status=True),
        "null": student_line(rid(5), 1, address=None),
        "list as text": student_line(rid(6), 1, flags=["留守"]),
        "text as number": _line("home_visit", rid(7), {"school_year": "2025", "date": "x"}),
        "boolean as number": _line("home_visit", rid(8), {"student_at_home": True}),
        "a field of another type": _line("institution", rid(9), {"student_no": "1"}),
    }
    data = forge(world, [base, *rows.values(), crisis_line(rid(10), rid(1))], seq=1)
    with world.county() as (cs, county):
        res = import_bundle(cs, county, data, "s.sxb")
        held = {r for r in (rid(i) for i in range(1, 11)) if county_data.record_data(cs.store, r)}
    assert (res.status, res.records, res.quarantined) == ("imported", 2, len(rows))
    assert held == {rid(1), rid(10)}
    reasons = [q["reason"] for q in json.loads(res.ack)["body"]["quarantined"]]
    assert reasons == [
        "unknown field 'is_admin' for record type 'student'",
        "the field 'name' is not text",
        "the field 'status' is not text",
        "the field 'address' is not text",
        "the field 'flags' is not text",
        "the field 'school_year' is not a whole number",
        "the field 'student_at_home' is not a whole number",
        "unknown field 'student_no' for record type 'institution'",
    ]


def _line(record_type: str, record_id: str, data: dict, version: int = 1) -> bytes:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    digest = hashlib.sha256(text).hexdigest()
    return f"{record_type}\t{record_id}\t{version}\t0\t{digest}\t".encode() + text


def test_version_jumps_beyond_the_bound_are_quarantined(world):
    first = forge(world, [student_line(rid(1), 3), student_line(rid(2), 3)], seq=1)
    lines = [
        student_line(rid(1), 3 + 10_000, "跳得正好"),  # exactly the bound: fine
        student_line(rid(2), 3 + 10_001, "跳太多"),
        student_line(rid(3), 10_001, "新记录"),  # new to the county: counts from 0
        student_line(rid(4), 999_999, "新记录"),
        student_line(rid(5), 9_000),
    ]
    second = forge(world, lines, seq=2, prev_hash=hashlib.sha256(first).hexdigest())
    with world.county() as (cs, county):
        r1 = import_bundle(cs, county, first, "1.sxb")
        r2 = import_bundle(cs, county, second, "2.sxb")
        versions = {i: county_data.record_data(cs.store, rid(i)) for i in range(1, 6)}
    assert r1.records == 2 and (r2.records, r2.quarantined) == (2, 3)
    assert versions[1][1] == 10_003 and versions[2][1] == 3
    assert versions[3] is None and versions[4] is None and versions[5][1] == 9_000
    reasons = {q["id"]: q["reason"] for q in json.loads(r2.ack)["body"]["quarantined"]}
    assert reasons[rid(2)] == (
        "the version 10004 is more than 10,000 above the version the county holds (3)"
    )
    assert reasons[rid(3)].endswith("above the version the county holds (0)")


def test_the_schema_names_every_column_a_school_sends(world):
    """record_schema.SCHEMA against a real school store: a migration that adds a column
    to a synced table fails here until the county knows the column."""
    with world.school() as s:
        for record_type, table in sync_outbox.TABLES.items():
            cols = {
                r[1]: r[2]
                for r in s.store.conn.execute(f"PRAGMA table_info({table})")
                if r[1] not in ("id", "version", "deleted")
            }
            kinds = {name: {"TEXT": str, "INTEGER": int}[t] for name, t in cols.items()}
            assert SCHEMA[record_type] == kinds, record_type
    assert set(SCHEMA) == set(sync_outbox.TABLES)


_KEYS = KeyPairs.generate()


def _sealed(payload: bytes, count: int) -> bundle.Bundle:
    header = {
        "format": bundle.FORMAT,
        "format_version": 1,
        "kind": "changes",
        "bundle_id": "p",
        "school_code": SCHOOL_A,
        "county_code": "610528",
        "device": "d",
        "sender_key_id": _KEYS.signing_id,
        "recipient_key_id": _KEYS.encryption_id,
        "seq": 1,
        "prev_hash": bundle.ZERO_HASH,
        "created_at": "2026-01-01T00:00:00.000Z",
        "record_count": count,
        "schema_version": 4,
        "first_change": 1,
        "last_change": 1,
        "payload_encoding": bundle.PAYLOAD_ENCODING,
        "suite": bundle.SUITE_NAME,
    }
    recipient = _KEYS.encryption.public_key()
    return bundle.parse(bundle.build(header, payload, _KEYS.signing, recipient), "p.sxb")


@settings(max_examples=60, deadline=None)
@given(
    lengths=st.lists(
        st.one_of(
            st.integers(0, 40),
            st.sampled_from([bundle._OUT_CHUNK - 1, bundle._OUT_CHUNK, bundle._OUT_CHUNK + 1]),
            st.integers(60_000, 300_000),
        ),
        min_size=1,
        max_size=8,
    ),
    seed=st.integers(0, 255),
)
def test_streamed_lines_are_the_payload_lines(lengths, seed):
    """Lines across and exactly at the inflater's chunk edges come out as they went in."""
    pattern = bytes((seed + j) % 94 + 33 for j in range(97))
    lines = [(pattern * (n // 97 + 1))[:n] for n in lengths]
    payload = b"\n".join(lines)
    expected = lines if payload else []  # an empty payload has no lines (as split never says)
    b = _sealed(payload, len(expected))
    compressed = bundle.open_compressed(b, _KEYS.encryption, _KEYS.signing_public)
    assert list(bundle.payload_lines(b, compressed)) == expected
    assert bundle.open_payload(b, _KEYS.encryption, _KEYS.signing_public) == payload


def test_an_empty_payload_and_bytes_after_the_stream(world):
    b = _sealed(b"", 0)
    assert bundle.open_payload(b, _KEYS.encryption, _KEYS.signing_public) == b""
    # A signed payload with bytes after the end of its zlib stream is damaged.
    data = forge_compressed(world, deflate([b"ab"], 2) + b"tail", record_count=1, payload_size=2)
    with world.county() as (cs, county):
        err, decrypted = refuse(cs, county, data)
    assert err.check == "payload" and "does not decompress" in err.message and decrypted
