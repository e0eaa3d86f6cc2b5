"""The tamper matrix: every altered, foreign or replayed bundle is refused with a clear reason,
and the county store is exactly as it was (digest of its records before and after)."""

from __future__ import annotations

import contextlib
import struct

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sxcounsel.core.errors import SxError
from sxcounsel.county.importer import import_bundle
from sxcounsel.sync import bundle
from sxcounsel.sync.enrollment import enrollment_of, school_keys
from sxcounsel.sync.errors import BundleRefused
from sxcounsel.sync.export import export_to
from sxcounsel.sync.keys import canonical, key_id, x25519_public
from tests.sync.syncworld import SCHOOL_A, SCHOOL_B, SCHOOL_C, add_students


def make_bundle(world, tmp_path, code=SCHOOL_A, n=3, prefix="T"):
    with world.school(code) as s:
        add_students(s, n, prefix=prefix)
        out = export_to(s, tmp_path / f"out-{code}-{prefix}")
        seq = out.new.seq
    return (tmp_path / f"out-{code}-{prefix}" / f"{code}-{seq}.sxb").read_bytes()


def forge(world, code, header_changes=None, payload=b"", recipient=None, signer_code=None):
    """A bundle built with real keys and chosen header fields (for the matrix)."""
    with world.school(signer_code or code) as s:
        keys = school_keys(s)
        e = enrollment_of(s)
    header = {
        "format": bundle.FORMAT,
        "format_version": 1,
        "kind": "changes",
        "bundle_id": "forged",
        "school_code": code,
        "county_code": e.county_code,
        "device": "d",
        "sender_key_id": keys.signing_id,
        "recipient_key_id": e.encryption_id,
        "seq": 1,
        "prev_hash": bundle.ZERO_HASH,
        "created_at": "2026-01-01T00:00:00.000Z",
        "record_count": len(payload.splitlines()),
        "schema_version": 4,
        "first_change": 1,
        "last_change": 1,
        "payload_encoding": bundle.PAYLOAD_ENCODING,
        "suite": bundle.SUITE_NAME,
    }
    header.update(header_changes or {})
    pub = recipient or x25519_public(e.encryption_key)
    return bundle.build(header, payload, keys.signing, pub)


def flip(data: bytes, pos: int) -> bytes:
    return data[:pos] + bytes([data[pos] ^ 0x01]) + data[pos + 1 :]


def refused(world, data, name="x.sxb"):
    before = world.digest()
    with world.county() as (cs, county), pytest.raises(BundleRefused) as info:
        import_bundle(cs, county, data, name)
    assert world.digest() == before
    msg = info.value.message
    assert msg.startswith(f"{name}: ") and msg.endswith(".") and "\n" not in msg
    return info.value


