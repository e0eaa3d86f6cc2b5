"""Applying a roster file: new students are added, known ones (by 学籍号) updated, all or nothing.

| action          | counselor | head_teacher | school_admin |
|-----------------|-----------|--------------|--------------|
| import_roster   | no        | no           | yes          |

Every row is checked first; if any row is wrong, ``RosterRowsInvalid`` lists every bad row
and nothing is written. Otherwise, in one transaction: ``records.insert_many`` for the new
students, ``records.update`` (with the version read) for the changed ones, and one audit
``import`` entry with the counts. A row that changes nothing is not rewritten, so importing
the same file twice changes nothing. ``dry_run`` reads and checks but never writes.

Students in the database but not in the file are left as they are (a class roster does not
list the whole school).

The school's ``Layout`` (hand-mapped columns, the flag each flag source sets) is kept in the
store's meta table (``roster_layout``: column names and field keys, no student data); an
import that writes saves the layout it was given, so the next import reads the same way.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from sxcounsel.core import permissions, texts
from sxcounsel.core.errors import ValidationError
from sxcounsel.core.progress import Progress
from sxcounsel.roster.layout import Layout
from sxcounsel.roster.problems import RosterFileError, RosterRowsInvalid, RowProblem, row_problem
from sxcounsel.roster.reader import RosterTable, read_roster
from sxcounsel.services import codec
from sxcounsel.services.account_session import Session
from sxcounsel.services.name_keys import search_values
from sxcounsel.services.roster_rows import ATTR_COLUMN, RowFacts, problem_from, read_row
from sxcounsel.services.students import FLAGS, Student, check_student, student_values
from sxcounsel.store import audit, records

_TABLE, _TYPE = "students", "student"
_BATCH = 500  # 学籍号 per query when reading the stored students a file names
LAYOUT_META = "roster_layout"


@dataclass(frozen=True)
class ImportSummary:
    new: int
    updated: int
    unchanged: int
    dry_run: bool = False

    def line(self, language: str = "en") -> str:
        code = "roster.dry_run" if self.dry_run else "roster.imported"
        counts = {"new": self.new, "updated": self.updated, "unchanged": self.unchanged}
        return texts.text(code, language, **counts)


@dataclass
class _Plan:
    new: list[dict[str, object]]
    updates: list[tuple[str, int, dict[str, object]]]  # id, version read, changed columns
    unchanged: int


def saved_layout(session: Session) -> Layout:
    """The layout the school's last import used (the default one before any)."""
    permissions.require(session.account, "import", "students", doing="import a roster")
    return Layout.from_json(session.store.meta(LAYOUT_META))


def read_table(session: Session, path: Path, layout: Layout | None = None) -> RosterTable:
    """The file as the import would read it (for a preview); nothing is checked or written."""
    if layout is None:
        layout = saved_layout(session)
    permissions.require(session.account, "import", "students", doing="import a roster")
    return read_roster(Path(path), layout)


def import_roster(
    session: Session,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    layout: Layout | None = None,
) -> ImportSummary:
    """Import an XLSX or CSV roster; RosterFileError / RosterRowsInvalid when it is refused.
    ``layout`` None: the one saved by the last import."""
    if layout is None:
        layout = saved_layout(session)
    permissions.require(session.account, "import", "students", doing="import a roster")
    progress = progress or Progress()
    progress.start(0, "reading")
    table = read_roster(Path(path), layout)
    facts = _read_rows(table, progress, layout)
    if dry_run:
        plan = _plan(session.store.conn, table, facts, progress)
        return ImportSummary(len(plan.new), len(plan.updates), plan.unchanged, dry_run=True)
    with session.store.transaction() as conn:  # BEGIN IMMEDIATE: nobody writes in between
        plan = _plan(conn, table, facts, progress)
        progress.start(len(plan.new) + len(plan.updates), "writing")
        summary = ImportSummary(len(plan.new), len(plan.updates), plan.unchanged)
        counts = (summary.new, summary.updated, summary.unchanged)
        detail = "roster {}: {} new, {} updated, {} unchanged".format(table.kind, *counts)
        if plan.new:
            records.insert_many(conn, _TABLE, _TYPE, plan.new, session.username, detail=detail)
        else:
            audit.append(conn, session.username, "import", _TYPE, "", detail=detail)
        progress.advance(len(plan.new))
        for student_id, version, values in plan.updates:
            records.update(conn, _TABLE, _TYPE, student_id, values, session.username, version)
            progress.advance()
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (LAYOUT_META, layout.to_json()),
        )
        progress.check()  # a cancel now still rolls everything back
    return summary


