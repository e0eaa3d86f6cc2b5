"""Home visits (家访记录) and home-visit coverage for the ledger and the dashboard.

| action                                  | counselor | head_teacher       | school_admin |
|-----------------------------------------|-----------|--------------------|--------------|
| create / update / delete                | all       | own classes only   | no           |
| get / list                              | all       | own classes only   | all (read)   |
| coverage                                | all       | own classes only   | all          |

"Own classes" are ``session.account.classes`` compared with the student's current
``class_name``. The school year is stored from the visit date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import PermissionDenied, ValidationError
from sxcounsel.core.schoolyear import format_date, school_year_of
from sxcounsel.services import codec, fieldcheck, record_writes
from sxcounsel.services.account_session import Session
from sxcounsel.store import records

_TABLE, _TYPE = "home_visits", "home_visit"
METHODS = ("实地", "电话", "视频")
ENROLLED = "在校"
_KIND = "home_visits"  # its row in the role table (core/permissions.py)


@dataclass
class HomeVisit:
    student_id: str
    date: str
    method: str
    staff: list[str] = field(default_factory=list)  # names of the visiting staff
    met: list[dict] = field(default_factory=list)  # [{"name": …, "relation": …}]
    purpose: str = ""
    family_situation: str = ""
    student_at_home: bool = True
    parents_views: str = ""
    advice: str = ""
    follow_up: str = ""
    follow_up_date: str = ""
    school_year: int = 0  # derived from date
    id: str = ""
    version: int = 0


@dataclass(frozen=True)
class StudentRef:
    id: str
    name: str
    student_no: str


@dataclass(frozen=True)
class ClassCoverage:
    """Home-visit coverage of one class in one school year (students with status 在校)."""

    class_name: str
    students: int
    visited: int
    not_visited: tuple[StudentRef, ...]


# -- roles -----------------------------------------------------------------------------------
def _may(session: Session, class_name: str, *, write: bool) -> bool:
    subject = permissions.Subject(class_name=class_name)
    return permissions.allowed(session.account, "write" if write else "read", _KIND, subject)


def _check_class(session: Session, class_name: str, *, write: bool) -> None:
    if not _may(session, class_name, write=write):
        if write:
            raise PermissionDenied("visit.class_write", action="record home visits for")
        raise PermissionDenied("visit.class_read", action="see home visits of")


def _student_class(conn: sqlcipher3.Connection, student_id: str) -> str:
    return fieldcheck.student_row(conn, student_id)["class_name"]


# -- validation ------------------------------------------------------------------------------
def _people(met: object) -> list[dict]:
    if not isinstance(met, list):
        raise ValidationError("visit.met_not_list", field="met")
    out = []
    for i, person in enumerate(met):
        if not isinstance(person, dict) or set(person) != {"name", "relation"}:
            raise ValidationError("visit.met_incomplete", field="met", index=i)
        out.append({k: fieldcheck.name(person[k], "met") for k in ("name", "relation")})
    if not out:
        raise ValidationError("visit.no_met", field="met")
    return out


def _validate(v: HomeVisit) -> dict[str, object]:
    on = fieldcheck.past_day(v.date, "date")
    v.date, v.school_year = format_date(on), school_year_of(on)
    v.method = fieldcheck.choice(v.method, METHODS, "method")
    if not isinstance(v.staff, list):
        raise ValidationError("visit.staff_not_list", field="staff")
    v.staff = list(dict.fromkeys(fieldcheck.name(n, "staff") for n in v.staff))
    if not v.staff:
        raise ValidationError("visit.no_staff", field="staff")
    v.met = _people(v.met)
    v.purpose = fieldcheck.prose(v.purpose, "purpose", required=True)
    for f in ("family_situation", "parents_views", "advice", "follow_up"):
        setattr(v, f, fieldcheck.prose(getattr(v, f), f))
    if not isinstance(v.student_at_home, bool):
        raise ValidationError("visit.at_home_yes_no", field="student_at_home")
    v.follow_up_date = fieldcheck.optional_day(v.follow_up_date, "follow_up_date", not_before=on)
    return codec.to_values(v)


def _load(conn: sqlcipher3.Connection, visit_id: str) -> HomeVisit:
    return record_writes.load_live(conn, HomeVisit, _TABLE, visit_id, "visit.missing")


# -- create / read / update / delete ---------------------------------------------------------
def create_home_visit(session: Session, v: HomeVisit) -> HomeVisit:
    permissions.require(session.account, "write", _KIND, doing="record home visits")
    with session.store.transaction() as conn:
        _check_class(session, _student_class(conn, v.student_id), write=True)
        values = _validate(v)
        v.id = records.insert(conn, _TABLE, _TYPE, values, session.username)
    v.version = 1
    return v


def get_home_visit(session: Session, visit_id: str) -> HomeVisit:
    permissions.require(session.account, "read", _KIND, doing="see home visits")
    conn = session.store.conn
    v = _load(conn, visit_id)
    _check_class(session, _student_class(conn, v.student_id), write=False)
    return v


def update_home_visit(session: Session, v: HomeVisit) -> HomeVisit:
    permissions.require(session.account, "write", _KIND, doing="edit home visits")
    with session.store.transaction() as conn:
        stored = _load(conn, v.id)
        _check_class(session, _student_class(conn, stored.student_id), write=True)
        if v.student_id != stored.student_id:
            _check_class(session, _student_class(conn, v.student_id), write=True)
        values = _validate(v)
        record_writes.save_changes(session, conn, _TABLE, _TYPE, v, values)
    return v


def delete_home_visit(session: Session, visit_id: str) -> None:
    permissions.require(session.account, "write", _KIND, doing="delete home visits")
    with session.store.transaction() as conn:
        _check_class(session, _student_class(conn, _load(conn, visit_id).student_id), write=True)
        records.tombstone(conn, _TABLE, _TYPE, visit_id, session.username)


def _visible_classes(session: Session, class_name: str | None) -> list[str] | None:
    """The classes a query may cover: None means every class."""
    if class_name is not None:
        _check_class(session, class_name, write=False)
        return [class_name]
    classes = permissions.reach(session.account, "read", _KIND).class_filter()
    return None if classes is None else list(classes)


def list_home_visits(
    session: Session,
    *,
    student_id: str | None = None,
    class_name: str | None = None,
    school_year: int | None = None,
) -> list[HomeVisit]:
    """Live visits, oldest first; a head teacher sees only visits of own-class students."""
    permissions.require(session.account, "read", _KIND, doing="see home visits")
    conn = session.store.conn
    where, args = ["v.deleted = 0"], []
    if student_id is not None:
        _check_class(session, _student_class(conn, student_id), write=False)
        where.append("v.student_id = ?")
        args.append(student_id)
    classes = _visible_classes(session, class_name)
    if classes is not None:
        where.append(f"s.class_name IN ({','.join('?' * len(classes))})")
        args.extend(classes)
    if school_year is not None:
        where.append("v.school_year = ?")
        args.append(fieldcheck.whole_number(school_year, "school_year", 1900, 9999))
    rows = conn.execute(
        f"SELECT {codec.columns(HomeVisit, 'v.')} FROM {_TABLE} v "
        f"JOIN students s ON s.id = v.student_id WHERE {' AND '.join(where)} "
        "ORDER BY v.date, v.id",
        args,
    ).fetchall()
    return [codec.from_row(HomeVisit, r) for r in rows]


# -- coverage --------------------------------------------------------------------------------
def _natural(text: str) -> list[object]:
    """七年级(2)班 before 七年级(10)班."""
    return [int(p) if p.isdigit() else p for p in re.split(r"([0-9]+)", text)]


def coverage(
    session: Session, school_year: int, class_name: str | None = None
) -> list[ClassCoverage]:
    """Per class: enrolled students, how many were visited this school year, who was not."""
    permissions.require(session.account, "read", _KIND, doing="see home-visit coverage")
    year = fieldcheck.whole_number(school_year, "school_year", 1900, 9999)
    classes = _visible_classes(session, class_name)
    conn = session.store.conn
    where, args = "deleted = 0 AND status = ?", [ENROLLED]
    if classes is not None:
        where += f" AND class_name IN ({','.join('?' * len(classes))})"
        args.extend(classes)
    students = conn.execute(
        f"SELECT id, name, student_no, class_name FROM students WHERE {where}", args
    ).fetchall()
    visited = {
        r[0]
        for r in conn.execute(
            f"SELECT DISTINCT student_id FROM {_TABLE} WHERE deleted = 0 AND school_year = ?",
            (year,),
        )
    }
    by_class: dict[str, list[sqlcipher3.Row]] = {c: [] for c in classes or ()}
    for row in students:
        by_class.setdefault(row["class_name"], []).append(row)
    out = []
    for name in sorted(by_class, key=_natural):
        rows = by_class[name]
        missing = sorted((r for r in rows if r["id"] not in visited), key=lambda r: r[2])
        out.append(
            ClassCoverage(
                class_name=name,
                students=len(rows),
                visited=len(rows) - len(missing),
                not_visited=tuple(StudentRef(r["id"], r["name"], r["student_no"]) for r in missing),
            )
        )
    return out
