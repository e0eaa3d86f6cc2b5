"""Every benchmark of the product in one run, written as one report (Markdown and JSON).

    python3 benchmarks/run.py [--quick] [--only NAME ...] [--out benchmarks/results]

``--only`` (full run) re-runs the named benchmarks and replaces them in the report already
there, keeping the others.

Each benchmark script prints its figures next to a baseline measured in the same run (the
ratio is what to compare between machines, not the milliseconds). This runner starts each
script as its own process (a fresh interpreter, as a user's start would be), keeps what it
printed, and writes ``latest.md`` (a summary table of every line that carries a ratio, then
each script's full output) and ``latest.json`` (the same, for tools).

``--quick`` runs every script on small data (a few hundred students, a few schools, fewer
repeats) and finishes in about two minutes on a two-core PC; the figures are then only a
smoke test of the benchmarks themselves. The full run uses the sizes the issues name
(20,000 students / 100,000 sessions, 200 schools, 2,000- and 10,000-row ledgers) and builds
its data sets once into /tmp (tens of minutes the first time).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Bench:
    name: str
    script: str
    what: str
    full: list[str]
    quick: list[str]
    needs: str = ""  # a file that must exist first (the frozen build)


BENCHES = [
    Bench("store", "store_bench.py", "encrypted store: bulk insert, read, unlock (issue 2)",
          [], ["--rows", "5000"]),
    Bench("records", "records_bench.py", "record services, search, roster import (issue 3)",
          [], ["--students", "1000", "--roster-rows", "300", "--repeat", "5"]),
    Bench("session", "session_bench.py", "unlock and lock (issue 2)", [], ["--repeat", "20"]),
    Bench("gui", "gui_bench.py", "process start to the unlock screen (issue 4)",
          [], ["--runs", "2"]),
    Bench("gui_lists", "gui_lists_bench.py", "unlock to dashboard, filtering, memory (issue 4)",
          [], ["--students", "1000", "--sessions", "3000", "--runs", "2",
               "--cache", "/tmp/sxcounsel-listbench-quick"]),
    Bench("reports", "reports_bench.py", "ledgers: PDF vs bare Table, memory, XLSX (issue 5)",
          [], ["--rows", "300", "--big", "1000", "--runs", "1"]),
    Bench("sync", "sync_bench.py", "bundle export, county import, upload (issue 6)",
          [], ["--records", "1000", "--schools", "5", "--per-school", "10", "--repeat", "5"]),
    Bench("county", "county_bench.py", "county dashboard, figures, report (issue 7)",
          [], ["--schools", "3", "--big", "0", "--world", "/tmp/sxcounsel-county-bench-quick"]),
    Bench("keyring", "keyring_bench.py", "key ring vs one data key: unlock, sealed notes (issue 16)",
          [], ["--repeat", "3", "--saves", "30"]),
    Bench("import_checks", "import_checks_bench.py", "county import checks and limits (issue 16)",
          [], ["--records", "2000", "--repeat", "2"]),
    Bench("roster_xueji", "roster_xueji_bench.py", "学籍 采集表 roster import vs bare read (issue 24)",
          [], ["--rows", "300", "--repeat", "1"]),
    Bench("sync_page", "sync_page_bench.py", "sync page GUI stall (issue 17)", [], ["--runs", "2"]),
    Bench("startup", "startup_bench.py", "frozen build vs source start (issue 8)",
          [], ["--runs", "2"], needs="build/dist/sxcounsel/sxcounsel"),
]  # fmt: skip

RATIO = re.compile(r"ratio|×|\bvs\b|baseline|bare", re.IGNORECASE)


@dataclass
class Outcome:
    name: str
    what: str
    argv: list[str]
    seconds: float
    exit_code: int
    lines: list[str] = field(default_factory=list)
    skipped: str = ""
    ran_utc: str = ""  # when this benchmark ran (a report may merge runs of different days)


def run_one(bench: Bench, quick: bool, frozen: Path | None = None) -> Outcome:
    argv = [sys.executable, str(ROOT / "benchmarks" / bench.script)]
    argv += bench.quick if quick else bench.full
    needs = ROOT / bench.needs if bench.needs else None
    if needs is not None and frozen is not None:
        argv += ["--frozen", str(frozen)]
        needs = frozen
    shown = [Path(argv[1]).relative_to(ROOT).as_posix(), *argv[2:]]
    if needs is not None and not needs.exists():
        reason = f"{needs} not found (python3 packaging/build.py first)"
        return Outcome(bench.name, bench.what, shown, 0.0, 0, skipped=reason)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    seconds = time.perf_counter() - start
    lines = [ln.rstrip() for ln in done.stdout.splitlines() if ln.strip()]
    if done.returncode != 0:
        lines += ["(stderr)", *done.stderr.strip().splitlines()[-15:]]
    return Outcome(bench.name, bench.what, shown, seconds, done.returncode, lines, "", utc_now())


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M")


def earlier_full_run(out: Path) -> tuple[str, dict[str, Outcome]]:
    """The full report already in ``out`` (start time, outcomes by name), if there is one."""
    try:
        old = json.loads((out / "latest.json").read_text(encoding="utf-8"))
        if old.get("quick"):
            return "", {}
        return old["started_utc"], {r["name"]: Outcome(**r) for r in old["results"]}
    except (OSError, ValueError, KeyError, TypeError):
        return "", {}


def markdown(outcomes: list[Outcome], quick: bool, started: str) -> str:
    mode = "quick (small data: a smoke test, not the figures)" if quick else "full"
    out = [
        "# Benchmark report",
        "",
        f"Run {started} UTC, {mode}, on {platform.platform()} with Python "
        f"{platform.python_version()}, {os.cpu_count()} CPUs. Each figure is printed next to "
        "its baseline from the same run; compare ratios between machines, not milliseconds.",
        "",
        "## Figures with a baseline",
        "",
        "| benchmark | figure |",
        "|---|---|",
    ]
    for o in outcomes:
        for line in o.lines:
            if RATIO.search(line) and not line.startswith("(stderr)"):
                out.append(f"| {o.name} | `{line.strip()}` |")
    out += ["", "## Each benchmark", ""]
    for o in outcomes:
        out.append(f"### {o.name}: {o.what}")
        out.append("")
        if o.skipped:
            out += [f"Skipped: {o.skipped}.", ""]
            continue
        state = "ok" if o.exit_code == 0 else f"FAILED (exit {o.exit_code})"
        when = f", run {o.ran_utc} UTC" if o.ran_utc else ""
        out += [f"`python3 {' '.join(o.argv)}` — {state}, {o.seconds:.1f} s{when}", "", "```"]
        out += o.lines
        out += ["```", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python3 benchmarks/run.py")
    p.add_argument("--quick", action="store_true", help="small data, about two minutes")
    p.add_argument("--only", nargs="+", choices=[b.name for b in BENCHES], metavar="NAME")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    p.add_argument("--frozen", type=Path, help="the frozen build to time (default build/dist/…)")
    args = p.parse_args(argv)
    started = utc_now()
    # A full run of some benchmarks (--only) replaces just those in the full report already
    # there and keeps the others; every section says when its benchmark ran.
    kept: dict[str, Outcome] = {}
    if args.only and not args.quick:
        first, kept = earlier_full_run(args.out)
        started = first or started
    outcomes = []
    for bench in BENCHES:
        if bench.name in kept and bench.name not in args.only:
            outcomes.append(kept[bench.name])
            continue
        if args.only and bench.name not in args.only:
            continue
        print(f"{bench.name}: {bench.what} …", file=sys.stderr, flush=True)
        outcome = run_one(bench, args.quick, args.frozen)
        for line in outcome.lines:
            print(f"  {line}", file=sys.stderr)
        outcomes.append(outcome)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.md").write_text(markdown(outcomes, args.quick, started), encoding="utf-8")
    report = {"started_utc": started, "quick": args.quick, "results": [asdict(o) for o in outcomes]}
    (args.out / "latest.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    print(f"wrote {args.out / 'latest.md'} and latest.json", file=sys.stderr)
    return 1 if any(o.exit_code for o in outcomes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
