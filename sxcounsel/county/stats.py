"""County-wide figures over the records the schools sent (read-only; the county role only).

Every record is kept at the county as the school sent it: one JSON object per record in
``county_records.data`` whose fields are the school table's columns (sync/export.py). The
figures here count live records (``deleted = 0``) with SQLite's ``json_extract``, one grouped
query per figure, so 200 schools cost a handful of scans rather than 200 × a handful.

| function            | what                                                                 |
|---------------------|----------------------------------------------------------------------|
| school_figures      | per enrolled school: sync state and counts (students, open cases by   |
|                     | level, overdue reviews, referrals waiting > 14 days, open crises)     |
| concern_roster      | open key-concern cases across schools (filter: school, level, overdue)|
| referrals_waiting   | referrals without a receipt, issued at least 14 days ago              |
| crisis_timeline     | crisis events, newest first                                           |
| coverage            | home-visit coverage per school and class for a school year            |
| monthly_concerns    | open key-concern cases at each month's end, by risk level            |
| crises_by_month     | crisis events per month of a school year                              |
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sxcounsel.core import permissions
from sxcounsel.core.errors import PermissionDenied
from sxcounsel.core.schoolyear import school_year_range
from sxcounsel.services.account_session import Session
from sxcounsel.services.risklevels import DEFAULT_LEVELS

SILENT_DAYS = 14  # a school that has sent nothing for longer stands out
WAITING_DAYS = 14  # a referral without a receipt for longer counts as waiting
ENROLLED = "在校"
OPEN = "open"
WAITING_STATUSES = ("开具", "送达监护人", "已就诊")  # services/referrals.py WAITING


def _field(name: str, alias: str = "r") -> str:
    return f"json_extract({alias}.data, '$.{name}')"


def _text(name: str, alias: str = "r") -> str:
    """A top-level string field cut out of the record's canonical JSON (sorted keys, no
    spaces; nested lists and objects are themselves JSON strings, so their quotes are
    escaped), byte-wise: several times cheaper than json_extract, which parses the whole
    record. Falls back to json_extract when the field is absent or holds an escape."""
    d = f"CAST({alias}.data AS BLOB)"
    start = f'instr({d}, CAST(\'"{name}":"\' AS BLOB))'
    rest = f"substr({d}, {start} + {len(name) + 4})"
    raw = f"substr({rest}, 1, instr({rest}, X'22') - 1)"
    return (
        f"(CASE WHEN {start} = 0 OR instr({raw}, X'5C') "
        f"THEN json_extract({alias}.data, '$.{name}') ELSE CAST({raw} AS TEXT) END)"
    )


def _is(name: str, value: str, alias: str = "r") -> str:
    """The top-level string field ``name`` equals ``value`` (a plain value without quotes or
    backslashes): one substring search in the canonical JSON text."""
    assert '"' not in value and "\\" not in value and "'" not in value
    return f'instr({alias}.data, \'"{name}":"{value}"\') > 0'


def _live(record_type: str, alias: str = "r") -> str:
    """Live records of one type, found through the (school_code, record_type) index."""
    return (
        f"{alias}.school_code IN (SELECT code FROM county_schools) "
        f"AND {alias}.record_type = '{record_type}' AND {alias}.deleted = 0"
    )


def require_county(session: Session, action: str) -> None:
    if session.store.meta("kind") != "county":
        raise PermissionDenied("county.not_county", action=action)
    permissions.require(session.account, "use", "county", doing=action)


def level_order(levels: Sequence[str]) -> list[str]:
    """The default levels (红 橙 黄 蓝) first, then any a school configured itself."""
    known = [lv for lv in DEFAULT_LEVELS if lv in levels]
    return known + sorted(set(levels) - set(DEFAULT_LEVELS))


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _texts(row: Sequence[object], stop: int) -> list[str]:
    """The first ``stop`` columns of a row that starts with ``_STUDENT_COLS``, as text: the
    eight student columns, then the record's ('' for NULL)."""
    return [*map(str, row[:8]), *(str(v or "") for v in row[8:stop])]


def _days_since(text: str | None, today: date) -> int:
    """Days from the date ``text`` to ``today`` (negative if later); 0 without a date."""
    day = _day(text)
    return (today - day).days if day else 0


