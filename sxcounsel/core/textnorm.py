"""Text and date input as teachers really type it: full-width forms, stray spaces, Excel dates.

``normalize_text`` folds only what an input method changes without the typist meaning it:
full-width ASCII (ＡＢＣ１２３（）) and the ideographic space become half-width, invisible
characters pasted from Excel or web pages are dropped, and runs of whitespace become one space.
CJK characters and CJK punctuation (。、《》【】) are kept as typed, so 七年级（2）班 and
七年级(2)班 both become 七年级(2)班. Full NFKC is deliberately not applied: it would also rewrite
circled numbers, compatibility ideographs and other characters that can appear in names.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta

from sxcounsel.core.errors import ValidationError

_FOLD: dict[int, int | None] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}  # ！..～
_FOLD[0x3000] = 0x20  # ideographic space
# Name separator dots from different input methods (阿依古丽·买买提) -> U+00B7 MIDDLE DOT.
_FOLD.update(dict.fromkeys((0x30FB, 0xFF65, 0x2027), 0x00B7))
# Zero-width space, word joiner and BOM: invisible, but they break matching and sorting.
_FOLD.update(dict.fromkeys((0x200B, 0x2060, 0xFEFF)))

_SPACES = re.compile(r"\s+")
# C0 and C1 control characters and DEL, except tab and line breaks: nobody types them, openpyxl
# refuses them in a cell, and in a terminal they are escape sequences.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_DOTTED = re.compile(r"(?P<y>[0-9]{4})(?P<sep>[-./])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})")
_CHINESE = re.compile(r"(?P<y>[0-9]{4}) ?年 ?(?P<m>[0-9]{1,2}) ?月 ?(?P<d>[0-9]{1,2}) ?[日号]?")

# Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the 1900-02-29 that never
# existed (a Lotus 1-2-3 bug Excel kept), so from serial 61 on the epoch is 1899-12-30.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_MAX = (date.max - _EXCEL_EPOCH).days
# Smaller numbers (before 1920-01-01) are far more likely a bare year (2012) or a count typed
# into a date column than a real date in a school record, so they are refused, not misread.
_EXCEL_MIN = (date(1920, 1, 1) - _EXCEL_EPOCH).days


def has_control_chars(s: str) -> bool:
    """Whether ``s`` holds a control character other than tab, line feed or carriage return."""
    return _CONTROL.search(s) is not None


def normalize_text(s: str) -> str:
    """Fold full-width ASCII and spaces to half-width, strip, collapse inner whitespace."""
    return _SPACES.sub(" ", s.translate(_FOLD)).strip()


def parse_date(value: object, *, field: str = "日期") -> date:
    """A date from a cell or a text box; raises ValidationError naming ``field``.

    Accepts ``date``/``datetime``, an Excel serial number, and text such as 2012-05-03,
    2012-5-3, 2012.5.3, 2012/5/3 or 2012年5月3日 (full-width digits too).
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_excel_serial(value, field)
    if isinstance(value, str):
        text = normalize_text(value)
        match = _DOTTED.fullmatch(text) or _CHINESE.fullmatch(text)
        if match:
            y, m, d = (int(match.group(k)) for k in ("y", "m", "d"))
            try:
                return date(y, m, d)
            except ValueError:
                raise _impossible(field, value) from None
    raise ValidationError(
        "date.not_a_date",
        field=field,
        value=value,
        reason="not_a_date",
    )


def _from_excel_serial(serial: float, field: str) -> date:
    if not math.isfinite(serial) or not _EXCEL_MIN <= serial < _EXCEL_MAX + 1:
        raise ValidationError(
            "date.excel_serial",
            field=field,
            value=serial,
            reason="not_a_date",
        )
    return _EXCEL_EPOCH + timedelta(days=math.floor(serial))  # the fraction is the time of day


def _impossible(field: str, value: object) -> ValidationError:
    return ValidationError(
        "date.impossible",
        field=field,
        value=value,
        reason="impossible_date",
    )
