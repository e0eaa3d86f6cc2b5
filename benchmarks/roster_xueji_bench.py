"""Roster import of a 学生信息采集表-layout file (the 学籍 system's 70+ columns, 8-digit dates,
two family members per student), printed next to a bare openpyxl read of the same file.

    python3 benchmarks/roster_xueji_bench.py [--rows 3000] [--repeat 3]

The import (services.roster.import_roster: read, map 73 columns, check every row, insert_many,
audit) against ``openpyxl.load_workbook(read_only=True)`` iterating every cell, in the same
run; then the same file again (all unchanged). Target: import / bare read ≤ 2.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402

from sxcounsel.services.account_session import Session  # noqa: E402
from sxcounsel.services.roster import import_roster  # noqa: E402
from sxcounsel.services.setup import init_school  # noqa: E402
from tests.roster import xueji  # noqa: E402

USER, PASS = "bench", "Bench-pass-2025"


def bare_read(path: Path) -> float:
    start = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = sum(1 for row in wb.worksheets[0].iter_rows(values_only=True) for _ in row)
    wb.close()
    assert cells
    return time.perf_counter() - start


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=3000)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        rows = [
            xueji.student(i, f"61{i // 1000 % 100:02d}28", cls=1 + i % 9) for i in range(args.rows)
        ]
        path = xueji.write(tmp_path / "caijibiao.xlsx", rows)
        size = path.stat().st_size / 1e6
        print(f"file: {args.rows} rows × {len(xueji.HEADER)} columns, {size:.1f} MB")
        bare = min(bare_read(path) for _ in range(args.repeat))
        first = again = float("inf")
        for n in range(args.repeat):
            home = tmp_path / f"home{n}"
            init_school(
                home,
                school_code="3161012345",
                school_name="基准学校",
                county_code="610528",
                admin=USER,
                passphrase=PASS,
                roles=["school_admin"],
            )
            with Session.unlock(home, USER, PASS) as s:
                start = time.perf_counter()
                summary = import_roster(s, path)
                first = min(first, time.perf_counter() - start)
                assert summary.new == args.rows, summary
                start = time.perf_counter()
                summary = import_roster(s, path)
                again = min(again, time.perf_counter() - start)
                assert summary.unchanged == args.rows, summary
    print(f"bare openpyxl read:       {bare * 1000:8.1f} ms")
    print(f"import (new students):    {first * 1000:8.1f} ms  ratio vs bare {first / bare:.2f}")
    print(f"import again (unchanged): {again * 1000:8.1f} ms  ratio vs bare {again / bare:.2f}")
    print(f"target ratio ≤ 2: {'met' if first / bare <= 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