# -- per-school figures --------------------------------------------------------------------
@dataclass
class SchoolFigures:
    code: str
    name: str
    enrolled_at: str
    last_import: str = ""  # UTC stamp of the newest bundle imported ('' never)
    days_silent: int = 0  # days since the last bundle (or since enrollment)
    bundles: int = 0
    gaps: list[int] = field(default_factory=list)  # bundle numbers not received yet
    quarantined: int = 0  # records set aside on import
    students: int = 0  # enrolled (在校)
    open_cases: dict[str, int] = field(default_factory=dict)  # risk level -> open cases
    overdue_reviews: int = 0
    referrals_waiting: int = 0
    open_crises: int = 0

    @property
    def id(self) -> str:  # lists key their rows by id
        return self.code

    @property
    def silent(self) -> bool:
        return self.days_silent > SILENT_DAYS

    @property
    def open_total(self) -> int:
        return sum(self.open_cases.values())


def _gaps(seqs: list[int]) -> list[int]:
    have = set(seqs)
    return [n for n in range(1, max(seqs, default=0) + 1) if n not in have]


def school_figures(session: Session, today: date) -> list[SchoolFigures]:
    require_county(session, "see county figures")
    conn = session.store.conn
    out = {
        code: SchoolFigures(code, name, enrolled)
        for code, name, enrolled in conn.execute(
            "SELECT code, name, enrolled_at FROM county_schools ORDER BY code"
        )
    }
    for code, last, seqs, quarantined in conn.execute(
        "SELECT school_code, max(imported_at), group_concat(seq), sum(quarantined) "
        "FROM county_bundles GROUP BY school_code"
    ):
        if code in out:
            s = out[code]
            numbers = [int(n) for n in str(seqs).split(",") if n]
            s.last_import, s.bundles, s.gaps = last or "", len(numbers), _gaps(numbers)
            s.quarantined = quarantined or 0
    for s in out.values():
        since = _day(s.last_import) or _day(s.enrolled_at)
        s.days_silent = max(0, (today - since).days) if since else 0
    for code, n in conn.execute(
        f"SELECT school_code, count(*) FROM county_records r WHERE {_live('student')} "
        f"AND {_is('status', ENROLLED)} GROUP BY school_code",
    ):
        if code in out:
            out[code].students = n
    for code, level, n, overdue in conn.execute(
        f"SELECT school_code, {_field('risk_level')}, count(*), "
        f"sum({_field('next_review_on')} < ?) FROM county_records r "
        f"WHERE {_live('concern_case')} AND {_field('status')} = ? "
        "GROUP BY 1, 2",
        (today.isoformat(), OPEN),
    ):
        if code in out:
            out[code].open_cases[str(level or "")] = n
            out[code].overdue_reviews += overdue or 0
    for code, n in conn.execute(
        f"SELECT school_code, count(*) FROM county_records r WHERE {_live('referral')} "
        f"AND {_field('status')} IN (?,?,?) AND {_field('issued_on')} <= ? "
        "GROUP BY school_code",
        (*WAITING_STATUSES, (today - timedelta(days=WAITING_DAYS)).isoformat()),
    ):
        if code in out:
            out[code].referrals_waiting = n
    for code, n in conn.execute(
        f"SELECT school_code, count(*) FROM county_records r WHERE {_live('crisis_event')} "
        f"AND {_field('status')} = ? GROUP BY school_code",
        (OPEN,),
    ):
        if code in out:
            out[code].open_crises = n
    return list(out.values())


# -- county-wide follow-up lists -----------------------------------------------------------
_STUDENT = (
    "LEFT JOIN county_records s ON s.id = json_extract(r.data, '$.student_id') "
    "AND s.school_code = r.school_code AND s.record_type = 'student' "
    "LEFT JOIN county_schools k ON k.code = r.school_code"
)
_STUDENT_COLS = (
    "r.id, r.school_code, coalesce(k.name, r.school_code), "
    "coalesce(json_extract(s.data, '$.name'), ''), "
    "coalesce(json_extract(s.data, '$.student_no'), ''), "
    "coalesce(json_extract(s.data, '$.class_name'), ''), "
    "coalesce(json_extract(s.data, '$.name_pinyin'), ''), "
    "coalesce(json_extract(s.data, '$.name_initials'), '')"
)


@dataclass(frozen=True)
class StudentRecord:
    """A synced record of one student, with the columns _STUDENT_COLS selects (in order)."""

    id: str
    school_code: str
    school_name: str
    student_name: str
    student_no: str
    class_name: str
    name_pinyin: str
    name_initials: str


