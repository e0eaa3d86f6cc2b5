"""家访工作台账: every home visit of one class in one school year, the coverage summary and the
sign-off block an inspection asks for (班主任签字, 学校审核意见, 审核人签字, 学校（盖章）, 日期).

Every page's header names the ledger, the class and the school year; the summary and the
sign-off block sit under the last rows of the table and go to a new page only with them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.platypus import Flowable, Spacer

from sxcounsel.core.progress import Progress
from sxcounsel.core.schoolyear import school_year_label
from sxcounsel.reports import page
from sxcounsel.reports.table import Column, RowsTable

TITLE = "家访工作台账"
COLUMNS = (  # weights in points of the landscape frame (745): dates and names never wrap
    Column("序号", 26, 7, center=True),
    Column("学生姓名", 58, 10),
    Column("家访日期", 56, 12, center=True),
    Column("方式", 28, 6, center=True),
    Column("家访教师", 46, 14),
    Column("受访人", 76, 18),
    Column("家庭情况", 96, 40),
    Column("家访内容", 85, 30),
    Column("家长意见", 85, 32),
    Column("指导建议", 85, 32),
    Column("后续跟进", 104, 30),
)
SIGNOFF = (
    ("班主任签字", "日期"),
    ("学校审核意见",),
    ("审核人签字", "学校（盖章）", "日期"),
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
    purpose: str = ""  # 家访内容: what the visit was about
    advice: str = ""  # 指导建议 given to the family


@dataclass(frozen=True)
class HomeVisitLedger:
    school_name: str
    class_name: str
    school_year: int
    visits: Sequence[VisitLine]
    students: int  # enrolled students of the class
    visited: int  # of them, visited at least once this school year
    not_visited: Sequence[str]  # their names, in 学籍号 order
    head_teacher: str = ""  # 班主任's name(s), 刘军、赵敏


def title(ledger: HomeVisitLedger) -> tuple[str, str]:
    return (
        f"{ledger.school_name} {TITLE}",
        f"{school_year_label(ledger.school_year)} {ledger.class_name}",
    )


def head_teacher_line(ledger: HomeVisitLedger) -> str:
    return f"班主任：{ledger.head_teacher}" if ledger.head_teacher else ""


def page_header(ledger: HomeVisitLedger) -> str:
    """What every page's header says besides the school."""
    return f"{TITLE}　{ledger.class_name}　{school_year_label(ledger.school_year)}"


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
                v.purpose,
                v.parents_views,
                v.advice,
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
    teacher = head_teacher_line(ledger)
    out: list[Flowable] = page.heading(head, f"{sub}　{teacher}" if teacher else sub)
    out.append(
        RowsTable(
            COLUMNS,
            table_rows(ledger, pdf=True),
            max_row_height=page.frame_size(True)[1],
            empty_text="（本学年暂无家访记录）",
            progress=progress,
            tail=tail(ledger),
        )
    )
    return out


def tail(ledger: HomeVisitLedger) -> list[Flowable]:
    """The coverage summary and the sign-off block, drawn under the table's last rows."""
    body = page.style("body", 10.5)
    out: list[Flowable] = [
        Spacer(1, 10),
        page.para("家访覆盖情况", page.style("h2", 12, spaceAfter=4)),
    ]
    out += [page.para(line, body) for line in coverage_lines(ledger)]
    out += [Spacer(1, 10), page.signoff(SIGNOFF, page.frame_size(True)[0])]
    return out


def build(
    ledger: HomeVisitLedger, info: page.PageInfo, progress: Progress | None = None
) -> page.Built:
    info = replace(info, header=info.header or page_header(ledger))
    return page.build_pdf(story(ledger, progress), info)
