"""``sxcounsel --self-test``: does this installation work? One line per check.

Everything happens in a temporary folder that is removed afterwards; nothing touches the
user's data folder or settings. It runs the same from a source checkout, an installed wheel
and the frozen (PyInstaller) build, which is where it matters most: a county IT person runs it
after installing on a school PC.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PASS_A, PASS_B = "Selftest-2025!", "Selftest-2026!"


@dataclass
class Outcome:
    name: str
    ok: bool
    detail: str
    seconds: float


def check_store(work: Path) -> str:
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.maintenance import verify
    from sxcounsel.services.setup import init_school
    from sxcounsel.services.students import Student, create_student, get_student
    from sxcounsel.store.connection import sqlcipher_version

    home = work / "school"
    init_school(
        home,
        school_code="3161000000",
        school_name="自检学校",
        county_code="610528",
        admin="selftest",
        passphrase=PASS_A,
        roles=["school_admin", "counselor"],
    )
    with Session.unlock(home, "selftest", PASS_A) as s:
        made = create_student(
            s,
            Student(
                student_no="SELFTEST001", name="测试学生", gender="女", class_name="一年级(1)班"
            ),
        )
        if get_student(s, made.id).name != "测试学生":
            raise AssertionError("the record read back differs from the one written")
        if not verify(s).ok:
            raise AssertionError("the new store does not verify")
    head = (home / "sxcounsel.db").read_bytes()[:16]
    if head.startswith(b"SQLite format 3"):
        raise AssertionError("the database file is not encrypted")
    return f"encrypted store written, read back and verified (SQLCipher {'.'.join(map(str, sqlcipher_version()))})"


def frozen() -> bool:
    """True in the PyInstaller build (sxcounsel.exe, the .deb), False from source or a wheel."""
    return bool(getattr(sys, "frozen", False))


def rl_accel_state() -> tuple[bool, str]:
    """Does reportlab use its C accelerator ``_rl_accel`` (from the rl-accel package)?

    reportlab imports it by a name built from strings (``exec('from _rl_accel import …')`` in
    reportlab/lib/rl_accel.py), which PyInstaller cannot see: the spec names it as a hidden
    import, and this says whether that worked. Without it reportlab silently falls back to
    pure Python, about half as fast on long ledgers.
    """
    import importlib

    try:
        module = importlib.import_module("_rl_accel")
    except ImportError as exc:
        return False, f"_rl_accel does not load ({exc}); reportlab runs on pure Python"
    from reportlab.lib import rl_accel

    slow = sorted(name for name in rl_accel.__all__ if name not in rl_accel._c_funcs)
    if slow:
        return False, f"reportlab does not use _rl_accel for {', '.join(slow)}"
    return True, f"reportlab accelerated by _rl_accel ({Path(module.__file__ or '?').name})"


def check_pdf(work: Path) -> str:
    from reportlab.graphics import renderPDF
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from sxcounsel.reports.fonts import BODY, register
    from sxcounsel.reports.referral_letter import qr_code

    register()
    out = work / "selftest.pdf"
    canvas = Canvas(str(out), pagesize=A4)
    canvas.setFont(BODY, 14)
    canvas.drawString(72, 760, "家访工作台账 自检 2025—2026学年")
    # The referral letter's QR code: reportlab loads barcode modules by name (frozen builds).
    renderPDF.draw(qr_code("ZJ-2025-001"), canvas, 72, 600)
    canvas.save()
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or b"FontFile2" not in data:
        raise AssertionError("the PDF was written without the embedded Chinese font")
    accelerated, accel = rl_accel_state()
    if not accelerated and frozen():
        # The frozen build ships rl-accel; missing there means the spec lost the hidden import.
        raise AssertionError(f"{accel} (the build should include it)")
    return f"PDF with the embedded Chinese font ({len(data) // 1024} KB); {accel}"


def check_sync(work: Path) -> str:
    from sxcounsel.county.selftest_bundle import bundle_round_trip

    return bundle_round_trip(work, school_home=work / "school", user="selftest", passphrase=PASS_A)


def check_qt(work: Path) -> str:
    # Qt stays inside sxcounsel.gui (DESIGN.md: only the GUI layer imports Qt).
    from sxcounsel.gui.selftest_qt import check_qt as run

    return run(work)


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("store", check_store),
    ("pdf", check_pdf),
    ("sync", check_sync),
    ("qt", check_qt),
]


def _said(exc: Exception) -> str:
    """A refusal in the locale's language (Chinese under zh_*), anything else as it is."""
    from sxcounsel.core.errors import SxError
    from sxcounsel.core.texts import language_from_env

    return exc.text(language_from_env()) if isinstance(exc, SxError) else str(exc)


def run_checks(out=None) -> int:
    """Run every check; prints one line each; returns 0 if all passed, else 1."""
    out = out or sys.stdout
    from sxcounsel import __version__

    build = "frozen build" if frozen() else "from source"
    print(
        f"sxcounsel {__version__} self-test ({sys.platform}, Python {sys.version.split()[0]}, "
        f"{build})",
        file=out,
    )
    work = Path(tempfile.mkdtemp(prefix="sxcounsel-selftest-"))
    outcomes: list[Outcome] = []
    try:
        for name, check in CHECKS:
            start = time.perf_counter()
            try:
                detail, ok = check(work), True
            except Exception as exc:  # report every failure, then go on with the next check
                detail, ok = f"{type(exc).__name__}: {_said(exc)}", False
                if os.environ.get("SXCOUNSEL_DEBUG"):
                    traceback.print_exc()
            outcome = Outcome(name, ok, detail, time.perf_counter() - start)
            outcomes.append(outcome)
            mark = "ok  " if ok else "FAIL"
            print(f"{mark} {name:<6} {detail} [{outcome.seconds:.1f} s]", file=out, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    failed = [o.name for o in outcomes if not o.ok]
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", file=out)
        return 1
    print("self-test passed", file=out)
    return 0
