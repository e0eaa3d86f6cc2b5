"""Store figures (issue 2), each printed next to a baseline measured in the same run.

    python3 benchmarks/store_bench.py [--rows 100000]

1. Unlock, split into the Argon2id KDF and everything else.
2. Open-to-first-query after the KDF (target < 50 ms), beside a bare sqlcipher3 open+query.
3. Bulk insert of N student rows through the store (records.insert_many: change log and
   audit included) vs a bare sqlcipher3 executemany of the same rows (target ratio >= 0.5,
   expressed as bare_time / store_time).
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlcipher3

from sxcounsel.services.account_session import Session, passphrase_bytes
from sxcounsel.services.setup import init_school
from sxcounsel.store import connection, kdf, migrations, records
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import Vault

USER, PASS = "bench", "Bench-pass-2025"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def rows(n: int) -> list[dict]:
    return [
        {
            "student_no": f"G{i:012d}",
            "name": f"学生{i}",
            "gender": "男" if i % 2 else "女",
            "birth_date": "2012-05-03",
            "class_name": f"{i % 9 + 1}年级({i % 6 + 1})班",
            "address": "富平县庄里镇",
        }
        for i in range(n)
    ]


def bench_unlock(home: Path, repeat: int = 5) -> None:
    """Time the two halves of Session.unlock separately, in the same calls."""
    kdf_times, rest_times = [], []
    params = None
    for _ in range(repeat):
        vault = Vault(StorePaths(home).slots)
        slot = next(s for s in vault.slots if s.user == USER)
        params = kdf.KdfParams.from_json(slot.header["kdf"])
        t0 = time.perf_counter()
        keys, failed = vault.unlock(USER, passphrase_bytes(PASS))  # Argon2id + unwrap
        t1 = time.perf_counter()
        Session._open(home, vault, keys, USER, failed, "login").lock()  # open, migrate, audit
        t2 = time.perf_counter()
        kdf_times.append(t1 - t0)
        rest_times.append(t2 - t1)
    k, r = statistics.median(kdf_times), statistics.median(rest_times)
    assert params is not None
    print(f"unlock (median of {repeat})                {ms(k + r)}")
    print(
        f"  Argon2id KDF + slot unwrap          {ms(k)}  ({k / (k + r):.0%}; "
        f"m={params.memory_kib // 1024} MiB, t={params.iterations}, p={params.parallelism})"
    )
    print(f"  the rest: open, migrate, audit+lock {ms(r)}")


def bench_open(home: Path, repeat: int = 20) -> None:
    vault = Vault(StorePaths(home).slots)
    keys, _ = vault.unlock(USER, passphrase_bytes(PASS))
    db = StorePaths(home).db
    ours, bare = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        conn = connection.connect(db, keys.current)
        migrations.migrate(conn)
        conn.execute("SELECT count(*) FROM students WHERE deleted = 0").fetchone()
        ours.append(time.perf_counter() - t)
        conn.close()
        t = time.perf_counter()
        c = sqlcipher3.connect(str(db))
        c.execute(f"PRAGMA key = \"x'{keys.current.hex()}'\"")
        c.execute("SELECT count(*) FROM students WHERE deleted = 0").fetchone()
        bare.append(time.perf_counter() - t)
        c.close()
    o, b = statistics.median(ours), statistics.median(bare)
    print(f"open to first query, after KDF        {ms(o)}  (target < 50 ms)")
    print(f"  baseline: bare sqlcipher3 key+query {ms(b)}  ratio {o / b:.2f}x")


def bench_insert(home: Path, n: int) -> None:
    data = rows(n)
    with Session.unlock(home, USER, PASS) as s:
        t = time.perf_counter()
        with s.store.transaction() as conn:
            records.insert_many(conn, "students", "student", data, USER)
        ours = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        conn = connection.connect(Path(tmp) / "bare.db", secrets.token_bytes(32), create=True)
        migrations.migrate(conn)
        cols = list(data[0])
        sql = (
            f"INSERT INTO students (id, created_at, updated_at, created_by, {','.join(cols)}) "
            f"VALUES (?,?,?,?,{','.join('?' * len(cols))})"
        )
        from sxcounsel.core.clock import utc_stamp
        from sxcounsel.core.ids import new_id

        t = time.perf_counter()
        conn.execute("BEGIN")
        now = utc_stamp()
        conn.executemany(sql, [(new_id(), now, now, USER, *r.values()) for r in data])
        conn.execute("COMMIT")
        bare = time.perf_counter() - t
        conn.close()
    print(f"bulk insert {n} rows through store   {ms(ours)}  ({n / ours:,.0f} rows/s)")
    print(f"  baseline: bare executemany          {ms(bare)}  ({n / bare:,.0f} rows/s)")
    print(f"  ratio bare/store                    {bare / ours:8.2f}  (target >= 0.5)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        t = time.perf_counter()
        init_school(
            home,
            school_code="3161012345",
            school_name="基准学校",
            county_code="610528",
            admin=USER,
            passphrase=PASS,
            roles=["school_admin", "counselor"],
        )
        print(f"init (calibration + 2 slots)          {ms(time.perf_counter() - t)}")
        bench_unlock(home)
        bench_insert(home, args.rows)
        bench_open(home)


if __name__ == "__main__":
    main()
