"""Printed ledgers: each figure next to a bare reportlab / openpyxl baseline measured in this run.

    python3 benchmarks/reports_bench.py [--rows 2000] [--big 10000] [--runs 3]

a. The home-visit ledger of ``--rows`` visits (reports.homevisit_ledger.build: title, the
   table with its header on every page, coverage summary, shared page with "第 X 页 / 共 Y
   页") against a bare ``Table(repeatRows=1)`` of the same rows as CJK-wrapping Paragraphs in
   the same font, in a plain SimpleDocTemplate. Medians of ``--runs``; target ratio <= 1.5.
b. Peak memory of a ``--big``-row ledger, built in a fresh process (ru_maxrss of the child,
   and the build time), next to a process that only loads reportlab
   and the font.
c. XLSX export of ``--big`` rows (reports.xlsx.workbook) against a bare openpyxl write-only
   workbook of the same rows.

The rows are synthetic (names 学生1…, text of varying length); no store is opened, so the
figures are the report code's own.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEXT = (
    "父母长期在外地务工，孩子由祖母一人照顾，祖母年迈且不识字，无法辅导功课；"
    "家中经济来源主要依靠父母每月汇款，住房为老旧砖房，孩子有独立书桌。"
)


def ledger(n: int):
    from sxcounsel.reports import homevisit_ledger as hl

    visits = [
        hl.VisitLine(
            f"学生{i}",
            f"2025-{9 + i % 4:02d}-{1 + i % 28:02d}",
            ("实地", "电话", "视频")[i % 3],
            "刘军、王丽" if i % 2 else "刘军",
            "李桂兰（祖母）",
            TEXT[: 20 + (i * 37) % len(TEXT)],
            "希望学校多关注孩子的学习和情绪。"[: 8 + i % 9],
            "每月电话回访" if i % 3 else "",
        )
        for i in range(1, n + 1)
    ]
    return hl.HomeVisitLedger("富平县示范中学", "七年级(2)班", 2025, visits, n, n, [])


def info():
    from sxcounsel.reports.page import PageInfo

    return PageInfo("富平县示范中学", "刘军", datetime(2025, 11, 29, 10, 30), landscape=True)


def ours(data) -> tuple[float, int]:
    from sxcounsel.reports import homevisit_ledger as hl

    t = time.perf_counter()
    built = hl.build(data, info())
    return time.perf_counter() - t, built.pages


def bare(data) -> float:
    """A plain Table of the same cells (Paragraphs, same font and size) in a plain document."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from sxcounsel.reports import fonts
    from sxcounsel.reports import homevisit_ledger as hl
    from sxcounsel.reports.page import style

    fonts.register()
    st = style("bare", 9, leading=12.2)
    t = time.perf_counter()
    rows = [[c.title for c in hl.COLUMNS], *hl.table_rows(data)]
    cells = [[Paragraph(escape(v), st) for v in row] for row in rows]
    total = sum(c.weight for c in hl.COLUMNS)
    width = landscape(A4)[0] - 2 * 42.5 - 12
    table = Table(
        cells,
        colWidths=[width * c.weight / total for c in hl.COLUMNS],
        repeatRows=1,
        style=[("FONT", (0, 0), (-1, -1), fonts.BODY, 9), ("GRID", (0, 0), (-1, -1), 0.5, "grey")],
    )
    SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4)).build([table])
    return time.perf_counter() - t


CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
import reports_bench as b
from sxcounsel.reports import fonts
fonts.register()
data = b.ledger({n}) if {build} else None
t = time.perf_counter()
pages = b.ours(data)[1] if {build} else 0
elapsed = time.perf_counter() - t
print(json.dumps({{"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "pages": pages, "seconds": elapsed}}))
"""


def child(n: int, build: bool) -> dict:
    code = CHILD.format(root=str(ROOT), bench=str(Path(__file__).parent), n=n, build=build)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def xlsx_times(n: int) -> tuple[float, float]:
    from openpyxl import Workbook

    from sxcounsel.reports import homevisit_ledger as hl
    from sxcounsel.reports import xlsx

    data = ledger(n)
    rows = hl.table_rows(data)
    t = time.perf_counter()
    xlsx.workbook(
        hl.TITLE,
        hl.COLUMNS,
        rows,
        title="t",
        subtitle="s",
        school_name=data.school_name,
        exported_by="刘军",
        exported_at=datetime(2025, 11, 29),
        notes=hl.coverage_lines(data),
    )
    mine = time.perf_counter() - t
    t = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    ws.append([c.title for c in hl.COLUMNS])
    for row in rows:
        ws.append(row)
    wb.save(io.BytesIO())
    return mine, time.perf_counter() - t


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=2000)
    p.add_argument("--big", type=int, default=10000)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    from sxcounsel.reports import fonts

    fonts.register()
    data = ledger(args.rows)
    mine, base, pages = [], [], 0
    for _ in range(args.runs):
        seconds, pages = ours(data)
        mine.append(seconds)
        base.append(bare(data))
    m, b = statistics.median(mine), statistics.median(base)
    print(f"a. {args.rows}-row home-visit ledger ({pages} pages), median of {args.runs}:")
    print(f"   sxcounsel ledger   {m:7.2f} s")
    print(f"   bare Table         {b:7.2f} s")
    print(f"   ratio              {m / b:7.2f}  (target <= 1.5)")

    big, idle = child(args.big, True), child(args.big, False)
    print(
        f"b. {args.big}-row ledger in a fresh process ({big['pages']} pages, {big['seconds']:.1f} s):"
    )
    print(f"   peak RSS           {big['maxrss_kb'] / 1024:7.1f} MB")
    print(
        f"   baseline RSS       {idle['maxrss_kb'] / 1024:7.1f} MB  (reportlab + font loaded, nothing built)"
    )

    mine_x, bare_x = xlsx_times(args.big)
    print(f"c. XLSX export of {args.big} rows:")
    print(f"   sxcounsel xlsx     {mine_x:7.2f} s")
    print(f"   bare openpyxl      {bare_x:7.2f} s")
    print(f"   ratio              {mine_x / bare_x:7.2f}")


if __name__ == "__main__":
    main()
