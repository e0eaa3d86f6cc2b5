"""Checks of a student's fields, shared by the student form and the roster import.

Each check takes what a user typed or a cell held, returns the stored form, or raises
``ValidationError`` with a ``student.*`` code of ``core/texts/school.py``: its ``field`` fact
is the attribute name, its ``term`` fact the field's Chinese term (the sentence names the field
by it in English too). Values go into the facts only, never into the sentence.
"""

from __future__ import annotations

import re
from datetime import date

from sxcounsel.core import idcard
from sxcounsel.core.errors import ValidationError
from sxcounsel.core.schoolyear import format_date
from sxcounsel.core.textnorm import has_control_chars, normalize_text, parse_date

GENDERS = ("男", "女")
FLAGS = ("留守", "孤儿", "事实无人抚养", "困境", "流动", "单亲", "低保", "残疾")
STATUSES = ("在校", "休学", "转出", "毕业")

LABELS = {
    "student_no": "学籍号",
    "name": "姓名",
    "gender": "性别",
    "birth_date": "出生日期",
    "id_number": "身份证号",
    "grade": "年级",
    "class_name": "班级",
    "dormitory": "宿舍",
    "address": "家庭住址",
    "guardians": "监护人",
    "flags": "家庭情况",
    "status": "状态",
    "enrolled": "入学年月",
    "boarding": "住校",
}
MAX_TEXT = 500  # characters in any one-line field of a student
_GENDER_WORDS = {"男": "男", "女": "女", "男性": "男", "女性": "女", "男生": "男", "女生": "女"}
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# Area codes: 010 and 02x have three digits, all others four (0913 渭南, 029 西安).
_LANDLINE = re.compile(r"(?P<area>010|02[0-9]|0[3-9][0-9]{2})-?(?P<local>[1-9][0-9]{6,7})")
_PHONE_NOISE = re.compile(r"[\s()]")
_CLASS_IN_GRADE = re.compile(r"\(?(?P<n>[0-9]{1,2})\)?班?")
_GRADE_CLASS = re.compile(r"(?P<grade>.+?年级)\(?(?P<n>[0-9]{1,2})\)?班")
# 学籍号 are letters and digits (G + 身份证号, or a 14-digit number), sometimes with a dash.
_STUDENT_NO = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,39}")
# The 学籍 system writes dates as 20130512 and months as 202509; Excel may add a time of day.
_COMPACT_DATE = re.compile(r"(?P<y>(?:19|20)[0-9]{2})(?P<m>[0-9]{2})(?P<d>[0-9]{2})")
_TIME_OF_DAY = re.compile(r"[ T]0?0:00(?::00)?$")
_MONTH = re.compile(r"(?P<y>(?:19|20)[0-9]{2}) ?(?:[-./年] ?)?(?P<m>[0-9]{1,2}) ?月?")


def _error(field: str, code: str, value: object = None, **facts: object) -> ValidationError:
    return ValidationError(code, field=field, term=LABELS.get(field, field), value=value, **facts)


def text(value: object, field: str) -> str:
    """A single-line text: folded, trimmed; ``None`` is empty; whole numbers become digits."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    elif isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = str(int(value))
    if not isinstance(value, str):
        raise _error(field, "student.not_text", value, reason="not_text")
    out = normalize_text(value)
    if has_control_chars(out):
        raise _error(field, "student.control", value, reason="control")
    if len(out) > MAX_TEXT:
        raise _error(field, "student.too_long", value, reason="length", limit=MAX_TEXT)
    return out


def student_no(value: object) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        if abs(value) >= 1e15 or value != int(value):
            raise _error("student_no", "student.excel_number", value, reason="excel_number")
        value = str(int(value))
    no = text(value, "student_no").upper()
    if not no:
        raise _error("student_no", "student.empty", value, reason="empty")
    if not _STUDENT_NO.fullmatch(no):
        raise _error("student_no", "student.no_characters", value, reason="characters")
    return no


def name(value: object) -> str:
    n = text(value, "name")
    if not n:
        raise _error("name", "student.empty", value, reason="empty")
    if len(n) > 40:
        raise _error("name", "student.too_long", value, reason="length", limit=40)
    return n


def gender(value: object) -> str:
    g = text(value, "gender")
    if not g:
        return ""
    if g not in _GENDER_WORDS:
        raise _error("gender", "student.gender", value, allowed=GENDERS)
    return _GENDER_WORDS[g]


def _retag(exc: ValidationError, field: str) -> ValidationError:
    """The same refusal, with ``field`` set to the attribute name."""
    return ValidationError(exc.code, **{**exc.facts, "field": field})


def _compact(value: object) -> object:
    """20130512 (text or a number Excel kept) as 2013-05-12; anything else as it came."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value == int(value):
        value = str(int(value)) if 19000101 <= value <= 29991231 else value
    if isinstance(value, str):
        value = _TIME_OF_DAY.sub("", normalize_text(value))
        m = _COMPACT_DATE.fullmatch(value)
        if m:
            return f"{m['y']}-{m['m']}-{m['d']}"
    return value


