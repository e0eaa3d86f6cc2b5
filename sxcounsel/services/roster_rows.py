"""One roster row -> the student fields it states, or the problems it has (every one of them).

Only what the row states is returned: a column the file does not have, or an empty cell,
leaves the stored value alone on re-import (a roster without 宿舍 never wipes dormitories).
Cells may hold the 学籍 system's codes: 性别 1 / 2 and 1-男, 是/否 as 1 / 0, 就读方式 1-走读
/ 2-住校, 是否留守儿童 2-双亲留守儿童. Flags come from flag-source columns (是否留守儿童: 是
sets 留守, 否 clears it; which flag each source sets is the layout's choice) and from a
listing column (家庭情况: 留守、单亲 sets both, clears none). Family members (成员1姓名 …)
become guardians in their order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.textnorm import normalize_text
from sxcounsel.roster.columns import MEMBER_PREFIX, member_slot
from sxcounsel.roster.layout import FLAG_PREFIX, FLAG_SOURCES, Layout
from sxcounsel.roster.problems import RowProblem, row_problem
from sxcounsel.roster.reader import RosterRow, RosterTable
from sxcounsel.services import student_fields as sf

_YES = {"是", "有", "Y", "YES", "√", "✓", "✔", "1", "TRUE", "T"}
_NO = {"否", "无", "没有", "N", "NO", "×", "✗", "0", "FALSE", "F", "-", "/"}
_SPLIT = re.compile(r"[,，、;；/|\s]+")
_SUFFIX = re.compile(r"(儿童|学生|家庭|户)$")
_FLAG_WORDS = {"事实孤儿": "事实无人抚养", "留守儿童": "留守", "流动儿童": "流动"}
_NONE_WORDS = {"无", "否", "正常", "一般", "-", "/"}
_CODED = re.compile(r"(?P<code>[0-9A-Za-z]{1,3}) ?[-－—.、:：] ?(?P<text>\S.*)")
_GENDER_CODES = {"1": "男", "2": "女"}
_BOARDING = {"住校": True, "寄宿": True, "住宿": True, "走读": False, "2": True, "1": False}
_RESIDENT_ID = {"居民身份证", "身份证", "居民身份证号", "1"}

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
    "enrolled": "enrolled",
    "boarding": "boarding",
}
_REASON_CODES = {
    "empty": "roster.empty",
    "not_text": "roster.not_text",
    "control": "roster.control",
    "excel_number": "roster.excel_number",
    "characters": "roster.characters",
    "non_digit": "roster.non_digit",
    "birth_date": "roster.id_birth",
    "future_birth": "roster.id_future",
    "checksum": "roster.checksum",
    "birth_mismatch": "roster.birth_mismatch",
    "taken": "roster.taken",
    "not_a_date": "roster.not_a_date",
    "impossible_date": "roster.impossible_date",
    "future": "roster.future",
    "not_a_month": "roster.not_a_month",
    "phone": "roster.phone",
    "boarding": "roster.boarding",
}
_FIELD_CODES = {"gender": "roster.gender", "status": "roster.status", "flags": "roster.flag_word"}


def problem_from(
    table: RosterTable, row: RosterRow, key: str, exc: ValidationError, attr: str = ""
) -> RowProblem:
    """A service refusal of one cell as a coded roster problem (its facts, not its words)."""
    reason = str(exc.facts.get("reason", ""))
    attr = attr or str(exc.facts.get("field", ""))
    facts: dict[str, object] = {}
    if reason == "length":
        code = "roster.id_length" if attr == "id_number" else "roster.too_long"
        facts = {"length": exc.facts.get("length", ""), "limit": exc.facts.get("limit", "")}
    else:
        code = _REASON_CODES.get(reason) or _FIELD_CODES.get(attr, "roster.invalid")
    if "allowed" in exc.facts:
        facts["allowed"] = list(exc.facts["allowed"])  # type: ignore[call-overload]
    if reason == "birth_mismatch":
        facts["other"] = table.header("birth_date")
    return row_problem(row.number, table.header(key), code, reason=reason, sheet=row.sheet, **facts)


@dataclass
class RowFacts:
    """What one valid row states about its student."""

    row: RosterRow
    fields: dict[str, object] = field(default_factory=dict)  # Student attribute -> value
    guardian: dict | None = None  # {name, relation, phone}
    members: list[dict] = field(default_factory=list)  # family members, in their order
    flags_on: set[str] = field(default_factory=set)
    flags_off: set[str] = field(default_factory=set)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not normalize_text(value))


def decoded(raw: object) -> str:
    """A cell as text without the 学籍 system's code: 2-女 -> 女, 1 stays 1."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = normalize_text(str(raw)) if raw is not None else ""
    m = _CODED.fullmatch(text)
    return m["text"].strip() if m else text


class _Row:
    """Collects the problems of one row while reading its cells."""

    def __init__(self, table: RosterTable, row: RosterRow) -> None:
        self.table, self.row = table, row
        self.problems: list[RowProblem] = []
        self.facts = RowFacts(row)

    def problem(self, key: str, exc: ValidationError, attr: str = "") -> None:
        self.problems.append(problem_from(self.table, self.row, key, exc, attr))

    def coded(self, key: str, code: str) -> None:
        header = self.table.header(key)
        self.problems.append(row_problem(self.row.number, header, code, sheet=self.row.sheet))

    def take(self, key: str, attr: str, check, *, required: bool = False) -> None:
        if key not in self.row.cells:
            return
        raw = self.row.cells[key]
        if _blank(raw):
            if required:
                term = sf.LABELS.get(attr, attr)
                empty = ValidationError("student.empty", field=attr, term=term, reason="empty")
                self.problem(key, empty, attr)
            return
        try:
            self.facts.fields[attr] = check(raw)
        except ValidationError as exc:
            self.problem(key, exc, attr)


