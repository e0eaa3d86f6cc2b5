"""Search keys for a student's name: full pinyin and initials, computed on every write.

``name_pinyin`` holds the toneless pinyin of the whole name without separators
(张小明 -> ``zhangxiaoming``), ``name_initials`` the first letters (``zxm``). ü is written
``v`` as every Chinese input method types it (吕 -> ``lv``).

A surname read differently from the everyday character (单 shàn, 曾 zēng, 解 xiè, 区 ōu …)
gets the surname reading first and pypinyin's everyday reading as an alternative, so that
both ``shanxiaoming`` and ``danxiaoming`` find 单小明. Alternatives are separated by a
space; search matches at the start of any of them. pypinyin is imported on first use only
(it takes most of a second to load its dictionaries).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Surnames whose reading differs from pypinyin's default for the character (checked against
# pypinyin 0.55). Compound surnames (欧阳, 尉迟, 长孙 …) are already read correctly by it.
_SURNAMES = {
    "单": "shan",
    "曾": "zeng",
    "朴": "piao",
    "仇": "qiu",
    "解": "xie",
    "乐": "yue",
    "区": "ou",
    "查": "zha",
    "覃": "qin",
    "翟": "zhai",
    "盖": "ge",
    "缪": "miao",
    "秘": "bi",
    "种": "chong",
    "繁": "po",
    "员": "yun",
    "召": "shao",
    "折": "she",
    "句": "gou",
    "阚": "kan",
    "藏": "zang",
    "隗": "wei",
    "祭": "zhai",
    "薄": "bo",
    "都": "du",
    "卜": "bu",
    "能": "nai",
    "黑": "he",
    "角": "jue",
    "蔚": "yu",
    "洗": "xian",
    "重": "chong",
    "晟": "sheng",
    "粘": "nian",
}
_COMPOUND_SURNAMES = {"乐正": ["yue", "zheng"]}
_LETTERS = re.compile(r"[^a-z]")


def _syllables(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin  # slow import: only when a name is written

    out = []
    for piece in lazy_pinyin(text, style=Style.NORMAL, errors="default"):
        letters = _LETTERS.sub("", piece.lower())
        if letters:
            out.append(letters)
    return out


def _readings(name: str) -> list[list[str]]:
    """Syllable lists, preferred reading first."""
    default = _syllables(name)
    for compound, reading in _COMPOUND_SURNAMES.items():
        if name.startswith(compound):
            return [reading + _syllables(name[len(compound) :]), default]
    surname = _SURNAMES.get(name[:1])
    if surname is None:
        return [default]
    return [[surname, *_syllables(name[1:])], default]


@lru_cache(maxsize=4096)
def name_keys(name: str) -> tuple[str, str]:
    """(name_pinyin, name_initials) for a normalized name; alternatives space-separated."""
    pinyins: list[str] = []
    initials: list[str] = []
    for syllables in _readings(name):
        variants = ["".join(syllables)]
        if "v" in variants[0]:
            variants.append(variants[0].replace("v", "u"))  # 吕: lv, also typed lu
        for v in variants:
            if v and v not in pinyins:
                pinyins.append(v)
        first = "".join(s[0] for s in syllables)
        if first and first not in initials:
            initials.append(first)
    return " ".join(pinyins), " ".join(initials)


def search_values(name: str) -> dict[str, str]:
    """The two derived columns to write beside a student's name."""
    pinyin, initials = name_keys(name)
    return {"name_pinyin": pinyin, "name_initials": initials}
