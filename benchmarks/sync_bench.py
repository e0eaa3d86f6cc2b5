"""Sync figures, each printed next to a baseline measured in the same run.

    python3 benchmarks/sync_bench.py [--records 10000] [--schools 300] [--per-school 30]

1. Export: sealing 10,000 changed student records into a bundle (read, canonical JSON lines,
   zlib, HPKE, two signatures, outbox write) beside a bare ``SELECT`` of the same rows.
2. County import: that bundle through county.importer.import_bundle (outer signature,
   decrypt, inner signature, every line checked, upsert, one transaction) in records/s,
   beside a bare sqlcipher3 ``executemany`` of the same rows into an encrypted table of the
   same shape (target ratio ≥ 0.3).
3. 300 bundles from 300 schools (each enrolled, each bundle signed by its own key): total.
4. Upload round trip over loopback HTTPS (uvicorn, TLS with the county certificate, pinned
   client): p50 of a POST answered "already imported" with an acknowledgement, beside a GET
   /v1/health on the same connection.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from sxcounsel.county import data as county_data
from sxcounsel.county.enroll import approve, write_enrollment_file
from sxcounsel.county.importer import import_bundle
from sxcounsel.county.server import start_in_thread
from sxcounsel.county.store import init_county, open_county
from sxcounsel.services.account_session import Session
from sxcounsel.services.setup import init_school
from sxcounsel.store import connection, records
from sxcounsel.sync import bundle
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.client import pinned_context
from sxcounsel.sync.enrollment import enroll, enrollment_of
from sxcounsel.sync.export import make_bundle, record_line
from sxcounsel.sync.keys import KeyPairs, b64, x25519_public

USER, PASS = "bench", "Bench-pass-2025"
CUSER, CPASS = "county", "County-pass-2025"


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:10,.0f} rec/s"


def student_rows(n: int, prefix: str = "B") -> list[dict]:
    return [
        {
            "student_no": f"{prefix}{i:06d}",
            "name": f"王{i}明",
            "gender": "男" if i % 2 else "女",
            "birth_date": f"2012-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "id_number": f"6105282012{i:08d}",
            "grade": "七年级",
            "class_name": f"七年级({1 + i % 8})班",
            "address": "富平县庄里镇东街村3组",
            "guardians": '[{"name":"王建国","relation":"父亲","phone":"13800000000"}]',
            "flags": '["留守"]' if i % 4 == 0 else "[]",
        }
        for i in range(n)
    ]


SCHOOL = "6105280001"


def enrolled_school(root: Path, county_dir: str, students: int):
    """A county in ``root/county_dir`` and an enrolled, approved school in ``root/school``
    holding ``students`` students: (county session, county, school session), all open."""
    init_county(
        root / county_dir,
        county_code="610528",
        county_name="富平县",
        admin=CUSER,
        passphrase=CPASS,
        url="https://127.0.0.1:8443",
    )
    init_school(
        root / "school",
        school_code=SCHOOL,
        school_name="基准学校",
        county_code="610528",
        admin=USER,
        passphrase=PASS,
    )
    cs, county = open_county(root / county_dir, CUSER, CPASS)
    write_enrollment_file(cs, county, root / "enroll.json")
    school = Session.unlock(root / "school", USER, PASS)
    enroll(school, root / "enroll.json", root / "req.json")
    approve(cs, county, root / "req.json")
    with school.store.transaction() as conn:
        records.insert_many(conn, "students", "student", student_rows(students), USER)
    return cs, county, school


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--schools", type=int, default=300)
    ap.add_argument("--per-school", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="sxsyncbench-"))
    print(f"setting up in {root} …", flush=True)
    cs, county, school = enrolled_school(root, "county", args.records)

    # 1. export ------------------------------------------------------------------------------
    t = time.perf_counter()
    rows = school.store.conn.execute("SELECT * FROM students").fetchall()
    bare_read = time.perf_counter() - t
    t = time.perf_counter()
    made = make_bundle(school)
    export_s = time.perf_counter() - t
    data = sync_outbox.bundle_bytes(school.store, made.seq)
    print(f"\n1. export of {made.record_count:,} changed records → {len(data) / 1e6:.2f} MB bundle")
    print(f"   sync export       {export_s * 1000:9.1f} ms  ({rate(made.record_count, export_s)})")
    print(
        f"   bare SELECT rows  {bare_read * 1000:9.1f} ms  ratio {export_s / bare_read:6.1f}× the bare read"
    )
    del rows

    # 2. county import vs bare executemany ---------------------------------------------------
    t = time.perf_counter()
    result = import_bundle(cs, county, data, "bench.sxb")
    import_s = time.perf_counter() - t
    assert result.records == args.records, result
    lines = [
        ln.split("\t", 5)
        for ln in (
            bundle.open_payload(
                bundle.parse(data, "b"), county.keys.encryption, school_keys_pub(school)
            )
            .decode()
            .split("\n")
        )
    ]
    tuples = [(p[1], SCHOOL, p[0], int(p[2]), int(p[3]), p[4], p[5]) for p in lines]
    bare = connection.connect(root / "bare.db", secrets.token_bytes(32), create=True)
    bare.execute(
        "CREATE TABLE r (id TEXT PRIMARY KEY, school_code TEXT NOT NULL, record_type TEXT NOT NULL,"
        " version INTEGER NOT NULL, deleted INTEGER NOT NULL, content_hash TEXT NOT NULL,"
        " data TEXT NOT NULL)"
    )
    t = time.perf_counter()
    bare.execute("BEGIN IMMEDIATE")
    bare.executemany("INSERT INTO r VALUES (?,?,?,?,?,?,?)", tuples)
    bare.execute("COMMIT")
    bare_s = time.perf_counter() - t
    bare.close()
    ratio = (args.records / import_s) / (args.records / bare_s)
    print(f"\n2. county import of {args.records:,} records (one bundle, one transaction)")
    print(f"   county import     {import_s * 1000:9.1f} ms  ({rate(args.records, import_s)})")
    print(f"   bare executemany  {bare_s * 1000:9.1f} ms  ({rate(args.records, bare_s)})")
    print(f"   ratio {ratio:.2f} (target ≥ 0.3)")

    # 3. 300 bundles from 300 schools ---------------------------------------------------------
    enc = x25519_public(county.keys.encryption_public)
    files = []
    for n in range(args.schools):
        code = f"61052{n:05d}"
        keys = KeyPairs.generate()
        county_data.save_school(
            cs.store,
            county_data.SchoolRow(
                code,
                f"学校{n}",
                b64(keys.signing_public),
                b64(keys.encryption_public),
                keys.signing_id,
                "",
                "2025-09-01T00:00:00.000Z",
                "",
            ),
            CUSER,
            "enrolled",
        )
        body = [
            record_line("student", {"id": f"{code}-{i:06d}", "version": 1, "deleted": 0, **r})
            for i, r in enumerate(student_rows(args.per_school, prefix=code))
        ]
        header = {
            "format": bundle.FORMAT,
            "format_version": 1,
            "kind": "changes",
            "bundle_id": f"b{code}",
            "school_code": code,
            "county_code": "610528",
            "device": "bench",
            "sender_key_id": keys.signing_id,
            "recipient_key_id": county.keys.encryption_id,
            "seq": 1,
            "prev_hash": bundle.ZERO_HASH,
            "created_at": "2025-09-01T00:00:00.000Z",
            "record_count": len(body),
            "schema_version": 4,
            "first_change": 1,
            "last_change": len(body),
            "payload_encoding": bundle.PAYLOAD_ENCODING,
            "suite": bundle.SUITE_NAME,
        }
        files.append(bundle.build(header, b"\n".join(body), keys.signing, enc))
    t = time.perf_counter()
    for i, f in enumerate(files):
        import_bundle(cs, county, f, f"{i}.sxb")
    many_s = time.perf_counter() - t
    total = args.schools * args.per_school
    print(
        f"\n3. {args.schools} bundles from {args.schools} schools ({args.per_school} records each)"
    )
    print(
        f"   total {many_s:.2f} s, {many_s / args.schools * 1000:.1f} ms per bundle ({rate(total, many_s)})"
    )
    print(
        f"   (one {args.records:,}-record bundle above: {rate(args.records, import_s)}; "
        f"ratio {(total / many_s) / (args.records / import_s):.2f} — per-bundle cost: signatures, HPKE, ack)"
    )

    # 4. HTTPS round trip ---------------------------------------------------------------------
    running = start_in_thread(cs, county)
    try:
        small = files[0]
        ctx = pinned_context(enrollment_of(school))
        with httpx.Client(verify=ctx) as c:
            c.get(running.url + "/v1/health")
            ups, health = [], []
            for _ in range(args.repeat):
                t = time.perf_counter()
                r = c.post(running.url + "/v1/bundles", content=small)
                ups.append(time.perf_counter() - t)
                assert r.status_code == 200
                t = time.perf_counter()
                c.get(running.url + "/v1/health")
                health.append(time.perf_counter() - t)
            t = time.perf_counter()
            r = httpx.post(running.url + "/v1/bundles", content=small, verify=ctx)
            cold = time.perf_counter() - t
    finally:
        running.stop()
    up, hl = statistics.median(ups), statistics.median(health)
    print(
        f"\n4. upload round trip over loopback HTTPS ({len(small) / 1e3:.1f} kB bundle, {args.repeat} runs)"
    )
    print(f"   POST bundle → ack p50 {up * 1000:7.2f} ms")
    print(f"   GET /v1/health   p50 {hl * 1000:7.2f} ms   ratio {up / hl:.1f}×")
    print(f"   new connection (TLS handshake + POST) {cold * 1000:7.2f} ms")
    school.close()
    cs.close()
    shutil.rmtree(root, ignore_errors=True)


def school_keys_pub(school: Session) -> bytes:
    from sxcounsel.sync.enrollment import school_keys

    return school_keys(school).signing_public


if __name__ == "__main__":
    main()
