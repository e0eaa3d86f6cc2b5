"""Lists and dashboard with 20,000 students and 100,000 counseling sessions, each figure printed
next to a bare-Qt baseline measured in the same run.

    python3 benchmarks/gui_lists_bench.py [--students 20000] [--sessions 100000] [--runs 5]
                                          [--cache /tmp/sxcounsel-listbench]

The school is the demo school (services.demo.create_demo) with its roster raised to
``--students``, plus counseling sessions bulk-inserted (store/records.py insert_many) up to
``--sessions``. It is kept in ``--cache`` and reused by later runs (delete it to rebuild).

a. Unlock to dashboard shown, KDF excluded: the session is unlocked first (timed apart), then
   the clock runs from building the workspace until the dashboard holds its figures and the
   window has painted. Baseline: a window with a QTableView over a trivial model of as many
   rows as there are students, built and painted.
b. Filter-as-you-type over the students: the search box gets one more character at a time
   (pinyin, initials, a 学籍号, a class); each step is timed from setText until the table is
   repainted. Baseline: a bare QSortFilterProxyModel over a QStringListModel of the same rows
   with setFilterFixedString, and the same repaint. Also shown: the same over the sessions.
c. Resident memory (VmRSS, and the peak) of a fresh process with the dashboard and the
   student, session and home-visit lists open (target < 300 MB), beside the same process
   before unlocking (Qt, the CJK font, translations).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sxcounsel.core.schoolyear import format_date, school_year_of  # noqa: E402
from sxcounsel.services import sessions as session_service  # noqa: E402
from sxcounsel.services.account_session import Session  # noqa: E402
from sxcounsel.services.demo import DEFAULT_PASS, DEFAULT_USER, class_names, create_demo  # noqa: E402
from sxcounsel.services.demo_data import address, mobile, person_name  # noqa: E402
from sxcounsel.services.students import Student, check_student, student_values  # noqa: E402
from sxcounsel.store import records  # noqa: E402

QUERIES = ("zhangxiaoming", "zxm", "wangli", "G6105282", "七年级(2)班", "李")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def percentile(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def vm_rss_mb(field: str = "VmRSS") -> float:
    """Resident memory now (VmRSS) or at its highest (VmHWM), from /proc/self/status.

    Not ru_maxrss: Linux carries that over from the parent across fork and exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- data ------------------------------------------------------------------------------------
DEMO_STUDENTS = 600  # the demo school's own records; the rest of the roster is bulk-inserted


def more_students(s: Session, count: int) -> None:
    """Raise the roster by ``count`` students spread over the demo's classes (insert_many)."""
    rng = random.Random(11)
    classes = class_names()
    year = school_year_of(date.today())
    rows = []
    for i in range(count):
        cls = classes[i % len(classes)]
        female = rng.random() < 0.48
        st = Student(
            student_no=f"B61052820{year}{i:06d}",
            name=person_name(rng, female),
            gender="女" if female else "男",
            class_name=cls,
            grade=cls.split("(")[0],
            address=address(rng),
            guardians=[{"name": person_name(rng, True), "relation": "母亲", "phone": mobile(rng)}],
            flags=["留守"] if rng.random() < 0.3 else [],
        )
        assert not check_student(st), st
        rows.append(student_values(st))
    with s.store.transaction() as tx:
        records.insert_many(tx, "students", "student", rows, DEFAULT_USER, "bench roster")


