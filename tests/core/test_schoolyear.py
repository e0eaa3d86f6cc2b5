from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sxcounsel.core.schoolyear import (
    format_date,
    school_year_label,
    school_year_of,
    school_year_range,
    semester_label,
    semester_of,
    semester_range,
)

dates = st.dates(min_value=date(1901, 1, 1), max_value=date(9000, 12, 31))


@pytest.mark.parametrize(
    ("d", "year"),
    [
        (date(2025, 9, 1), 2025),
        (date(2025, 8, 31), 2024),
        (date(2025, 12, 31), 2025),
        (date(2026, 1, 1), 2025),
        (date(2026, 8, 31), 2025),
        (date(2026, 9, 1), 2026),
    ],
)
def test_school_year_of(d, year):
    assert school_year_of(d) == year


def test_labels_use_em_dash():
    assert school_year_label(2025) == "2025\u20142026学年"
    assert school_year_label(2025) == "2025—2026学年"
    assert semester_label(2025, 1) == "2025—2026学年第一学期"
    assert semester_label(2025, 2) == "2025—2026学年第二学期"
    with pytest.raises(ValueError):
        semester_label(2025, 3)


def test_ranges():
    assert school_year_range(2025) == (date(2025, 9, 1), date(2026, 8, 31))
    assert school_year_range(2027) == (date(2027, 9, 1), date(2028, 8, 31))
    assert semester_range(2025, 1) == (date(2025, 9, 1), date(2026, 1, 31))
    assert semester_range(2025, 2) == (date(2026, 2, 1), date(2026, 8, 31))
    with pytest.raises(ValueError):
        semester_range(2025, 0)


@pytest.mark.parametrize(
    ("d", "sem"),
    [
        (date(2025, 9, 1), (2025, 1)),
        (date(2026, 1, 31), (2025, 1)),
        (date(2026, 2, 1), (2025, 2)),
        (date(2026, 8, 31), (2025, 2)),
        (date(2026, 9, 1), (2026, 1)),
    ],
)
def test_semester_of(d, sem):
    assert semester_of(d) == sem


def test_format_date():
    assert format_date(date(2025, 9, 1)) == "2025-09-01"
    assert format_date(datetime(2025, 9, 1, 23, 59)) == "2025-09-01"
    assert format_date(date(999, 1, 2)) == "0999-01-02"


@given(dates)
def test_date_lies_in_its_school_year_and_semester(d):
    year = school_year_of(d)
    first, last = school_year_range(year)
    assert first <= d <= last
    sy, n = semester_of(d)
    assert sy == year
    start, end = semester_range(sy, n)
    assert start <= d <= end


@given(st.integers(min_value=1900, max_value=9000))
def test_school_years_tile_the_calendar(year):
    first, last = school_year_range(year)
    assert school_year_range(year + 1)[0] == last + timedelta(days=1)
    assert semester_range(year, 1)[0] == first
    assert semester_range(year, 2)[0] == semester_range(year, 1)[1] + timedelta(days=1)
    assert semester_range(year, 2)[1] == last
