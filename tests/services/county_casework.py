"""A county with two schools whose casework arrived through real bundles (stats, report, GUI).

School A (SCHOOL_A, 14 students): 7 open 红 cases (5 overdue on TODAY), 2 open 橙, 1 closed;
one referral waiting for its receipt since 2025-10-20; one crisis; 3 students visited at
home in 2025—2026. School B (3 students): one open 黄 case, nothing else. Every student's
name, 学籍号 and record id is listed in ``secrets`` (the report must contain none of them).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sxcounsel.county.importer import bundle_files, import_bundle, read_bundle_file
from sxcounsel.services.account_session import Session
from sxcounsel.services.concerns import ConcernCase, close_case, open_case
from sxcounsel.services.crises import CrisisEvent, report_crisis
from sxcounsel.services.homevisits import HomeVisit, create_home_visit
from sxcounsel.services.institutions import Institution, create_institution
from sxcounsel.services.referrals import Referral, create_referral
from sxcounsel.services.students import Student, create_student
from sxcounsel.sync.export import export_to
from tests.conftest import COUNSELOR, COUNSELOR_PASS
from tests.sync.syncworld import SCHOOL_A, SCHOOL_B, World, build_world

TODAY = date(2026, 3, 2)
YEAR = 2025
NAMES_A = ["欧阳堃玥", "司马懿晨", "诸葛明远", "上官婉清", "慕容雪飞", "皇甫嵩岳", "东方朔光",
           "令狐冲霄", "独孤求真", "西门吹雪", "南宫问天", "公孙胜利", "长孙无忌", "尉迟敬德"]  # fmt: skip
NAMES_B = ["端木蓉蓉", "百里守约", "轩辕青锋"]


@dataclass
class CountyWorld:
    world: World
    secrets: list[str] = field(default_factory=list)  # names, 学籍号, ids
    case_ids: list[str] = field(default_factory=list)

    @property
    def root(self) -> Path:
        return self.world.root


def _students(s: Session, names: list[str], prefix: str, out: CountyWorld) -> list[str]:
    ids = []
    for i, name in enumerate(names):
        no = f"G61{prefix}{i:05d}"
        sid = create_student(s, Student(student_no=no, name=name, class_name="七年级(2)班")).id
        ids.append(sid)
        out.secrets += [name, no, sid]
    return ids


def _school_a(s: Session, out: CountyWorld) -> None:
    ids = _students(s, NAMES_A, "A", out)
    for i in range(7):  # next review 2026-01-30 (overdue) for five, 2026-03-30 for two
        opened = "2026-01-01" if i < 5 else "2026-02-28"
        out.case_ids.append(open_case(s, ConcernCase(ids[i], opened, "红", COUNSELOR,
                                                     ["情绪"], review_interval_days=30)).id)  # fmt: skip
    for i in (7, 8):
        out.case_ids.append(
            open_case(s, ConcernCase(ids[i], "2025-11-03", "橙", COUNSELOR, ["学业"])).id
        )
    closed = open_case(s, ConcernCase(ids[9], "2025-09-10", "黄", COUNSELOR, ["人际"]))
    close_case(s, closed.id, "2025-12-01", "情绪稳定")
    hospital = create_institution(s, Institution("富平县医院", "心理科", "0913-1234567", ""))
    r = create_referral(s, Referral(ids[0], hospital.id, "持续情绪低落", "2025-10-20", "红"))
    crisis = report_crisis(s, CrisisEvent(ids[1], "2025-12-09 14:30", "自伤", place="宿舍"))
    out.secrets += [r.id, r.number, crisis.event.id]
    for i in (0, 1, 2):
        create_home_visit(s, HomeVisit(ids[i], "2025-10-08", "实地", staff=["刘军"],
                                       met=[{"name": "家长", "relation": "母亲"}], purpose="了解情况"))  # fmt: skip


def _school_b(s: Session, out: CountyWorld) -> None:
    ids = _students(s, NAMES_B, "B", out)
    out.case_ids.append(
        open_case(s, ConcernCase(ids[0], "2025-12-01", "黄", COUNSELOR, ["家庭"])).id
    )


def build_county_world(root: Path) -> CountyWorld:
    """Both schools fill their records, export bundles; the county imports them."""
    out = CountyWorld(build_world(root))
    w = out.world
    for code, fill in ((SCHOOL_A, _school_a), (SCHOOL_B, _school_b)):
        with Session.unlock(w.school_home(code), COUNSELOR, COUNSELOR_PASS) as s:
            fill(s, out)
            export_to(s, root / "outbox")
    with w.county() as (cs, county):
        for p in bundle_files([root / "outbox"]):
            import_bundle(cs, county, read_bundle_file(p), p.name)
    out.secrets = [x for x in out.secrets if x]
    return out


def copy_county_world(template: CountyWorld, dest: Path) -> CountyWorld:
    shutil.copytree(template.root, dest)
    return CountyWorld(World(dest), list(template.secrets), list(template.case_ids))
