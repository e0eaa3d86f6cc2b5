"""How a school's roster files are read beyond the built-in header names: a hand mapping of
column headers to fields, and which family-situation flag each flag source sets.

A flag source is a yes/no (or coded) column of the 学籍 system or of a school's own sheet.
The eight flags are their own sources (是否留守儿童 -> 留守); the 学籍 system adds four whose
flag the school may choose: 是否进城务工人员随迁子女 (流动), 随班就读 (残疾), 是否享受一补 and
是否需要申请资助 (困境, or 低保 where the school uses that word).

``clears``: whether a 否 in the column clears the flag on re-import. Indirect sources only
set it (否 in 是否需要申请资助 does not mean a family is not 困境).

The layout is kept as JSON in the store's meta table: column names and field keys only,
never a cell of a student.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

FLAG_PREFIX = "flag:"
FLAG_NAMES = ("留守", "孤儿", "事实无人抚养", "困境", "流动", "单亲", "低保", "残疾")


@dataclass(frozen=True)
class FlagSource:
    default: str  # the flag it sets unless the school chose another
    clears: bool  # 否 clears the flag
    any_value: bool = False  # any value but 无 / 否 / 0 sets it (随班就读: 视力残疾随班就读 …)


FLAG_SOURCES: dict[str, FlagSource] = {f: FlagSource(f, True) for f in FLAG_NAMES}
FLAG_SOURCES["随迁子女"] = FlagSource("流动", True)
FLAG_SOURCES["随班就读"] = FlagSource("残疾", False, any_value=True)
FLAG_SOURCES["一补"] = FlagSource("困境", False)
FLAG_SOURCES["资助"] = FlagSource("困境", False)

# Fields a column can be mapped to by hand (the wizard offers these).
HAND_FIELDS = (
    "student_no",
    "name",
    "gender",
    "birth_date",
    "id_number",
    "id_type",
    "grade",
    "class_name",
    "enrolled",
    "boarding",
    "boarding_yn",
    "dormitory",
    "address",
    "status",
    "flags",
    "guardian_name",
    "guardian_relation",
    "guardian_phone",
)
_MAX_ENTRIES = 200
_LOOKS_LIKE_DATA = re.compile(r"[0-9]{6,}")


@dataclass
class Layout:
    columns: dict[str, str] = field(default_factory=dict)  # folded header -> field ("" = none)
    flags: dict[str, str] = field(default_factory=dict)  # flag source -> flag ("" = not read)

    def flag_for(self, source: str) -> str:
        """The flag a source sets ('' when the school chose not to read it)."""
        if source in self.flags:
            return self.flags[source]
        spec = FLAG_SOURCES.get(source)
        return spec.default if spec else ""

    def to_json(self) -> str:
        columns = {
            k: v
            for k, v in self.columns.items()
            if k and not _LOOKS_LIKE_DATA.search(k) and (v in HAND_FIELDS or v == "")
        }
        flags = {k: v for k, v in self.flags.items() if k in FLAG_SOURCES}
        return json.dumps({"columns": columns, "flags": flags}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Layout:
        """The stored layout; an empty or damaged value is the default layout."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        columns, flags = data.get("columns"), data.get("flags")
        out = cls()
        if isinstance(columns, dict):
            out.columns = {
                str(k): v
                for k, v in list(columns.items())[:_MAX_ENTRIES]
                if isinstance(v, str) and (v in HAND_FIELDS or v == "")
            }
        if isinstance(flags, dict):
            out.flags = {
                k: v
                for k, v in flags.items()
                if k in FLAG_SOURCES and isinstance(v, str) and (v in FLAG_NAMES or v == "")
            }
        return out
