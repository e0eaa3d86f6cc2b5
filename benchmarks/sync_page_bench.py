"""The 同步 page's refresh with 100,000 changed records: the longest GUI-thread stall while it
counts (issue 17), next to a bare-Qt baseline measured in the same run.

    python3 benchmarks/sync_page_bench.py [--records 100000] [--runs 5]
                                          [--cache /tmp/sxcounsel-syncpagebench]

The school (services.setup.init_school) gets ``--records`` students bulk-inserted
(store/records.py insert_many, rows from sync_bench.student_rows): every one is a change the
county has not confirmed. It is kept in ``--cache`` and reused by later runs.

A QTimer ticks every 5 ms on the GUI thread; the figure is the largest gap between two ticks.
a. The real SyncPage (offscreen) refreshes: ``refresh()`` counts what waits through a read
   operation (gui/operations.py) and the page shows it; measured until the figures are shown.
b. Baseline: the same ticker with nothing else running, for as long as (a) took.
c. For reference, what the old synchronous refresh stalled for: ``school_status`` called on
   the GUI thread (the time the ticker could not run).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sync_bench import PASS, USER, student_rows  # noqa: E402

from sxcounsel.services.account_session import Session  # noqa: E402
from sxcounsel.services.setup import init_school  # noqa: E402
from sxcounsel.store import connection, records  # noqa: E402

TICK_MS = 5


def build(home: Path, n: int) -> None:
    t = time.perf_counter()
    init_school(
        home,
        school_code="6105280001",
        school_name="基准学校",
        county_code="610528",
        admin=USER,
        passphrase=PASS,
    )
    with Session.unlock(home, USER, PASS) as s, s.store.transaction() as tx:
        records.insert_many(tx, "students", "student", student_rows(n), USER, "bench")
    print(f"  school with {n:,} changed records built in {time.perf_counter() - t:.0f} s")


class Ticker:
    """A 5 ms QTimer; ``longest()`` is the largest gap between ticks since ``start``."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.stamps: list[float] = []

    def _tick(self) -> None:
        self.stamps.append(time.perf_counter())

    def start(self) -> None:
        self.stamps = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self.stamps.append(time.perf_counter())
        return max(b - a for a, b in zip(self.stamps, self.stamps[1:], strict=False))


def spin(app, until, limit: float = 120.0) -> float:
    """Run the event loop until ``until()``; returns the seconds it took."""
    t = time.perf_counter()
    while not until():
        app.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() - t > limit:
            raise TimeoutError("the page did not refresh")
    return time.perf_counter() - t


def elapsed(seconds: float):
    begun = time.perf_counter()
    return lambda: time.perf_counter() - begun >= seconds


def more_ticks(ticker: Ticker, n: int):
    have = len(ticker.stamps)
    return lambda: len(ticker.stamps) >= have + n


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/sxcounsel-syncpagebench"))
    args = ap.parse_args()
    home = args.cache / f"school-{args.records}"
    if not (home / "built").exists():
        print(f"building the school in {home} …", flush=True)
        if home.exists():
            import shutil

            shutil.rmtree(home)
        home.parent.mkdir(parents=True, exist_ok=True)
        build(home, args.records)
        (home / "built").write_text("ok")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from sxcounsel.gui.context import PageContext
    from sxcounsel.gui.prefs import Prefs
    from sxcounsel.gui.sync.sync_page import SyncPage
    from sxcounsel.sync.status import school_status

    connection.thread_bound = True  # as the app runs
    app = QApplication.instance() or QApplication([])
    session = Session.unlock(home, USER, PASS)
    prefs = Prefs(QSettings(str(args.cache / "prefs.ini"), QSettings.Format.IniFormat))
    host = QWidget()
    host.resize(1366, 768)
    page = SyncPage(PageContext(session, prefs, host), host)
    host.show()
    spin(app, lambda: not page.loading.running)
    assert page.status is not None
    print(f"\nsync page refresh, {page.status.pending_changes:,} changed records pending")

    ticker = Ticker()
    page_stalls, took, base_stalls, sync_stalls = [], [], [], []
    for _ in range(args.runs):
        ticker.start()
        page.refresh()
        took.append(spin(app, lambda: not page.loading.running))
        page_stalls.append(ticker.stop())

        ticker.start()
        spin(app, elapsed(took[-1]))
        base_stalls.append(ticker.stop())

        ticker.start()
        spin(app, lambda: len(ticker.stamps) >= 3)
        school_status(session)  # what refresh() did before: on the GUI thread
        spin(app, more_ticks(ticker, 2))
        sync_stalls.append(ticker.stop())

    page_worst, base_worst = max(page_stalls), max(base_stalls)
    print(f"  refresh until shown (median) {ms(statistics.median(took))}")
    print(f"a. longest GUI stall, refresh  {ms(page_worst)}   (median of runs {ms(statistics.median(page_stalls))})")  # fmt: skip
    print(f"b. longest gap, bare QTimer    {ms(base_worst)}   (median of runs {ms(statistics.median(base_stalls))})")  # fmt: skip
    print(f"   ratio a / b                 {page_worst / base_worst:8.1f}×")
    print(f"c. old synchronous refresh     {ms(max(sync_stalls))}   ratio to b {max(sync_stalls) / base_worst:6.1f}×")  # fmt: skip
    page.timer.stop()
    session.lock()


if __name__ == "__main__":
    main()
