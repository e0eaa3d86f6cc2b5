"""Build the one-folder package: compile the translations, then run PyInstaller.

    python3 packaging/build.py            ->  build/dist/sxcounsel/sxcounsel[.exe]

Prints the size of the result and its largest parts (what dominates the package).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"


def compile_translations(out: Path) -> list[Path]:
    from sxcounsel.gui.i18n import lrelease

    tool = lrelease()
    if tool is None:
        raise SystemExit("lrelease (from PySide6) was not found; install PySide6 first.")
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def size_of(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def report(dist: Path) -> None:
    total = size_of(dist)
    print(f"one-folder build: {dist} ({total / 1e6:.0f} MB)")
    internal = dist / "_internal"
    parts = sorted(
        ((size_of(p) if p.is_dir() else p.stat().st_size, p) for p in internal.iterdir()),
        reverse=True,
    )
    for size, part in parts[:8]:
        print(f"  {size / 1e6:6.1f} MB  {part.relative_to(dist)}")


def main() -> int:
    qm = compile_translations(BUILD / "qm")
    print(f"compiled {len(qm)} translations")
    env = dict(os.environ, SXCOUNSEL_QM_DIR=str(BUILD / "qm"))
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "sxcounsel.spec"),
        ],
        check=True,
        env=env,
    )  # fmt: skip
    report(BUILD / "dist" / "sxcounsel")
    return 0


if __name__ == "__main__":
    sys.exit(main())
