"""Shared fixtures: real encrypted stores in temporary folders."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

ADMIN, ADMIN_PASS = "wangli", "Fuping-2025!"
COUNSELOR, COUNSELOR_PASS = "zhaomin", "Xinli#Room42"
TEACHER, TEACHER_PASS = "liujun", "Banzhuren-7a"


@dataclass
class SchoolHome:
    home: Path
    recovery: str


def make_school(home: Path, teacher_class: str = "七年级(2)班") -> str:
    """Create a school store with an admin, a counselor and a head teacher of
    ``teacher_class``; returns the recovery key."""
    from sxcounsel.services.accounts import add_user
    from sxcounsel.services.session import Session
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
    return recovery


@pytest.fixture
def school(tmp_path: Path) -> SchoolHome:
    """A freshly initialised school store with an admin, a counselor and a head teacher."""
    home = tmp_path / "home"
    return SchoolHome(home, make_school(home))


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
