"""An insider at a school: someone who can read the school's signing key out of its store
(as sync/export.py does) and signs bundles of their own with it, outside sxcounsel."""

from __future__ import annotations

import zlib

from sxcounsel.sync import bundle
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.enrollment import enrollment_of, school_keys
from sxcounsel.sync.export import record_line
from sxcounsel.sync.keys import x25519_public
from tests.sync.syncworld import SCHOOL_A

STAMP = "2026-03-02T08:00:00.000Z"


def student_line(rid: str, version: int, name: str = "学生", **fields) -> bytes:
    row = {
        "id": rid,
        "version": version,
        "deleted": 0,
        "created_at": STAMP,
        "updated_at": STAMP,
        "created_by": "admin",
        "student_no": f"N{rid[-5:]}",
        "name": name,
        "gender": "女",
        "birth_date": "2012-05-01",
        "id_number": "",
        "grade": "七年级",
        "class_name": "七年级(2)班",
        "address": "富平县庄里镇东街村3组",
        "guardians": '[{"name":"王建国","relation":"父亲","phone":"13800000000"}]',
        "flags": '["留守"]',
        "status": "active",
        **fields,
    }
    return record_line("student", row)


def crisis_line(rid: str, student_id: str, version: int = 1) -> bytes:
    row = {
        "id": rid,
        "version": version,
        "deleted": 0,
        "created_at": STAMP,
        "updated_at": STAMP,
        "created_by": "admin",
        "student_id": student_id,
        "occurred_at": "2026-03-01 22:10",
        "place": "宿舍",
        "type": "self_harm",
        "reported_by": "admin",
        "description": "编造的事件",
        "guardians_informed": "{}",
        "actions": "[]",
        "outcome": "",
        "status": "open",
    }
    return record_line("crisis_event", row)


def header_for(session, seq: int, prev_hash: str, record_count: int, **changes) -> dict:
    keys, e = school_keys(session), enrollment_of(session)
    header = {
        "format": bundle.FORMAT,
        "format_version": bundle.FORMAT_VERSION,
        "kind": "changes",
        "bundle_id": f"insider-{seq}",
        "school_code": session.store.meta("school_code"),
        "county_code": e.county_code,
        "device": "insider",
        "sender_key_id": keys.signing_id,
        "recipient_key_id": e.encryption_id,
        "seq": seq,
        "prev_hash": prev_hash,
        "created_at": STAMP,
        "record_count": record_count,
        "schema_version": 4,
        "first_change": 1,
        "last_change": 1,
        "payload_encoding": bundle.PAYLOAD_ENCODING,
        "suite": bundle.SUITE_NAME,
    }
    return {**header, **changes}


def forge(
    world,
    lines: list[bytes],
    *,
    seq: int | None = None,
    prev_hash: str | None = None,
    code: str = SCHOOL_A,
) -> bytes:
    """A bundle of ``lines`` signed with the school's key; by default the next seq after the
    school's last bundle, chained to it (what the county expects next)."""
    with world.school(code) as s:
        last = sync_outbox.last_bundle(s.store)
        if seq is None:
            seq = (last.seq if last else 0) + 1
        prev = last.file_hash if last and last.seq == seq - 1 else bundle.ZERO_HASH
        header = header_for(s, seq, prev_hash or prev, len(lines))
        keys, e = school_keys(s), enrollment_of(s)
    return bundle.build(header, b"\n".join(lines), keys.signing, x25519_public(e.encryption_key))


def forge_compressed(world, compressed: bytes, *, record_count: int, payload_size: int) -> bytes:
    """Bundle 1 of school A whose payload is ``compressed`` as it is, declaring the sizes
    given (a decompression bomb when it inflates to more)."""
    with world.school() as s:
        header = header_for(s, 1, bundle.ZERO_HASH, record_count, payload_size=payload_size)
        keys, e = school_keys(s), enrollment_of(s)
    return bundle.seal(header, compressed, keys.signing, x25519_public(e.encryption_key))


def deflate(blocks, total: int) -> bytes:
    """zlib of ``total`` bytes made of ``blocks`` repeated, compressed as they come."""
    packer = zlib.compressobj(9)
    out, made, i = [], 0, 0
    while made < total:
        block = blocks[i % len(blocks)]
        out.append(packer.compress(block))
        made += len(block)
        i += 1
    out.append(packer.flush())
    return b"".join(out)
