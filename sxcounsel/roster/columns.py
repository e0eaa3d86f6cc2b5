"""Roster headers as schools write them, mapped to the fields of a student.

A header is compared after folding full-width forms, dropping all whitespace (also line
breaks inside a cell), required-field stars and a trailing hint in brackets, so
``* 出生日期（格式：2012-05-03）`` is ``出生日期``. Family-situation flags come either as one
column per flag source (是否留守儿童: 是/否) or as one text column listing them (家庭情况:
留守、单亲). Family members come as numbered column groups: 成员1姓名, 成员1关系,
成员1联系电话 (the 学籍 system's 学生信息采集表), 监护人2电话, 第一监护人姓名, 父亲姓名.

A ``Layout`` (a hand mapping the school made once, remembered per store) overrides the
recognised header names and chooses which flag each flag source sets.
"""

from __future__ import annotations

import re

from sxcounsel.core.textnorm import normalize_text
from sxcounsel.roster.layout import FLAG_NAMES, FLAG_PREFIX, Layout
from sxcounsel.roster.problems import RosterFileError

REQUIRED = ("student_no", "name", "gender", "class_name")
MEMBER_PREFIX = "member:"  # member:<slot>:<name|relation|phone>; slots 1, 2, … then 父亲, 母亲
STUDENT_PHONE = "student_phone"  # the student's own phone: read, never kept

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
    "class_name": ("班级", "班级名称", "所在班级", "班别", "班", "班号", "班级号"),
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
    "id_type": ("身份证件类型", "证件类型", "学生身份证件类型"),
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
    STUDENT_PHONE: ("学生联系电话", "学生电话", "本人电话", "学生手机", "学生手机号"),
    "address": (
        "家庭住址",
        "家庭地址",
        "住址",
        "现住址",
        "地址",
        "家庭现住址",
        "通信地址",
        "通讯地址",
    ),
    "dormitory": ("宿舍", "宿舍号", "寝室", "寝室号"),
    "boarding": ("就读方式", "住宿方式", "走读住校", "走读/住校", "住校/走读"),
    "boarding_yn": ("是否住校", "住校", "是否寄宿", "是否住宿", "住校生", "寄宿生"),
    "enrolled": ("入学年月", "入学时间", "入学日期"),
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
ALIASES[FLAG_PREFIX + "随迁子女"] = (
    "是否进城务工人员随迁子女",
    "进城务工人员随迁子女",
    "是否随迁子女",
    "随迁子女",
)
ALIASES[FLAG_PREFIX + "随班就读"] = ("随班就读", "是否随班就读")
ALIASES[FLAG_PREFIX + "一补"] = ("是否享受一补", "享受一补", "是否享受两免一补")
ALIASES[FLAG_PREFIX + "资助"] = ("是否需要申请资助", "是否需要资助", "需要申请资助")

# When several columns name the address, the one the counseling room visits wins; the
# others are listed as not read. Any other field named twice is refused.
PREFERRED = {
    "address": (
        "现住址",
        "家庭现住址",
        "家庭住址",
        "家庭地址",
        "住址",
        "地址",
        "通信地址",
        "通讯地址",
    )
}
# Headers that are the student's own phone when the file lists family members separately.
_OWN_PHONE = {"联系电话", "电话", "手机", "手机号", "手机号码", "联系方式"}

_LOOKUP = {alias: key for key, aliases in ALIASES.items() for alias in aliases}
_HINT = re.compile(r"\(.*\)$|\[.*\]$|【.*】$")
_NOISE = re.compile(r"[\s*＊:：]")
_PART = {"姓名": "name", "关系": "relation", "与学生关系": "relation"}
_PHONES = "联系电话|电话|手机|手机号|手机号码|联系方式"
_MEMBER = re.compile(rf"(?:家庭)?成员(?P<n>[0-9]{{1,2}})(?P<part>姓名|关系|{_PHONES})")
_GUARDIAN_N = re.compile(rf"监护人(?P<n>[0-9])(?P<part>姓名|关系|与学生关系|{_PHONES})")
_GUARDIAN_ORD = re.compile(rf"第(?P<n>[一二三])监护人(?P<part>姓名|关系|与学生关系|{_PHONES})")
_PARENT = re.compile(rf"(?P<n>父亲|母亲)(?P<part>姓名|{_PHONES})")
_ORDINAL = {"一": "1", "二": "2", "三": "3"}


