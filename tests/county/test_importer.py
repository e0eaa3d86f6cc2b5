"""county/importer.py on its own: one record line checked (check_line), a payload split and
checked (parse_lines), the order of import_bundle's checks on real bundles — a bundle with
two faults is refused for the cheaper one, and nothing is decrypted before the cheap checks —
what a good bundle gives (records, a signed acknowledgement, gaps named), the acknowledgement
a school behind the county gets, and which files are read (bundle_files, read_bundle_file).

Each refusal alone is in test_tamper.py (the matrix) and test_import_limits.py (sizes, bombs,
schema, version jumps); this file does not repeat them.
"""

from __future__ import annotations

import hashlib
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sxcounsel.county import data as county_data
from sxcounsel.county import importer
from sxcounsel.county.data import Quarantined, RecordLine
from sxcounsel.county.importer import check_line, current_ack, import_bundle, parse_lines
from sxcounsel.county.record_schema import MAX_VERSION
from sxcounsel.sync import ack, bundle
from sxcounsel.sync.errors import BundleRefused, SyncError
from sxcounsel.sync.keys import check_document, key_id, read_document
from sxcounsel.sync.payload import SCHOOL_TO_COUNTY
from tests.county.test_tamper import flip, forge, make_bundle
from tests.sync.syncworld import SCHOOL_A, SCHOOL_C

RID = "01960000-0000-7000-8000-000000000001"
POLICY = "counseling notes are not accepted under the county's data policy"


def line(record_type: str, data: dict | bytes, *, rid=RID, version=b"1", deleted=b"0") -> bytes:
    text = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode()
    digest = hashlib.sha256(text).hexdigest().encode()
    return b"\t".join([record_type.encode(), rid.encode(), version, deleted, digest, text])


def reason(raw: bytes, notes_allowed: bool = False, schema: bool = True) -> str:
    got = check_line(7, raw, notes_allowed, "n.sxb", schema)
    assert type(got) is Quarantined and got.line == 7, got
    return got.reason


def test_a_good_line_becomes_a_record_line():
    got = check_line(3, line("student", {"name": "好"}, version=b"12", deleted=b"1"), False)
    assert type(got) is RecordLine
    assert (got.record_type, got.id, got.version, got.deleted, got.line) == (
        "student",
        RID,
        12,
        True,
        3,
    )
    assert json.loads(got.data) == {"name": "好"}
    assert got.content_hash == hashlib.sha256(got.data.encode()).hexdigest()


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (b"student\tonly\tthree", "the line does not have the six fields"),
        (line("student", {}, rid="bad id!"), "the record id is invalid"),
        (line("student", {}, rid="x" * 65), "the record id is invalid"),
        (line("student", {}, version=b"0"), "the version is not a positive whole number"),
        (line("student", {}, version=b"-1"), "the version is not a positive whole number"),
        (line("student", {}, deleted=b"2"), "the deleted flag is not 0 or 1"),
        (line("student", {"name": "a"}).replace(b'"a"', b'"b"'), "the content does not match"),
        (line("student", b'{"name": "a"} {}'), "the content is not a JSON object"),
        (line("student", b"\xff\xfe"), "the content is not a JSON object"),
        (line("student", {"spaceship": "1"}), "unknown field 'spaceship'"),
    ],
)
def test_each_malformed_line_is_quarantined_with_its_reason(raw, why):
    assert reason(raw).startswith(why)


def test_the_record_type_is_checked_before_the_version_and_content():
    assert reason(line("spaceship", b"junk", version=b"0")) == "unknown record type 'spaceship'"


def test_notes_follow_the_allow_list_and_the_policy():
    """Every notes field of sync/payload.py (not only the ones the tamper matrix sends) is set
    aside unless the county's policy asks for notes."""
    for record_type, spec in SCHOOL_TO_COUNTY.types.items():
        for note in spec.note_fields():
            value: object = 1 if spec.types()[note] is int else "x"
            raw = line(record_type, {note: value})
            assert reason(raw) == POLICY, (record_type, note)
            assert type(check_line(1, raw, True)) is RecordLine, (record_type, note)
    plain = line("confidentiality_break", {"student_id": "s", "date": "2025-09-01"})
    assert type(check_line(1, plain, False)) is RecordLine


def test_the_schema_check_can_be_skipped_but_not_the_policy():
    raw = line("student", {"spaceship": 1})
    assert type(check_line(1, raw, False, schema=False)) is RecordLine
    assert reason(line("counseling_session", {"notes": "x"}), schema=False) == POLICY


