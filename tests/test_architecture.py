"""House rules of DESIGN.md that code can check."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "sxcounsel"
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b\s+[A-Za-z*]")


def modules():
    return [p for p in PKG.rglob("*.py") if "__pycache__" not in p.parts]


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_gui_imports_qt():
    offenders = [
        str(p.relative_to(PKG))
        for p in modules()
        if p.relative_to(PKG).parts[0] != "gui" and imported(p) & {"PySide6", "shiboken6"}
    ]
    assert offenders == []


# Named data-access modules of sync and county (the sync outbox, the county's records and
# figures): the only SQL outside store/ and services/.
SQL_MODULES = {"sync/outbox.py", "county/data.py", "county/record.py", "county/stats.py"}


def test_sql_lives_in_store_and_services():
    allowed = {"store", "services"}
    offenders = [
        rel
        for p in modules()
        if (rel := p.relative_to(PKG).as_posix()).split("/")[0] not in allowed
        and rel not in SQL_MODULES
        and SQL.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_modules_stay_small():
    big = [
        (str(p.relative_to(PKG)), n)
        for p in modules()
        if (n := len(p.read_text().splitlines())) > 500
    ]
    assert big == []
