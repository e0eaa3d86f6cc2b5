"""县级统计报告: county totals and per-school figures for the city and the province.

DE-IDENTIFIED by construction: the report is built from counts only (county/stats.py
figures), never from a student row, so no name, id or 学籍号 can reach it; and every count
below ``SMALL`` is printed as "<5", so that a small school's few cases cannot be told apart.
Percentages are whole numbers. Schools are named (they are institutions, not persons).

This module holds the report's plain data and how a count is printed; county/report.py
gathers the figures into a ``CountyReport`` and hands it to county_report_pdf.py (with
reportlab charts) or county_report_xlsx.py, which draw what they are given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sxcounsel.core.schoolyear import school_year_label

SMALL = 5
SUPPRESSED = "<5"
TITLE = "中小学生心理健康工作统计报告"


def cell(n: int) -> str:
    """A count as printed: below five it reads "<5" (small-cell suppression)."""
    return SUPPRESSED if n < SMALL else str(n)


def share(part: int, whole: int) -> str:
    return f"{part * 100 // whole}%" if whole else "—"


class Series(Protocol):
    """Counts per month (county/stats.py MonthlySeries)."""

    months: list[str]  # "2025-09", ...
    series: dict[str, list[int]]  # name (risk level, or "" for one series) -> per month

    def total(self) -> list[int]: ...


@dataclass(frozen=True)
class SchoolLine:
    """One school's figures (raw counts; suppression happens when printing)."""

    name: str
    students: int
    open_cases: dict[str, int]
    overdue_reviews: int
    referrals_waiting: int
    open_crises: int
    crises_year: int
    visited: int
    days_silent: int


@dataclass(frozen=True)
class CountyReport:
    county_name: str
    school_year: int
    as_of: date
    levels: list[str]
    schools: list[SchoolLine]
    concerns_by_month: Series
    crises_by_month: Series
    printed_by: str
    printed_at: datetime
    waiting_days: int  # a referral without a receipt for longer counts as waiting
    silent_days: int  # a school that has sent nothing for longer stands out

    @property
    def year_label(self) -> str:
        return school_year_label(self.school_year)

    def total(self, name: str) -> int:
        return sum(getattr(s, name) for s in self.schools)

    def open_total(self, level: str | None = None) -> int:
        return sum(n for s in self.schools for lv, n in s.open_cases.items() if level in (None, lv))

    def summary(self) -> list[tuple[str, str]]:
        """(label, printed value) of the county totals."""
        students, visited = self.total("students"), self.total("visited")
        rows = [
            ("纳入统计的学校（所）", str(len(self.schools))),
            ("在校学生（人）", cell(students)),
            ("重点关注学生（在册，人）", cell(self.open_total())),
        ]
        rows += [(f"　其中 {lv}色预警", cell(self.open_total(lv))) for lv in self.levels]
        rows += [
            ("研判逾期（人）", cell(self.total("overdue_reviews"))),
            (f"转介超过 {self.waiting_days} 天未收到回执（人次）", cell(self.total("referrals_waiting"))),
            ("未结案的心理危机事件（起）", cell(self.total("open_crises"))),
            ("本学年心理危机事件（起）", cell(self.total("crises_year"))),
            ("本学年已家访学生（人）", cell(visited)),
            ("本学年家访覆盖率", share(visited, students)),
            (f"超过 {self.silent_days} 天未同步的学校（所）",
             str(sum(s.days_silent > self.silent_days for s in self.schools))),
        ]  # fmt: skip
        return rows

    def notes(self) -> list[str]:
        # No closing mark right after another ("）。", "”，"): reportlab hangs only one closing
        # mark past the line end, so the second would start the next line.
        return [
            f"统计口径：截至 {self.as_of.isoformat()} 各校已同步到县中心的记录；"
            f"学年为 {self.year_label}，即9月1日至次年8月31日。",
            "本报告已去标识化：不含学生姓名、身份证号、学籍号或任何记录编号；"
            f"小于 {SMALL} 的数字一律记为 {SUPPRESSED}，图中不单独绘出。",
            "家访覆盖率 = 本学年至少家访一次的在校学生 ÷ 在校学生；"
            "省级目标为每生每学年至少家访一次。",
        ]
