"""县级统计报告: county totals and per-school figures for the city and the province.

DE-IDENTIFIED by construction: the report is built from counts only (services/county_stats.py
figures), never from a student row, so no name, id or 学籍号 can reach it; and every count
below ``SMALL`` is printed as "<5", so that a small school's few cases cannot be told apart.
Percentages are whole numbers. Schools are named (they are institutions, not persons).

``write_county_report`` gathers the figures, renders the PDF (county_report_pdf.py, with
reportlab charts) or the XLSX (county_report_xlsx.py), writes the file atomically and adds one
audit entry ("print" for a PDF, "export" for a workbook).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.progress import Progress
from sxcounsel.core.schoolyear import school_year_label
from sxcounsel.services import county_stats as cs
from sxcounsel.services.printing import PDF, XLSX, Printed, output_format
from sxcounsel.services.session import Session
from sxcounsel.store.atomic import atomic_write_bytes

SMALL = 5
SUPPRESSED = "<5"
TITLE = "中小学生心理健康工作统计报告"


def cell(n: int) -> str:
    """A count as printed: below five it reads "<5" (small-cell suppression)."""
    return SUPPRESSED if n < SMALL else str(n)


def share(part: int, whole: int) -> str:
    return f"{part * 100 // whole}%" if whole else "—"


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
    concerns_by_month: cs.MonthlySeries
    crises_by_month: cs.MonthlySeries
    printed_by: str
    printed_at: datetime

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
            (f"转介超过 {cs.WAITING_DAYS} 天未收到回执（人次）", cell(self.total("referrals_waiting"))),
            ("未结案的心理危机事件（起）", cell(self.total("open_crises"))),
            ("本学年心理危机事件（起）", cell(self.total("crises_year"))),
            ("本学年已家访学生（人）", cell(visited)),
            ("本学年家访覆盖率", share(visited, students)),
            (f"超过 {cs.SILENT_DAYS} 天未同步的学校（所）",
             str(sum(s.days_silent > cs.SILENT_DAYS for s in self.schools))),
        ]  # fmt: skip
        return rows

    def notes(self) -> list[str]:
        return [
            f"统计口径：截至 {self.as_of.isoformat()} 各校已同步到县中心的记录；"
            f"学年为 {self.year_label}（9月1日至次年8月31日）。",
            "本报告已去标识化：不含学生姓名、身份证号、学籍号或任何记录编号；"
            f"小于 {SMALL} 的数字一律记为“{SUPPRESSED}”，图中按 0 绘制。",
            "家访覆盖率 = 本学年至少家访一次的在校学生 ÷ 在校学生（省级目标：每生每学年至少一次）。",
        ]


def gather(session: Session, school_year: int, today: date | None = None) -> CountyReport:
    """The figures of the report, from the county's synced records (counts only)."""
    today = today or date.today()
    if not 2000 <= school_year <= 2100:
        raise ValidationError(
            f"The school year {school_year} is not a year like 2025.", field="year"
        )
    figures = cs.school_figures(session, today)
    schools = cs.by_school(cs.coverage(session, school_year))
    visited = {s.school_code: s.visited for s in schools}
    crises: dict[str, int] = {}
    for c in cs.crisis_timeline(session, school_year):
        crises[c.school_code] = crises.get(c.school_code, 0) + 1
    concerns = cs.monthly_concerns(session, school_year, today)
    levels = cs.level_order({lv for f in figures for lv in f.open_cases} | set(concerns.series))
    lines = [
        SchoolLine(f.name, f.students, dict(f.open_cases), f.overdue_reviews,
                   f.referrals_waiting, f.open_crises, crises.get(f.code, 0),
                   visited.get(f.code, 0), f.days_silent)
        for f in figures
    ]  # fmt: skip
    return CountyReport(
        county_name=session.store.meta("county_name"),
        school_year=school_year,
        as_of=today,
        levels=levels,
        schools=lines,
        concerns_by_month=concerns,
        crises_by_month=cs.crises_by_month(session, school_year),
        printed_by=session.username,
        printed_at=datetime.now(),
    )


def write_county_report(
    session: Session,
    school_year: int,
    path: Path,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> Printed:
    """Build the report as PDF or XLSX (by the file's suffix), write it atomically, audit it."""
    path = Path(path)
    fmt = output_format(path, (PDF, XLSX))
    if progress is not None:
        progress.start(3, "county report")
    report = gather(session, school_year, today)
    if progress is not None:
        progress.advance()
    if fmt == PDF:
        from sxcounsel.reports import county_report_pdf

        built = county_report_pdf.build(report)
        data, pages = built.data, built.pages
    else:
        from sxcounsel.reports import county_report_xlsx

        data, pages = county_report_xlsx.build(report), 0
    if progress is not None:
        progress.advance()
    atomic_write_bytes(path, data)
    session.store.audit(
        session.username,
        "print" if fmt == PDF else "export",
        "county_report",
        session.store.meta("county_code"),
        detail=f"{school_year_label(school_year)} {fmt[1:]}, {len(report.schools)} schools",
    )
    if progress is not None:
        progress.advance()
    return Printed(path, fmt, pages, len(report.schools))
