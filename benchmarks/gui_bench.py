"""Desktop app start-up, printed next to a bare PySide6 window measured in the same run.

    python3 benchmarks/gui_bench.py [--runs 5] [--platform offscreen]

Each run is a fresh process, timed from launch until its first window is painted (the child
prints a line from the first Paint event and exits at once):

* app:  ``sxcounsel`` start-up on an existing store up to the unlock screen shown (imports,
        bundled font, translations, style sheet, window);
* bare: a PySide6 script that shows an empty QWidget.

Medians of ``--runs`` runs, and their ratio. The very first app start, which also builds the
.qm translation files into an empty cache, is printed separately.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject
class _Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            import os; os._exit(0)
        return False
"""

BARE = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(1366, 768)
watch = _Painted(); w.installEventFilter(watch)
w.show()
app.exec()
"""
)

APP = (
    FIRST_PAINT
    + """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from sxcounsel.gui.app import application, configure
from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.window import MainWindow, place
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = application()
prefs = Prefs()
configure(app, prefs.language)
win = MainWindow(Path(sys.argv[1]), prefs)
win.start()
watch = _Painted(); win.unlock_screen.installEventFilter(watch)
place(win)
app.exec()
"""
)


def timed(code: str, args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if "painted" not in done.stdout:
        raise SystemExit(f"the child did not paint a window:\n{done.stderr[-2000:]}")
    return elapsed


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = p.parse_args()

    from sxcounsel.services.setup import init_school

    with tempfile.TemporaryDirectory(prefix="sxcounsel-guibench-") as tmp:
        home = Path(tmp) / "school"
        init_school(
            home,
            school_code="3161012345",
            school_name="富平县示范中学",
            county_code="610528",
            admin="bench",
            passphrase="Bench-pass-2025",
        )
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, XDG_CACHE_HOME=f"{tmp}/cache")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        app_args = [str(home), f"{tmp}/settings"]

        cold = timed(APP, app_args, env)  # also builds the .qm files
        bare, app = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine state
            bare.append(timed(BARE, [], env))
            app.append(timed(APP, app_args, env))

    b, a = statistics.median(bare), statistics.median(app)
    print(f"platform {args.platform}, median of {args.runs} runs, launch to first paint:")
    print(f"  bare PySide6 window          {b * 1000:8.1f} ms")
    print(f"  sxcounsel unlock screen      {a * 1000:8.1f} ms")
    print(f"  ratio app / bare             {a / b:8.2f}x")
    print(f"  first app start (cold cache) {cold * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
