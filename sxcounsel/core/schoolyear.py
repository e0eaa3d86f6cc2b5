"""学年 and 学期: the school year runs 1 September to 31 August and is named by its first year.

The first semester (第一学期) is September to January, the second (第二学期) February to August.
"""

from __future__ import annotations

from datetime import date

_DASH = "\u2014"  # em dash, as in 2025—2026学年
_SEMESTER_NAMES = {1: "第一学期", 2: "第二学期"}


def school_year_of(d: date) -> int:
    """2025-09-01 -> 2025; 2026-08-31 -> 2025."""
    return d.year if d.month >= 9 else d.year - 1


def school_year_label(year: int) -> str:
    """2025 -> "2025—2026学年"."""
    return f"{year}{_DASH}{year + 1}学年"


def school_year_range(year: int) -> tuple[date, date]:
    """First and last day, both inclusive: 2025 -> (2025-09-01, 2026-08-31)."""
    return date(year, 9, 1), date(year + 1, 8, 31)


def semester_of(d: date) -> tuple[int, int]:
    """(school year, 1 or 2): 2026-01-15 -> (2025, 1); 2026-02-01 -> (2025, 2)."""
    return school_year_of(d), 1 if d.month >= 9 or d.month == 1 else 2


def _check_semester(n: int) -> None:
    if n not in _SEMESTER_NAMES:
        raise ValueError(f"a semester is 1 or 2, not {n!r}")


def semester_range(year: int, n: int) -> tuple[date, date]:
    """First and last day, both inclusive, of semester ``n`` of school year ``year``."""
    _check_semester(n)
    if n == 1:
        return date(year, 9, 1), date(year + 1, 1, 31)
    return date(year + 1, 2, 1), date(year + 1, 8, 31)


def semester_label(year: int, n: int) -> str:
    """(2025, 1) -> "2025—2026学年第一学期"; (2025, 2) -> "2025—2026学年第二学期"."""
    _check_semester(n)
    return school_year_label(year) + _SEMESTER_NAMES[n]


def format_date(d: date) -> str:
    """ISO form, always zero-padded: 2025-09-01 (a datetime loses its time of day)."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