def test_tamper_matrix(world, tmp_path):
    first = make_bundle(world, tmp_path, prefix="A")
    with world.county() as (cs, county):
        import_bundle(cs, county, first, "a1.sxb")
    good = make_bundle(world, tmp_path, prefix="B")  # seq 2, the bundle the matrix alters
    hlen = struct.unpack_from(">I", good, 10)[0]
    header_at, ct_at = 14 + hlen // 2, 14 + hlen + 4 + 40
    cases = {
        "header bit": (flip(good, header_at), {"outer_signature", "format"}),
        "ciphertext bit": (flip(good, ct_at), {"outer_signature"}),
        "outer signature bit": (flip(good, len(good) - 5), {"outer_signature"}),
        "truncated": (good[: len(good) // 2], {"truncated"}),
        "empty": (b"", {"format"}),
        "unknown format version": (good[:8] + struct.pack(">H", 2) + good[10:], {"version"}),
    }
    for label, (data, checks) in cases.items():
        err = refused(world, data)
        assert err.check in checks, (label, err.check, err.message)

    # The inner signature: a valid outer signature over a ciphertext whose inner one is bad.
    with world.school() as s:
        keys = school_keys(s)
    parsed = bundle.parse(good, "g")
    with world.county() as (cs, county):
        plain = bundle._SUITE.decrypt(
            parsed.ciphertext,
            county.keys.encryption,
            info=bundle.INFO_CONTEXT + parsed.header_bytes,
        )
        enc_pub = county.keys.encryption.public_key()
    bad_plain = flip(plain, 3)
    ct = bundle._SUITE.encrypt(bad_plain, enc_pub, info=bundle.INFO_CONTEXT + parsed.header_bytes)
    signed = good[:14] + parsed.header_bytes + struct.pack(">I", len(ct)) + ct
    assert refused(world, signed + keys.signing.sign(signed)).check == "inner_signature"

    # Unknown format version inside an otherwise valid (signed) header.
    assert refused(world, _resigned_header(good, keys, format_version=7)).check == "version"

    # Sound bundle from a school that was never approved.
    assert refused(world, forge(world, SCHOOL_C)).check == "sender"
    # Encrypted to another county's key.
    other = X25519PrivateKey.generate().public_key()
    other_id = key_id(other.public_bytes_raw())
    to_other = {"seq": 3, "prev_hash": parsed.file_hash, "recipient_key_id": other_id}
    assert refused(world, forge(world, SCHOOL_A, to_other, recipient=other)).check == "recipient"
    # ... or to another key while the header names this county's: decryption fails.
    lying = {"seq": 3, "prev_hash": parsed.file_hash}
    assert refused(world, forge(world, SCHOOL_A, lying, recipient=other)).check == "decrypt"
    # School B re-signs school A's bundle (outer signature by B, header still says A) ...
    data = good[:-64] + _key(world, SCHOOL_B).sign(good[:-64])
    assert refused(world, data).check == "outer_signature"
    # ... or claims to be A with its own key.
    assert (
        refused(world, forge(world, SCHOOL_A, {"seq": 3}, signer_code=SCHOOL_B)).check == "sender"
    )
    # A different bundle under an already imported seq (lower / replayed seq).
    assert refused(world, forge(world, SCHOOL_A, {"seq": 1})).check == "replay"
    # A bundle that does not chain to the one before it.
    assert refused(world, forge(world, SCHOOL_A, {"seq": 2})).check == "chain"

    # After all that, the good bundle still imports.
    with world.county() as (cs, county):
        assert import_bundle(cs, county, good, "good.sxb").status == "imported"


def _key(world, code):
    with world.school(code) as s:
        return school_keys(s).signing


def _resigned_header(good, keys, **changes):
    parsed = bundle.parse(good, "g")
    header = canonical({**parsed.header, **changes})
    signed = good[:10] + struct.pack(">I", len(header)) + header
    signed += struct.pack(">I", len(parsed.ciphertext)) + parsed.ciphertext
    return signed + keys.signing.sign(signed)


def test_malformed_record_is_quarantined_not_the_bundle(world, tmp_path):
    from sxcounsel.sync.export import record_line

    row = {
        "id": "01900000-0000-7000-8000-000000000001",
        "version": 1,
        "deleted": 0,
        "name": "好",
        "student_no": "Q1",
        "created_at": "x",
        "updated_at": "x",
        "created_by": "x",
    }
    good = record_line("student", row)
    lines = [
        good,
        good.replace(b"Q1", b"Q2"),  # content no longer matches its hash
        b"student\tonly-three\tfields",
        record_line("spaceship", {**row, "id": "01900000-0000-7000-8000-000000000002"}),
        record_line("session_addendum", {**row, "id": "01900000-0000-7000-8000-000000000003"}),
        _raw_line("01900000-0000-7000-8000-000000000004", b"not json"),
        _raw_line("01900000-0000-7000-8000-000000000005", b"[1,2]"),
        record_line("student", {**row, "id": "01900000-0000-7000-8000-000000000006"}),
    ]
    data = forge(world, SCHOOL_B, payload=b"\n".join(lines))
    with world.county() as (cs, county):
        res = import_bundle(cs, county, data, "q.sxb")
    assert (res.status, res.records, res.quarantined) == ("imported", 2, 6)
    import json

    body = json.loads(res.ack)["body"]
    reasons = [q["reason"] for q in body["quarantined"]]
    assert reasons == [
        "the content does not match its hash",
        "the line does not have the six fields",
        "unknown record type 'spaceship'",
        "counseling notes are not accepted under the county's data policy",
        "the content is not a JSON object",
        "the content is not a JSON object",
    ]
    assert body["acked_seq"] == 1
    with world.county() as (cs, _):
        from sxcounsel.county import data as county_data

        assert county_data.record_data(cs.store, "01900000-0000-7000-8000-000000000006")
        assert county_data.record_data(cs.store, "01900000-0000-7000-8000-000000000004") is None


def _raw_line(rid: str, data: bytes) -> bytes:
    import hashlib

    return f"student\t{rid}\t1\t0\t{hashlib.sha256(data).hexdigest()}\t".encode() + data


def test_fuzzed_files_raise_only_the_typed_refusal(world, tmp_path):
    import random

    good = make_bundle(world, tmp_path)
    rng = random.Random(6)
    with world.county() as (cs, county):
        for _ in range(200):
            data = bytearray(good)
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            cut = rng.choice([len(data), rng.randrange(len(data) + 1)])
            with contextlib.suppress(SxError):  # anything else fails the test
                import_bundle(cs, county, bytes(data[:cut]), "f.sxb")