def build(home: Path, students: int, total_sessions: int) -> None:
    t = time.perf_counter()
    create_demo(home, students_count=min(students, DEMO_STUDENTS), seed=2025)
    if students > DEMO_STUDENTS:
        with Session.unlock(home, DEFAULT_USER, DEFAULT_PASS) as s:
            more_students(s, students - DEMO_STUDENTS)
    print(f"  demo school with {students} students built in {time.perf_counter() - t:.0f} s")
    t = time.perf_counter()
    rng = random.Random(7)
    today = date.today()
    with Session.unlock(home, DEFAULT_USER, DEFAULT_PASS) as s:
        conn = s.store.conn
        ids = [r[0] for r in conn.execute("SELECT id FROM students WHERE deleted = 0")]
        (have,) = conn.execute("SELECT count(*) FROM counseling_sessions").fetchone()
        top: dict[int, int] = {}
        for number in conn.execute("SELECT number FROM counseling_sessions"):
            year, seq = number[0].split("-")
            top[int(year)] = max(top.get(int(year), 0), int(seq))
        notes = json.dumps({"complaint": "合成数据", "process": "", "assessment": "", "plan": ""})
        rows, links = [], []
        for _ in range(total_sessions - have):
            day = today - timedelta(days=rng.randint(0, 3 * 365))
            year = school_year_of(day)
            top[year] = top.get(year, 0) + 1
            who = rng.choice(ids)
            rows.append(
                {
                    "number": f"{year}-{top[year]:03d}",
                    "school_year": year,
                    "date": format_date(day),
                    "start_time": "15:30",
                    "duration_min": 40,
                    "place": "心理辅导室",
                    "form": "个别",
                    "source": rng.choice(session_service.SOURCES),
                    "categories": json.dumps(
                        rng.sample(session_service.CATEGORIES[:6], 2), ensure_ascii=False
                    ),
                    "risk_level": rng.choice(("", "", "蓝", "黄")),
                    "student_ids": json.dumps([who]),
                    "class_name": "",
                    "counselor": DEFAULT_USER,
                    "next_appointment": "",
                    "notes": notes,
                    "signed_at": "2025-01-01T00:00:00.000Z",
                    "signed_by": DEFAULT_USER,
                }
            )
            links.append(who)
        with s.store.transaction() as tx:
            made = records.insert_many(
                tx, "counseling_sessions", "counseling_session", rows, DEFAULT_USER, "bench"
            )
            tx.executemany(
                "INSERT INTO session_students (session_id, student_id) VALUES (?, ?)",
                list(zip(made, links, strict=True)),
            )
    print(f"  {total_sessions - have} sessions added in {time.perf_counter() - t:.0f} s")


# -- measurements ----------------------------------------------------------------------------
def quiet_qt() -> None:
    """Drop the offscreen platform's note about window hints (one line per window)."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, text: str) -> None:
        if "propagateSizeHints" not in text:
            print(text, file=sys.stderr)

    qInstallMessageHandler(handler)


def settle(app, until=lambda: True, timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not until():
        if time.perf_counter() > end:
            raise SystemExit("timed out waiting for the page")
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def bare_table(app, rows: int) -> float:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Trivial(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else rows

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{index.row()}:{index.column()}"
            return None

    t = time.perf_counter()
    view = QTableView()
    view.setModel(Trivial(view))
    view.resize(1366, 768)
    view.show()
    app.processEvents()
    view.repaint()
    elapsed = time.perf_counter() - t
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed


def bench_dashboard(app, home: Path, prefs, runs: int, students: int) -> None:
    from sxcounsel.gui.window import MainWindow

    kdf, ours, bare, built = [], [], [], []
    for _ in range(runs):
        t = time.perf_counter()
        session = Session.unlock(home, DEFAULT_USER, DEFAULT_PASS)
        kdf.append(time.perf_counter() - t)
        window = MainWindow(home, prefs)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        t = time.perf_counter()
        workspace = window.enter(session)
        built.append(time.perf_counter() - t)
        page = workspace.pages.currentWidget()
        settle(app, lambda page=page: page.loaded)
        window.repaint()
        ours.append(time.perf_counter() - t)
        window.lock()
        window.close()
        window.deleteLater()
        app.processEvents()
        bare.append(bare_table(app, students))
    alone = []
    for _ in range(runs):
        alone.append(dashboard_alone(app, home, prefs))
    o, b, k = statistics.median(ours), statistics.median(bare), statistics.median(kdf)
    print(f"a. unlock to dashboard shown (KDF excluded), median of {runs} runs")
    print(f"   sxcounsel workspace + dashboard painted  {ms(o)}")
    print(f"   baseline: QTableView, trivial model, {students} rows  {ms(b)}  ratio {o / b:.1f}x")
    print(f"   of which the workspace built (no data)   {ms(statistics.median(built))}")
    d = statistics.median(alone)
    print(
        f"   the dashboard page alone, built + figures read + painted  {ms(d)}  ratio {d / b:.1f}x"
    )
    print(f"   (KDF of Session.unlock, excluded above   {ms(k)})")


def dashboard_alone(app, home: Path, prefs) -> float:
    """Only the dashboard page (no other workspace pages): built, figures read, painted."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from sxcounsel.gui.context import PageContext
    from sxcounsel.gui.dashboard.dashboard_page import DashboardPage

    session = Session.unlock(home, DEFAULT_USER, DEFAULT_PASS)
    host = QWidget()
    QVBoxLayout(host)
    host.resize(1178, 700)
    host.show()
    app.processEvents()
    t = time.perf_counter()
    page = DashboardPage(PageContext(session, prefs, host), host)
    host.layout().addWidget(page)
    settle(app, lambda: page.loaded)
    host.repaint()
    elapsed = time.perf_counter() - t
    session.lock()
    host.close()
    host.deleteLater()
    app.processEvents()
    return elapsed


