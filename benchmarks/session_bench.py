"""Save latency of one counseling-session record (issue 3), beside a same-run baseline.

    python3 benchmarks/session_bench.py [--repeat 200]

Ours: services.sessions.create_session (validation, yearly number, change log, audit, the
session_students index; one durable transaction with synchronous=FULL). Baseline: a bare
sqlcipher3 INSERT of a row of the same size into an equally configured encrypted database,
in its own transaction. Both commit to disk each time, so the fsync dominates both.
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sxcounsel.services import sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.setup import init_school
from sxcounsel.services.students import Student, create_student
from sxcounsel.store import connection, migrations

USER, PASS = "bench", "Bench-pass-2025"


def pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=200)
    n = ap.parse_args().repeat
    notes = sessions.SessionNotes(
        "近期情绪低落" * 5, "倾听与共情" * 20, "一般心理困扰" * 3, "两周后复谈"
    )
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        init_school(home, school_code="3161012345", school_name="基准学校", county_code="610528",
                    admin=USER, passphrase=PASS, roles=["counselor", "school_admin"])  # fmt: skip
        ours = []
        with Session.unlock(home, USER, PASS) as s:
            sid = create_student(
                s, Student(student_no="B0001", name="基准", class_name="七年级(1)班")
            ).id
            day = date.today() - timedelta(days=30)
            for _ in range(n):
                rec = sessions.CounselingSession(
                    date=day.isoformat(), form="个别", source="主动求助", student_ids=[sid],
                    categories=["情绪", "学业"], start_time="15:30", duration_min=40, place="心理辅导室")  # fmt: skip
                t = time.perf_counter()
                sessions.create_session(s, rec, notes)
                ours.append(time.perf_counter() - t)
        conn = connection.connect(Path(tmp) / "bare.db", secrets.token_bytes(32), create=True)
        migrations.migrate(conn)
        payload = json.dumps(notes.__dict__, ensure_ascii=False)
        bare = []
        for i in range(n):
            t = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO counseling_sessions (id, created_at, updated_at, created_by, number,"
                " school_year, date, form, counselor, notes) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    f"id{i}",
                    "t",
                    "t",
                    USER,
                    f"2025-{i:03d}",
                    2025,
                    "2025-10-01",
                    "个别",
                    USER,
                    payload,
                ),
            )
            conn.execute("COMMIT")
            bare.append(time.perf_counter() - t)
        conn.close()
    o50, o95, b50, b95 = (statistics.median(ours), pct(ours, 0.95), statistics.median(bare),
                          pct(bare, 0.95))  # fmt: skip
    print(
        f"save one session record (n={n})      p50 {o50 * 1000:6.2f} ms  p95 {o95 * 1000:6.2f} ms"
    )
    print(
        f"  baseline: bare INSERT + COMMIT      p50 {b50 * 1000:6.2f} ms  p95 {b95 * 1000:6.2f} ms"
    )
    print(f"  ratio ours/bare                     p50 {o50 / b50:6.2f}x   p95 {o95 / b95:6.2f}x")


if __name__ == "__main__":
    main()
