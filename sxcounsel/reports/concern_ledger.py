"""重点关注学生台账: the school's key-concern students; optionally one 一生一策 page each.

Every page's header names the ledger (or the student's class on a 一生一策 page) and the school
year. The ledger ends with the sign-off block (心理教师签字, 分管领导审核意见, 学校（盖章）, 日期),
each 一生一策 page with signature lines; both sit under the last rows of their table. A 下次研判
date already past is printed in red with "（已逾期）"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from sxcounsel.core.progress import Progress
from sxcounsel.core.schoolyear import school_year_label, school_year_of
from sxcounsel.reports.form import grid
from sxcounsel.reports.page import (
    Built,
    HeaderMark,
    PageInfo,
    build_pdf,
    frame_size,
    heading,
    para,
    signoff,
    style,
)
from sxcounsel.reports.table import Alert, Column, RowsTable

TITLE = "重点关注学生台账"
COLUMNS = (  # weights in points of the landscape frame (745): dates and names never wrap
    Column("序号", 26, 7, center=True),
    Column("姓名", 58, 10),
    Column("班级", 66, 12),
    Column("预警等级", 44, 8, center=True),
    Column("关注原因", 150, 40),
    Column("关爱措施", 112, 40),
    Column("专人分包联系人", 76, 14),
    Column("建档日期", 53, 12, center=True),
    Column("最近研判", 53, 12, center=True),
    Column("下次研判", 53, 12, center=True),
    Column("状态", 54, 10, center=True),
)
SIGNOFF = (
    ("心理教师签字", "日期"),
    ("分管领导审核意见",),
    ("分管领导签字", "学校（盖章）", "日期"),
)
PLAN_SIGNOFF = (("专人分包联系人签字", "心理教师签字", "监护人签字", "日期"),)
OVERDUE = "（已逾期）"
CLOSED = "已结案"
REVIEW_COLUMNS = (  # printed at 10 pt
    Column("序号", 30, 6, center=True),
    Column("研判日期", 62, 12, center=True),
    Column("研判人", 70, 12),
    Column("研判前等级", 58, 10, center=True),
    Column("研判后等级", 58, 10, center=True),
    Column("观察与研判情况", 467, 60),
)


@dataclass(frozen=True)
class ReviewLine:
    date: str
    reviewer: str
    level_before: str
    level_after: str
    observations: str


@dataclass(frozen=True)
class ConcernLine:
    student_name: str
    class_name: str
    risk_level: str
    reasons: str  # 情绪、家庭：……
    contact: str
    opened_on: str
    last_review: str
    next_review: str
    status: str  # 跟踪中 / 今日研判 / 逾期未研判 / 已结案 (case_status)
    # The 一生一策 page:
    student_no: str = ""
    gender: str = ""
    birth_date: str = ""
    flags: str = ""
    guardians: str = ""
    care_plan: str = ""
    interval_days: int = 0
    closed: str = ""  # 2026-01-10 情况稳定
    reviews: Sequence[ReviewLine] = field(default_factory=tuple)


@dataclass(frozen=True)
class ConcernLedger:
    school_name: str
    as_of: str  # 2025-11-29
    lines: Sequence[ConcernLine]


def case_status(closed: bool, next_review: str, as_of: str) -> str:
    """What the case's row says: 已结案, or where its reviews stand on ``as_of``."""
    if closed:
        return CLOSED
    if next_review and next_review < as_of:
        return "逾期未研判"
    if next_review == as_of:
        return "今日研判"
    return "跟踪中"


def overdue(c: ConcernLine, as_of: str) -> bool:
    return c.status != CLOSED and c.next_review[:1].isdigit() and c.next_review < as_of


def table_rows(ledger: ConcernLedger, *, pdf: bool = False) -> list[list[str]]:
    rows: list[list[str]] = []
    for n, c in enumerate(ledger.lines, 1):
        nxt = c.next_review
        if overdue(c, ledger.as_of):
            nxt = Alert(f"{nxt}\n{OVERDUE}") if pdf else f"{nxt}{OVERDUE}"
        rows.append(
            [
                str(n),
                c.student_name,
                c.class_name,
                c.risk_level,
                c.reasons,
                c.care_plan or "—",
                c.contact,
                c.opened_on,
                c.last_review,
                nxt,
                c.status,
            ]
        )
    return rows


