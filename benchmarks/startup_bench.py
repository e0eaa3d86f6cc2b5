"""Cold start of the frozen (PyInstaller) build to the unlock screen, next to the same start
from source, measured in the same run on a real X server (Xvfb).

    python3 packaging/build.py            # once: build/dist/sxcounsel/
    python3 benchmarks/startup_bench.py [--runs 5] [--frozen build/dist/sxcounsel/sxcounsel]

Each run is a fresh process on an existing store (so the unlock screen is what appears), timed
from launch until the X server reports its main window mapped and viewable (polled with
``xwininfo`` from x11-utils every few milliseconds; the same probe for both, so the ratio is
fair). The first run of each kind is printed apart: it pays for the file cache (and, from
source, for building the .qm translations into an empty cache). Medians of the other runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The main window's WM_CLASS as xwininfo -tree shows it: ("<instance>" "sxcounsel"); the
# instance is the program's name (sxcounsel frozen, __main__.py from source).
WM_CLASS = '" "sxcounsel")'


def shown(display: str) -> bool:
    out = subprocess.run(
        ["xwininfo", "-display", display, "-root", "-tree"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    for line in out.splitlines():
        if WM_CLASS in line:  # the main window, whatever its title's language
            wid = line.split()[0]
            info = subprocess.run(
                ["xwininfo", "-display", display, "-id", wid],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if "IsViewable" in info:
                return True
    return False


def timed(argv: list[str], env: dict[str, str], display: str) -> float:
    start = time.perf_counter()
    # stderr goes to a file (never a pipe nobody reads), to be quoted if the start fails
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        return _until_shown(argv, proc, display, start, err)


def _until_shown(
    argv: list[str], proc: subprocess.Popen, display: str, start: float, err: IO[bytes]
) -> float:
    try:
        while not shown(display):
            if proc.poll() is not None:
                err.seek(0)
                said = err.read().decode(errors="replace").strip()[-2000:]
                raise SystemExit(
                    f"{argv[0]} exited ({proc.returncode}) before showing a window"
                    + (f"; it said:\n{said}" if said else "")
                )
            if time.perf_counter() - start > 60:
                raise SystemExit(f"{argv[0]} showed no window within 60 s")
            time.sleep(0.005)
        return time.perf_counter() - start
    finally:
        proc.kill()
        proc.wait()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--frozen", type=Path, default=ROOT / "build/dist/sxcounsel/sxcounsel")
    args = p.parse_args()
    if not args.frozen.exists():
        raise SystemExit(f"{args.frozen} not found: run python3 packaging/build.py first")
    if not shutil.which("Xvfb") or not shutil.which("xwininfo"):
        raise SystemExit("needs Xvfb and xwininfo (apt-get install xvfb x11-utils)")
    from sxcounsel.services.setup import init_school

    # -displayfd: Xvfb picks a free display number and tells us which.
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        display = ":" + xvfb.stdout.readline().strip()
        with tempfile.TemporaryDirectory(prefix="sxcounsel-startup-") as tmp:
            home = Path(tmp) / "school"
            init_school(home, school_code="3161000000", school_name="启动测试学校",
                        county_code="610528", admin="bench", passphrase="Bench-Start-2025!",
                        roles=["counselor"])  # fmt: skip
            kinds = {
                "frozen": [str(args.frozen), "--home", str(home)],
                "source": [sys.executable, "-m", "sxcounsel", "--home", str(home)],
            }
            results: dict[str, list[float]] = {k: [] for k in kinds}
            firsts: dict[str, float] = {}
            envs = {
                kind: {
                    **os.environ,
                    "DISPLAY": display,
                    "QT_QPA_PLATFORM": "xcb",
                    "XDG_CACHE_HOME": str(Path(tmp) / f"cache-{kind}"),
                    "XDG_CONFIG_HOME": str(Path(tmp) / f"config-{kind}"),
                }
                for kind in kinds
            }
            for kind, argv in kinds.items():
                firsts[kind] = timed(argv, envs[kind], display)
            for _ in range(args.runs):  # interleaved, so both see the same machine load
                for kind, argv in kinds.items():
                    results[kind].append(timed(argv, envs[kind], display))
    finally:
        xvfb.terminate()
        xvfb.wait()
    for kind in kinds:
        print(f"  first start ({kind}) {firsts[kind] * 1000:8.1f} ms")
    med = {k: statistics.median(v) for k, v in results.items()}
    print(
        f"  frozen build to the unlock screen {med['frozen'] * 1000:8.1f} ms (median of {args.runs})"
    )
    print(
        f"  from source to the unlock screen  {med['source'] * 1000:8.1f} ms (median of {args.runs})"
    )
    print(f"  ratio frozen/source {med['frozen'] / med['source']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
