"""County center figures with many schools, each printed next to a baseline of the same run.

    python3 benchmarks/county_bench.py [--world DIR] [--schools 200] [--big 4]

The world is a county with ``--schools`` demo schools (``--big`` of them with 3,000 students,
the others 100-1,070: about 120,000 students with the defaults), every one enrolled,
approved, exported and imported through real signed and encrypted bundles. It is built once
into ``--world`` (default a folder under /tmp) and reused by later runs (building 200 schools
takes tens of minutes: ~4 s per demo school).

1. Unlock to the county dashboard: open_county (Argon2id) and then the CountyWorkspace with its
   schools table and tiles loaded (offscreen Qt), beside the unlock alone.
2. Each county figure (county/stats.py) beside a bare
   ``SELECT sum(length(data)) FROM county_records``: reading (decrypting) every synced record
   once, the floor of any figure that looks at all of them.
3. Filtering the county-wide roster while typing (one keystroke = one filter pass).
4. The de-identified report: PDF and XLSX, beside gathering its figures alone.
5. Peak memory (max RSS) after each stage.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sxcounsel.core.schoolyear import school_year_of
from sxcounsel.county import stats as cs
from sxcounsel.county.enroll import approve, write_enrollment_file
from sxcounsel.county.importer import bundle_files, import_bundle, read_bundle_file
from sxcounsel.county.store import init_county, open_county
from sxcounsel.services.account_session import Session
from sxcounsel.services.demo import create_demo
from sxcounsel.sync.enrollment import enroll
from sxcounsel.sync.export import export_to

USER, PASS = "xianzhongxin", "County-Fuping-2025!"
TOWNS = ["庄里", "流曲", "淡村", "薛镇", "美原", "老庙", "梅家坪", "刘集", "宫里", "齐村",
         "留古", "到贤", "曹村", "城关", "张桥", "王寮"]  # fmt: skip
KINDS = ["中心小学", "初级中学", "九年制学校", "小学", "中学"]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def line(name: str, seconds: float, base: float | None = None, base_name: str = "") -> None:
    text = f"{name:<44} {seconds * 1000:9.1f} ms"
    if base:
        text += f"   baseline {base_name} {base * 1000:8.1f} ms   ratio {seconds / base:6.1f}"
    print(text, flush=True)


def build(root: Path, n: int, big: int) -> None:
    """A county with ``n`` demo schools imported through real bundles."""
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    init_county(root / "county", county_code="610528",
                county_name="富平县中小学生心理健康教育指导中心", admin=USER, passphrase=PASS,
                url="https://127.0.0.1:8443")  # fmt: skip
    rng = random.Random(7)
    session, county = open_county(root / "county", USER, PASS)
    with session:
        write_enrollment_file(session, county, root / "enrollment.json")
        for i in range(n):
            size = 3000 if i < big else rng.randint(100, 1070)
            home, seed = root / "school", 1000 + i
            while True:  # a demo seed may date a review in the future: take the next one
                shutil.rmtree(home, ignore_errors=True)
                try:
                    login = create_demo(home, students_count=size, seed=seed)
                    break
                except Exception:
                    seed += 7919
            name = f"富平县{TOWNS[i % 16]}镇{KINDS[(i // 16) % 5]}" + (
                f"{i // 80 + 1}" if i >= 80 else ""
            )
            with Session.unlock(home, login.username, login.passphrase) as s:
                s.store.set_meta("school_code", f"610528{i + 1:04d}")
                s.store.set_meta("school_name", name)
                enroll(s, root / "enrollment.json", root / "request.json")
                approve(session, county, root / "request.json")
                export_to(s, root / "bundles")
            print(f"  built {i + 1}/{n} ({size} students)", flush=True)
        shutil.rmtree(root / "school", ignore_errors=True)
        for p in bundle_files([root / "bundles"]):
            import_bundle(session, county, read_bundle_file(p), p.name)


def gui_dashboard(home: Path) -> tuple[float, float]:
    """(unlock alone, unlock to the loaded schools table) in seconds."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sxcounsel.gui.app import application, configure
    from sxcounsel.gui.county.county_workspace import CountyWorkspace
    from sxcounsel.gui.prefs import Prefs

    app = application()
    prefs = Prefs(QSettings(str(home.parent / "bench-prefs.ini"), QSettings.Format.IniFormat))
    configure(app, "zh_CN")
    t0 = time.perf_counter()
    session, _county = open_county(home, USER, PASS)
    t1 = time.perf_counter()
    ws = CountyWorkspace(session, prefs)
    ws.resize(1366, 768)
    ws.show()
    page = ws.pages.widget(0)
    while not page.loaded:
        QApplication.processEvents()
        time.sleep(0.002)
    QApplication.processEvents()
    t2 = time.perf_counter()
    roster = ws.show_page("county_concern")
    while not roster.loaded:
        QApplication.processEvents()
        time.sleep(0.002)
    keys = []
    for text in ("z", "zh", "zha", "zhan", "zhang", "", "王", ""):
        t = time.perf_counter()
        roster.proxy.set_text(text)
        keys.append(time.perf_counter() - t)
    print(f"roster rows {roster.model.total():,}; filter per keystroke: median "
          f"{statistics.median(keys) * 1000:.1f} ms, max {max(keys) * 1000:.1f} ms")  # fmt: skip
    ws.close()
    session.close()
    return t1 - t0, t2 - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--world", type=Path, default=Path("/tmp/sxcounsel-county-bench"))
    ap.add_argument("--schools", type=int, default=200)
    ap.add_argument("--big", type=int, default=4)
    args = ap.parse_args()
    home = args.world / "county"
    if not home.exists():
        print(f"building {args.schools} schools into {args.world} …", flush=True)
        build(args.world, args.schools, args.big)
    unlock, dashboard = gui_dashboard(home)
    line("unlock → schools table and tiles (GUI)", dashboard, unlock, "unlock alone")
    print(f"max RSS after the dashboard: {rss_mb():.0f} MB")
    session, _county = open_county(home, USER, PASS)
    today = date.today()
    year = school_year_of(today)
    with session:
        conn = session.store.conn
        base, _ = timed(
            lambda: conn.execute("SELECT sum(length(data)) FROM county_records").fetchone()[0]
        )
        total = conn.execute("SELECT count(*) FROM county_records").fetchone()[0]
        figures = cs.school_figures(session, today)
        print(f"{len(figures)} schools, {sum(f.students for f in figures):,} students, "
              f"{total:,} records")  # fmt: skip
        for name, fn in (
            ("school_figures (overview)", lambda: cs.school_figures(session, today)),
            ("concern_roster", lambda: cs.concern_roster(session, today)),
            ("referrals_waiting", lambda: cs.referrals_waiting(session, today)),
            ("crisis_timeline", lambda: cs.crisis_timeline(session)),
            ("coverage per school and class", lambda: cs.coverage(session, year)),
            ("monthly_concerns", lambda: cs.monthly_concerns(session, year, today)),
            ("crises_by_month", lambda: cs.crises_by_month(session, year)),
        ):
            seconds, _ = timed(fn)
            line(name, seconds, base, "read all")
        from sxcounsel.county.report import gather, write_county_report

        out = args.world / "out"
        out.mkdir(exist_ok=True)
        gathered, _ = timed(lambda: gather(session, year, today), 1)
        for suffix in (".pdf", ".xlsx"):
            seconds, printed = timed(
                lambda s=suffix: write_county_report(session, year, out / f"report{s}"), 1
            )
            line(f"report {suffix} ({printed.pages or '-'} pages)", seconds, gathered, "gather")
    print(f"max RSS at the end: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
