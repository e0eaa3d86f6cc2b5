"""The county statistics report (``county report``, the county's report page): the figures
gathered from the county's synced records (counts only; county/stats.py) into the plain
``CountyReport`` of reports/county_report.py, drawn as PDF or XLSX, written atomically, with
one audit entry ("print" for a PDF, "export" for a workbook).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.progress import Progress
from sxcounsel.core.schoolyear import school_year_label
from sxcounsel.county import stats as cs
from sxcounsel.reports import county_report_pdf, county_report_xlsx
from sxcounsel.reports.county_report import CountyReport, SchoolLine
from sxcounsel.services.account_session import Session
from sxcounsel.services.printing import PDF, XLSX, Printed, output_format
from sxcounsel.store.atomic import atomic_write_bytes


def gather(session: Session, school_year: int, today: date | None = None) -> CountyReport:
    """The figures of the report, from the county's synced records (counts only)."""
    today = today or date.today()
    if not 2000 <= school_year <= 2100:
        raise ValidationError("county.school_year", school_year=school_year, field="year")
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
        printed_by=session.account.display_name or session.username,
        printed_at=datetime.now(),
        waiting_days=cs.WAITING_DAYS,
        silent_days=cs.SILENT_DAYS,
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
        built = county_report_pdf.build(report)
        data, pages = built.data, built.pages
    else:
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