def test_a_version_no_store_writes_refuses_the_whole_bundle():
    for version in (str(MAX_VERSION + 1).encode(), b"1" * 30):
        with pytest.raises(BundleRefused) as info:
            check_line(4, line("student", {}, version=version), True, "v.sxb")
        assert info.value.check == "record_version" and info.value.message.startswith("v.sxb: ")
    assert type(check_line(4, line("student", {}, version=b"%d" % MAX_VERSION), True)) is (
        RecordLine
    )


def test_parse_lines_numbers_and_splits_the_lines():
    lines = [line("student", {"name": "a"}), b"junk", line("student", {"name": "b"}, rid="r-2")]
    good, bad = parse_lines(b"\n".join(lines), False, "p.sxb")
    assert [g.line for g in good] == [1, 3] and [g.id for g in good] == [RID, "r-2"]
    assert bad == [Quarantined(2, "", "the line does not have the six fields")]
    assert parse_lines(iter(lines), False) == (good, bad)  # lines as they inflate
    assert parse_lines(b"", False) == ([], [])


# -- import_bundle: the order of the checks, on real bundles ----------------------------------
def _refusal(world, data: bytes) -> tuple[str, bool]:
    """The check that refused ``data``, and whether decryption was reached; nothing changed."""
    seen: list = []
    before = world.digest()
    importer.before_decrypt.append(seen.append)
    try:
        with world.county() as (cs, county), pytest.raises(BundleRefused) as info:
            import_bundle(cs, county, data, "o.sxb")
    finally:
        importer.before_decrypt.remove(seen.append)
    assert world.digest() == before
    return info.value.check, bool(seen)


def test_two_faults_are_refused_for_the_cheaper_check(world, tmp_path):
    first = make_bundle(world, tmp_path, prefix="A")
    with world.county() as (cs, county):
        import_bundle(cs, county, first, "a1.sxb")
    other = X25519PrivateKey.generate().public_key()
    to_other = {"recipient_key_id": key_id(other.public_bytes_raw())}
    first_hash = bundle.parse(first, "a1").file_hash
    cases = {
        # not enrolled, and encrypted to another county: the sender is checked first
        "sender before recipient": (forge(world, SCHOOL_C, to_other, recipient=other), "sender"),
        # a replayed seq with a broken outer signature: the signature first
        "signature before replay": (
            flip(forge(world, SCHOOL_A, {"seq": 1}), -5),
            "outer_signature",
        ),
        # a replayed seq encrypted to another county: the replay first
        "replay before recipient": (
            forge(world, SCHOOL_A, {"seq": 1, **to_other}, recipient=other),
            "replay",
        ),
        # encrypted to another county and not chained to bundle 1: the recipient first
        "recipient before chain": (
            forge(world, SCHOOL_A, {"seq": 2, **to_other}, recipient=other),
            "recipient",
        ),
        # not chained, and declaring more records than a bundle may carry: the chain first
        "chain before sizes": (
            forge(world, SCHOOL_A, {"seq": 2, "record_count": bundle.MAX_RECORDS + 1}),
            "chain",
        ),
        # chained, sizes absurd, encrypted to another key: the sizes, before any decryption
        "sizes before decryption": (
            forge(
                world,
                SCHOOL_A,
                {"seq": 2, "prev_hash": first_hash, "record_count": bundle.MAX_RECORDS + 1},
                recipient=other,
            ),
            "size",
        ),
    }
    for label, (data, check) in cases.items():
        assert _refusal(world, data) == (check, False), label
    # Only a bundle past every cheap check is decrypted (and then fails to decrypt).
    lying = forge(world, SCHOOL_A, {"seq": 2, "prev_hash": first_hash}, recipient=other)
    assert _refusal(world, lying) == ("decrypt", True)


def test_the_same_file_again_is_answered_without_decrypting(world, tmp_path):
    data = make_bundle(world, tmp_path)
    with world.county() as (cs, county):
        res = import_bundle(cs, county, data, "b.sxb")
    seen: list = []
    importer.before_decrypt.append(seen.append)
    try:
        with world.county() as (cs, county):
            again = import_bundle(cs, county, data, "b.sxb")
    finally:
        importer.before_decrypt.remove(seen.append)
    assert seen == []
    assert (again.status, again.records, again.acked_seq) == ("already imported", 0, res.acked_seq)
    assert json.loads(again.ack)["body"]["acked_seq"] == json.loads(res.ack)["body"]["acked_seq"]


