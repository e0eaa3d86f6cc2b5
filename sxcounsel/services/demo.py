"""The demo school: a realistic synthetic school to try sxcounsel on and to practise with.

``create_demo`` builds it through the same services as every screen (validation, roles, change
log, audit), in one transaction. The content is deterministic for a given seed and day; record
ids are UUIDv7 and so differ between runs.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from sxcounsel.core.idcard import make_id_number
from sxcounsel.core.progress import Progress
from sxcounsel.core.schoolyear import format_date, school_year_of, school_year_range
from sxcounsel.services import (
    concern_reviews,
    concerns,
    consents,
    crises,
    homevisits,
    institutions,
    referral_leave,
    referrals,
    sessions,
    students,
)
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import add_user
from sxcounsel.services.demo_data import (
    ADVICE,
    COUNSELOR_NAME,
    CRISES,
    FOLLOW_UPS,
    LEFT_BEHIND_ADVICE,
    PARENTS_VIEWS,
    TEACHER_NAME,
    address,
    family_situation,
    guardian_name,
    guardian_relation,
    head_teacher_name,
    met_relations,
    mobile,
    person_name,
    surname,
)
from sxcounsel.services.setup import init_school
from sxcounsel.store import records

GRADES = ("一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级")
CLASSES_PER_GRADE = 2
DEFAULT_USER, DEFAULT_PASS = "demo", "Demo-2025!"
TEACHER_USER = "banzhuren"
TEACHER_CLASS = "七年级(2)班"
FLAG_WEIGHTS = (("留守", 0.30), ("单亲", 0.08), ("低保", 0.06), ("流动", 0.04), ("困境", 0.03),
                ("残疾", 0.01), ("孤儿", 0.005), ("事实无人抚养", 0.005))  # fmt: skip
HOSPITALS = (
    ("渭南市精神卫生中心", "儿童青少年心理科"),
    ("富平县医院", "心理科"),
    ("西安市精神卫生中心", "儿童青少年精神科"),
)


@dataclass(frozen=True)
class DemoLogin:
    username: str
    passphrase: str
    teacher: str
    teacher_class: str
    recovery_key: str
    students: int


def class_names() -> list[str]:
    return [f"{g}({n})班" for g in GRADES for n in range(1, CLASSES_PER_GRADE + 1)]


def create_demo(
    home: Path,
    *,
    students_count: int = 600,
    seed: int = 2025,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoLogin:
    """Create the demo school in ``home`` (which must hold no store)."""
    today = today or date.today()
    user = os.environ.get("SXCOUNSEL_USER") or DEFAULT_USER
    passphrase = os.environ.get("SXCOUNSEL_PASSPHRASE") or DEFAULT_PASS
    rng = random.Random(seed)
    progress = progress or Progress()
    progress.start(students_count + 200, "demo")
    recovery = init_school(
        home,
        school_code="6105280917",
        school_name="富平县庄里镇九年制学校",
        county_code="610528",
        admin=user,
        passphrase=passphrase,
        roles=["counselor", "school_admin"],
        display_name=COUNSELOR_NAME,
    )
    teacher_class = TEACHER_CLASS
    with Session.unlock(home, user, passphrase) as s:
        s.store.set_meta("demo", "1")
        add_user(s, TEACHER_USER, ["head_teacher"], passphrase, classes=[teacher_class],
                 display_name=TEACHER_NAME)  # fmt: skip
        with s.store.transaction():
            fill_school(s, rng, students_count, today, progress)
    return DemoLogin(user, passphrase, TEACHER_USER, teacher_class, recovery, students_count)


def fill_school(
    s: Session, rng: random.Random, students_count: int, today: date, progress: Progress
) -> dict[str, list[str]]:
    """Invented students and a school year of records in the open store ``s`` (inside the
    caller's transaction); the student ids by class."""
    by_class, families = _students(s, rng, students_count, today, progress)
    _Builder(s, rng, today, by_class, families, progress).all()
    return by_class


class Family(NamedTuple):
    """A demo student's surname, the guardian on file and the family-situation flags."""

    surname: str
    guardian: dict[str, str]
    flags: list[str]


def _students(
    s: Session, rng: random.Random, n: int, today: date, progress: Progress
) -> tuple[dict[str, list[str]], dict[str, Family]]:
    """Bulk-insert the roster; returns student ids by class and each student's family."""
    names = class_names()
    year = school_year_of(today)
    rows, classes, families = [], [], []
    for i in range(n):
        cls = names[i % len(names)]
        grade_no = GRADES.index(cls.split("(")[0]) + 1
        birth = date(year - 5 - grade_no, 9, 1) + timedelta(days=rng.randint(0, 364))
        female = rng.random() < 0.48
        flags = [f for f, p in FLAG_WEIGHTS if rng.random() < p]
        relation = guardian_relation(rng, flags)
        family = surname(rng)
        guardian = {
            "name": guardian_name(rng, relation, family),
            "relation": relation,
            "phone": mobile(rng),
        }
        st = students.Student(
            student_no=f"G61052820{year - grade_no + 1}{i:05d}",
            name=person_name(rng, female, family),
            gender="女" if female else "男",
            birth_date=format_date(birth),
            id_number=make_id_number(
                "610528", birth, rng.randint(1, 499) * 2 + (0 if female else 1)
            ),
            grade=cls.split("(")[0],
            class_name=cls,
            dormitory=f"{rng.randint(1, 4)}号楼{rng.randint(101, 420)}" if grade_no >= 7 else "",
            address=address(rng),
            guardians=[guardian],
            flags=flags,
        )
        rows.append(students.student_values(st))
        classes.append(cls)
        families.append(Family(family, guardian, flags))
    with s.store.transaction() as conn:
        ids = records.insert_many(
            conn, "students", "student", rows, s.username, detail="demo roster"
        )
    progress.advance(n)
    by_class: dict[str, list[str]] = {c: [] for c in names}
    for sid, cls in zip(ids, classes, strict=True):
        by_class[cls].append(sid)
    return by_class, dict(zip(ids, families, strict=True))


class _Builder:
    """Sessions, home visits, concern cases, referrals, a crisis and consents."""

    def __init__(
        self,
        s: Session,
        rng: random.Random,
        today: date,
        by_class: dict,
        families: dict[str, Family],
        progress: Progress,
    ):
        self.s, self.rng, self.today, self.progress = s, rng, today, progress
        self.by_class, self.families = by_class, families
        self.all_ids = [sid for ids in by_class.values() for sid in ids]
        start, _ = school_year_range(school_year_of(today))
        self.year_start = start

    def met_at_home(self, sid: str) -> dict[str, str]:
        """Usually the guardian on file; now and then another relative who lives with the
        child (never a parent the family-situation text says is away)."""
        fam = self.families[sid]
        if self.rng.random() < 0.8:
            return {"name": fam.guardian["name"], "relation": fam.guardian["relation"]}
        relation = self.rng.choice(met_relations(fam.flags, fam.guardian["relation"]))
        if relation == fam.guardian["relation"]:
            return {"name": fam.guardian["name"], "relation": relation}
        name = guardian_name(self.rng, relation, fam.surname)
        return {"name": name, "relation": relation}

    def advice(self, flags: list[str]) -> str:
        """Advice given at a visit; the video-call advice only where the parents are away."""
        return self.rng.choice(ADVICE + ((LEFT_BEHIND_ADVICE,) if "留守" in flags else ()))

    def day(self, back_from: int = 0, back_to: int = 120) -> date:
        span = max(1, min(back_to, (self.today - self.year_start).days))
        return self.today - timedelta(days=self.rng.randint(back_from, max(back_from, span)))

    def all(self) -> None:
        self.consents()
        self.home_visits()
        self.sessions()
        self.concerns()
        self.referrals()
        self.crisis()

    def consents(self) -> None:
        for sid in self.rng.sample(self.all_ids, min(len(self.all_ids), 40)):
            consents.create_consent(self.s, consents.Consent(
                student_id=sid, purpose="建档", guardian=self.families[sid].guardian["name"],
                relation=self.families[sid].guardian["relation"], date=format_date(self.day(10, 60)),
                method="书面"))  # fmt: skip

    def home_visits(self) -> None:
        for cls, ids in self.by_class.items():
            share = 0.9 if cls == TEACHER_CLASS else self.rng.uniform(0.3, 0.8)
            teacher = head_teacher_name(cls, TEACHER_CLASS)
            for sid in ids[: int(len(ids) * share)]:
                fam, on = self.families[sid], self.day(1, 80)
                follow_up = self.rng.choice(FOLLOW_UPS) if self.rng.random() < 0.3 else ""
                homevisits.create_home_visit(self.s, homevisits.HomeVisit(
                    student_id=sid, date=format_date(on),
                    method=self.rng.choice(homevisits.METHODS),
                    staff=[teacher],
                    met=[self.met_at_home(sid)],
                    purpose="了解学生在家学习生活情况",
                    family_situation=family_situation(self.rng, fam.flags, fam.guardian["relation"]),
                    parents_views=self.rng.choice(PARENTS_VIEWS),
                    advice=self.advice(fam.flags),
                    follow_up=follow_up,
                    follow_up_date=format_date(on + timedelta(days=14)) if follow_up else ""))  # fmt: skip
            self.progress.advance(1)

    def sessions(self) -> None:
        n = max(12, len(self.all_ids) // 12)
        for _ in range(n):
            sid = self.rng.choice(self.all_ids)
            made = sessions.create_session(self.s, sessions.CounselingSession(
                date=format_date(self.day(0, 90)), form="个别",
                source=self.rng.choice(sessions.SOURCES), student_ids=[sid],
                categories=self.rng.sample(sessions.CATEGORIES[:6], 2), start_time="15:30",
                duration_min=40, place="心理辅导室", risk_level=self.rng.choice(("", "", "蓝", "黄"))),
                sessions.SessionNotes(complaint="近期情绪低落，学习注意力不集中",
                    process="倾听、共情，引导学生表达", assessment="一般心理困扰", plan="两周后复谈"))  # fmt: skip
            if self.rng.random() < 0.8:
                from sxcounsel.services.session_notes import add_addendum, sign_session

                sign_session(self.s, made.id)
                if self.rng.random() < 0.1:
                    add_addendum(self.s, made.id, "补充：家长已电话告知后续安排。")
        self.progress.advance(50)

    def concerns(self) -> None:
        picked = self.rng.sample(
            self.all_ids, min(len(self.all_ids), max(6, len(self.all_ids) // 40))
        )
        teacher_ids = set(self.by_class.get(TEACHER_CLASS, [])[:2])
        for i, sid in enumerate([*teacher_ids, *picked]):
            if concerns.find_open_case(self.s, sid):
                continue
            interval = 14 if i % 2 else 30
            opened = self.day(20, 100)
            case = concerns.open_case(self.s, concerns.ConcernCase(
                student_id=sid, opened_on=format_date(opened), risk_level=("红", "橙", "黄", "蓝")[i % 4],
                contact_user=TEACHER_USER if sid in teacher_ids else self.s.username,
                reason_categories=[self.rng.choice(concerns.REASONS[:5])],
                reason_text="情绪波动较大，与同学交往较少", care_plan="每周谈心一次；与监护人保持联系；安排同伴支持",
                review_interval_days=interval))  # fmt: skip
            if i % 3 == 0:  # reviewed once; some of these are overdue again
                concern_reviews.add_review(self.s, concern_reviews.ConcernReview(
                    case_id=case.id, reviewed_on=format_date(min(self.today, opened + timedelta(days=interval))),
                    observations="情绪较前稳定，继续关注"))  # fmt: skip
        self.progress.advance(50)

    def referrals(self) -> None:
        made = [
            institutions.create_institution(self.s, institutions.Institution(name=n, department=d))
            for n, d in HOSPITALS
        ]
        for step_index, step in enumerate(referrals.STEPS):
            sid = self.rng.choice(self.all_ids)
            issued = self.day(25 + step_index * 5, 90)
            r = referrals.create_referral(self.s, referrals.Referral(
                student_id=sid, institution_id=made[step_index % len(made)].id,
                reason="持续情绪低落两个月，有自伤念头", symptoms="失眠、食欲下降、回避社交",
                issued_on=format_date(issued), risk_level="橙",
                consent={"guardian": self.families[sid].guardian["name"],
                         "relation": self.families[sid].guardian["relation"],
                         "date": format_date(issued), "method": "书面"}))  # fmt: skip
            on = issued
            for target in referrals.STEPS[1 : step_index + 1]:
                on = min(self.today, on + timedelta(days=3))
                if target == "回执已收":
                    r = referrals.record_receipt(self.s, r.id, on, "抑郁状态", "门诊随访，药物治疗")
                else:
                    r = referrals.advance_referral(self.s, r.id, target, on)
            if step == "回执已收":
                referral_leave.start_leave(self.s, r.id, on, on)
        self.progress.advance(50)

    def crisis(self) -> None:
        """One event: its kind, hour and class drawn from the seed (a county's demo schools
        each tell a different one), never in the lower grades; a night in the dormitory only for a
        boarder (七年级 and up)."""
        kind, place, description, (first, last), told_after = self.rng.choice(CRISES)
        grades = ("七", "八", "九") if place == "学生宿舍" else ("五", "六", "七", "八", "九")
        ids = [i for c, ids in self.by_class.items() if c.startswith(grades) for i in ids]
        sid = self.rng.choice(ids or self.all_ids)
        who = self.s.account.display_name or self.s.username  # a login is shown as the name
        when = self.day(2, 10)
        minute = self.rng.randint(first * 60, last * 60 + 50)
        told = minute + told_after
        at = f"{format_date(when)} {minute // 60:02d}:{minute % 60:02d}"
        report = crises.report_crisis(self.s, crises.CrisisEvent(
            student_id=sid, occurred_at=at, type=kind, place=place, description=description,
            reported_by=who,
            guardians_informed={"at": f"{format_date(when)} {told // 60:02d}:{told % 60:02d}",
                                "by": who},
            actions=["通知监护人", "校内监护", "报告县中心"]))  # fmt: skip
        if report.suggest_concern:
            crises.open_concern_from_crisis(
                self.s, report.event.id, self.s.username, opened_on=when
            )
        self.progress.advance(50)
