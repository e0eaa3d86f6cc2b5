"""DESIGN.md rule 7: layers import downward only, and no module imports itself round a cycle.

Layers, lowest first: core ← store, roster, reports ← services ← sync ← county, region ←
gui, cli. A module may import from its own layer or a lower one. The top layer holds gui/,
cli.py and cli_*.py, and the other entry points beside them: selftest.py (``--self-test``
runs every layer, the GUI's included), __main__.py and qt_libs.py (the check before the
desktop app starts). The package's own __init__.py counts
as core (it holds the version and imports nothing).

Every ``import`` and ``from … import`` of every module under sxcounsel/ counts, wherever it
stands (inside functions too): a function-level import is still a dependency. The one
exception: imports under ``if TYPE_CHECKING:`` never run, so they do not close a cycle (their
direction is still checked). ``from a.b import c`` depends on the module a.b.c when there is
one, else on a.b; the packages above an imported module are not counted (every __init__.py
below sxcounsel/ is empty).
"""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "sxcounsel"
LAYERS = {
    "core": 0,
    "store": 1,
    "roster": 1,
    "reports": 1,
    "services": 2,
    "sync": 3,
    "county": 4,
    "region": 4,
    "gui": 5,
}
TOP = 5
TOP_FILES = {"selftest", "__main__", "qt_libs"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PKG.rglob("*.py")) if "__pycache__" not in p.parts}


def layer(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) == 1:
        return LAYERS["core"]  # sxcounsel/__init__.py
    head = parts[1]
    if len(parts) == 2 and (head == "cli" or head.startswith("cli_") or head in TOP_FILES):
        return TOP
    return LAYERS.get(head)


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(module: str, path: Path, known: dict[str, Path]) -> list[tuple[str, int, bool]]:
    """(imported module, line, type-checking only) for every import of ``module``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found: list[tuple[str, int, bool]] = []

    def resolve(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    def visit(node: ast.AST, typing_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for sub in child.body:
                    visit_one(sub, True)
                for sub in child.orelse:
                    visit_one(sub, typing_only)
                continue
            visit_one(child, typing_only)

    def visit_one(node: ast.AST, typing_only: bool) -> None:
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = module.split(".") if is_package else module.split(".")[:-1]
                pkg = pkg[: len(pkg) - (node.level - 1)]
                base = ".".join([*pkg, base] if base else pkg)
            targets = [f"{base}.{a.name}" for a in node.names]
        for t in targets:
            if t.split(".")[0] == "sxcounsel" and (target := resolve(t)) and target != module:
                found.append((target, node.lineno, typing_only))
        if isinstance(node, ast.If) and _type_checking(node):
            visit(node, True)
        else:
            visit(node, typing_only)

    visit(tree, False)
    return found


def graph() -> tuple[dict[str, set[str]], list[str]]:
    """The runtime import graph, and every import against the layer order (as sentences)."""
    known = modules()
    edges: dict[str, set[str]] = {m: set() for m in known}
    upward = []
    for module, path in known.items():
        for target, line, typing_only in imports(module, path, known):
            if not typing_only:
                edges[module].add(target)
            if layer(target) > layer(module):
                upward.append(f"upward: {module} (line {line}) imports {target}")
    return edges, list(dict.fromkeys(upward))


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_every_module_has_a_layer():
    assert [m for m in modules() if layer(m) is None] == []


def test_no_import_cycles_and_no_upward_imports():
    edges, upward = graph()
    offences = [f"cycle: {' ↔ '.join(c)}" for c in cycles(edges)] + upward
    assert not offences, "\n" + "\n".join(offences)


def test_the_checker_sees_what_it_should(tmp_path):
    """The graph helpers on a made-up package: a cycle through a function-level import is
    one; a TYPE_CHECKING import is not; relative imports resolve."""
    pkg = tmp_path / "sxcounsel"
    for rel, text in {
        "__init__.py": "",
        "store/__init__.py": "",
        "store/a.py": "def f():\n    from sxcounsel.store import b\n",
        "store/b.py": "from . import a\n",
        "store/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from sxcounsel.store.d import X\n",
        "store/d.py": "from sxcounsel.store import c\n",
        "core/__init__.py": "",
        "core/e.py": "import sxcounsel.services.f\n",
        "services/__init__.py": "",
        "services/f.py": "",
    }.items():
        (pkg / rel).parent.mkdir(parents=True, exist_ok=True)
        (pkg / rel).write_text(text)
    global PKG
    saved, PKG = PKG, pkg
    try:
        edges, upward = graph()
    finally:
        PKG = saved
    assert cycles(edges) == [["sxcounsel.store.a", "sxcounsel.store.b"]]
    assert upward == ["upward: sxcounsel.core.e (line 1) imports sxcounsel.services.f"]