def _yes_no(raw: object) -> bool | None:
    if isinstance(raw, bool):
        return raw
    full = normalize_text(str(raw)).upper() if raw is not None else ""
    for text in (full, decoded(raw).upper()):
        if text in _YES:
            return True
        if text in _NO or not text:
            return False
    word = decoded(raw)
    if word.endswith(("儿童", "子女", "学生")):  # 0-非留守儿童, 2-双亲留守儿童
        return not word.startswith(("非", "不"))
    return None


def _any_value(raw: object) -> bool:
    word = decoded(raw)
    return not (word.upper() in _NO or word in _NONE_WORDS or word.startswith(("非", "不")))


def _gender(raw: object) -> str:
    word = decoded(raw)
    return sf.gender(_GENDER_CODES.get(word, word))


def _boarding(raw: object, yes_no: bool) -> bool:
    answer = _yes_no(raw) if yes_no else _BOARDING.get(decoded(raw))
    if answer is None and not yes_no:
        answer = _yes_no(raw) if decoded(raw) in {"是", "否"} else None
    if answer is None:
        raise ValidationError("student.boarding", field="boarding", term="住校", reason="boarding")
    return answer


def _listed_flags(raw: object) -> list[str]:
    out = []
    for token in _SPLIT.split(normalize_text(str(raw))):
        if not token or token in _NONE_WORDS:
            continue
        word = _FLAG_WORDS.get(token) or _SUFFIX.sub("", token)
        out.append(_FLAG_WORDS.get(word, word))
    return sf.flags(out)  # refuses an unknown word, listing the allowed ones


def _resident_id(raw: object) -> bool:
    """Whether the 身份证件类型 is the 居民身份证 (an empty cell is)."""
    if _blank(raw):
        return True
    word, full = decoded(raw), normalize_text(str(raw))
    return word in _RESIDENT_ID or full in _RESIDENT_ID


def _people(r: _Row, cells: dict[str, object]) -> None:
    guardian = {"name": "", "relation": "", "phone": ""}
    members: dict[str, dict[str, str]] = {}
    singles = {"guardian_name": "name", "guardian_relation": "relation", "guardian_phone": "phone"}
    for key, raw in cells.items():
        if key in singles:
            entry, part = guardian, singles[key]
        elif key.startswith(MEMBER_PREFIX):
            slot, part = key[len(MEMBER_PREFIX) :].split(":")
            entry = members.setdefault(
                key[: key.rindex(":")], {"name": "", "relation": "", "phone": ""}
            )
            if not slot.isdigit():
                entry["relation"] = entry["relation"] or slot  # 父亲姓名: the relation is 父亲
        else:
            continue
        if _blank(raw):
            continue
        try:
            entry[part] = sf.phone(raw) if part == "phone" else sf.text(decoded(raw), "guardians")
        except ValidationError as exc:
            r.problem(key, exc, "guardians")
    if guardian["name"] or guardian["phone"]:
        r.facts.guardian = guardian
    for slot in sorted(members, key=member_slot):
        g = members[slot]
        if g["name"] or g["phone"]:
            r.facts.members.append(g)


def _flags(r: _Row, cells: dict[str, object], layout: Layout) -> None:
    for key, raw in cells.items():
        if not key.startswith(FLAG_PREFIX) or _blank(raw):
            continue
        source = key[len(FLAG_PREFIX) :]
        spec, flag = FLAG_SOURCES[source], layout.flag_for(source)
        answer = _any_value(raw) if spec.any_value else _yes_no(raw)
        if answer is None:
            r.coded(key, "roster.yes_no")
        elif flag and answer:
            r.facts.flags_on.add(flag)
        elif flag and spec.clears:
            r.facts.flags_off.add(flag)
    if not _blank(cells.get("flags")):
        try:
            r.facts.flags_on.update(_listed_flags(cells["flags"]))
        except ValidationError as exc:
            r.problem("flags", exc, "flags")
    r.facts.flags_off -= r.facts.flags_on  # 一补 否 and 资助 是 both name 困境: 是 wins


def read_row(
    table: RosterTable, row: RosterRow, layout: Layout | None = None
) -> tuple[RowFacts, list[RowProblem]]:
    r = _Row(table, row)
    cells = row.cells
    r.take("student_no", "student_no", sf.student_no, required=True)
    r.take("name", "name", sf.name, required=True)
    r.take("gender", "gender", _gender, required=True)
    r.take("birth_date", "birth_date", sf.birth_date)
    born = r.facts.fields.get("birth_date", "")
    birth_ok = not any(p.column == table.header("birth_date") for p in r.problems)
    if _resident_id(cells.get("id_type")):  # a passport number is not a 身份证号
        r.take("id_number", "id_number", lambda v: sf.id_number(v, born if birth_ok else ""))
    r.take("grade", "grade", lambda v: sf.text(v, "grade"))
    grade = str(r.facts.fields.get("grade", ""))
    r.take("class_name", "class_name", lambda v: sf.class_name(v, grade), required=True)
    r.take("dormitory", "dormitory", lambda v: sf.text(v, "dormitory"))
    r.take("address", "address", lambda v: sf.text(v, "address"))
    r.take("status", "status", sf.status)
    r.take("enrolled", "enrolled", sf.year_month)
    r.take("boarding", "boarding", lambda v: _boarding(v, yes_no=False))
    r.take("boarding_yn", "boarding", lambda v: _boarding(v, yes_no=True))
    _people(r, cells)
    _flags(r, cells, layout or Layout())
    return r.facts, r.problems
