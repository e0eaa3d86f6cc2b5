"""How each column of a roster file is read, in English or Chinese (dry run, wizard preview)."""

from __future__ import annotations

from sxcounsel.core.texts import chinese, text
from sxcounsel.core.texts.roster import PARTS
from sxcounsel.roster.columns import MEMBER_PREFIX
from sxcounsel.roster.layout import FLAG_PREFIX, FLAG_SOURCES, Layout
from sxcounsel.roster.reader import Column, RosterTable

# The field a column is read as, by its Chinese term (the same in both languages).
FIELD_TERMS = {
    "student_no": "学籍号",
    "name": "姓名",
    "gender": "性别",
    "birth_date": "出生日期",
    "id_number": "身份证号",
    "id_type": "身份证件类型",
    "grade": "年级",
    "class_name": "班级",
    "enrolled": "入学年月",
    "boarding": "就读方式",
    "boarding_yn": "是否住校",
    "dormitory": "宿舍",
    "address": "家庭住址",
    "status": "状态",
    "flags": "家庭情况",
    "guardian_name": "监护人姓名",
    "guardian_relation": "监护人关系",
    "guardian_phone": "监护人电话",
}
_SPECIAL = {
    "birth_date",
    "enrolled",
    "gender",
    "id_number",
    "id_type",
    "class_name",
    "boarding",
    "boarding_yn",
    "flags",
}
_GUARDIAN = {"guardian_name": "name", "guardian_relation": "relation", "guardian_phone": "phone"}


def part(name: str, language: str) -> str:
    """A part of a guardian's columns (name, relation, phone) in ``language``."""
    en, zh = PARTS.get(name, (name, name))
    return zh if chinese(language) else en


def reading(col: Column, layout: Layout, language: str = "en") -> str:
    """How the import reads ``col``: the field and the forms it accepts, or why not."""
    key = col.key
    if key is None:
        return text(f"read.{col.why or 'unknown'}", language)
    if col.value:
        return text("read.from_title", language, field=FIELD_TERMS[key], title=col.value)
    if key.startswith(FLAG_PREFIX):
        source = key[len(FLAG_PREFIX) :]
        spec, flag = FLAG_SOURCES[source], layout.flag_for(source)
        if not flag:
            return text("read.flag_off", language)
        code = (
            "read.flag_any" if spec.any_value else "read.flag" if spec.clears else "read.flag_set"
        )
        return text(code, language, flag=flag)
    if key.startswith(MEMBER_PREFIX):
        slot, name = key[len(MEMBER_PREFIX) :].split(":")
        return text("read.member", language, slot=slot, part=part(name, language))
    if key in _GUARDIAN:
        return text("read.guardian", language, part=part(_GUARDIAN[key], language))
    if key not in _SPECIAL:
        return FIELD_TERMS.get(key, key)  # the same term in both languages
    return text(f"read.{key}", language, field=FIELD_TERMS.get(key, key))


def report(table: RosterTable, layout: Layout, language: str = "en") -> list[str]:
    """The columns read, then the columns not read, one line each."""
    read = [c for c in table.columns if c.key]
    unread = [c for c in table.columns if not c.key]
    lines = []
    for title, group in (("read.recognised", read), ("read.ignored", unread)):
        if group:
            lines.append(text(title, language))
            lines += [
                f"  {c.header or FIELD_TERMS.get(c.key or '', '')} → {reading(c, layout, language)}"
                for c in group
            ]
    return lines
