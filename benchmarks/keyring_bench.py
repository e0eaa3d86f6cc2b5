"""The key ring (issue 16) against the single data key it replaced, in the same run.

    python3 benchmarks/keyring_bench.py [--repeat 7] [--saves 200]

1. Unlock. Ours: a store made with the key ring, opened by its counselor (slot list and key
   ids checked, anchor, audit seal, waiting grants). Baseline: the store written by
   sxcounsel 0.1.0 (tests/store/fixtures/release-0.1.0: one data key in every slot), opened by
   its head teacher, which changes nothing in it. Both slots use the same Argon2id parameters
   (the ring store is made with the fixture's), so the ratio shows what the ring adds; the
   part after the KDF is printed on its own too.
2. Saving and reading a counseling session. Ours: create_session + read_notes with the notes
   sealed under the counselor key. Baseline: the same calls with sealing turned off (the
   store's seal/open passed through), i.e. the plain column 0.1.0 wrote.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sxcounsel.services import session_notes, sessions  # noqa: E402
from sxcounsel.services.account_session import Session, passphrase_bytes  # noqa: E402
from sxcounsel.services.setup import init_school  # noqa: E402
from sxcounsel.services.students import Student, create_student  # noqa: E402
from sxcounsel.store import kdf  # noqa: E402
from sxcounsel.store.db import Store  # noqa: E402
from sxcounsel.store.paths import StorePaths  # noqa: E402
from sxcounsel.store.vault import Vault  # noqa: E402

FIXTURE = ROOT / "tests" / "store" / "fixtures" / "release-0.1.0"
OLD_USER, OLD_PASS = "banzhuren", "Demo-2025!"
USER, PASS = "bench", "Bench-pass-2025"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def timed_unlock(home: Path, user: str, passphrase: str) -> tuple[float, float]:
    """(KDF + unwrap + checks, the rest: open, ring care, audit, lock)."""
    vault = Vault(StorePaths(home).slots)
    t0 = time.perf_counter()
    keys, failed = vault.unlock(user, passphrase_bytes(passphrase))
    t1 = time.perf_counter()
    Session._open(home, vault, keys, user, failed, "login").lock()
    return t1 - t0, time.perf_counter() - t1


def fixture_params() -> kdf.KdfParams:
    doc = json.loads((FIXTURE / "keyslots.json").read_text())
    slot = next(s for s in doc["slots"] if s["header"]["user"] == OLD_USER)
    return kdf.KdfParams.from_json(slot["header"]["kdf"])


def bench_unlock(tmp: Path, repeat: int) -> None:
    old = tmp / "old"
    shutil.copytree(FIXTURE, old, ignore=shutil.ignore_patterns("README.md"))
    params = fixture_params()
    # Make the ring store's slots with the same Argon2id cost as the fixture's.
    kdf._calibrated[(kdf.MIN_MEMORY_KIB, kdf.TARGET_SECONDS)] = (params.iterations, 0.0)
    new = tmp / "new"
    init_school(new, school_code="3161012345", school_name="基准学校", county_code="610528",
                admin=USER, passphrase=PASS, roles=["counselor", "school_admin"])  # fmt: skip
    kdf._calibrated.clear()
    timed_unlock(old, OLD_USER, OLD_PASS)  # warm both (page cache, imports)
    timed_unlock(new, USER, PASS)
    ours, base = [], []
    for _ in range(repeat):
        ours.append(timed_unlock(new, USER, PASS))
        base.append(timed_unlock(old, OLD_USER, OLD_PASS))
    o_total = statistics.median(a + b for a, b in ours)
    b_total = statistics.median(a + b for a, b in base)
    o_rest = statistics.median(b for _, b in ours)
    b_rest = statistics.median(b for _, b in base)
    print(
        f"unlock with the key ring (median of {repeat}; Argon2id m=64 MiB, "
        f"t={params.iterations}, p={params.parallelism} in both)"
    )
    print(f"  ours: ring store, counselor             {ms(o_total)}  (after the KDF {ms(o_rest)})")
    print(f"  baseline: 0.1.0 store, one data key     {ms(b_total)}  (after the KDF {ms(b_rest)})")
    print(f"  ratio ours/baseline                     {o_total / b_total:8.2f}  (target <= 1.1)")


def bench_session(tmp: Path, saves: int) -> None:
    notes = sessions.SessionNotes(
        "近期情绪低落" * 5, "倾听与共情" * 20, "一般心理困扰" * 3, "两周后复谈"
    )

    def run(home: Path) -> tuple[list[float], list[float]]:
        init_school(home, school_code="3161012345", school_name="基准学校", county_code="610528",
                    admin=USER, passphrase=PASS, roles=["counselor", "school_admin"])  # fmt: skip
        saved, read = [], []
        with Session.unlock(home, USER, PASS) as s:
            sid = create_student(
                s, Student(student_no="B0001", name="基准", class_name="七年级(1)班")
            ).id
            day = (date.today() - timedelta(days=30)).isoformat()
            for _ in range(saves):
                rec = sessions.CounselingSession(
                    date=day, form="个别", source="主动求助", student_ids=[sid],
                    categories=["情绪", "学业"], start_time="15:30", duration_min=40)  # fmt: skip
                t = time.perf_counter()
                made = sessions.create_session(s, rec, notes)
                t1 = time.perf_counter()
                session_notes.read_notes(s, made.id)
                t2 = time.perf_counter()
                saved.append(t1 - t)
                read.append(t2 - t1)
        return saved, read

    ours = run(tmp / "sealed")
    seal, open_ = Store.seal_field, Store.open_field
    Store.seal_field = lambda self, table, rid, col, version, text: text  # type: ignore[method-assign]
    Store.open_field = lambda self, table, rid, col, value, version: value  # type: ignore[method-assign]
    try:
        base = run(tmp / "plain")
    finally:
        Store.seal_field, Store.open_field = seal, open_  # type: ignore[method-assign]
    print(f"saving and reading one counseling session ({saves} each, p50)")
    for label, i in (("save (create_session)", 0), ("read (read_notes)", 1)):
        o, b = statistics.median(ours[i]), statistics.median(base[i])
        print(f"  {label:22} sealed {ms(o)}  plain {ms(b)}  ratio {o / b:5.2f}  (target <= 1.3)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--saves", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_unlock(Path(tmp), args.repeat)
        bench_session(Path(tmp), args.saves)


if __name__ == "__main__":
    main()