def fold(cell: object) -> str:
    """A header cell as compared: folded, no spaces, stars or trailing hints."""
    if cell is None:
        return ""
    return _HINT.sub("", _NOISE.sub("", normalize_text(str(cell))))


def _member_key(text: str) -> str | None:
    for pattern in (_MEMBER, _GUARDIAN_N, _GUARDIAN_ORD, _PARENT):
        m = pattern.fullmatch(text)
        if m:
            slot = _ORDINAL.get(m["n"], m["n"]).lstrip("0") or "0"
            return f"{MEMBER_PREFIX}{slot}:{_PART.get(m['part'], 'phone')}"
    return None


def header_key(cell: object, layout: Layout | None = None) -> str | None:
    """The field a header cell names, or None for a column we do not read (序号, 备注 …)."""
    text = fold(cell)
    if not text:
        return None
    if layout is not None and text in layout.columns:
        return layout.columns[text] or None
    return _LOOKUP.get(text) or _member_key(text)


def label(key: str) -> str:
    """The usual header for a field, for messages about a column the file does not have."""
    if key.startswith(MEMBER_PREFIX):
        return f"成员{key.split(':')[1]}"
    return ALIASES[key][0] if key in ALIASES else key


def member_slot(key: str) -> tuple[int, str]:
    """Sort key of a member slot: numbered slots first, then 父亲, 母亲."""
    slot = key.split(":")[1]
    return (int(slot), "") if slot.isdigit() else (100, slot)


def map_header(
    cells: list[object], layout: Layout | None = None
) -> tuple[dict[int, str], dict[int, str]]:
    """Column index -> field for a header row, and column index -> why a non-empty column is
    not read ("unknown", "superseded", "own_phone"). Refuses a field named by two columns."""
    mapping: dict[int, str] = {}
    unread: dict[int, str] = {}
    seen: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = header_key(cell, layout)
        if key is None:
            if fold(cell):
                unread[i] = "unknown"
            continue
        if key == STUDENT_PHONE:
            unread[i] = "own_phone"
            continue
        if key in seen:
            ranks = PREFERRED.get(key, ())
            old, new = fold(cells[seen[key]]), fold(cell)
            if old in ranks and new in ranks and old != new:
                if ranks.index(new) < ranks.index(old):
                    unread[seen[key]] = "superseded"
                    del mapping[seen[key]]
                    seen[key], mapping[i] = i, key
                else:
                    unread[i] = "superseded"
                continue
            raise RosterFileError(
                "roster.two_columns",
                column=label(key),
                columns=[seen[key] + 1, i + 1],
            )
        seen[key] = i
        mapping[i] = key
    if any(k.startswith(MEMBER_PREFIX) for k in mapping.values()):
        for i, key in list(mapping.items()):
            if key == "guardian_phone" and fold(cells[i]) in _OWN_PHONE:
                del mapping[i]
                unread[i] = "own_phone"  # 联系电话 of the 采集表 is the student's own
    return mapping, unread


def looks_like_header(cells: list[object], layout: Layout | None = None) -> bool:
    """At least two recognised columns, one of them 学籍号 or 姓名."""
    keys = {header_key(c, layout) for c in cells} - {None}
    return len(keys) >= 2 and bool(keys & {"student_no", "name"})


def check_required(
    mapping: dict[int, str], sheet: str = "", headers: list[str] | None = None
) -> None:
    missing = [label(k) for k in REQUIRED if k not in mapping.values()]
    if missing:
        code = "roster.missing_column" if len(missing) == 1 else "roster.missing_columns"
        raise RosterFileError(
            code + "_sheet" if sheet else code,
            missing=missing,
            sheet=sheet,
            headers=headers or [],
            reason="missing_columns",
        )
