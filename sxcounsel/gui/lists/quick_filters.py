"""Ready-made quick filters (class, a field's values, a date period) for the family models."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from sxcounsel.core.schoolyear import format_date, school_year_of, school_year_range
from sxcounsel.gui.lists.base_model import QuickFilter, Row

Options = list[tuple[str, Callable[[Row], bool]]]


translate = QCoreApplication.translate


_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_GRADE = re.compile(r"^(?P<stage>[初高])?(?P<n>[一二三四五六七八九十]{1,3})(?=年级)")
_STAGE_OFFSET = {"初": 6, "高": 9}


def _chinese_number(text: str) -> int:
    """一 .. 十二 as a number (enough for grades)."""
    if "十" not in text:
        return _DIGITS.get(text, 0)
    tens, _, ones = text.partition("十")
    return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(ones, 0)


@lru_cache(maxsize=4096)  # a list sorts 100,000 rows by a few hundred distinct classes
def natural(text: str) -> tuple[Any, ...]:
    """Class order: 一年级 … 九年级, 初一/高一 after them, 七年级(2)班 before 七年级(10)班."""
    m = _GRADE.match(text)
    if m:
        grade = _chinese_number(m["n"]) + _STAGE_OFFSET.get(m["stage"] or "", 0)
        text = f"{grade:02d}{text[m.end() :]}"
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"([0-9]+)", text))


def _equals(get: Callable[[Row], str], value: str) -> Callable[[Row], bool]:
    return lambda r: get(r) == value


def _contains(get: Callable[[Row], str], value: str) -> Callable[[Row], bool]:
    return lambda r: value in get(r)


def by_class(get: Callable[[Row], str]) -> QuickFilter:
    def options(rows: Sequence[Row]) -> Options:
        names = sorted({get(r) for r in rows} - {""}, key=natural)
        return [(n, _equals(get, n)) for n in names]

    return QuickFilter("class", translate("QuickFilters", "All classes"), options)


def by_value(
    name: str,
    every: str,
    get: Callable[[Row], str],
    values: Sequence[str] = (),
    labels: dict[str, str] | None = None,
    contains: bool = False,
) -> QuickFilter:
    """Fixed ``values`` (in that order) or, when empty, the values found in the rows."""

    def options(rows: Sequence[Row]) -> Options:
        found = list(values) or sorted({get(r) for r in rows} - {""})
        test = _contains if contains else _equals
        return [((labels or {}).get(v, v), test(get, v)) for v in found]

    return QuickFilter(name, every, options)


def by_period(get: Callable[[Row], str], today: Callable[[], date] = date.today) -> QuickFilter:
    """Recent periods on an ISO date (or date-time) field: this month, 30 days, school year."""

    def since(start: date) -> Callable[[Row], bool]:
        first = format_date(start)
        return lambda r: get(r)[:10] >= first

    def options(rows: Sequence[Row]) -> Options:
        day = today()
        year_start, _ = school_year_range(school_year_of(day))
        return [
            (translate("QuickFilters", "This month"), since(day.replace(day=1))),
            (translate("QuickFilters", "Last 30 days"), since(day - timedelta(days=30))),
            (translate("QuickFilters", "This school year"), since(year_start)),
        ]

    return QuickFilter("period", translate("QuickFilters", "Any date"), options)
