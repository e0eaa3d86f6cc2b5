"""One real school store for the report tests, filled through the services, and PDF readers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest

from sxcounsel.services.account_session import Session
from sxcounsel.services.concern_reviews import ConcernReview, add_review
from sxcounsel.services.concerns import ConcernCase, open_case
from sxcounsel.services.homevisits import HomeVisit, create_home_visit
from sxcounsel.services.institutions import Institution, create_institution
from sxcounsel.services.referrals import Referral, advance_referral, create_referral
from sxcounsel.services.session_notes import add_addendum, sign_session
from sxcounsel.services.sessions import CounselingSession, SessionNotes, create_session
from sxcounsel.services.students import Student, create_student
from tests.conftest import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    TEACHER,
    TEACHER_PASS,
    make_school,
)

OWN_CLASS, OTHER_CLASS = "七年级(2)班", "八年级(1)班"
RARE = "欧阳堃玥"  # 生僻字 the bundled font has
LONG_SITUATION = (
    "父母长期在外地务工，孩子由祖母一人照顾，祖母年迈且不识字，无法辅导功课；"
    "家中经济来源主要依靠父母每月汇款，住房为老旧砖房，孩子有独立书桌。"
)
NOTES = SessionNotes(
    complaint="近两周入睡困难，不想上学。",
    process="建立关系，倾听学生讲述与同学的矛盾；进行放松训练。",
    assessment="情绪低落，暂无自伤念头。",
    plan="一周后复谈，与班主任沟通座位安排。",
)


@pytest.fixture(scope="package")
def w(tmp_path_factory):
    home = tmp_path_factory.mktemp("reports") / "home"
    make_school(home, OWN_CLASS)
    c = Session.unlock(home, COUNSELOR, COUNSELOR_PASS)
    t = Session.unlock(home, TEACHER, TEACHER_PASS)
    a = Session.unlock(home, ADMIN, ADMIN_PASS)
    grandma = {"name": "李桂兰", "relation": "祖母", "phone": "13812345678"}
    ids = {}
    for no, name, cls, extra in (
        ("S0001", "张三", OWN_CLASS, {"guardians": [grandma], "flags": ["留守"], "gender": "男"}),
        ("S0002", RARE, OWN_CLASS, {"gender": "女"}),
        ("S0003", "李四", OWN_CLASS, {}),
        ("S0004", "王五", OTHER_CLASS, {}),
    ):
        ids[name] = create_student(c, Student(student_no=no, name=name, class_name=cls, **extra)).id
    v1 = create_home_visit(
        t,
        HomeVisit(
            student_id=ids["张三"],
            date="2025-09-12",
            method="实地",
            staff=["刘军", "赵敏"],
            met=[{"name": "李桂兰", "relation": "祖母"}],
            purpose="了解留守儿童家庭情况",
            family_situation=LONG_SITUATION,
            parents_views="希望学校多关注孩子的学习和情绪。",
            advice="每周与父母视频通话一次。",
            follow_up="每月电话回访",
            follow_up_date="2025-10-12",
        ),
    )
    create_home_visit(
        t,
        HomeVisit(
            student_id=ids[RARE],
            date="2025-10-08",
            method="电话",
            staff=["刘军"],
            met=[{"name": "欧阳明", "relation": "父亲"}],
            purpose="沟通近期学习情况",
        ),
    )
    create_home_visit(  # another class: never on 七年级(2)班's ledger
        c,
        HomeVisit(
            student_id=ids["王五"],
            date="2025-09-20",
            method="视频",
            staff=["赵敏"],
            met=[{"name": "王大山", "relation": "父亲"}],
            purpose="了解情况",
        ),
    )
    case = open_case(
        c,
        ConcernCase(
            student_id=ids["张三"],
            opened_on="2025-09-15",
            risk_level="橙",
            contact_user=TEACHER,
            reason_categories=["情绪", "家庭"],
            reason_text="留守，近期情绪低落",
            care_plan="班主任每周谈心一次；心理教师每两周个别辅导；联系父母每月视频。",
        ),
    )
    add_review(
        t,
        ConcernReview(
            case_id=case.id, reviewed_on="2025-10-15", observations="情绪有所好转，按时到校。"
        ),
    )
    hospital = create_institution(
        c, Institution("富平县医院", "心理科", "0913-1234567", "富平县城关镇东风路1号")
    )
    referral = create_referral(
        c,
        Referral(
            student_id=ids["张三"],
            institution_id=hospital.id,
            reason="持续情绪低落两个月，有自伤念头。",
            symptoms="失眠、食欲下降",
            issued_on="2025-10-20",
            risk_level="橙",
            consent={
                "guardian": "李桂兰",
                "relation": "祖母",
                "date": "2025-10-21",
                "method": "书面",
            },
        ),
    )
    advance_referral(c, referral.id, "送达监护人", "2025-10-21")
    counseling = create_session(
        c,
        CounselingSession(
            date="2025-09-20",
            form="个别",
            source="班主任转介",
            student_ids=[ids["张三"]],
            categories=["情绪", "人际"],
            start_time="15:30",
            duration_min=45,
            place="心理辅导室",
            risk_level="黄",
        ),
        NOTES,
    )
    sign_session(c, counseling.id)
    add_addendum(c, counseling.id, "补记：学生提到周末与父亲通话后情绪好转。")
    yield SimpleNamespace(
        home=home,
        c=c,
        t=t,
        a=a,
        ids=ids,
        visit=v1,
        case=case,
        referral=referral,
        session=counseling,
    )
    for s in (c, t, a):
        s.lock()


# -- reading PDFs back -----------------------------------------------------------------------
def pdf_text(path: Path, mode: str = "-layout") -> str:
    """The PDF's text (``-layout`` keeps columns; ``-raw`` keeps drawing order, so a wrapped
    table cell comes out in one piece)."""
    return subprocess.run(
        ["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts rows: name, type, emb, sub."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    out = []
    for line in lines:
        parts = line.split()
        out.append({"name": parts[0], "type": parts[1], "emb": parts[-5], "sub": parts[-4]})
    return out


def assert_cjk_subset_only(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts, "no fonts in the PDF"
    for f in fonts:
        assert re.fullmatch(r"[A-Z]{6}\+(WenQuanYiMicroHei(Mono)?-\d+|SxRareHan[AB])", f["name"]), f
        assert (f["emb"], f["sub"]) == ("yes", "yes"), f
    # and every character on the pages is one the embedded font can draw (no empty boxes)
    from sxcounsel.reports.fonts import missing_glyphs

    text = "".join(pdf_text(path, "-raw").split())
    assert missing_glyphs(text) == set()


def page_texts(path: Path) -> list[str]:
    return pdf_text(path).split("\f")[: pdf_pages(path)]


def assert_numbered(path: Path) -> int:
    """Every page says 第 X 页 / 共 N 页 with the true N; returns N."""
    pages = page_texts(path)
    n = len(pages)
    for i, text in enumerate(pages, 1):
        # pdftotext may drop the spaces beside the digits
        assert re.search(rf"第\s*{i}\s*页\s*/\s*共\s*{n}\s*页", text), (i, text[-300:])
        assert "内部资料 注意保密" in text
    return n


def audit_rows(session: Session, action: str) -> list[tuple]:
    return [
        tuple(r)
        for r in session.store.conn.execute(
            "SELECT actor, action, record_type, record_id, result, detail FROM audit_log "
            "WHERE action = ? ORDER BY seq",
            (action,),
        )
    ]
