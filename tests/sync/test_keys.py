"""sync/keys.py: base64, canonical JSON, key ids, key pairs kept as text, and signed documents
(enrollment files, requests, acknowledgements) read and checked."""

from __future__ import annotations

import hashlib
import json

import pytest

from sxcounsel.sync import keys
from sxcounsel.sync.errors import EnrollmentError, SyncError
from sxcounsel.sync.keys import (
    KeyPairs,
    b64,
    canonical,
    check_document,
    key_id,
    read_document,
    read_limited,
    sign_document,
    unb64,
    verify,
)

FMT = "sxcounsel-test-doc"
BODY = {"school_code": "3161012345", "name": "富平县示范中学", "seq": 3, "list": [2, 1]}


@pytest.fixture(scope="module")
def pair() -> KeyPairs:
    return KeyPairs.generate()


def test_base64_round_trips_and_refuses_anything_else():
    assert unb64(b64(b"\x00\xffkey")) == b"\x00\xffkey"
    assert unb64(b64(bytes(32)), 32) == bytes(32)
    for bad in (b"AAAA", None, 5, "not base64!", "AAA", "中文", "QUFB\n"):
        with pytest.raises(ValueError, match="not base64 text"):
            unb64(bad)
    with pytest.raises(ValueError, match="expected 32 bytes"):
        unb64(b64(bytes(31)), 32)


def test_canonical_json_is_sorted_compact_utf8():
    assert canonical({"b": 1, "a": {"d": [1, "二"], "c": None}}) == (
        '{"a":{"c":null,"d":[1,"二"]},"b":1}'.encode()
    )
    assert canonical({"a": 1, "b": 2}) == canonical({"b": 2, "a": 1})


def test_a_key_id_is_the_first_16_bytes_of_sha256_in_hex(pair):
    raw = pair.signing_public
    assert len(raw) == 32
    assert key_id(raw) == hashlib.sha256(raw).hexdigest()[:32]
    assert pair.signing_id == key_id(raw) and pair.encryption_id == key_id(pair.encryption_public)
    assert pair.signing_id != pair.encryption_id


def test_key_pairs_survive_the_meta_table_as_text(pair):
    signing, encryption = pair.to_meta()
    assert isinstance(signing, str) and len(unb64(signing)) == 32
    again = KeyPairs.from_meta(signing, encryption)
    assert (again.signing_id, again.encryption_id) == (pair.signing_id, pair.encryption_id)
    with pytest.raises(ValueError):
        KeyPairs.from_meta(signing[:-4], encryption)


def test_verify_checks_the_message_and_the_key(pair):
    sig = pair.signing.sign(b"message")
    assert verify(pair.signing_public, sig, b"message")
    assert not verify(pair.signing_public, sig, b"messagE")
    assert not verify(KeyPairs.generate().signing_public, sig, b"message")
    assert not verify(b"short", sig, b"message")  # not a public key: False, not an exception


def test_a_signed_document_reads_back_and_checks(pair):
    data = sign_document(FMT, BODY, pair.signing)
    doc = json.loads(data)
    assert (doc["format"], doc["version"], doc["signer"]) == (FMT, 1, pair.signing_id)
    assert "富平县" in data.decode()  # readable, not escaped
    body, signer, signature = read_document(data, FMT, "a.json", "enrollment")
    assert (body, signer) == (BODY, pair.signing_id)
    assert check_document(FMT, body, signature, pair.signing_public)
    # The signature covers the format and the body, whatever the JSON layout.
    assert check_document(
        FMT, json.loads(json.dumps(body, indent=3)), signature, pair.signing_public
    )
    assert not check_document(FMT, {**body, "seq": 4}, signature, pair.signing_public)
    assert not check_document("other-format", body, signature, pair.signing_public)
    assert not check_document(FMT, body, signature, KeyPairs.generate().signing_public)


def _doc(pair, **changes: object) -> bytes:
    doc = json.loads(sign_document(FMT, BODY, pair.signing))
    doc.update(changes)
    return json.dumps(doc).encode()


@pytest.mark.parametrize(
    "changes",
    [
        {"format": "sxcounsel-other"},
        {"body": [1, 2]},
        {"signer": 7},
        {"signature": "AAAA"},
        {"signature": "not base64"},
    ],
)
def test_a_document_of_the_wrong_shape_is_refused_by_name(pair, changes):
    with pytest.raises(SyncError) as info:
        read_document(_doc(pair, **changes), FMT, "county.json", "enrollment")
    assert info.value.code == "sync.not_enrollment" and info.value.facts["file"] == "county.json"
    assert info.value.message == "county.json is not an sxcounsel enrollment file."


@pytest.mark.parametrize(
    "data", [b"", b"\xff\xfe", b"[1]", b"{", b'{"format": "sxcounsel-test-doc", "version": 1}']
)
def test_bytes_that_are_no_document_are_refused_with_the_callers_error(data):
    with pytest.raises(EnrollmentError) as info:
        read_document(data, FMT, "x.json", "request", EnrollmentError)
    assert info.value.message == "x.json is not an sxcounsel enrollment request."


def test_a_newer_format_asks_for_the_newer_program(pair):
    with pytest.raises(SyncError) as info:
        read_document(_doc(pair, version=2), FMT, "ack.json", "ack")
    assert info.value.code == "sync.newer_ack" and info.value.facts["version"] == 2
    assert info.value.message == (
        "ack.json is an sxcounsel acknowledgement of a newer format (version 2); install the "
        "newer sxcounsel."
    )


def test_read_limited_refuses_missing_and_oversized_files(tmp_path):
    path = tmp_path / "enroll.json"
    with pytest.raises(SyncError) as info:
        read_limited(path, 100, "enrollment")
    assert info.value.message == "enroll.json does not exist."
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100, "enrollment") == b"x" * 100
    path.write_bytes(b"x" * 101)
    with pytest.raises(SyncError) as info:
        read_limited(path, 100, "enrollment")
    assert info.value.code == "sync.too_large_enrollment"
    assert info.value.message == "enroll.json is too large to be an enrollment file."


def test_public_keys_load_from_raw_bytes(pair):
    assert keys.ed25519_public(pair.signing_public) is not None
    assert keys.x25519_public(pair.encryption_public) is not None
    with pytest.raises(ValueError):
        keys.ed25519_public(b"\x00" * 31)
