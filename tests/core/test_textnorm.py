from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.textnorm import normalize_text, parse_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("七年级（2）班", "七年级(2)班"),
        ("七年级(2)班", "七年级(2)班"),
        ("七年级（２）班", "七年级(2)班"),
        ("  七年级(2)班\u3000", "七年级(2)班"),
        ("张\u3000 三", "张 三"),
        ("Ｚｈａｎｇ  Ｓａｎ", "Zhang San"),
        ("Ｇ２０２５０１２３", "G20250123"),
        ("\ufeffG2025\u200b0123", "G20250123"),
        ("a\t\n b", "a b"),
        ("阿依古丽・买买提", "阿依古丽·买买提"),
        ("《心理》、【辅导】。「好」", "《心理》、【辅导】。「好」"),  # CJK punctuation kept
        ("", ""),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


@given(st.text())
def test_normalize_text_is_idempotent(s):
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert once == once.strip()
    assert "  " not in once
    assert not any(0xFF01 <= ord(c) <= 0xFF5E or c == "\u3000" for c in once)


@given(st.text(alphabet=st.characters(codec="ascii", exclude_categories=["Cc"])))
def test_full_width_matches_half_width(s):
    full = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" for c in s)
    assert normalize_text(full) == normalize_text(s)


@pytest.mark.parametrize(
    "value",
    [
        "2012-05-03",
        "2012-5-3",
        "2012.5.3",
        "2012/5/3",
        "2012/05/03",
        "2012年5月3日",
        "2012年05月03日",
        "2012 年 5 月 3 日",
        "２０１２年５月３日",
        "２０１２－０５－０３",
        " 2012-05-03 ",
        date(2012, 5, 3),
        datetime(2012, 5, 3, 14, 30),
        41032,
        41032.75,
    ],
)
def test_parse_date_accepts(value):
    assert parse_date(value) == date(2012, 5, 3)


def test_excel_serials():
    assert parse_date(45901) == date(2025, 9, 1)
    assert parse_date(44197.0) == date(2021, 1, 1)
    assert parse_date(2958465) == date(9999, 12, 31)


@pytest.mark.parametrize(
    "value",
    [
        "2012-05",
        "2012-5-3x",
        "2012-05/03",
        "12-5-3",
        "20120503",
        "5/3/2012",
        "yesterday",
        "",
        None,
        True,
        2012,  # a bare year, not serial 2012 (1905-07-04)
        20120503,
        -1,
        float("nan"),
        float("inf"),
        2958466,
        [2012, 5, 3],
    ],
)
def test_parse_date_refuses(value):
    with pytest.raises(ValidationError) as info:
        parse_date(value, field="出生日期")
    assert info.value.facts == {"field": "出生日期", "value": value, "reason": "not_a_date"}
    assert "出生日期" in info.value.message


@pytest.mark.parametrize("value", ["2025-02-30", "2023-02-29", "2012年13月1日", "2012.4.31"])
def test_parse_date_refuses_impossible_dates(value):
    with pytest.raises(ValidationError) as info:
        parse_date(value, field="出生日期")
    assert info.value.facts["reason"] == "impossible_date"
    assert info.value.facts["value"] == value
    assert info.value.facts["field"] == "出生日期"
    assert "出生日期" in info.value.message


def test_parse_date_default_field():
    with pytest.raises(ValidationError) as info:
        parse_date("nope")
    assert info.value.facts["field"] == "日期"


@given(st.dates(min_value=date(1920, 1, 1)))
def test_parse_date_round_trips(d):
    assert parse_date(d.isoformat()) == d
    assert parse_date(f"{d.year}年{d.month}月{d.day}日") == d
    assert parse_date(f"{d.year}/{d.month}/{d.day}") == d
    assert parse_date((d - date(1899, 12, 30)).days) == d