def type_into(app, page, text: str, times: list[float]) -> None:
    for i in range(1, len(text) + 1):
        t = time.perf_counter()
        page.search.setText(text[:i])
        page.table.viewport().repaint()
        times.append(time.perf_counter() - t)
    page.search.clear()
    app.processEvents()


def bare_filter(app, lines: list[str], texts: tuple[str, ...]) -> list[float]:
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel
    from PySide6.QtWidgets import QListView

    model = QStringListModel(lines)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = QListView()
    view.setModel(proxy)
    view.resize(1178, 600)
    view.show()
    app.processEvents()
    times = []
    for text in texts:
        for i in range(1, len(text) + 1):
            t = time.perf_counter()
            proxy.setFilterFixedString(text[:i])
            proxy.rowCount()
            view.viewport().repaint()
            times.append(time.perf_counter() - t)
        proxy.setFilterFixedString("")
    view.close()
    return times


def open_list(app, ctx, key: str, host):
    from sxcounsel.gui.lists.pages import page_for

    page = page_for(key, ctx, host)
    host.layout().addWidget(page)
    t = time.perf_counter()
    page.show()
    settle(app, lambda: page.model.rowCount() > 0)
    page.table.viewport().repaint()
    first = time.perf_counter() - t
    settle(app, lambda: page.loaded)
    return page, first, time.perf_counter() - t


def bench_filter(app, home: Path, prefs) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from sxcounsel.gui.context import PageContext
    from sxcounsel.gui.dashboard.dashboard_page import DashboardPage

    session = Session.unlock(home, DEFAULT_USER, DEFAULT_PASS)
    host = QWidget()
    QVBoxLayout(host)
    host.resize(1178, 700)
    host.show()
    ctx = PageContext(session, prefs, host)
    dash = DashboardPage(ctx, host)
    host.layout().addWidget(dash)
    settle(app, lambda: dash.loaded)
    students, _, t_students = open_list(app, ctx, "students", host)
    ours: list[float] = []
    for text in QUERIES:
        type_into(app, students, text, ours)
    lines = [
        f"{r.student_no} {r.name} {r.class_name} {r.name_pinyin} {r.name_initials}"
        for r in students.model.rows
    ]
    bare = bare_filter(app, lines, QUERIES)
    o95, b95 = percentile(ours, 0.95), percentile(bare, 0.95)
    print(f"b. filter as you type over {len(lines)} students, {len(ours)} keystrokes")
    print(f"   search box -> list repainted p50 / p95    {ms(percentile(ours, 0.5))} / {ms(o95)}")
    print(
        f"   baseline: bare QSortFilterProxyModel p50 / p95 {ms(percentile(bare, 0.5))} / "
        f"{ms(b95)}  ratio p95 {o95 / b95:.1f}x"
    )
    students.hide()
    sessions, t_first, t_sessions = open_list(app, ctx, "counseling", host)
    over_sessions: list[float] = []
    for text in QUERIES[:3]:
        type_into(app, sessions, text, over_sessions)
    print(
        f"   the same over {sessions.model.total()} sessions p50 / p95   "
        f"{ms(percentile(over_sessions, 0.5))} / {ms(percentile(over_sessions, 0.95))}"
    )
    print(
        f"   list page shown to all rows in: students {ms(t_students)}, sessions {ms(t_sessions)}"
    )
    print(
        f"   sessions: first screenful (newest {len(sessions.model.load_first(sessions.model.session))}) shown in {ms(t_first)}"
    )
    session.lock()


