"""What the county import's safety checks cost, each figure beside a baseline of the same run.

    python3 benchmarks/import_checks_bench.py [--records 10000] [--repeat 3]

1. County import of one bundle of 10,000 student records through county.importer
   (cheap checks first, declared sizes, payload inflated as a stream under its cap, every
   record checked against its type's schema, version bounds) beside the same import with
   those checks off: one-shot inflate, no schema check, no version-jump check (the import as
   it was), and beside a bare sqlcipher3 ``executemany`` of the same rows.
2. The record checks alone (CPU only): every line parsed with and without the schema check.
3. Memory (tracemalloc peak): that import, the import without the checks, and an insider's
   decompression bomb declaring the same record count (refused at its cap).
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sync_bench import CPASS, CUSER, SCHOOL, enrolled_school, rate

from sxcounsel.county import data as county_data
from sxcounsel.county import importer
from sxcounsel.county.store import open_county
from sxcounsel.services.account_session import Session
from sxcounsel.store import connection
from sxcounsel.sync import bundle
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.enrollment import enrollment_of, school_keys
from sxcounsel.sync.errors import BundleRefused
from sxcounsel.sync.export import make_bundle
from sxcounsel.sync.keys import unb64, x25519_public


def unchecked_import(cs: Session, county, data: bytes, name: str):
    """The import without the new checks: structure, sender and both signatures, then the
    whole payload inflated at once, lines parsed without the schema, applied without the
    version-jump lookup, acknowledged."""
    b = bundle.parse(data, name)
    school = county_data.school(cs.store, b.school_code)
    public = unb64(school.signing_key, 32)
    bundle.check_outer(b, public)
    payload = zlib.decompress(bundle.open_compressed(b, county.keys.encryption, public))
    good, bad = importer.parse_lines(payload, False, name, schema=False)
    county_data.apply_bundle(
        cs.store,
        actor=cs.username,
        header=b.header,
        file_hash=b.file_hash,
        lines=good,
        quarantined=bad,
    )
    return importer.current_ack(cs.store, county, b.school_code)


def checked_import(cs: Session, county, data: bytes, name: str):
    return importer.import_bundle(cs, county, data, name)


def fresh(root: Path, pristine: Path, tag: str) -> Path:
    home = root / tag
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(pristine, home)
    return home


def timed(root, pristine, tag, fn, data) -> float:
    cs, county = open_county(fresh(root, pristine, tag), CUSER, CPASS)
    with cs:
        t = time.perf_counter()
        fn(cs, county, data, "bench.sxb")
        return time.perf_counter() - t


def peak(root, pristine, tag, fn, data) -> tuple[int, str]:
    cs, county = open_county(fresh(root, pristine, tag), CUSER, CPASS)
    with cs:
        tracemalloc.start()
        try:
            fn(cs, county, data, "bench.sxb")
            outcome = "imported"
        except BundleRefused as exc:
            outcome = f"refused ({exc.check})"
        finally:
            top = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    return top, outcome


def bomb_like(school: Session, data: bytes) -> bytes:
    """Bundle 1 again, declaring the same record count and the most payload it justifies,
    whose payload inflates to four times that (zeros): signed with the school's key."""
    b = bundle.parse(data, "b")
    count = b.header["record_count"]
    cap = bundle.payload_cap(count)
    packer = zlib.compressobj(9)
    block = bytes(1024 * 1024)
    compressed = b"".join(packer.compress(block) for _ in range(4 * cap // len(block)))
    compressed += packer.flush()
    header = {**b.header, "payload_size": cap, "bundle_id": "bomb"}
    recipient = x25519_public(enrollment_of(school).encryption_key)
    return bundle.seal(header, compressed, school_keys(school).signing, recipient)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="sximportbench-"))
    print(f"setting up in {root} …", flush=True)
    cs, county, school = enrolled_school(root, "pristine", args.records)
    cs.close()
    made = make_bundle(school)
    data = sync_outbox.bundle_bytes(school.store, made.seq)
    bomb = bomb_like(school, data)
    school.close()
    n = made.record_count
    print(f"bundle: {n:,} records, {len(data) / 1e6:.2f} MB; bomb: {len(bomb) / 1e3:.0f} kB")

    # 1. import with and without the checks -------------------------------------------------
    checked, unchecked = [], []
    for r in range(args.repeat):  # alternate, so both see the same machine
        checked.append(timed(root, root / "pristine", f"c{r}", checked_import, data))
        unchecked.append(timed(root, root / "pristine", f"u{r}", unchecked_import, data))
    b = bundle.parse(data, "b")
    cs, county = open_county(root / "c0", CUSER, CPASS)
    with cs:
        sender = unb64(county_data.school(cs.store, SCHOOL).signing_key, 32)
        payload = bundle.open_payload(b, county.keys.encryption, sender)
    lines = payload.split(b"\n")
    tuples = [
        (p[1], SCHOOL, p[0], int(p[2]), int(p[3]), p[4], p[5])
        for p in (ln.decode().split("\t", 5) for ln in lines)
    ]
    bare_runs = []
    for r in range(args.repeat):
        bare = connection.connect(root / f"bare{r}.db", secrets.token_bytes(32), create=True)
        bare.execute(
            "CREATE TABLE r (id TEXT PRIMARY KEY, school_code TEXT NOT NULL, record_type TEXT "
            "NOT NULL, version INTEGER NOT NULL, deleted INTEGER NOT NULL, content_hash TEXT "
            "NOT NULL, data TEXT NOT NULL)"
        )
        t = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.executemany("INSERT INTO r VALUES (?,?,?,?,?,?,?)", tuples)
        bare.execute("COMMIT")
        bare_runs.append(time.perf_counter() - t)
        bare.close()
    c, u, bare_s = (statistics.median(x) for x in (checked, unchecked, bare_runs))
    print(f"\n1. county import of {n:,} records (median of {args.repeat})")
    print(f"   with the checks      {c * 1000:8.1f} ms  ({rate(n, c)})")
    print(f"   without the checks   {u * 1000:8.1f} ms  ({rate(n, u)})   ratio {c / u:.2f}×")
    print(f"   bare executemany     {bare_s * 1000:8.1f} ms  ({rate(n, bare_s)})   ratio "
          f"{(n / c) / (n / bare_s):.2f} (target ≥ 0.3, as sync_bench)")  # fmt: skip

    # 2. the record checks alone -------------------------------------------------------------
    def best(fn) -> float:
        runs = []
        for _ in range(max(3, args.repeat)):
            t = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - t)
        return min(runs)

    with_schema = best(lambda: importer.parse_lines(payload, False, "b", schema=True))
    without = best(lambda: importer.parse_lines(payload, False, "b", schema=False))
    compressed = zlib.compress(payload, 6)
    streamed = best(lambda: sum(1 for _ in _lines_streamed(b, compressed)))
    one_shot = best(lambda: len(zlib.decompress(compressed).split(b"\n")))
    print(f"\n2. the checks alone, {n:,} lines (best of {max(3, args.repeat)})")
    print(f"   parse + schema check {with_schema * 1000:8.1f} ms")
    print(f"   parse, no schema     {without * 1000:8.1f} ms   ratio {with_schema / without:.2f}×")
    print(f"   streamed inflate     {streamed * 1000:8.1f} ms")
    print(f"   one-shot inflate     {one_shot * 1000:8.1f} ms   ratio {streamed / one_shot:.2f}×")

    # 3. memory ------------------------------------------------------------------------------
    pc, _ = peak(root, root / "pristine", "mc", checked_import, data)
    pu, _ = peak(root, root / "pristine", "mu", unchecked_import, data)
    pb, outcome = peak(root, root / "pristine", "mb", checked_import, bomb)
    print(f"\n3. memory (tracemalloc peak of the import call; {n:,} records declared)")
    print(f"   with the checks      {pc / 1e6:8.1f} MB")
    print(f"   without the checks   {pu / 1e6:8.1f} MB   ratio {pc / pu:.2f}×")
    print(f"   bomb, 4× its cap     {pb / 1e6:8.1f} MB   ratio {pb / pc:.2f}× the normal "
          f"import; {outcome} (target < 2)")  # fmt: skip
    shutil.rmtree(root, ignore_errors=True)


def _lines_streamed(b: bundle.Bundle, compressed: bytes):
    header = {**b.header}
    fake = bundle.Bundle(b.name, header, b.header_bytes, b"", b"", b"", "")
    return bundle.payload_lines(fake, memoryview(compressed))


if __name__ == "__main__":
    main()
