"""``county import``: verify a school's bundle, apply it in one transaction, acknowledge it.

Order of checks, cheapest first (each refusal names the file and the check): structure →
enrolled sender → outer signature → same bundle already imported / seq replayed → recipient →
previous-bundle hash (a gap is only recorded) → declared sizes (record count, payload and
ciphertext sizes: sync/bundle.py ``check_sizes``) → decrypt → inner signature → inflate as
a stream under the cap the record count justifies, checking every record line as it comes.

A line is checked on its own against its record type's schema (county/record_schema.py):
a malformed one is quarantined with its reason, the rest is applied (upsert by id, higher
version wins); a version a store never writes refuses the whole bundle. The bundle row, the
records, the quarantine and the audit entry commit together or not at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sxcounsel.county import data as county_data
from sxcounsel.county.data import Quarantined, RecordLine
from sxcounsel.county.record_schema import (
    MAX_VERSION,
    MAX_VERSION_JUMP,
    RECORD_TYPES,
    field_problem,
)
from sxcounsel.county.store import County
from sxcounsel.services.account_session import Session
from sxcounsel.store.db import Store
from sxcounsel.sync import ack, bundle
from sxcounsel.sync.errors import BEHIND_CHECKS, BundleRefused, SyncError
from sxcounsel.sync.keys import unb64
from sxcounsel.sync.payload import SCHOOL_TO_COUNTY

# What counts as counseling notes is the allow-list's (sync/payload.py), which export reads too.
_NOTE_TYPES = SCHOOL_TO_COUNTY.note_types()
_NOTE_FIELDS = {t: spec.notes for t, spec in SCHOOL_TO_COUNTY.types.items() if spec.notes}
_POLICY = "counseling notes are not accepted under the county's data policy"
_DECODER = json.JSONDecoder()

# Called with the bundle right before decryption (tests watch it: nothing unsigned gets here).
before_decrypt: list[Callable[[bundle.Bundle], None]] = []


@dataclass
class ImportResult:
    name: str
    school_code: str
    seq: int
    status: str  # "imported" or "already imported"
    records: int = 0
    quarantined: int = 0
    ack: bytes = b""
    gaps: list[int] = field(default_factory=list)
    acked_seq: int = 0

    def line(self) -> str:
        if self.status != "imported":
            return f"{self.name}: already imported (school {self.school_code}, bundle {self.seq}); nothing changed."
        text = f"{self.name}: imported {self.records} records from school {self.school_code} (bundle {self.seq})"
        if self.quarantined:
            text += f", {self.quarantined} quarantined"
        if self.gaps:
            text += f"; still missing bundle(s) {', '.join(map(str, self.gaps[:10]))}"
        return text + "."


def _refuse(name: str, code: str, check: str, **facts: object) -> BundleRefused:
    return BundleRefused(code, check=check, file=name, **facts)


def check_line(
    number: int, raw: bytes, notes_allowed: bool, name: str = "", schema: bool = True
) -> RecordLine | Quarantined:
    """One record line, checked on its own: a RecordLine, or a Quarantined with its reason.

    Raises BundleRefused (naming ``name``) for a version above MAX_VERSION: no store writes
    one, so the bundle was not written by a school's sxcounsel. ``schema`` False skips the
    per-type field check (benchmarks/import_checks_bench.py measures what it costs).
    """
    parts = raw.split(b"\t", 5)
    if len(parts) != 6:
        return Quarantined(number, "", "the line does not have the six fields")
    type_b, rid_b, version_b, deleted_b, digest_b, data = parts
    if not (0 < len(rid_b) <= 64 and rid_b.replace(b"-", b"").isalnum()):
        return Quarantined(number, "", "the record id is invalid")
    rid = rid_b.decode("ascii")
    record_type = type_b.decode("ascii", "replace")
    if version_b.isdigit() and (len(version_b) > 7 or int(version_b) > MAX_VERSION):
        raise _refuse(
            name,
            "bundle.record_version",
            "record_version",
            line=number,
            version=version_b[:24].decode("ascii"),
            limit=MAX_VERSION,
        )
    version = int(version_b) if version_b.isdigit() else 0
    if record_type not in RECORD_TYPES:
        return Quarantined(number, rid, f"unknown record type {record_type[:40]!r}")
    if version < 1:
        return Quarantined(number, rid, "the version is not a positive whole number")
    if deleted_b != b"0" and deleted_b != b"1":
        return Quarantined(number, rid, "the deleted flag is not 0 or 1")
    if hashlib.sha256(data).hexdigest().encode() != digest_b:
        return Quarantined(number, rid, "the content does not match its hash")
    if not notes_allowed and record_type in _NOTE_TYPES:
        return Quarantined(number, rid, _POLICY)
    try:
        text = data.decode("utf-8")
        obj, end = _DECODER.raw_decode(text)
        if end != len(text):
            obj = None
    except (ValueError, UnicodeDecodeError):
        obj = None
    if type(obj) is not dict:
        return Quarantined(number, rid, "the content is not a JSON object")
    if not notes_allowed and any(c in obj for c in _NOTE_FIELDS.get(record_type, ())):
        return Quarantined(number, rid, _POLICY)
    if schema and (problem := field_problem(record_type, obj)):
        return Quarantined(number, rid, problem)
    return RecordLine(record_type, rid, version, deleted_b == b"1", digest_b.decode(), text, number)


def parse_lines(
    payload: bytes | Iterable[bytes], notes_allowed: bool, name: str = "", schema: bool = True
) -> tuple[list[RecordLine], list[Quarantined]]:
    """Check every record line on its own; a bad one is quarantined with its reason.
    ``payload``: the whole payload, or its lines (bundle.payload_lines, as they inflate)."""
    good: list[RecordLine] = []
    bad: list[Quarantined] = []
    if isinstance(payload, bytes | bytearray):
        payload = payload.split(b"\n") if payload else []
    for number, raw in enumerate(payload, start=1):
        line = check_line(number, raw, notes_allowed, name, schema)
        (good if type(line) is RecordLine else bad).append(line)
    return good, bad


def verify_bundle(session: Session, county: County, data: bytes, name: str):
    """The cheap checks, before anything is decrypted; returns (bundle, school,
    existing-or-None): ``existing`` is the county's row when this very file is imported."""
    b = bundle.parse(data, name)
    store = session.store
    school = county_data.school(store, b.school_code)
    if school is None:
        raise _refuse(name, "bundle.not_enrolled", "sender", school=b.school_code)
    if b.header["sender_key_id"] != school.key_id:
        raise _refuse(name, "bundle.wrong_key", "sender", school=b.school_code)
    bundle.check_outer(b, unb64(school.signing_key, 32))
    existing = county_data.bundle_at(store, b.school_code, b.seq)
    if existing is not None:
        if existing.file_hash == b.file_hash:
            return b, school, existing
        raise _refuse(
            name,
            "bundle.replay",
            "replay",
            seq=b.seq,
            school_code=b.school_code,  # the outer signature is the enrolled school's
        )
    if (
        b.header["county_code"] != county.code
        or b.header["recipient_key_id"] != county.keys.encryption_id
    ):
        raise _refuse(name, "bundle.other_county", "recipient")
    _check_chain(store, b)
    bundle.check_sizes(b)
    return b, school, None