def memory_child(home: Path, cache: Path) -> int:
    """Run in a fresh process: the app with the dashboard and three big lists open."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from sxcounsel.gui.app import configure
    from sxcounsel.gui.context import PageContext
    from sxcounsel.gui.dashboard.dashboard_page import DashboardPage
    from sxcounsel.gui.prefs import Prefs

    quiet_qt()
    app = QApplication([])
    configure(app, "zh_CN")
    bare = vm_rss_mb()
    prefs = Prefs(QSettings(str(cache / "prefs.ini"), QSettings.Format.IniFormat))
    session = Session.unlock(home, DEFAULT_USER, DEFAULT_PASS)
    host = QWidget()
    QVBoxLayout(host)
    host.resize(1178, 700)
    host.show()
    ctx = PageContext(session, prefs, host)
    dash = DashboardPage(ctx, host)
    host.layout().addWidget(dash)
    settle(app, lambda: dash.loaded)
    opened = {}
    for key in ("students", "counseling", "home_visits"):
        page, _, _ = open_list(app, ctx, key, host)
        opened[key] = page.model.total()
        page.table.viewport().repaint()
        print(f"{key}: {vm_rss_mb():.1f} MB, peak {vm_rss_mb('VmHWM'):.1f} MB", file=sys.stderr)
    rss = vm_rss_mb()
    peak = vm_rss_mb("VmHWM")
    print(
        f"{bare:.1f} {rss:.1f} {peak:.1f} {opened['students']} {opened['counseling']} "
        f"{opened['home_visits']}"
    )
    session.lock()
    return 0


def bench_memory(home: Path, cache: Path) -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, __file__, "--memory-child", "--cache", str(cache), str(home)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    bare, rss, peak, students, sessions, visits = done.stdout.split()[-6:]
    print(
        f"c. memory in a fresh process with the dashboard and the lists of {students} students, "
        f"{sessions} sessions, {visits} home visits open"
    )
    print(
        f"   resident (VmRSS) {float(rss):8.1f} MB, peak (VmHWM) {float(peak):8.1f} MB  (target < 300 MB)"
    )
    print(f"   baseline: the same process before unlocking (Qt, font, translations) {bare} MB")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--students", type=int, default=20_000)
    p.add_argument("--sessions", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--cache", type=Path, default=Path("/tmp/sxcounsel-listbench"))
    p.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("home", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.memory_child:
        return memory_child(args.home, args.cache)
    home = args.cache / f"school-{args.students}-{args.sessions}"
    if not home.exists():
        print(f"building the school in {home} (kept for later runs)")
        build(home, args.students, args.sessions)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sxcounsel.gui.app import configure
    from sxcounsel.gui.prefs import Prefs

    quiet_qt()
    app = QApplication([])
    configure(app, "zh_CN")
    prefs = Prefs(QSettings(str(args.cache / "prefs.ini"), QSettings.Format.IniFormat))
    print(f"{args.students} students, {args.sessions} sessions, platform {app.platformName()}")
    bench_dashboard(app, home, prefs, args.runs, args.students)
    bench_filter(app, home, prefs)
    bench_memory(home, args.cache)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
