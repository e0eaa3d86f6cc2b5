"""Bundle format v1: the file a school sends to its county (docs/bundle-format.md).

Layout (all integers big-endian)::

    magic "SXBUNDLE" | u16 format version | u32 H | header (H bytes, canonical JSON)
    | u32 C | ciphertext (C bytes: HPKE enc || AEAD ct) | outer signature (64 bytes)

The outer Ed25519 signature covers every byte before it. The HPKE plaintext is the inner
signature (64 bytes) followed by the zlib-compressed payload; the inner signature covers
``INNER_CONTEXT || sha256(header) || sha256(compressed payload) || recipient key id``.
The header is bound to the ciphertext as HPKE ``info``.

Every refusal is a :class:`BundleRefused` naming the file and the failed check.

A reader pays for a bundle in proportion to what its signed header declares, and checks the
declaration before it decrypts (:func:`check_sizes`): at most :data:`MAX_RECORDS` records,
a ``payload_size`` the record count justifies (:func:`payload_cap`) and a ciphertext no
larger than that payload compressed could be. The payload is then inflated as a stream
(:func:`payload_lines`), one line at a time, and refused as soon as it outgrows its declared
size, a line outgrows :data:`MAX_LINE` or the lines outnumber the declared record count.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sxcounsel.sync.errors import BundleRefused
from sxcounsel.sync.keys import canonical, verify

MAGIC = b"SXBUNDLE"
FORMAT_VERSION = 1
FORMAT = "sxcounsel-bundle"
SUITE_NAME = "DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/ChaCha20Poly1305"
PAYLOAD_ENCODING = "jsonl-tsv+zlib"
INFO_CONTEXT = b"sxcounsel-bundle-v1\n"
INNER_CONTEXT = b"sxcounsel-bundle-inner-v1\n"
MAX_HEADER = 64 * 1024
MAX_FILE = 512 * 1024 * 1024
MAX_PAYLOAD = 2 * 1024 * 1024 * 1024
# What a declared record count justifies: RECORD_BUDGET bytes of record lines per record on
# average (a student line is about 0.6 kB, a long sealed note a few kB), plus PAYLOAD_SLACK.
MAX_RECORDS = 500_000
RECORD_BUDGET = 16 * 1024
PAYLOAD_SLACK = 1024 * 1024
MAX_LINE = 1024 * 1024  # one record line, inflated
_IN_CHUNK = 64 * 1024  # compressed bytes handed to zlib at a time
_OUT_CHUNK = 256 * 1024  # at most this much inflated at a time
SIG = 64
_SEALED_OVERHEAD = 32 + 16 + SIG  # HPKE enc, AEAD tag, inner signature
ZERO_HASH = "0" * 64
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_HEX64 = re.compile(r"[0-9a-f]{64}")
_KEYID = re.compile(r"[0-9a-f]{32}")

# name: (type, predicate) of every header field; a reader refuses a header missing one.
HEADER_FIELDS = {
    "format": (str, lambda v: v == FORMAT),
    "format_version": (int, lambda v: v == FORMAT_VERSION),
    "kind": (str, lambda v: v == "changes"),
    "bundle_id": (str, lambda v: 0 < len(v) <= 64),
    "school_code": (str, lambda v: re.fullmatch(r"\d{10}", v) is not None),
    "county_code": (str, lambda v: re.fullmatch(r"\d{6}", v) is not None),
    "device": (str, lambda v: len(v) <= 64),
    "sender_key_id": (str, lambda v: _KEYID.fullmatch(v) is not None),
    "recipient_key_id": (str, lambda v: _KEYID.fullmatch(v) is not None),
    "seq": (int, lambda v: v >= 1),
    "prev_hash": (str, lambda v: _HEX64.fullmatch(v) is not None),
    "created_at": (str, lambda v: len(v) <= 40),
    "record_count": (int, lambda v: v >= 0),
    "schema_version": (int, lambda v: v >= 1),
    "first_change": (int, lambda v: v >= 0),
    "last_change": (int, lambda v: v >= 0),
    "payload_encoding": (str, lambda v: v == PAYLOAD_ENCODING),
    "payload_size": (int, lambda v: 0 <= v <= MAX_PAYLOAD),
    "suite": (str, lambda v: v == SUITE_NAME),
}


@dataclass(frozen=True)
class Bundle:
    """A parsed (not yet verified) bundle file."""

    name: str
    header: dict
    header_bytes: bytes
    ciphertext: bytes
    signed_part: bytes
    outer_signature: bytes
    file_hash: str

    @property
    def seq(self) -> int:
        return self.header["seq"]

    @property
    def school_code(self) -> str:
        return self.header["school_code"]


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _inner_message(header_bytes: bytes, compressed: bytes, recipient_key_id: str) -> bytes:
    return (
        INNER_CONTEXT
        + hashlib.sha256(header_bytes).digest()
        + hashlib.sha256(compressed).digest()
        + recipient_key_id.encode("ascii")
    )


def build(
    header: dict, payload: bytes, sender: Ed25519PrivateKey, recipient: X25519PublicKey
) -> bytes:
    """Seal ``payload`` (the uncompressed record lines) into a bundle file."""
    header = {**header, "payload_size": len(payload)}
    return seal(header, zlib.compress(payload, 6), sender, recipient)


def seal(
    header: dict, compressed: bytes, sender: Ed25519PrivateKey, recipient: X25519PublicKey
) -> bytes:
    """Sign and encrypt an already compressed payload under ``header`` (which names its
    ``payload_size``); :func:`build` is the usual way in."""
    _check_header(header, "the new bundle")
    header_bytes = canonical(header)
    inner = sender.sign(_inner_message(header_bytes, compressed, header["recipient_key_id"]))
    ciphertext = _SUITE.encrypt(inner + compressed, recipient, info=INFO_CONTEXT + header_bytes)
    signed = b"".join(
        (
            MAGIC,
            struct.pack(">HI", FORMAT_VERSION, len(header_bytes)),
            header_bytes,
            struct.pack(">I", len(ciphertext)),
            ciphertext,
        )
    )
    return signed + sender.sign(signed)


def _refuse(name: str, code: str, check: str, **facts: object) -> BundleRefused:
    return BundleRefused(code, check=check, file=name, **facts)


def _check_header(header: object, name: str) -> None:
    if not isinstance(header, dict):
        raise _refuse(name, "bundle.not_object", "format")
    version = header.get("format_version")
    if isinstance(version, int) and version != FORMAT_VERSION:
        raise _refuse(name, "bundle.version", "version", version=version)
    for field, (kind, ok) in HEADER_FIELDS.items():
        value = header.get(field)
        if type(value) is not kind or not ok(value):
            raise _refuse(name, "bundle.header_field", "format", key=field)


def parse(data: bytes, name: str) -> Bundle:
    """Split a bundle file into its parts; checks structure only (no keys needed)."""
    if len(data) > MAX_FILE:
        raise _refuse(name, "bundle.too_large", "size")
    if len(data) < len(MAGIC) + 6 or not data.startswith(MAGIC):
        raise _refuse(name, "bundle.no_mark", "format")
    version, hlen = struct.unpack_from(">HI", data, len(MAGIC))
    if version != FORMAT_VERSION:
        raise _refuse(name, "bundle.version", "version", version=version)
    pos = len(MAGIC) + 6
    if hlen > MAX_HEADER or pos + hlen + 4 > len(data):
        raise _refuse(name, "bundle.header_length", "truncated")
    header_bytes = data[pos : pos + hlen]
    pos += hlen
    (clen,) = struct.unpack_from(">I", data, pos)
    pos += 4
    if pos + clen + SIG != len(data):
        raise _refuse(name, "bundle.length", "truncated")
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _refuse(name, "bundle.not_json", "format") from None
    _check_header(header, name)
    if canonical(header) != header_bytes:
        raise _refuse(name, "bundle.not_canonical", "format")
    return Bundle(
        name=name,
        header=header,
        header_bytes=header_bytes,
        ciphertext=data[pos : pos + clen],
        signed_part=data[: pos + clen],
        outer_signature=data[pos + clen :],
        file_hash=file_hash(data),
    )


def check_outer(bundle: Bundle, sender_public: bytes) -> None:
    if not verify(sender_public, bundle.outer_signature, bundle.signed_part):
        raise _refuse(
            bundle.name, "bundle.outer_signature", "outer_signature", school=bundle.school_code
        )


def payload_cap(record_count: int) -> int:
    """The most inflated payload ``record_count`` records justify."""
    return min(MAX_PAYLOAD, record_count * RECORD_BUDGET + PAYLOAD_SLACK)


def check_sizes(bundle: Bundle) -> None:
    """The declared sizes are sane; cheap (header and lengths only), before decryption."""
    count, size = bundle.header["record_count"], bundle.header["payload_size"]
    if count > MAX_RECORDS:
        raise _refuse(
            bundle.name, "bundle.too_many_records", "size", count=count, limit=MAX_RECORDS
        )
    cap = payload_cap(count)
    if size > cap:
        raise _refuse(bundle.name, "bundle.payload_size", "size", size=size, count=count, cap=cap)
    # zlib never grows data by more than about 0.03 % plus a few bytes.
    if len(bundle.ciphertext) > size + size // 1000 + 64 + _SEALED_OVERHEAD:
        raise _refuse(
            bundle.name, "bundle.ciphertext_size", "size", length=len(bundle.ciphertext), size=size
        )


def open_compressed(
    bundle: Bundle, recipient: X25519PrivateKey, sender_public: bytes
) -> memoryview:
    """Decrypt and check the inner signature; returns the compressed payload (not inflated:
    the inner signature covers the compressed bytes, so nothing unsigned is ever inflated)."""
    try:
        plain = _SUITE.decrypt(
            bundle.ciphertext, recipient, info=INFO_CONTEXT + bundle.header_bytes
        )
    except (InvalidTag, ValueError):
        raise _refuse(bundle.name, "bundle.decrypt", "decrypt") from None
    view = memoryview(plain)
    inner, compressed = view[:SIG], view[SIG:]
    message = _inner_message(bundle.header_bytes, compressed, bundle.header["recipient_key_id"])
    if len(inner) != SIG or not verify(sender_public, bytes(inner), message):
        raise _refuse(bundle.name, "bundle.inner_signature", "inner_signature")
    return compressed


def _damaged(name: str) -> BundleRefused:
    return _refuse(name, "bundle.damaged", "payload")


def _inflate(name: str, compressed: memoryview, size: int) -> Iterator[bytes]:
    """Inflate in pieces of at most _OUT_CHUNK bytes, and never more than ``size`` + 1 bytes
    in all (the one byte too many is how an overlong payload is noticed)."""
    inflater = zlib.decompressobj()
    total, end = 0, len(compressed)
    try:
        for start in range(0, max(end, 1), _IN_CHUNK):
            piece = compressed[start : start + _IN_CHUNK]
            while True:
                limit = min(_OUT_CHUNK, size + 1 - total)  # >= 1: 0 would mean "no limit"
                out = inflater.decompress(piece, limit)
                piece = inflater.unconsumed_tail
                total += len(out)
                if total > size:
                    raise _refuse(name, "bundle.inflate", "inflate", size=size)
                if out:
                    yield out
                # zlib stopped short of the limit with no input left: this piece is drained.
                if inflater.eof or (not piece and len(out) < limit):
                    break
            if inflater.eof:
                if inflater.unused_data or start + _IN_CHUNK < end:
                    raise _damaged(name)  # bytes after the end of the zlib stream
                break
    except zlib.error:
        raise _damaged(name) from None
    if not inflater.eof or total != size:
        raise _damaged(name)


def _long_line(name: str) -> BundleRefused:
    return _refuse(name, "bundle.long_line", "inflate", limit=MAX_LINE)


def payload_lines(bundle: Bundle, compressed: memoryview) -> Iterator[bytes]:
    """The record lines of the payload, inflated as a stream: never more than the declared
    ``payload_size`` in all, :data:`MAX_LINE` in one line, or ``record_count`` lines."""
    name, count = bundle.name, bundle.header["record_count"]
    size = bundle.header["payload_size"]
    pending = bytearray()
    lines = 0
    for chunk in _inflate(name, compressed, size):
        parts = chunk.split(b"\n")
        pending += parts[0]
        if len(pending) > MAX_LINE:
            raise _long_line(name)
        if len(parts) == 1:
            continue
        lines += len(parts) - 1
        if lines >= count:  # the last line has no newline after it
            raise _refuse(name, "bundle.count_mismatch", "payload")
        yield bytes(pending)
        yield from parts[1:-1]
        pending = bytearray(parts[-1])
    if size:
        yield bytes(pending)


def open_payload(bundle: Bundle, recipient: X25519PrivateKey, sender_public: bytes) -> bytes:
    """Decrypt, check the inner signature and inflate under the caps; the record lines."""
    return b"\n".join(payload_lines(bundle, open_compressed(bundle, recipient, sender_public)))
