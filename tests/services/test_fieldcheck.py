"""services/fieldcheck.py: the field checks every record service shares. Each returns the
value as stored (folded, trimmed, ISO) or refuses with a code of core/texts/fields.py whose
facts name the field; the sentence never carries the typed value."""

from __future__ import annotations

from datetime import date

import pytest

from sxcounsel.core.errors import NotFound, ValidationError
from sxcounsel.services import fieldcheck as fc
from sxcounsel.services.account_session import Session
from sxcounsel.services.students import Student, create_student, delete_student
from tests.conftest import ADMIN, ADMIN_PASS

F = "test_field"  # no table names it: the sentences say "test field"
TODAY = date(2025, 9, 10)


def refused(call, code: str, error: type = ValidationError, **facts: object) -> str:
    with pytest.raises(error) as info:
        call()
    err = info.value
    assert err.code == code, err.code
    assert err.facts.get("field") == facts.pop("field", F)
    for key, value in facts.items():
        assert err.facts[key] == value, key
    assert err.text("zh") and "{" not in err.text("zh")
    return err.message


def test_choice_folds_the_value_and_names_what_is_allowed():
    allowed = ("个体", "团体")
    assert fc.choice(" 个体 ", allowed, F) == "个体"
    msg = refused(lambda: fc.choice("家庭", allowed, F), "field.choice", allowed=allowed)
    assert msg == "The test field must be one of: 个体, 团体."
    refused(lambda: fc.choice(3, allowed, F), "field.choice", value=3)


def test_choices_keep_the_order_and_drop_repeats():
    allowed = ("人际", "学业", "情绪")
    assert fc.choices(["情绪", "人际", "情绪 "], allowed, F) == ["情绪", "人际"]
    assert fc.choices([], allowed, F) == []
    refused(lambda: fc.choices(["人际", "x"], allowed, F), "field.choice", value="x")


def test_name_is_one_folded_trimmed_line():
    assert fc.name("  王　小明 ", F) == "王 小明"  # full-width space folded, runs collapsed
    assert fc.name("", F, required=False) == ""
    assert refused(lambda: fc.name(" ", F), "field.empty") == "The test field is empty."
    assert refused(lambda: fc.name(5, F), "field.not_text", value=5) == (
        "The test field must be text."
    )
    assert refused(lambda: fc.name("a\x00b", F), "field.control") == (
        "The test field contains control characters."
    )
    assert fc.name("长" * fc.MAX_LINE, F) == "长" * fc.MAX_LINE
    msg = refused(lambda: fc.name("长" * (fc.MAX_LINE + 1), F), "field.too_long", limit=500)
    assert msg == "The test field is longer than 500 characters."


def test_prose_keeps_what_was_typed_inside_and_trims_the_ends():
    text = "第一段，  两个空格。\n第二段！"
    assert fc.prose(f"\n {text} \n", F) == text
    assert fc.prose("", F) == ""
    refused(lambda: fc.prose("  ", F, required=True), "field.empty")
    refused(lambda: fc.prose(None, F), "field.not_text")
    refused(lambda: fc.prose("响铃\x07", F), "field.control")


def test_days_parse_and_may_not_be_empty():
    assert fc.day("2025-9-1", F) == date(2025, 9, 1)
    assert fc.day(date(2025, 9, 1), F) == date(2025, 9, 1)
    for empty in ("", None):
        refused(lambda empty=empty: fc.day(empty, F), "field.empty")
    refused(lambda: fc.day("昨天", F), "date.not_a_date")
    refused(lambda: fc.day("2025-02-30", F), "date.impossible")


def test_a_past_day_is_today_at_the_latest():
    assert fc.past_day("2025-09-10", F, TODAY) == TODAY
    msg = refused(lambda: fc.past_day("2025-09-11", F, TODAY), "date.future", value="2025-09-11")
    assert msg == "The test field is in the future."


def test_an_optional_day_is_iso_text_and_not_before_the_record():
    assert fc.optional_day("", F) == "" and fc.optional_day(None, F) == ""
    assert fc.optional_day("2025年9月1日", F) == "2025-09-01"
    first = date(2025, 9, 1)
    assert fc.optional_day("2025-09-01", F, not_before=first) == "2025-09-01"
    msg = refused(
        lambda: fc.optional_day("2025-08-31", F, not_before=first),
        "date.before_record",
        value="2025-08-31",
    )
    assert msg == "The test field is before the date of the record."


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("9:05", "09:05"), ("9：05", "09:05"), ("23:59", "23:59"), ("00:00", "00:00")],
)
def test_a_time_of_day_is_hh_mm(typed, stored):
    assert fc.clock_time(typed, F) == stored


@pytest.mark.parametrize("typed", ["24:00", "12:60", "12", "12:5", "noon", 1230])
def test_other_times_are_refused(typed):
    msg = refused(lambda: fc.clock_time(typed, F), "field.time", value=typed)
    assert msg == "The test field is not a time of day; enter it like 14:30."


def test_an_empty_time_is_allowed_unless_required():
    assert fc.clock_time("", F) == "" and fc.clock_time(None, F) == ""
    refused(lambda: fc.clock_time("", F, required=True), "field.time")


def test_whole_numbers_within_bounds():
    assert fc.whole_number(" 45 ", F, 1, 600) == 45
    assert fc.whole_number(600, F, 1, 600) == 600
    for bad in (0, 601, "4.5", "-3", True, 2.0, None, "四十"):
        msg = refused(lambda bad=bad: fc.whole_number(bad, F, 1, 600), "field.whole_number")
        assert msg == "The test field must be a whole number from 1 to 600."


def test_months_are_yyyy_mm():
    assert fc.month("2025-9") == "2025-09"
    assert fc.month("２０２５-１２", F) == "2025-12"  # full-width digits folded
    for bad in ("2025-13", "2025-00", "2025/09", "25-09", 202509):
        refused(lambda bad=bad: fc.month(bad, F), "field.month", value=bad)
    assert refused(lambda: fc.month("x"), "field.month", field="month") == (
        "The month must be a month like 2025-09."
    )


def test_the_student_of_a_record_is_live(school):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        kid = Student(name="张小明", gender="男", class_name="七年级(2)班", student_no="G1")
        student = create_student(s, kid)
        row = fc.student_row(s.store.conn, student.id)
        assert (row["id"], row["class_name"], row["student_no"]) == (
            student.id,
            "七年级(2)班",
            "G1",
        )
        msg = refused(lambda: fc.student_row(s.store.conn, ""), "student.none", field="student_id")
        assert msg == "No student is chosen."
        refused(lambda: fc.student_row(s.store.conn, None, "x"), "student.none", field="x")
        msg = refused(
            lambda: fc.student_row(s.store.conn, "no-such-id"),
            "student.missing",
            NotFound,
            field="student_id",
            id="no-such-id",
        )
        assert msg == "The student record does not exist."
        delete_student(s, student.id)  # a tombstone is no student either
        refused(
            lambda: fc.student_row(s.store.conn, student.id),
            "student.missing",
            NotFound,
            field="student_id",
            id=student.id,
        )