def birth_date(value: object, today: date | None = None) -> str:
    """A date as the 学籍 system (20130512), Excel (a date cell) or a person writes it."""
    if value in (None, ""):
        return ""
    value = _compact(value)
    try:
        born = parse_date(value, field="出生日期")
    except ValidationError as exc:
        raise _retag(exc, "birth_date") from None
    if born > (today or date.today()):
        raise _error("birth_date", "student.future", value, reason="future")
    return format_date(born)


def year_month(value: object, field: str = "enrolled") -> str:
    """A month (入学年月) as 2025-09, from 202509, 2025-09, 2025.9, 2025年9月 or a date cell."""
    if value is None or (isinstance(value, str) and not normalize_text(value)):
        return ""
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, int | float) and not isinstance(value, bool) and value == int(value):
        value = str(int(value))
    m = _MONTH.fullmatch(normalize_text(value)) if isinstance(value, str) else None
    if m is None and isinstance(value, str):
        full = _compact(value)  # 20250901 or 2025-09-01: the month of that day
        m = _MONTH.fullmatch(full[:7]) if isinstance(full, str) and len(full) == 10 else None
    if m is None or not 1 <= int(m["m"]) <= 12:
        raise _error(field, "student.month", value, reason="not_a_month")
    return f"{m['y']}-{int(m['m']):02d}"


def id_number(value: object, born: str = "") -> str:
    """Validated per GB 11643; when ``born`` (ISO) is given it must be the date inside."""
    if value is None or (isinstance(value, str) and not normalize_text(value)):
        return ""
    try:
        return idcard.validate_id_number(
            value,  # type: ignore[arg-type]  # numbers are refused by it, with the reason
            birth_date=date.fromisoformat(born) if born else None,
        )
    except ValidationError as exc:
        raise _retag(exc, "id_number") from None


def phone(value: object, field: str = "phone") -> str:
    """An 11-digit mobile (13812345678) or a landline with area code (0913-1234567)."""
    raw = text(value, field)
    if not raw:
        return ""
    digits = _PHONE_NOISE.sub("", raw)
    if digits.startswith("+86"):
        digits = digits[3:]
    if _MOBILE.fullmatch(digits):
        return digits
    landline = _LANDLINE.fullmatch(digits)
    if landline:
        return f"{landline['area']}-{landline['local']}"
    raise _error(field, "student.phone", value, reason="phone")


def guardians(value: object) -> list[dict]:
    """A list of {name, relation, phone}; entries with nothing in them are dropped."""
    if not isinstance(value, list):
        raise _error("guardians", "student.guardians_list", value)
    out: list[dict] = []
    for entry in value:
        if not isinstance(entry, dict):
            raise _error("guardians", "student.guardian_parts", entry)
        g = {
            "name": text(entry.get("name"), "guardians"),
            "relation": text(entry.get("relation"), "guardians"),
            "phone": phone(entry.get("phone"), "guardians"),
        }
        if not (g["name"] or g["phone"]):
            if g["relation"]:
                raise _error("guardians", "student.guardian_empty", entry)
            continue
        out.append(g)
    return out


def flags(value: object) -> list[str]:
    """Family-situation flags in their canonical order, duplicates dropped."""
    if not isinstance(value, list | tuple | set | frozenset):
        raise _error("flags", "student.flags_list", value)
    given = {normalize_text(v) if isinstance(v, str) else v for v in value}
    unknown = sorted(str(v) for v in given - set(FLAGS))
    if unknown:
        raise _error("flags", "student.some_of", unknown, allowed=FLAGS)
    return [f for f in FLAGS if f in given]


def status(value: object) -> str:
    s = text(value, "status")
    if s not in STATUSES:
        raise _error("status", "student.choice", value, allowed=STATUSES)
    return s


def class_name(value: object, grade: str = "") -> str:
    """七年级(2)班 however it was typed: 七年级2班, 七年级（2）班, or 2 / 2班 beside 年级 七年级."""
    cls = text(value, "class_name")
    alone = _CLASS_IN_GRADE.fullmatch(cls)
    if grade and alone:
        return f"{grade}({int(alone['n'])})班"
    match = _GRADE_CLASS.fullmatch(cls)
    if match:
        return f"{match['grade']}({int(match['n'])})班"
    return cls


def grade_of(class_label: str) -> str:
    """The grade part of a class name (七年级(2)班 -> 七年级), '' when there is none."""
    match = _GRADE_CLASS.fullmatch(class_label)
    return match["grade"] if match else ""
