"""The hostile values and files of the bad-input sweep, and how to run and judge the command."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

# Text a user can type or paste into any field or argument.
TEXTS: dict[str, str] = {
    "empty": "",
    "10k chars": "长" * 10_000,
    "control chars": "a\x01b\x07c\x1b[31md\x7f",
    "line breaks": "第一行\r\n第二行",
    "emoji": "😀🏫👧🏻‍🎓",
    "full-width mix": "ＡＢＣ１２３　七年级（２）班",
    "impossible date": "2025-02-30",
}


def make_files(folder: Path) -> dict[str, Path]:
    """Files of every bad kind, made in ``folder``: name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "empty.xlsx"
    empty.write_bytes(b"")
    directory = folder / "a-folder.csv"
    directory.mkdir(exist_ok=True)
    binary = folder / "random.sxbak"
    binary.write_bytes(bytes(range(256)) * 64 + os.urandom(4096))
    pdf = folder / "ledger.pdf"  # a real file, of a kind no command reads
    pdf.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
        b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    text_as_xlsx = folder / "notes.xlsx"
    text_as_xlsx.write_text("姓名,学籍号\n张三,G1\n", encoding="utf-8")
    gb_csv_garbage = folder / "garbage.csv"
    gb_csv_garbage.write_bytes(b"\xff\xfe\x00\x00" + os.urandom(2048))
    return {
        "empty file": empty,
        "directory": directory,
        "binary file": binary,
        "wrong kind (PDF)": pdf,
        "wrong kind (text named .xlsx)": text_as_xlsx,
        "binary named .csv": gb_csv_garbage,
        "missing file": folder / "no-such-file.xlsx",
    }


def run(env: dict[str, str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sxcounsel", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
    )


def judge(res: subprocess.CompletedProcess, *, may_succeed: bool = False) -> str:
    """'' when the command behaved; otherwise what was wrong with it."""
    if "Traceback" in res.stderr or "Traceback" in res.stdout:
        return "traceback"
    if res.returncode == 0:
        return "" if may_succeed else "accepted"
    if res.returncode not in (1, 2):
        return f"exit {res.returncode}"
    lines = res.stderr.strip().splitlines()
    if res.returncode == 1 and len(lines) != 1:
        return f"{len(lines)} lines on stderr"
    if res.returncode == 2 and not lines[-1].startswith("sxcounsel"):
        return "usage error without a message"
    if "unexpected error" in res.stderr:
        return "untyped error"
    if len(lines[-1]) > 400:
        return f"a line of {len(lines[-1])} characters"
    return ""


def tree_digest(*folders: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """path → sha256 of every file under ``folders`` (names in ``skip`` left out)."""
    out: dict[str, str] = {}
    for folder in folders:
        if not folder.exists():
            continue
        for p in sorted(folder.rglob("*")):
            if p.name in skip or not p.is_file():
                continue
            out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out
