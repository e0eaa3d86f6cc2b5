"""core/clock.py: UTC timestamps with milliseconds that sort as text and read back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from sxcounsel.core.clock import parse_stamp, utc_now, utc_stamp

BEIJING = timezone(timedelta(hours=8))


def test_a_stamp_is_utc_with_milliseconds_and_a_z():
    moment = datetime(2025, 9, 1, 8, 30, 5, 123_987, tzinfo=UTC)
    assert utc_stamp(moment) == "2025-09-01T08:30:05.123Z"  # truncated, not rounded
    assert utc_stamp(datetime(2025, 9, 1, 8, 30, 5, tzinfo=UTC)) == "2025-09-01T08:30:05.000Z"


def test_a_local_time_is_written_in_utc():
    # 00:10 on 2 September in Beijing is still 1 September in UTC.
    assert utc_stamp(datetime(2025, 9, 2, 0, 10, tzinfo=BEIJING)) == "2025-09-01T16:10:00.000Z"


def test_now_is_utc_and_the_default_moment():
    before = utc_now()
    stamp = utc_stamp()
    after = utc_now()
    assert before.tzinfo is UTC
    assert len(stamp) == 24 and stamp.endswith("Z")
    assert before - timedelta(milliseconds=1) <= parse_stamp(stamp) <= after


def test_a_stamp_reads_back_to_the_same_millisecond():
    moment = datetime(2024, 2, 29, 23, 59, 59, 999_999, tzinfo=UTC)
    back = parse_stamp(utc_stamp(moment))
    assert back == moment.replace(microsecond=999_000)
    assert back.tzinfo is UTC
    assert parse_stamp(utc_stamp(datetime(2025, 9, 2, 0, 10, tzinfo=BEIJING))) == datetime(
        2025, 9, 1, 16, 10, tzinfo=UTC
    )


def test_stamps_sort_as_text_in_time_order():
    start = datetime(2025, 1, 1, tzinfo=UTC)
    steps = [timedelta(milliseconds=1), timedelta(seconds=9), timedelta(days=40), timedelta(0)]
    moments = [start + sum(steps[:i], timedelta(0)) * 7 for i in range(len(steps) + 1)]
    moments += [datetime(2009, 12, 31, 23, 59, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)]
    stamps = [utc_stamp(m) for m in moments]
    assert sorted(stamps) == [utc_stamp(m) for m in sorted(moments)]


@pytest.mark.parametrize(
    "text", ["2025-09-01T08:30:05Z", "2025-09-01T08:30:05.123", "2025-09-01 08:30:05.123Z", ""]
)
def test_other_shapes_are_not_stamps(text):
    with pytest.raises(ValueError):
        parse_stamp(text)