PLAN_COLUMNS = (
    Column("姓名", 7, 10),
    Column("班级", 8, 12),
    Column("监护人", 12, 30),
    Column("家庭情况", 8, 16),
    Column("研判周期（天）", 6, 12, center=True),
    Column("关爱方案", 30, 60),
    Column("结案", 10, 24),
)
REVIEW_SHEET_COLUMNS = (
    Column("姓名", 7, 10),
    Column("班级", 8, 12),
    *REVIEW_COLUMNS[1:],
)


# What each XLSX row holds, in the order of PLAN_COLUMNS / REVIEW_SHEET_COLUMNS.
_PLAN = ("student_name", "class_name", "guardians", "flags", "interval_days", "care_plan", "closed")
_REVIEW = ("date", "reviewer", "level_before", "level_after", "observations")


def plan_rows(ledger: ConcernLedger) -> list[list[str]]:
    """一生一策 for the XLSX export: one row per student."""
    return [[str(getattr(c, f)) for f in _PLAN] for c in ledger.lines]


def review_rows(ledger: ConcernLedger) -> list[list[str]]:
    """Every review of every case, for the XLSX export."""
    return [
        [c.student_name, c.class_name, *(getattr(r, f) for f in _REVIEW)]
        for c in ledger.lines
        for r in c.reviews
    ]


def subtitle(ledger: ConcernLedger) -> str:
    open_ = sum(1 for c in ledger.lines if c.status != CLOSED)
    late = sum(1 for c in ledger.lines if overdue(c, ledger.as_of))
    text = f"{year_label(ledger)}　截至 {ledger.as_of}　共 {len(ledger.lines)} 人，其中跟踪中 {open_} 人"
    return text + (f"，逾期未研判 {late} 人" if late else "")


def year_label(ledger: ConcernLedger) -> str:
    return school_year_label(school_year_of(date.fromisoformat(ledger.as_of)))


def plan_page(c: ConcernLine, school_name: str, year: str = "") -> list[Flowable]:
    width, height = frame_size(True)
    rows = [
        [("姓名", c.student_name), ("班级", c.class_name)],
        [("学籍号", c.student_no), ("性别", c.gender)],
        [("出生日期", c.birth_date), ("家庭情况", c.flags or "—")],
        [("监护人", c.guardians or "—")],
        [("预警等级", c.risk_level), ("状态", c.status)],
        [("关注原因", c.reasons)],
        [("专人分包联系人", c.contact), ("研判周期", f"每 {c.interval_days} 天")],
        [("建档日期", c.opened_on), ("下次研判", c.next_review or "—")],
        [("关爱方案", c.care_plan or "（尚未填写）")],
    ]
    if c.closed:
        rows.append([("结案", c.closed)])
    out: list[Flowable] = [PageBreak(), HeaderMark(f"一生一策 关爱方案　{c.class_name}　{year}")]
    out += heading(f"{school_name} 一生一策 关爱方案", f"{year} {c.class_name} {c.student_name}")
    out += [grid(rows, width, label=90), Spacer(1, 10)]
    out.append(CondPageBreak(120))  # the heading goes with the header, a row and the sign-off
    out.append(para("跟踪研判记录", style("h2", 12, spaceAfter=4)))
    reviews = [
        [str(n), r.date, r.reviewer, r.level_before, r.level_after, r.observations]
        for n, r in enumerate(c.reviews, 1)
    ]
    out.append(
        RowsTable(
            REVIEW_COLUMNS,
            reviews,
            max_row_height=height,
            empty_text="（暂无研判记录）",
            size=10,
            tail=[Spacer(1, 12), signoff(PLAN_SIGNOFF, width)],
        )
    )
    return out


def story(
    ledger: ConcernLedger, with_plans: bool = False, progress: Progress | None = None
) -> list[Flowable]:
    out = heading(f"{ledger.school_name} {TITLE}", subtitle(ledger))
    width, height = frame_size(True)
    out.append(
        RowsTable(
            COLUMNS,
            table_rows(ledger, pdf=True),
            max_row_height=height,
            empty_text="（暂无重点关注学生）",
            progress=progress,
            tail=[Spacer(1, 12), signoff(SIGNOFF, width)],
        )
    )
    if with_plans:
        for c in ledger.lines:
            out += plan_page(c, ledger.school_name, year_label(ledger))
    return out


def build(
    ledger: ConcernLedger,
    info: PageInfo,
    *,
    with_plans: bool = False,
    progress: Progress | None = None,
) -> Built:
    info = replace(info, header=info.header or f"{TITLE}　全校　{year_label(ledger)}")
    return build_pdf(story(ledger, with_plans, progress), info)
