"""``sxcounsel print …`` as a real subprocess: one line out, one clear line on refusal."""

from __future__ import annotations

import os
import subprocess
import sys

import openpyxl
import pytest

from tests.conftest import COUNSELOR, COUNSELOR_PASS, TEACHER, TEACHER_PASS
from tests.reports.conftest import assert_numbered, pdf_text


@pytest.fixture
def env(w, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env.update(SXCOUNSEL_HOME=str(w.home), TMPDIR=str(tmp_path))
    return env


def run(env, user, passphrase, *args):
    return subprocess.run(
        [sys.executable, "-m", "sxcounsel", "print", *args],
        env={**env, "SXCOUNSEL_USER": user, "SXCOUNSEL_PASSPHRASE": passphrase},
        capture_output=True,
        text=True,
        timeout=300,
    )


def refused(res) -> str:
    assert res.returncode == 1, (res.stdout, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.stderr, res.stderr
    return lines[0]


def test_head_teacher_prints_the_class_ledger_pdf_and_xlsx(env, tmp_path):
    out = tmp_path / "台账.pdf"
    res = run(
        env,
        TEACHER,
        TEACHER_PASS,
        "homevisit-ledger",
        "--class",
        "七年级(2)班",
        "--year",
        "2025",
        "-o",
        str(out),
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == f"Wrote {out} (1 page, 2 rows)."
    assert "家访工作台账" in pdf_text(out) and assert_numbered(out) == 1
    xl = tmp_path / "台账.XLSX"
    res = run(
        env,
        TEACHER,
        TEACHER_PASS,
        "homevisit-ledger",
        "--class",
        "七年级2班",
        "--year",
        "2025",
        "-o",
        str(xl),
    )
    assert res.returncode == 0, res.stderr
    assert len(list(openpyxl.load_workbook(xl).worksheets[0].iter_rows())) == 3


def test_refusals_are_one_clear_line(env, tmp_path):
    line = refused(run(env, TEACHER, TEACHER_PASS, "concern-ledger", "-o", str(tmp_path / "c.pdf")))
    assert line == "sxcounsel: Your account may not print the key-concern ledger."
    line = refused(
        run(env, TEACHER, TEACHER_PASS, "session", "2025-001", "-o", str(tmp_path / "s.pdf"))
    )
    assert "may not print counseling session records" in line
    line = refused(
        run(
            env, COUNSELOR, COUNSELOR_PASS, "referral", "ZJ2025-001", "-o", str(tmp_path / "r.xlsx")
        )
    )
    assert line == "sxcounsel: The output file r.xlsx must end in .pdf."
    line = refused(
        run(
            env,
            COUNSELOR,
            COUNSELOR_PASS,
            "homevisit-ledger",
            "--class",
            "七年级(2)班",
            "--year",
            "2025",
            "-o",
            str(tmp_path / "x.docx"),
        )
    )
    assert "must end in .pdf or .xlsx" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_counselor_prints_referral_and_session_by_number(env, tmp_path, w):
    res = run(
        env, COUNSELOR, COUNSELOR_PASS, "referral", "ZJ2025-001", "-o", str(tmp_path / "r.pdf")
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith(f"Wrote {tmp_path / 'r.pdf'} (2 pages")
    res = run(
        env, COUNSELOR, COUNSELOR_PASS, "session", w.session.id, "-o", str(tmp_path / "s.pdf")
    )
    assert res.returncode == 0, res.stderr
    assert "心理辅导记录表" in pdf_text(tmp_path / "s.pdf")
    res = run(
        env,
        COUNSELOR,
        COUNSELOR_PASS,
        "concern-ledger",
        "--with-plans",
        "-o",
        str(tmp_path / "c.pdf"),
    )
    assert res.returncode == 0 and "(2 pages, 1 row)" in res.stdout, res.stderr
