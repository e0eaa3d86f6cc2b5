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


# DESIGN.md rule 6: the GUI asks core/permissions.py what to show; it never decides by role.
ROLE_STRINGS = {"counselor", "head_teacher", "school_admin"}
ROLE_IMPORTS_ALLOWED = {"assignable_roles", "ordered"}  # choosing and showing roles
ROLE_NAMES_ALLOWED = {
    "gui/labels.py": ROLE_STRINGS,  # the display name of each role
    "gui/forms/session_form.py": {"counselor"},  # the session's counselor field, not a role
    # the records' counselor field, and 心理教师 shown in place of a counselor's login
    "gui/county/people.py": {"counselor"},
}


def role_decisions(path: Path, root: Path = PKG) -> list[str]:
    """Where a GUI module names a role or looks at an account's roles to decide something."""
    rel = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        where = f"{rel}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.ImportFrom) and node.module == "sxcounsel.core.roles":
            names = [a.name for a in node.names if a.name not in ROLE_IMPORTS_ALLOWED]
            found += [f"{where} imports {name}" for name in names]
        elif isinstance(node, ast.Name) and node.id in {"Role", "BACKUP_ROLES", "SCHOOL_ROLES"}:
            found.append(f"{where} {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in {"BACKUP_ROLES", "SCHOOL_ROLES"}:
            found.append(f"{where} {node.attr}")
        elif isinstance(node, ast.Constant) and node.value in ROLE_STRINGS:
            if node.value not in ROLE_NAMES_ALLOWED.get(rel, set()):
                found.append(f"{where} {node.value!r}")
        elif isinstance(node, ast.Compare | ast.BinOp):
            right = node.comparators if isinstance(node, ast.Compare) else [node.right]
            operands = [node.left, *right]
            if any(isinstance(o, ast.Attribute) and o.attr == "roles" for o in operands):
                found.append(f"{where} compares .roles")
    return found


def test_the_gui_asks_the_role_table_and_names_no_role():
    offenders = [
        f for p in modules() if p.relative_to(PKG).parts[0] == "gui" for f in role_decisions(p)
    ]
    assert offenders == []


def test_the_role_check_sees_a_role_decision(tmp_path):
    """The check above is not vacuous: each way of deciding by role is caught."""
    gui = tmp_path / "sxcounsel" / "gui"
    gui.mkdir(parents=True)
    sample = gui / "sample.py"
    sample.write_text(
        "from sxcounsel.core.roles import BACKUP_ROLES, Role, assignable_roles\n"
        "a = Role.COUNSELOR in session.roles\n"
        "b = session.roles & BACKUP_ROLES\n"
        "c = 'school_admin' == name\n",
        encoding="utf-8",
    )
    found = role_decisions(sample, tmp_path / "sxcounsel")
    text = "\n".join(found)
    for expected in (
        "imports Role",
        "imports BACKUP_ROLES",
        "Role",
        "compares .roles",
        "'school_admin'",
    ):
        assert expected in text, text
    assert "assignable_roles" not in text
