"""Shared fixtures: real encrypted stores in temporary folders."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

ADMIN, ADMIN_PASS = "wangli", "Fuping-2025!"
COUNSELOR, COUNSELOR_PASS = "zhaomin", "Xinli#Room42"
TEACHER, TEACHER_PASS = "liujun", "Banzhuren-7a"


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups (--dist loadgroup)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist, the tests of a module that share a module-scoped fixture (a store
    filled once for the whole module) run on one worker, in file order: the fixture is built
    once, not once per worker, and tests that read what earlier ones wrote still see it."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        fixtures = getattr(item, "_fixtureinfo", None)
        defs = fixtures.name2fixturedefs.values() if fixtures else ()
        if any(d.scope == "module" for chain in defs for d in chain):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


@dataclass
class SchoolHome:
    home: Path
    recovery: str


def make_school(home: Path, teacher_class: str = "七年级(2)班") -> str:
    """Create a school store with an admin, a counselor and a head teacher of
    ``teacher_class``; returns the recovery key."""
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.accounts import add_user
    from sxcounsel.services.setup import init_school

    recovery = init_school(
        home,
        school_code="3161012345",
        school_name="富平县示范中学",
        county_code="610528",
        admin=ADMIN,
        passphrase=ADMIN_PASS,
    )
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        add_user(s, COUNSELOR, ["counselor"], COUNSELOR_PASS)
        add_user(s, TEACHER, ["head_teacher"], TEACHER_PASS, classes=[teacher_class])
    with Session.unlock(home, COUNSELOR, COUNSELOR_PASS):
        pass  # the counselor's first unlock makes the counselor key (store/keyring.py)
    return recovery


@pytest.fixture(scope="session")
def school_template(tmp_path_factory: pytest.TempPathFactory) -> SchoolHome:
    """The store ``school`` copies: made once per test run (per xdist worker), since making
    one costs seconds of real Argon2. Never hand it to a test; copy it."""
    home = tmp_path_factory.mktemp("school-template") / "home"
    return SchoolHome(home, make_school(home))


@pytest.fixture
def school(school_template: SchoolHome, tmp_path: Path) -> SchoolHome:
    """A freshly initialised school store with an admin, a counselor and a head teacher: this
    test's own copy of the template folder (same keys and passphrases, nothing shared)."""
    home = tmp_path / "home"
    shutil.copytree(school_template.home, home)
    return SchoolHome(home, school_template.recovery)


@pytest.fixture
def cli_env(school: SchoolHome, tmp_path: Path) -> dict[str, str]:
    """Environment for running the real command as a subprocess against ``school``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env.update(
        SXCOUNSEL_HOME=str(school.home),
        SXCOUNSEL_USER=ADMIN,
        SXCOUNSEL_PASSPHRASE=ADMIN_PASS,
        TMPDIR=str(tmp_path / "tmp"),
    )
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return env