# -- import_bundle: what a good bundle gives, and what a school behind the county gets ---------
def test_a_good_bundle_is_applied_and_acknowledged_by_the_county(world, tmp_path):
    data = make_bundle(world, tmp_path, n=4)
    header = bundle.parse(data, "a").header
    with world.county() as (cs, county):
        assert current_ack(cs.store, county, SCHOOL_A) is None  # nothing received yet
        before = county_data.record_count(cs.store, SCHOOL_A)
        res = import_bundle(cs, county, data, "a.sxb")
        assert county_data.record_count(cs.store, SCHOOL_A) == before + res.records
        signing_public, signing_id = county.keys.signing_public, county.keys.signing_id
    assert (res.status, res.school_code, res.seq) == ("imported", SCHOOL_A, header["seq"])
    assert (res.records, res.quarantined, res.gaps) == (header["record_count"], 0, [])
    assert res.records >= 4 and res.acked_seq == res.seq
    assert res.line() == (
        f"a.sxb: imported {res.records} records from school {SCHOOL_A} (bundle {res.seq})."
    )
    body, signer, signature = read_document(res.ack, ack.ACK, "ack", "an acknowledgement")
    assert signer == signing_id and check_document(ack.ACK, body, signature, signing_public)
    assert (body["school_code"], body["acked_seq"], body["gaps"]) == (SCHOOL_A, res.seq, [])
    assert body["acked_hash"] == bundle.parse(data, "a").file_hash


def test_a_bundle_after_a_missing_one_is_applied_and_the_gap_named(world, tmp_path):
    make_bundle(world, tmp_path, prefix="A")  # bundle 1, never delivered
    second = make_bundle(world, tmp_path, prefix="B")
    with world.county() as (cs, county):
        res = import_bundle(cs, county, second, "b.sxb")
    assert (res.status, res.acked_seq, res.gaps) == ("imported", 0, [1])
    assert res.line().endswith("; still missing bundle(s) 1.")
    assert json.loads(res.ack)["body"]["gaps"] == [1]


def test_a_school_behind_the_county_gets_the_current_acknowledgement(world, tmp_path):
    """A genuine bundle at a seq the county holds (the school restored an old backup) is
    refused, with the county's acknowledgement to continue after; other refusals carry none."""
    with world.county() as (cs, county):
        import_bundle(cs, county, make_bundle(world, tmp_path), "a1.sxb")
    with world.county() as (cs, county), pytest.raises(BundleRefused) as behind:
        import_bundle(cs, county, forge(world, SCHOOL_A, {"seq": 1}), "again.sxb")
    assert behind.value.check == "replay"
    assert json.loads(behind.value.ack)["body"]["acked_seq"] == 1
    with world.county() as (cs, county), pytest.raises(BundleRefused) as other:
        import_bundle(cs, county, forge(world, SCHOOL_C, {}), "c.sxb")
    assert other.value.check == "sender" and other.value.ack == b""


# -- the files a county imports ------------------------------------------------------------------
def test_bundle_files_takes_folders_and_named_files_in_name_order(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "sub.sxb").mkdir(parents=True)  # a folder is not a bundle
    for name in ("b.sxb", "a.sxb", "notes.txt"):
        (inbox / name).write_bytes(b"x")
    named = tmp_path / "from-usb.bin"
    named.write_bytes(b"x")
    got = importer.bundle_files([inbox, named])
    assert got == [inbox / "a.sxb", inbox / "b.sxb", named]
    assert importer.bundle_files([tmp_path / "inbox" / "sub.sxb"]) == []
    with pytest.raises(SyncError) as info:
        importer.bundle_files([inbox, tmp_path / "gone.sxb"])
    assert info.value.message == "gone.sxb does not exist."


def test_a_file_too_large_to_be_a_bundle_is_not_read(tmp_path):
    small = tmp_path / "small.sxb"
    small.write_bytes(b"bytes")
    assert importer.read_bundle_file(small) == b"bytes"
    big = tmp_path / "big.sxb"
    with big.open("wb") as fh:
        fh.truncate(bundle.MAX_FILE + 1)  # sparse: no disk used
    with pytest.raises(BundleRefused) as info:
        importer.read_bundle_file(big)
    assert info.value.check == "size" and info.value.facts["file"] == "big.sxb"
    assert info.value.message == "big.sxb: the file is too large to be a bundle."
