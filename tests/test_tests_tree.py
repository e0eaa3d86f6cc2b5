"""The tests tree mirrors the package, and its modules import the way pytest imports them.

There is no ``__init__.py`` under tests/: pytest imports each test module by its file name
with its folder put on sys.path, so two test files of the same name anywhere in the tree
would collide ("import file mismatch"). Helpers are imported as ``tests.<folder>.<module>``,
or, in tests/gui, by bare name (tests/gui/conftest.py puts that folder on sys.path).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent
PACKAGE = TESTS.parent / "sxcounsel"


def test_test_module_names_are_unique():
    names = Counter(p.name for p in TESTS.rglob("test_*.py"))
    assert [name for name, n in names.items() if n > 1] == []


def test_there_are_no_packages_under_tests():
    assert sorted(str(p.relative_to(TESTS)) for p in TESTS.rglob("__init__.py")) == []


def test_test_folders_are_named_after_packages():
    """tests/<x>/ tests sxcounsel/<x>/, tests/gui/<x>/ tests sxcounsel/gui/<x>/ (besides
    the folders of test data and the cross-cutting hardening and packaging checks)."""
    own = {"fixtures", "hardening", "packaging", "cli", "__pycache__"}
    for folder, package in ((TESTS, PACKAGE), (TESTS / "gui", PACKAGE / "gui")):
        for sub in folder.iterdir():
            if sub.is_dir() and sub.name not in own and not sub.name.startswith("."):
                assert (package / sub.name / "__init__.py").is_file(), sub.relative_to(TESTS)


def test_gui_tests_live_beside_the_module_they_test():
    """No tests/gui/test_*.py is named after a sub-package of gui/: those go in its folder."""
    subpackages = {p.parent.name for p in (PACKAGE / "gui").glob("*/__init__.py")}
    for test in (TESTS / "gui").glob("test_*.py"):
        stem = test.stem.removeprefix("test_")
        assert not any(stem.startswith(s) for s in subpackages), test.name
