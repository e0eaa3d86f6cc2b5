"""身份证号 (resident identity card number) per GB 11643-1999.

Layout: 6-digit region code, 8-digit birth date (YYYYMMDD), 3-digit sequence code (odd for
male, even for female), then a check character (ISO 7064 MOD 11-2; "X" stands for 10).

A number that Excel has turned into a numeric cell (6.10424E+17, or 18 digits whose last three
became 000) has lost digits for good. It is refused with a reason that says so, never repaired.
Error messages never contain the number itself; it is kept in the ``value`` fact.
"""

from __future__ import annotations

import re
from datetime import date

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.textnorm import normalize_text

FIELD = "身份证号"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_EXCEL_FLOAT = re.compile(r"[0-9][0-9.,]*E[+-]?[0-9]+|[0-9]+\.0+")
_ALLOWED = frozenset("0123456789X")
_EARLIEST_BIRTH = date(1900, 1, 1)


def id_check_char(body: str) -> str:
    """The check character for the first 17 digits of a 身份证号."""
    if len(body) != 17 or not (body.isascii() and body.isdigit()):
        raise ValueError("the body of a 身份证号 is 17 ASCII digits")
    total = sum(int(c) * w for c, w in zip(body, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def _refuse(code: str, value: object, reason: str, **facts: object) -> ValidationError:
    return ValidationError(code, field=FIELD, value=value, reason=reason, **facts)


def _excel_refusal(value: object) -> ValidationError:
    return _refuse("idcard.excel_number", value, "excel_number")


def validate_id_number(
    value: str, *, birth_date: date | None = None, today: date | None = None
) -> str:
    """The normalized 18-character number (uppercase X), or ValidationError with a reason.

    ``birth_date``, when given, must equal the date inside the number. ``today`` is only for
    tests; the birth date inside the number may not be after it.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise _excel_refusal(value)
    if not isinstance(value, str) or not normalize_text(value):
        raise _refuse("field.empty", value, "empty")
    text = normalize_text(value).upper()
    if _EXCEL_FLOAT.fullmatch(text) or "E+" in text:
        raise _excel_refusal(value)
    if not set(text) <= _ALLOWED:
        raise _refuse("idcard.non_digit", value, "non_digit")
    if len(text) != 18:
        raise _refuse("idcard.length", value, "length", length=len(text))
    if "X" in text[:17]:
        raise _refuse("idcard.x_inside", value, "non_digit")
    born = _embedded_birth(text)
    if born is None:
        raise _refuse("idcard.birth_date", value, "birth_date")
    if born > (today or date.today()):
        raise _refuse("idcard.future_birth", value, "future_birth")
    if id_check_char(text[:17]) != text[17]:
        if text.endswith("000"):
            raise _excel_refusal(value)  # Excel keeps 15 significant digits, zeroing the rest
        raise _refuse("idcard.checksum", value, "checksum")
    if birth_date is not None and born != birth_date:
        raise _refuse("idcard.birth_mismatch", value, "birth_mismatch", birth_date=birth_date)
    return text


def _embedded_birth(text: str) -> date | None:
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return None
    return born if born >= _EARLIEST_BIRTH else None


def id_birth_date(value: str) -> date:
    """The birth date inside a valid 身份证号."""
    born = _embedded_birth(validate_id_number(value))
    assert born is not None  # validate_id_number refused it otherwise
    return born


def make_id_number(region: str, birth: date, seq: int) -> str:
    """A valid number (demo school, tests): 6-digit region, birth date, sequence 0..999."""
    if len(region) != 6 or not (region.isascii() and region.isdigit()):
        raise ValueError("region must be 6 ASCII digits")
    if not 0 <= seq <= 999:
        raise ValueError("seq must be between 0 and 999")
    body = f"{region}{birth.year:04d}{birth.month:02d}{birth.day:02d}{seq:03d}"
    return body + id_check_char(body)
