"""A county and its schools, built once per test session and copied for each test.

Copies of the same store folders share keys, so every test starts from the same enrolled
world in a few milliseconds instead of paying Argon2 and demo generation again.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sxcounsel.county import data as county_data
from sxcounsel.county.enroll import approve, write_enrollment_file
from sxcounsel.county.store import County, init_county, open_county
from sxcounsel.services.account_session import Session
from sxcounsel.services.students import Student, create_student
from sxcounsel.sync.enrollment import enroll
from tests.conftest import ADMIN, ADMIN_PASS, make_school

COUNTY_USER, COUNTY_PASS = "xianzhongxin", "County-Fuping-2025!"
SCHOOL_A = "3161012345"  # make_school's code
SCHOOL_B = "3161099999"
SCHOOL_C = "3161077777"  # enrolled with the county's file, never approved


def closed_port() -> int:
    """A port nobody listens on: bound to 0 and closed again (never a fixed one such as 8443,
    where a developer's own county server may be running)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


FILE_URL = f"https://127.0.0.1:{closed_port()}"  # the enrollment file's address: nobody there


@dataclass
class World:
    root: Path

    @property
    def county_home(self) -> Path:
        return self.root / "county"

    def school_home(self, code: str) -> Path:
        return self.root / f"school-{code}"

    @property
    def enrollment(self) -> Path:
        return self.root / "enrollment.json"

    @contextlib.contextmanager
    def county(self) -> Iterator[tuple[Session, County]]:
        session, county = open_county(self.county_home, COUNTY_USER, COUNTY_PASS)
        with session:
            yield session, county

    def school(self, code: str = SCHOOL_A) -> Session:
        return Session.unlock(self.school_home(code), ADMIN, ADMIN_PASS)

    def digest(self) -> str:
        with self.county() as (s, _):
            return county_data.state_digest(s.store)


def _school(root: Path, code: str) -> Path:
    home = root / f"school-{code}"
    make_school(home)
    if code != SCHOOL_A:
        # make_school always uses SCHOOL_A's code; give the copy its own identity.
        with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
            s.store.set_meta("school_code", code)
    return home


def add_students(session: Session, n: int, prefix: str = "S") -> list[str]:
    return [
        create_student(
            session,
            Student(student_no=f"{prefix}{i:05d}", name=f"学生{i}", class_name="七年级(2)班"),
        ).id
        for i in range(n)
    ]


def build_world(root: Path) -> World:
    w = World(root)
    root.mkdir(parents=True, exist_ok=True)
    init_county(
        w.county_home,
        county_code="610528",
        county_name="富平县中小学生心理健康教育指导中心",
        admin=COUNTY_USER,
        passphrase=COUNTY_PASS,
        url=FILE_URL,
    )
    with w.county() as (cs, county):
        write_enrollment_file(cs, county, w.enrollment)
        for code in (SCHOOL_A, SCHOOL_B, SCHOOL_C):
            home = _school(root, code)
            with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
                enroll(s, w.enrollment, root / f"request-{code}.json")
            if code != SCHOOL_C:
                approve(cs, county, root / f"request-{code}.json")
    return w


def copy_world(template: World, dest: Path) -> World:
    shutil.copytree(template.root, dest)
    return World(dest)