def _read_rows(table: RosterTable, progress: Progress, layout: Layout) -> list[RowFacts]:
    """Every row read and checked on its own, and 学籍号 / 身份证号 unique within the file."""
    if not table.rows:
        raise RosterFileError("roster_import.no_students", reason="no_students")
    progress.start(len(table.rows), "checking")
    problems: list[RowProblem] = []
    facts: list[RowFacts] = []
    first_row: dict[tuple[str, str], RowFacts] = {}
    for row in table.rows:
        f, row_problems = read_row(table, row, layout)
        for attr in ("student_no", "id_number"):
            value = f.fields.get(attr)
            if not value:
                continue
            earlier = first_row.setdefault((attr, str(value)), f)
            if earlier is not f:
                row_problems.append(_repeat(table, f, earlier, attr))
        problems += row_problems
        facts.append(f)
        progress.advance()
    if problems:
        raise RosterRowsInvalid(problems)
    return facts


def _repeat(table: RosterTable, f: RowFacts, earlier: RowFacts, attr: str) -> RowProblem:
    column = table.header(ATTR_COLUMN[attr])
    facts: dict[str, object] = {"other_row": earlier.row.number}
    code = "roster.duplicate"
    if earlier.row.sheet != f.row.sheet:
        code, facts["other_sheet"] = "roster.duplicate_sheet", earlier.row.sheet
    return row_problem(f.row.number, column, code, reason="duplicate", sheet=f.row.sheet, **facts)


def _merge(base: Student, f: RowFacts) -> Student:
    s = copy.deepcopy(base)
    for attr, value in f.fields.items():
        setattr(s, attr, value)
    if "class_name" in f.fields and "grade" not in f.fields:
        s.grade = ""  # derived again from the new class by check_student
    if f.members:
        s.guardians = _with_members(s.guardians, f.members)
    if f.guardian is not None:
        s.guardians = _with_guardian(s.guardians, f.guardian)
    flags = (set(s.flags) | f.flags_on) - f.flags_off
    s.flags = [x for x in FLAGS if x in flags]
    return s


def _with_guardian(guardians: list[dict], g: dict) -> list[dict]:
    """The row's guardian updates the stored one of the same name (or phone), else comes first."""
    out = [dict(x) for x in guardians]
    for x in out:
        if (g["name"] and x.get("name") == g["name"]) or (
            not g["name"] and g["phone"] and x.get("phone") == g["phone"]
        ):
            x.update({k: v for k, v in g.items() if v})
            return out
    return [g, *out]


def _same(x: dict, g: dict) -> bool:
    if g["name"]:
        return x.get("name") == g["name"]
    return bool(g["phone"]) and x.get("phone") == g["phone"]


def _with_members(guardians: list[dict], members: list[dict]) -> list[dict]:
    """The file's family members first, in its order (each updating the stored guardian of
    the same name, or phone), then the stored guardians the file does not name."""
    rest = [dict(x) for x in guardians]
    out = []
    for g in members:
        match = next((x for x in rest if _same(x, g)), None)
        if match is not None:
            rest.remove(match)
            match.update({k: v for k, v in g.items() if v})
            out.append(match)
        else:
            out.append(dict(g))
    return out + rest


def _plan(
    conn: sqlcipher3.Connection, table: RosterTable, facts: list[RowFacts], progress: Progress
) -> _Plan:
    in_file = sorted({str(f.fields["student_no"]) for f in facts})
    stored: dict[str, Student] = {}
    for i in range(0, len(in_file), _BATCH):
        chunk = in_file[i : i + _BATCH]
        rows = conn.execute(
            f"SELECT {codec.columns(Student)} FROM students WHERE deleted = 0 "
            f"AND student_no IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        stored.update((s.student_no, s) for s in (codec.from_row(Student, r) for r in rows))
    # Who holds each 身份证号 once the file is applied: stored students keep theirs unless their
    # row states one; the rows' numbers are added as the rows are merged.
    restated = {str(f.fields["student_no"]) for f in facts if "id_number" in f.fields}
    owner = {
        id_number: no
        for id_number, no in conn.execute(
            "SELECT id_number, student_no FROM students WHERE deleted = 0 AND id_number != ''"
        )
        if no not in restated
    }
    plan = _Plan([], [], 0)
    problems: list[RowProblem] = []
    progress.start(len(facts), "comparing")
    for f in facts:
        no = str(f.fields["student_no"])
        old = stored.get(no)
        s = _merge(old or Student(student_no=no, name=""), f)
        found = check_student(s)
        if s.id_number and owner.setdefault(s.id_number, no) != no:
            found.append(ValidationError("student.taken", field="id_number", reason="taken"))
        for exc in found:
            attr = str(exc.facts.get("field"))
            key = ATTR_COLUMN.get(attr, "student_no")
            if key == "guardian_phone" and key not in table.headers and f.members:
                key = next(k for k in table.headers if k.startswith("member:"))
            problems.append(problem_from(table, f.row, key, exc, attr))
        if not found:
            if old is None:
                plan.new.append(student_values(s))
            else:
                before, values = codec.to_values(old), codec.to_values(s)
                changed = {k: v for k, v in values.items() if before[k] != v}
                if "name" in changed:
                    changed.update(search_values(s.name))
                if changed:
                    plan.updates.append((old.id, old.version, changed))
                else:
                    plan.unchanged += 1
        progress.advance()
    if problems:
        raise RosterRowsInvalid(problems)
    return plan