def import_bundle(session: Session, county: County, data: bytes, name: str) -> ImportResult:
    try:
        return _import(session, county, data, name)
    except BundleRefused as exc:
        if exc.check in BEHIND_CHECKS and exc.facts.get("school_code"):
            # An enrolled school's genuine bundle at a seq the county already holds: its store
            # is behind (restored from an older backup). The current acknowledgement lets it
            # continue after the county's chain (sync/ack.py); it is written like any other.
            exc.ack = current_ack(session.store, county, str(exc.facts["school_code"])) or b""
        raise


def current_ack(store: Store, county: County, code: str) -> bytes | None:
    """The newest acknowledgement for school ``code`` (None before its first bundle)."""
    seqs = county_data.received_seqs(store, code)
    if not seqs:
        return None
    top, _gaps = ack.contiguous(seqs)
    top_row = county_data.bundle_at(store, code, top) if top else None
    return ack.build_ack(
        county.keys.signing,
        county_code=county.code,
        school_code=code,
        seqs=seqs,
        acked_hash=top_row.file_hash if top_row else "",
        quarantined=county_data.quarantine_of(store, code),
    )


def _import(session: Session, county: County, data: bytes, name: str) -> ImportResult:
    store = session.store
    b, school, existing = verify_bundle(session, county, data, name)
    code, seq = b.school_code, b.seq
    status, records, quarantined = "already imported", 0, 0
    if existing is None:
        for hook in before_decrypt:
            hook(b)
        compressed = bundle.open_compressed(
            b, county.keys.encryption, unb64(school.signing_key, 32)
        )
        notes = bool(county.policy.get("notes", False))
        good, bad = parse_lines(bundle.payload_lines(b, compressed), notes, name)
        del compressed
        if len(good) + len(bad) != b.header["record_count"]:
            raise _refuse(name, "bundle.count_mismatch", "payload")
        try:
            bad = county_data.apply_bundle(
                store,
                actor=session.username,
                header=b.header,
                file_hash=b.file_hash,
                lines=good,
                quarantined=bad,
                max_version_jump=MAX_VERSION_JUMP,
            )
            status, records, quarantined = "imported", b.header["record_count"] - len(bad), len(bad)
        except county_data.AlreadyImported:
            pass
    seqs = county_data.received_seqs(store, code)
    top, gaps = ack.contiguous(seqs)
    ack_bytes = current_ack(store, county, code) or b""
    return ImportResult(name, code, seq, status, records, quarantined, ack_bytes, gaps, top)


def _check_chain(store, b: bundle.Bundle) -> None:
    code, seq = b.school_code, b.seq
    if seq == 1 and b.header["prev_hash"] != bundle.ZERO_HASH:
        raise _refuse(b.name, "bundle.chain_first", "chain")
    before = county_data.bundle_at(store, code, seq - 1) if seq > 1 else None
    if before is not None and before.file_hash != b.header["prev_hash"]:
        raise _refuse(b.name, "bundle.chain_before", "chain", previous=seq - 1, school_code=code)
    after = county_data.bundle_at(store, code, seq + 1)
    if after is not None and after.prev_hash != b.file_hash:
        raise _refuse(b.name, "bundle.chain_after", "chain", following=seq + 1, school_code=code)


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, and the ``*.sxb`` files inside folders, in name order."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(q for q in p.iterdir() if q.suffix == ".sxb" and q.is_file())
        elif p.exists():
            found.append(p)
        else:
            raise SyncError("sync.file_missing", file=p.name)
    return found


def read_bundle_file(path: Path) -> bytes:
    size = path.stat().st_size
    if size > bundle.MAX_FILE:
        raise _refuse(path.name, "bundle.too_large", "size")
    return path.read_bytes()
