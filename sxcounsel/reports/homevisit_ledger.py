"""家访工作台账: every home visit of one class in one school year, then the coverage summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Spacer

from sxcounsel.core.progress import Progress
from sxcounsel.core.schoolyear import school_year_label
from sxcounsel.reports.page import Built, PageInfo, build_pdf, frame_size, heading, para, style
from sxcounsel.reports.table import Column, RowsTable

TITLE = "家访工作台账"
COLUMNS = (
    Column("序号", 4.2, 7, center=True),
    Column("学生姓名", 7, 10),
    Column("家访日期", 7.2, 12, center=True),
    Column("方式", 4, 6, center=True),
    Column("家访教师", 6.5, 14),
    Column("受访人", 11, 18),
    Column("家庭情况", 21, 40),
    Column("家长意见", 19, 32),
    Column("后续跟进", 15, 30),
)


@dataclass(frozen=True)
class VisitLine:
    student_name: str
    date: str
    method: str
    staff: str  # 刘军、王丽
    met: str  # 李桂兰（祖母）
    family_situation: str
    parents_views: str
    follow_up: str
    follow_up_date: str = ""


@dataclass(frozen=True)
class HomeVisitLedger:
    school_name: str
    class_name: str
    school_year: int
    visits: Sequence[VisitLine]
    students: int  # enrolled students of the class
    visited: int  # of them, visited at least once this school year
    not_visited: Sequence[str]  # their names, in 学籍号 order


def title(ledger: HomeVisitLedger) -> tuple[str, str]:
    return (
        f"{ledger.school_name} {TITLE}",
        f"{school_year_label(ledger.school_year)} {ledger.class_name}",
    )


def table_rows(ledger: HomeVisitLedger, *, pdf: bool = False) -> list[list[str]]:
    """The table's cells; on paper each person and the follow-up date get a line of their own
    (CJK wrapping would otherwise cut a name or a date in two)."""
    sep = "\n" if pdf else "、"
    rows = []
    for n, v in enumerate(ledger.visits, 1):
        follow = v.follow_up
        if v.follow_up_date:
            date = f"跟进日期：{v.follow_up_date}"
            follow = f"{follow}\n{date}" if pdf else f"{follow}（{date}）"
        rows.append(
            [
                str(n),
                v.student_name,
                v.date,
                v.method,
                v.staff.replace("、", sep),
                v.met.replace("、", sep),
                v.family_situation,
                v.parents_views,
                follow.strip(),
            ]
        )
    return rows


def coverage_lines(ledger: HomeVisitLedger) -> list[str]:
    share = f"{ledger.visited * 100 / ledger.students:.1f}%" if ledger.students else "—"
    lines = [
        f"本学年在校学生 {ledger.students} 人，已家访 {ledger.visited} 人，"
        f"覆盖率 {share}；共记录家访 {len(ledger.visits)} 次。"
    ]
    if ledger.not_visited:
        names = "、".join(ledger.not_visited)
        lines.append(f"尚未家访学生（{len(ledger.not_visited)} 人）：{names}")
    elif ledger.students:
        lines.append("本班在校学生均已家访。")
    return lines


def story(ledger: HomeVisitLedger, progress: Progress | None = None) -> list[Flowable]:
    head, sub = title(ledger)
    body = style("body", 10.5)
    out: list[Flowable] = heading(head, sub)
    out.append(
        RowsTable(
            COLUMNS,
            table_rows(ledger, pdf=True),
            max_row_height=frame_size(True)[1],
            empty_text="（本学年暂无家访记录）",
            progress=progress,
        )
    )
    summary = [Spacer(1, 10), para("家访覆盖情况", style("h2", 12, spaceAfter=4))]
    summary += [para(line, body) for line in coverage_lines(ledger)]
    out.append(KeepTogether(summary))  # the heading never stays behind alone
    return out


def build(ledger: HomeVisitLedger, info: PageInfo, progress: Progress | None = None) -> Built:
    return build_pdf(story(ledger, progress), info)