@dataclass(frozen=True)
class RosterRow(StudentRecord):
    risk_level: str
    contact_user: str
    opened_on: str
    next_review_on: str
    reasons: str  # 学业、情绪
    days_overdue: int  # > 0: the review is this many days late


def _categories(text: object) -> str:
    try:
        values = json.loads(str(text or "[]"))
    except ValueError:
        return ""
    return "、".join(map(str, values)) if isinstance(values, list) else ""


def concern_roster(
    session: Session,
    today: date,
    *,
    school: str | None = None,
    level: str | None = None,
    overdue_only: bool = False,
) -> list[RosterRow]:
    """Open key-concern cases of every school, most overdue first."""
    require_county(session, "see the county key-concern roster")
    where, args = [], [OPEN]
    if school:
        where.append("r.school_code = ?")
        args.append(school)
    if level:
        where.append(f"{_field('risk_level')} = ?")
        args.append(level)
    if overdue_only:
        where.append(f"{_field('next_review_on')} < ?")
        args.append(today.isoformat())
    rows = session.store.conn.execute(
        f"SELECT {_STUDENT_COLS}, {_field('risk_level')}, {_field('contact_user')}, "
        f"{_field('opened_on')}, {_field('next_review_on')}, {_field('reason_categories')} "
        f"FROM county_records r {_STUDENT} WHERE {_live('concern_case')} "
        f"AND {_field('status')} = ? "
        + "".join(f"AND {w} " for w in where)
        + f"ORDER BY {_field('next_review_on')}, r.id",
        args,
    )
    return [
        RosterRow(*_texts(row, 12), _categories(row[12]), _days_since(row[11], today))
        for row in rows
    ]


@dataclass(frozen=True)
class WaitingRow(StudentRecord):
    number: str
    institution: str
    status: str
    issued_on: str
    days_waiting: int


def referrals_waiting(
    session: Session, today: date, older_than_days: int = WAITING_DAYS
) -> list[WaitingRow]:
    """Referrals with no receipt yet, issued at least ``older_than_days`` ago, longest first."""
    require_county(session, "see referrals waiting for a receipt")
    rows = session.store.conn.execute(
        f"SELECT {_STUDENT_COLS}, {_field('number')}, {_field('institution_name')}, "
        f"{_field('status')}, {_field('issued_on')} FROM county_records r {_STUDENT} "
        f"WHERE {_live('referral')} AND {_field('status')} IN (?,?,?) "
        f"AND {_field('issued_on')} <= ? ORDER BY {_field('issued_on')}, r.id",
        (*WAITING_STATUSES, (today - timedelta(days=older_than_days)).isoformat()),
    )
    return [WaitingRow(*_texts(row, 12), _days_since(row[11], today)) for row in rows]


@dataclass(frozen=True)
class CrisisRow(StudentRecord):
    occurred_at: str
    type: str
    status: str
    actions: str  # 通知监护人、送医


def crisis_timeline(session: Session, school_year: int | None = None) -> list[CrisisRow]:
    """Crisis events of every school (of one school year, or all), newest first."""
    require_county(session, "see the county crisis timeline")
    where, args = "", []
    if school_year is not None:
        first, last = school_year_range(school_year)
        where = f"AND substr({_field('occurred_at')}, 1, 10) BETWEEN ? AND ? "
        args = [first.isoformat(), last.isoformat()]
    rows = session.store.conn.execute(
        f"SELECT {_STUDENT_COLS}, {_field('occurred_at')}, {_field('type')}, "
        f"{_field('status')}, {_field('actions')} FROM county_records r {_STUDENT} "
        f"WHERE {_live('crisis_event')} {where}"
        f"ORDER BY {_field('occurred_at')} DESC, r.id",
        args,
    )
    return [CrisisRow(*_texts(row, 11), _categories(row[11])) for row in rows]


# -- home-visit coverage -------------------------------------------------------------------
@dataclass(frozen=True)
class ClassCoverage:
    school_code: str
    school_name: str
    class_name: str
    students: int  # enrolled (在校) students of the class
    visited: int  # of them, visited at least once in the school year


@dataclass(frozen=True)
class SchoolCoverage:
    school_code: str
    school_name: str
    students: int
    visited: int
    classes: tuple[ClassCoverage, ...]

    @property
    def share(self) -> float:
        return self.visited / self.students if self.students else 0.0


