"""docs/bundle-format.md is enough to read a bundle: an independent reader written from the
document alone (RFC 9180 by hand on top of X25519, HMAC and ChaCha20-Poly1305) opens a real
bundle and checks both signatures."""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
import zlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sxcounsel.sync.enrollment import school_keys
from sxcounsel.sync.export import export_to
from tests.sync.syncworld import SCHOOL_A, add_students


def extract(salt: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt, ikm, hashlib.sha256).digest()


def expand(prk: bytes, info: bytes, length: int) -> bytes:
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()[:length]


def labeled_extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return extract(salt, b"HPKE-v1" + suite + label + ikm)


def labeled_expand(suite: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    return expand(prk, struct.pack(">H", length) + b"HPKE-v1" + suite + label + info, length)


def hpke_open(sk, sealed: bytes, info: bytes) -> bytes:
    enc, ct = sealed[:32], sealed[32:]
    kem = b"KEM\x00\x20"
    dh = sk.exchange(X25519PublicKey.from_public_bytes(enc))
    pk_r = sk.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    prk = labeled_extract(kem, b"", b"eae_prk", dh)
    shared = labeled_expand(kem, prk, b"shared_secret", enc + pk_r, 32)
    suite = b"HPKE\x00\x20\x00\x01\x00\x03"
    context = (
        b"\x00"
        + labeled_extract(suite, b"", b"psk_id_hash", b"")
        + labeled_extract(suite, b"", b"info_hash", info)
    )
    secret = labeled_extract(suite, shared, b"secret", b"")
    key = labeled_expand(suite, secret, b"key", context, 32)
    nonce = labeled_expand(suite, secret, b"base_nonce", context, 12)
    return ChaCha20Poly1305(key).decrypt(nonce, ct, b"")


def test_a_reader_written_from_the_document_opens_a_bundle(world, tmp_path):
    with world.school() as s:
        ids = add_students(s, 4)
        export_to(s, tmp_path)
        school_pub = school_keys(s).signing_public
    data = (tmp_path / f"{SCHOOL_A}-1.sxb").read_bytes()

    assert data[:8] == b"SXBUNDLE"
    version, h = struct.unpack(">HI", data[8:14])
    header_bytes = data[14 : 14 + h]
    (c,) = struct.unpack(">I", data[14 + h : 18 + h])
    sealed = data[18 + h : 18 + h + c]
    assert version == 1 and len(data) == 18 + h + c + 64
    Ed25519PublicKey.from_public_bytes(school_pub).verify(data[-64:], data[:-64])
    header = json.loads(header_bytes)
    assert (
        json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        == header_bytes
    )

    with world.county() as (_, county):
        plain = hpke_open(county.keys.encryption, sealed, b"sxcounsel-bundle-v1\n" + header_bytes)
    inner, compressed = plain[:64], plain[64:]
    message = (
        b"sxcounsel-bundle-inner-v1\n"
        + hashlib.sha256(header_bytes).digest()
        + hashlib.sha256(compressed).digest()
        + header["recipient_key_id"].encode()
    )
    Ed25519PublicKey.from_public_bytes(school_pub).verify(inner, message)
    payload = zlib.decompress(compressed)
    assert len(payload) == header["payload_size"]
    lines = payload.split(b"\n")
    assert len(lines) == header["record_count"] == 4
    for line in lines:
        rtype, rid, version_, deleted, digest, body = line.split(b"\t")
        assert rtype == b"student" and rid.decode() in ids and (version_, deleted) == (b"1", b"0")
        assert hashlib.sha256(body).hexdigest() == digest.decode()
        assert "name" in json.loads(body)
