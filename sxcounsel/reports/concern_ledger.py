"""重点关注学生台账: the school's key-concern students; optionally one 一生一策 page each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from sxcounsel.core.progress import Progress
from sxcounsel.reports.form import grid
from sxcounsel.reports.page import Built, PageInfo, build_pdf, frame_size, heading, para, style
from sxcounsel.reports.table import Column, RowsTable

TITLE = "重点关注学生台账"
COLUMNS = (
    Column("序号", 4.2, 7, center=True),
    Column("姓名", 7, 10),
    Column("班级", 8, 12),
    Column("预警等级", 5, 8, center=True),
    Column("关注原因", 22, 40),
    Column("专人分包联系人", 9, 14),
    Column("建档日期", 7.5, 12, center=True),
    Column("最近研判", 7.5, 12, center=True),
    Column("下次研判", 7.5, 12, center=True),
    Column("状态", 5, 8, center=True),
)
REVIEW_COLUMNS = (
    Column("序号", 3, 6, center=True),
    Column("研判日期", 8, 12, center=True),
    Column("研判人", 8, 12),
    Column("研判前等级", 6, 10, center=True),
    Column("研判后等级", 6, 10, center=True),
    Column("观察与研判情况", 50, 60),
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
    status: str  # 跟踪中 / 已结案
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


def table_rows(ledger: ConcernLedger) -> list[list[str]]:
    return [
        [
            str(n),
            c.student_name,
            c.class_name,
            c.risk_level,
            c.reasons,
            c.contact,
            c.opened_on,
            c.last_review,
            c.next_review,
            c.status,
        ]
        for n, c in enumerate(ledger.lines, 1)
    ]


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
    open_ = sum(1 for c in ledger.lines if c.status == "跟踪中")
    return f"截至 {ledger.as_of}　共 {len(ledger.lines)} 人，其中跟踪中 {open_} 人"


def plan_page(c: ConcernLine, school_name: str) -> list[Flowable]:
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
    out: list[Flowable] = [PageBreak()]
    out += heading(f"{school_name} 一生一策 关爱方案", f"{c.class_name} {c.student_name}")
    out += [grid(rows, width, label=90), Spacer(1, 10)]
    out.append(CondPageBreak(60))  # the heading goes with at least the table's header
    out.append(para("跟踪研判记录", style("h2", 12, spaceAfter=4)))
    reviews = [
        [str(n), r.date, r.reviewer, r.level_before, r.level_after, r.observations]
        for n, r in enumerate(c.reviews, 1)
    ]
    out.append(
        RowsTable(REVIEW_COLUMNS, reviews, max_row_height=height, empty_text="（暂无研判记录）")
    )
    return out


def story(
    ledger: ConcernLedger, with_plans: bool = False, progress: Progress | None = None
) -> list[Flowable]:
    out = heading(f"{ledger.school_name} {TITLE}", subtitle(ledger))
    out.append(
        RowsTable(
            COLUMNS,
            table_rows(ledger),
            max_row_height=frame_size(True)[1],
            empty_text="（暂无重点关注学生）",
            progress=progress,
        )
    )
    if with_plans:
        for c in ledger.lines:
            out += plan_page(c, ledger.school_name)
    return out


def build(
    ledger: ConcernLedger,
    info: PageInfo,
    *,
    with_plans: bool = False,
    progress: Progress | None = None,
) -> Built:
    return build_pdf(story(ledger, with_plans, progress), info)
