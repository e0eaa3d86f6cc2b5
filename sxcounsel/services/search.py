"""Finding a student by what a teacher remembers: name, 学籍号, class, pinyin or initials.

One query box, for the CLI (``sxcounsel students find``) and the GUI alike. A query matches

* the 学籍号 (any part, case-insensitive), the 姓名 (any part) or the 班级 (any part, and
  七年级2班 / 七年级（2）班 are read as 七年级(2)班);
* when it is Latin letters: the start of the full pinyin (``zhangxiaoming``, spaces and
  apostrophes ignored, ü typed as v or u) or of the initials (``zxm``; ``zm`` finds 张明).

Ranking: exact 学籍号, exact name, exact pinyin or initials, a 学籍号/name/class that starts
with the query, then everything else; ties by class and 学籍号. A head teacher only finds
students of own classes. The scan is a plain LIKE over the live rows (see
benchmarks/records_bench.py for its cost at 20,000 students).
"""

from __future__ import annotations

import re

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.textnorm import normalize_text
from sxcounsel.services import codec
from sxcounsel.services import student_fields as sf
from sxcounsel.services.account_session import Session
from sxcounsel.services.students import Student, readable_classes

MAX_LIMIT = 500
_PINYIN = re.compile(r"[a-z]+")
_PINYIN_NOISE = re.compile(r"[\s'’]")
_KEYS = ("name_pinyin", "name_initials")


def find_students(session: Session, query: str, limit: int = 50) -> list[Student]:
    """Students matching ``query``, best match first; [] for a blank query."""
    classes = readable_classes(session)  # refuses accounts that may not read students
    q = normalize_text(query) if isinstance(query, str) else ""
    if not q or classes == ():
        return []
    limit = max(1, min(int(limit), MAX_LIMIT))
    letters = _PINYIN_NOISE.sub("", q).lower()
    pinyin = _PINYIN.fullmatch(letters) is not None
    number = q.upper()  # 学籍号 are stored in upper case
    try:
        canon_class = sf.class_name(q)
    except ValidationError:  # control characters or a very long query: it names no class
        canon_class = q

    # Only what the query can possibly match is compared: every test is one more pass over
    # all rows. 学籍号 are ASCII; names and classes are not pure Latin letters (a Latin
    # name is in name_pinyin too). instr/GLOB are case-sensitive and cheaper than LIKE; no
    # string is built per row (SQLCipher's memory security makes each allocation costly).
    tests: list[str] = []
    args: list[object] = []
    if pinyin:
        tests.append("student_no = ?")
        args.append(number)
        for col in _KEYS:  # the start of any space-separated alternative
            tests += [f"{col} GLOB ?", f"instr({col}, ?)"]
            args += [f"{letters}*", f" {letters}"]
    else:
        if q.isascii():
            tests.append("instr(student_no, ?)")
            args.append(number)
        tests += ["instr(name, ?)", "instr(class_name, ?)", "class_name = ?"]
        args += [q, q, canon_class]
    where = f"deleted = 0 AND ({' OR '.join(tests)})"
    if classes is not None:
        where += f" AND class_name IN ({','.join('?' * len(classes))})"
        args += classes

    exact_keys, exact_args = "0", []
    if pinyin:
        exact_keys = " OR ".join(f"{c} = ? OR {c} GLOB ? OR {c} GLOB ?" for c in _KEYS)
        exact_args = [letters, f"{letters} *", f"* {letters}"] * len(_KEYS)
    rank = (
        f"CASE WHEN student_no = ? THEN 0 WHEN name = ? THEN 1 WHEN {exact_keys} THEN 2 "
        "WHEN instr(student_no, ?) = 1 OR instr(name, ?) = 1 OR class_name = ? THEN 3 "
        "ELSE 4 END"
    )
    rank_args = [number, q, *exact_args, number, q, canon_class]
    conn = session.store.conn
    # Rank and cut on the narrow indexed columns, then read the full rows of the few kept.
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT id, {rank} AS rank FROM students WHERE {where} "
            "ORDER BY rank, class_name, student_no LIMIT ?",
            [*rank_args, *args, limit],
        )
    ]
    if not ids:
        return []
    rows = conn.execute(
        f"SELECT {codec.columns(Student)} FROM students WHERE id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    by_id = {r["id"]: codec.from_row(Student, r) for r in rows}
    return [by_id[i] for i in ids]


def format_match(s: Student) -> str:
    """One line of ``sxcounsel students find``: 学籍号, name, class, status, tab-separated."""
    return "\t".join((s.student_no, s.name, s.class_name, s.status))
