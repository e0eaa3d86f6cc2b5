"""Roster headers as schools write them, mapped to the fields of a student.

A header is compared after folding full-width forms, dropping all whitespace (also line
breaks inside a cell), required-field stars and a trailing hint in brackets, so
``* 出生日期（格式：2012-05-03）`` is ``出生日期``. Family-situation flags come either as one
column per flag (是否留守儿童: 是/否) or as one text column listing them (家庭情况: 留守、单亲).
"""

from __future__ import annotations

import re

from sxcounsel.core.textnorm import normalize_text
from sxcounsel.roster.problems import RosterFileError

FLAG_PREFIX = "flag:"
FLAG_NAMES = ("留守", "孤儿", "事实无人抚养", "困境", "流动", "单亲", "低保", "残疾")
REQUIRED = ("student_no", "name", "gender", "class_name")

ALIASES: dict[str, tuple[str, ...]] = {
    "student_no": (
        "学籍号",
        "学籍号码",
        "学籍编号",
        "全国学籍号",
        "国家学籍号",
        "学生学籍号",
        "全国学籍号码",
    ),
    "name": ("姓名", "学生姓名", "名字"),
    "gender": ("性别", "学生性别"),
    "birth_date": ("出生日期", "出生年月日", "出生年月", "生日", "出生时间"),
    "grade": ("年级", "所在年级", "年级名称"),
    "class_name": ("班级", "班级名称", "所在班级", "班别", "班"),
    "id_number": (
        "身份证号",
        "身份证号码",
        "身份证件号",
        "身份证件号码",
        "证件号码",
        "证件号",
        "学生身份证号",
        "学生身份证号码",
        "公民身份号码",
    ),
    "guardian_name": ("监护人", "监护人姓名", "家长", "家长姓名", "联系人", "第一监护人"),
    "guardian_relation": ("监护人关系", "与学生关系", "与本人关系", "关系", "监护人与学生关系"),
    "guardian_phone": (
        "联系电话",
        "监护人电话",
        "监护人联系电话",
        "家长电话",
        "家长联系电话",
        "电话",
        "手机",
        "手机号",
        "手机号码",
        "联系方式",
    ),
    "address": ("家庭住址", "家庭地址", "住址", "现住址", "地址", "家庭现住址"),
    "dormitory": ("宿舍", "宿舍号", "寝室", "寝室号"),
    "status": ("状态", "学籍状态", "在校状态"),
    "flags": ("家庭情况", "特殊情况", "特殊群体", "家庭类型", "关爱类型"),
}
for _flag in FLAG_NAMES:
    ALIASES[FLAG_PREFIX + _flag] = (
        f"是否{_flag}儿童",
        f"是否{_flag}",
        f"{_flag}儿童",
        f"是否{_flag}学生",
        f"{_flag}学生",
    )
ALIASES[FLAG_PREFIX + "事实无人抚养"] += ("是否事实无人抚养儿童", "事实孤儿", "是否事实孤儿")
ALIASES[FLAG_PREFIX + "困境"] += ("是否困境家庭",)
ALIASES[FLAG_PREFIX + "低保"] += ("是否低保户", "低保户", "是否低保家庭", "低保家庭")

_LOOKUP = {alias: key for key, aliases in ALIASES.items() for alias in aliases}
_HINT = re.compile(r"\(.*\)$|\[.*\]$|【.*】$")
_NOISE = re.compile(r"[\s*＊:：]")


def header_key(cell: object) -> str | None:
    """The field a header cell names, or None for a column we do not read (序号, 备注 …)."""
    if cell is None:
        return None
    text = _NOISE.sub("", normalize_text(str(cell)))
    text = _HINT.sub("", text)
    return _LOOKUP.get(text)


def label(key: str) -> str:
    """The usual header for a field, for messages about a column the file does not have."""
    return ALIASES[key][0]


def map_header(cells: list[object]) -> dict[int, str]:
    """Column index -> field for a header row; refuses a field named by two columns."""
    mapping: dict[int, str] = {}
    seen: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = header_key(cell)
        if key is None:
            continue
        if key in seen:
            raise RosterFileError(
                f"The roster has two {label(key)} columns; keep one and import again.",
                column=label(key),
                columns=[seen[key] + 1, i + 1],
            )
        seen[key] = i
        mapping[i] = key
    return mapping


def looks_like_header(cells: list[object]) -> bool:
    """At least two recognised columns, one of them 学籍号 or 姓名."""
    keys = {header_key(c) for c in cells} - {None}
    return len(keys) >= 2 and bool(keys & {"student_no", "name"})


def check_required(mapping: dict[int, str], sheet: str = "") -> None:
    missing = [label(k) for k in REQUIRED if k not in mapping.values()]
    if missing:
        where = f" (sheet {sheet})" if sheet else ""
        noun = "column" if len(missing) == 1 else "columns"
        raise RosterFileError(
            f"The roster{where} has no {', '.join(missing)} {noun}; the header row needs "
            f"{', '.join(label(k) for k in REQUIRED)}.",
            missing=missing,
            sheet=sheet,
        )