def coverage(session: Session, school_year: int) -> list[ClassCoverage]:
    """Per school and class: enrolled students and those visited at least once this year
    (the province's target: every student, every school year)."""
    require_county(session, "see home-visit coverage")
    conn = session.store.conn
    # The year's visits as a set of student ids (ids are unique across schools: the import
    # refuses another school's id), then one pass over the enrolled students. Counting in
    # Python is twice as fast here as letting SQLite probe the visits for every student.
    visited = {
        sid
        for (sid,) in conn.execute(
            f"SELECT {_text('student_id', 'h')} FROM county_records h "
            f"WHERE {_live('home_visit', 'h')} AND (instr(h.data, ?) OR instr(h.data, ?))",
            (f'"school_year":{int(school_year)},', f'"school_year":{int(school_year)}}}'),
        )
    }
    counts: dict[tuple[str, str], list[int]] = {}
    for code, sid, class_name in conn.execute(
        f"SELECT r.school_code, r.id, {_text('class_name')} FROM county_records r "
        f"WHERE {_live('student')} AND {_is('status', ENROLLED)}"
    ):
        n = counts.setdefault((code, str(class_name or "")), [0, 0])
        n[0] += 1
        n[1] += sid in visited
    names = dict(conn.execute("SELECT code, name FROM county_schools").fetchall())
    out = [ClassCoverage(code, names.get(code, code), cls, n, v)
           for (code, cls), (n, v) in counts.items()]  # fmt: skip
    return sorted(out, key=lambda c: (c.school_code, _natural(c.class_name)))


def _natural(text: str) -> list[object]:
    return [(0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"([0-9]+)", text) if p]


def by_school(classes: Sequence[ClassCoverage]) -> list[SchoolCoverage]:
    """Class coverage summed per school (in school code order)."""
    groups: dict[str, list[ClassCoverage]] = {}
    for c in classes:
        groups.setdefault(c.school_code, []).append(c)
    return [
        SchoolCoverage(code, cs[0].school_name, sum(c.students for c in cs),
                       sum(c.visited for c in cs), tuple(cs))
        for code, cs in groups.items()
    ]  # fmt: skip


# -- monthly series ------------------------------------------------------------------------
def months_of(school_year: int) -> list[date]:
    """The first day of each month of the school year, September to August."""
    first, _ = school_year_range(school_year)
    return [date(first.year + (first.month + i - 1) // 12, (first.month + i - 1) % 12 + 1, 1)
            for i in range(12)]  # fmt: skip


def _month_end(first: date) -> date:
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


@dataclass(frozen=True)
class MonthlySeries:
    months: list[str]  # "2025-09", ...
    series: dict[str, list[int]]  # name (risk level, or "" for a single series) -> per month

    def total(self) -> list[int]:
        return [sum(v[i] for v in self.series.values()) for i in range(len(self.months))]


def monthly_concerns(session: Session, school_year: int, today: date) -> MonthlySeries:
    """Key-concern cases open at the end of each month (up to today), by current risk level."""
    require_county(session, "see county figures")
    cases = session.store.conn.execute(
        f"SELECT {_field('opened_on')}, {_field('closed_on')}, {_field('risk_level')} "
        f"FROM county_records r WHERE {_live('concern_case')}"
    ).fetchall()
    months = months_of(school_year)
    levels = level_order({str(c[2] or "") for c in cases})
    series = {lv: [0] * len(months) for lv in levels}
    ends = [min(_month_end(m), today) if m <= today else None for m in months]
    for opened, closed, level in cases:
        start, stop = _day(opened), _day(closed)
        if start is None:
            continue
        counts = series[str(level or "")]
        for i, end in enumerate(ends):
            if end is not None and start <= end and (stop is None or stop > end):
                counts[i] += 1
    return MonthlySeries([m.strftime("%Y-%m") for m in months], series)


def crises_by_month(session: Session, school_year: int) -> MonthlySeries:
    """Crisis events per month of the school year, by type."""
    require_county(session, "see county figures")
    first, last = school_year_range(school_year)
    rows = session.store.conn.execute(
        f"SELECT substr({_field('occurred_at')}, 1, 7), {_field('type')}, count(*) "
        f"FROM county_records r WHERE {_live('crisis_event')} "
        f"AND substr({_field('occurred_at')}, 1, 10) BETWEEN ? AND ? GROUP BY 1, 2",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    months = [m.strftime("%Y-%m") for m in months_of(school_year)]
    series: dict[str, list[int]] = {}
    for month, kind, n in rows:
        if month in months:
            series.setdefault(str(kind or ""), [0] * 12)[months.index(month)] += n
    return MonthlySeries(months, dict(sorted(series.items())))
