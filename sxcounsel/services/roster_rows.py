"""One roster row -> the student fields it states, or the problems it has (every one of them).

Only what the row states is returned: a column the file does not have, or an empty cell,
leaves the stored value alone on re-import (a roster without 宿舍 never wipes dormitories).
Flags come from yes/no columns (是否留守儿童: 是 sets 留守, 否 clears it) and from a listing
column (家庭情况: 留守、单亲 sets both, clears none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.textnorm import normalize_text
from sxcounsel.roster.columns import FLAG_PREFIX
from sxcounsel.roster.problems import RowProblem
from sxcounsel.roster.reader import RosterRow, RosterTable
from sxcounsel.services import student_fields as sf

_YES = {"是", "有", "Y", "YES", "√", "✓", "✔", "1", "TRUE", "T"}
_NO = {"否", "无", "没有", "N", "NO", "×", "✗", "0", "FALSE", "F", "-", "/"}
_SPLIT = re.compile(r"[,，、;；/|\s]+")
_SUFFIX = re.compile(r"(儿童|学生|家庭|户)$")
_FLAG_WORDS = {"事实孤儿": "事实无人抚养", "留守儿童": "留守", "流动儿童": "流动"}
_NONE_WORDS = {"无", "否", "正常", "一般", "-", "/"}

# The roster column to blame when a field of the merged record is refused.
ATTR_COLUMN = {
    "student_no": "student_no",
    "name": "name",
    "gender": "gender",
    "birth_date": "birth_date",
    "id_number": "id_number",
    "grade": "grade",
    "class_name": "class_name",
    "dormitory": "dormitory",
    "address": "address",
    "guardians": "guardian_phone",
    "flags": "flags",
    "status": "status",
}


@dataclass
class RowFacts:
    """What one valid row states about its student."""

    row: RosterRow
    fields: dict[str, object] = field(default_factory=dict)  # Student attribute -> value
    guardian: dict | None = None  # {name, relation, phone}
    flags_on: set[str] = field(default_factory=set)
    flags_off: set[str] = field(default_factory=set)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not normalize_text(value))


class _Row:
    """Collects the problems of one row while reading its cells."""

    def __init__(self, table: RosterTable, row: RosterRow) -> None:
        self.table, self.row = table, row
        self.problems: list[RowProblem] = []
        self.facts = RowFacts(row)

    def problem(self, key: str, exc: ValidationError) -> None:
        self.problems.append(
            RowProblem(
                self.row.number,
                self.table.header(key),
                exc.message,
                str(exc.facts.get("reason", "")),
                self.row.sheet,
            )
        )

    def take(self, key: str, attr: str, check, *, required: bool = False) -> None:
        if key not in self.row.cells:
            return
        raw = self.row.cells[key]
        if _blank(raw):
            if required:
                label = sf.LABELS[attr]
                self.problem(key, ValidationError(f"The {label} is empty.", reason="empty"))
            return
        try:
            self.facts.fields[attr] = check(raw)
        except ValidationError as exc:
            self.problem(key, exc)


def _yes_no(raw: object) -> bool | None:
    text = normalize_text(str(raw)).upper() if raw is not None else ""
    if isinstance(raw, bool):
        return raw
    if text in _YES:
        return True
    if text in _NO or not text:
        return False
    return None


def _listed_flags(raw: object) -> list[str]:
    out = []
    for token in _SPLIT.split(normalize_text(str(raw))):
        if not token or token in _NONE_WORDS:
            continue
        word = _FLAG_WORDS.get(token) or _SUFFIX.sub("", token)
        out.append(_FLAG_WORDS.get(word, word))
    return sf.flags(out)  # refuses an unknown word, listing the allowed ones


def read_row(table: RosterTable, row: RosterRow) -> tuple[RowFacts, list[RowProblem]]:
    r = _Row(table, row)
    cells = row.cells
    r.take("student_no", "student_no", sf.student_no, required=True)
    r.take("name", "name", sf.name, required=True)
    r.take("gender", "gender", sf.gender, required=True)
    r.take("birth_date", "birth_date", sf.birth_date)
    born = r.facts.fields.get("birth_date", "")
    birth_ok = not any(p.column == table.header("birth_date") for p in r.problems)
    r.take("id_number", "id_number", lambda v: sf.id_number(v, born if birth_ok else ""))
    r.take("grade", "grade", lambda v: sf.text(v, "grade"))
    grade = str(r.facts.fields.get("grade", ""))
    r.take("class_name", "class_name", lambda v: sf.class_name(v, grade), required=True)
    r.take("dormitory", "dormitory", lambda v: sf.text(v, "dormitory"))
    r.take("address", "address", lambda v: sf.text(v, "address"))
    r.take("status", "status", sf.status)

    guardian = {"name": "", "relation": "", "phone": ""}
    for key, part in (
        ("guardian_name", "name"),
        ("guardian_relation", "relation"),
        ("guardian_phone", "phone"),
    ):
        raw = cells.get(key)
        if _blank(raw):
            continue
        try:
            guardian[part] = sf.phone(raw) if part == "phone" else sf.text(raw, "guardians")
        except ValidationError as exc:
            r.problem(key, exc)
    if guardian["name"] or guardian["phone"]:
        r.facts.guardian = guardian

    for key, raw in cells.items():
        if key.startswith(FLAG_PREFIX):
            flag, answer = key[len(FLAG_PREFIX) :], _yes_no(raw)
            if answer is None:
                r.problem(key, ValidationError(f"The {table.header(key)} must be 是 or 否."))
            elif not _blank(raw):
                (r.facts.flags_on if answer else r.facts.flags_off).add(flag)
    if not _blank(cells.get("flags")):
        try:
            r.facts.flags_on.update(_listed_flags(cells["flags"]))
        except ValidationError as exc:
            r.problem("flags", exc)
    return r.facts, r.problems
