"""A small school with one record of each family, for the list and dashboard tests, and the
page context they open pages with (RecordingContext).

Students: 张小明 and 王小红 in the head teacher's 七年级(2)班, 李华 in 八年级(1)班, 吕梓涵 in
九年级(1)班. 张小明 has a counseling session, a home visit, a key-concern case whose review is
10 days overdue and a referral issued 20 days ago with no receipt; 李华 has a case due today,
an open crisis event and a session; 王小红 a referral issued 3 days ago.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sxcounsel.core.schoolyear import format_date
from sxcounsel.gui.context import PageContext
from sxcounsel.services import concerns, crises, homevisits, institutions, referrals, sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.students import Student, create_student
from tests.conftest import COUNSELOR, COUNSELOR_PASS, make_school

OWN_CLASS, OTHER_CLASS = "七年级(2)班", "八年级(1)班"


def days_ago(n: int) -> str:
    return format_date(date.today() - timedelta(days=n))


def build(home: Path) -> dict[str, str]:
    """Create the school in ``home``; returns record ids by name."""
    make_school(home, OWN_CLASS)
    ids: dict[str, str] = {}
    with Session.unlock(home, COUNSELOR, COUNSELOR_PASS) as s:
        for key, no, name, cls in (
            ("zxm", "G610528200901011234", "张小明", OWN_CLASS),
            ("wxh", "G610528200902021234", "王小红", OWN_CLASS),
            ("lh", "G610528200803031234", "李华", OTHER_CLASS),
            ("lzh", "G610528200704041234", "吕梓涵", "九年级(1)班"),
        ):
            ids[key] = create_student(s, Student(student_no=no, name=name, class_name=cls)).id
        for key, who, day in (("s1", "zxm", 2), ("s2", "lh", 40)):
            ids[key] = sessions.create_session(
                s,
                sessions.CounselingSession(
                    date=days_ago(day),
                    form="个别",
                    source="主动求助",
                    student_ids=[ids[who]],
                    categories=["学业"],
                    risk_level="黄",
                ),
                sessions.SessionNotes(complaint="秘密内容不应出现在列表里"),
            ).id
        ids["hv"] = homevisits.create_home_visit(
            s,
            homevisits.HomeVisit(
                student_id=ids["zxm"],
                date=days_ago(5),
                method="实地",
                staff=["刘老师"],
                met=[{"name": "张建国", "relation": "父亲"}],
                purpose="了解学习情况",
            ),
        ).id
        ids["case_overdue"] = concerns.open_case(
            s,
            concerns.ConcernCase(
                student_id=ids["zxm"],
                opened_on=days_ago(40),
                risk_level="橙",
                contact_user=COUNSELOR,
                reason_categories=["情绪"],
                review_interval_days=30,
            ),
        ).id
        ids["case_due"] = concerns.open_case(
            s,
            concerns.ConcernCase(
                student_id=ids["lh"],
                opened_on=days_ago(14),
                risk_level="红",
                contact_user=COUNSELOR,
                reason_categories=["学业"],
                review_interval_days=14,
            ),
        ).id
        hospital = institutions.create_institution(
            s, institutions.Institution(name="富平县医院", department="心理科")
        )
        for key, who, day in (("ref_old", "zxm", 20), ("ref_new", "wxh", 3)):
            ids[key] = referrals.create_referral(
                s,
                referrals.Referral(
                    student_id=ids[who],
                    institution_id=hospital.id,
                    reason="情绪低落",
                    issued_on=days_ago(day),
                    risk_level="橙",
                ),
            ).id
        ids["crisis"] = crises.report_crisis(
            s,
            crises.CrisisEvent(student_id=ids["lh"], occurred_at=days_ago(1), type="自伤"),
        ).event.id
    return ids


@dataclass
class RecordingContext(PageContext):
    """The real page context, with record opening recorded instead of showing a form."""

    opened: list[tuple[str, Any, dict]] = field(default_factory=list)
    imports: int = 0

    def open_record(self, kind: str, record_id: str | None = None, **defaults: Any) -> None:
        self.opened.append((kind, record_id, defaults))

    def import_roster(self) -> None:
        self.imports += 1
