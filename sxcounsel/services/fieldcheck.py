"""Field checks shared by the record services: enumerations, dates, times, text, references.

Every check raises ``ValidationError`` (or ``NotFound`` for a missing referenced record) with a
code of ``core/texts/fields.py``; its facts carry ``field`` (the attribute name) and the
offending value. Sentences never contain student data; values go into the facts only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

import sqlcipher3

from sxcounsel.core.errors import NotFound, ValidationError
from sxcounsel.core.schoolyear import format_date
from sxcounsel.core.textnorm import has_control_chars, normalize_text, parse_date

MAX_LINE = 500  # characters in a one-line field (a name, a place)

_TIME = re.compile(r"(?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})")
_MONTH = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})")


def choice(value: object, allowed: tuple[str, ...], field: str) -> str:
    """One value of an enumeration; the error lists the allowed values."""
    text = normalize_text(value) if isinstance(value, str) else value
    if text not in allowed:
        raise ValidationError(
            "field.choice",
            field=field,
            value=value,
            allowed=allowed,
        )
    return text  # type: ignore[return-value]


def choices(values: Iterable[object], allowed: tuple[str, ...], field: str) -> list[str]:
    """Several values of an enumeration, duplicates dropped, order kept."""
    out: list[str] = []
    for v in values:
        c = choice(v, allowed, field)
        if c not in out:
            out.append(c)
    return out


def name(value: object, field: str, *, required: bool = True) -> str:
    """A short single-line text (a name, a place): folded and trimmed."""
    if not isinstance(value, str):
        raise ValidationError("field.not_text", field=field, value=value)
    text = normalize_text(value)
    if required and not text:
        raise ValidationError("field.empty", field=field)
    _plain(text, field)
    if len(text) > MAX_LINE:
        raise ValidationError("field.too_long", field=field, limit=MAX_LINE)
    return text


def _plain(text: str, field: str) -> None:
    if has_control_chars(text):
        raise ValidationError("field.control", field=field)


def prose(value: object, field: str, *, required: bool = False) -> str:
    """Free text as typed (Chinese punctuation and line breaks kept), only trimmed."""
    if not isinstance(value, str):
        raise ValidationError("field.not_text", field=field, value=value)
    text = value.strip()
    if required and not text:
        raise ValidationError("field.empty", field=field)
    _plain(text, field)
    return text


def day(value: object, field: str) -> date:
    if value in ("", None):
        raise ValidationError("field.empty", field=field)
    return parse_date(value, field=field)


def past_day(value: object, field: str, today: date | None = None) -> date:
    """A date on which something happened: it must parse and must not be in the future."""
    d = day(value, field)
    if d > (today or date.today()):
        raise ValidationError("date.future", field=field, value=format_date(d))
    return d


def optional_day(value: object, field: str, *, not_before: date | None = None) -> str:
    """An optional date (follow-up, appointment) as ISO text, '' when empty."""
    if value in ("", None):
        return ""
    d = day(value, field)
    if not_before is not None and d < not_before:
        raise ValidationError(
            "date.before_record",
            field=field,
            value=format_date(d),
        )
    return format_date(d)


def clock_time(value: object, field: str, *, required: bool = False) -> str:
    """A time of day as HH:MM ('9:05' and '9：05' are accepted), '' when empty and optional."""
    text = normalize_text(value) if isinstance(value, str) else value
    if text in ("", None) and not required:
        return ""
    match = _TIME.fullmatch(text) if isinstance(text, str) else None
    if not match or int(match["h"]) > 23 or int(match["m"]) > 59:
        raise ValidationError(
            "field.time",
            field=field,
            value=value,
        )
    return f"{int(match['h']):02d}:{match['m']}"


def whole_number(value: object, field: str, low: int, high: int) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValidationError(
            "field.whole_number",
            field=field,
            value=value,
            low=low,
            high=high,
        )
    return value


def month(value: object, field: str = "month") -> str:
    """A calendar month as 'YYYY-MM'."""
    match = _MONTH.fullmatch(normalize_text(value)) if isinstance(value, str) else None
    if not match or not 1 <= int(match["m"]) <= 12:
        raise ValidationError("field.month", field=field, value=value)
    return f"{match['y']}-{int(match['m']):02d}"


def student_row(
    conn: sqlcipher3.Connection, student_id: object, field: str = "student_id"
) -> sqlcipher3.Row:
    """The live student a record refers to (id, name, class_name, status)."""
    if not isinstance(student_id, str) or not student_id:
        raise ValidationError("student.none", field=field)
    row = conn.execute(
        "SELECT id, name, student_no, class_name, status FROM students "
        "WHERE id = ? AND deleted = 0",
        (student_id,),
    ).fetchone()
    if row is None:
        raise NotFound("student.missing", field=field, id=student_id)
    return row
