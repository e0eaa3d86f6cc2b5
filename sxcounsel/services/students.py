"""Students (学生档案): the record every other family hangs from.

| action                          | counselor | head_teacher       | school_admin | county |
|---------------------------------|-----------|--------------------|--------------|--------|
| create / update / delete        | yes       | no                 | yes          | no     |
| get / list (and search.py find) | yes       | own classes only   | yes          | no     |

Field checks live in ``student_fields``; ``name_pinyin`` / ``name_initials`` (for search) are
derived from the name on every write and are not part of the dataclass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import PermissionDenied, ValidationError
from sxcounsel.core.idcard import id_birth_date
from sxcounsel.core.schoolyear import format_date
from sxcounsel.services import codec, record_writes
from sxcounsel.services import student_fields as sf
from sxcounsel.services.account_session import Session
from sxcounsel.services.name_keys import search_values
from sxcounsel.store import records

_TABLE, _TYPE = "students", "student"
_KIND = "students"  # its row in the role table (core/permissions.py)
GENDERS, FLAGS, STATUSES = sf.GENDERS, sf.FLAGS, sf.STATUSES


@dataclass
class Student:
    student_no: str
    name: str
    gender: str = ""
    birth_date: str = ""
    id_number: str = ""
    grade: str = ""
    class_name: str = ""
    dormitory: str = ""
    address: str = ""
    guardians: list[dict] = field(default_factory=list)  # [{name, relation, phone}]
    flags: list[str] = field(default_factory=list)  # some of FLAGS
    status: str = "在校"
    boarding: bool = False  # 住校 (the 学籍 system's 就读方式 2); else 走读
    enrolled: str = ""  # 入学年月, 2025-09
    id: str = ""
    version: int = 0


def check_student(s: Student, today: date | None = None) -> list[ValidationError]:
    """Normalize ``s`` in place, field by field; every problem found (empty when valid)."""
    problems: list[ValidationError] = []

    def put(attr: str, check: Callable[[], object]) -> None:
        try:
            setattr(s, attr, check())
        except ValidationError as exc:
            problems.append(exc)

    put("student_no", lambda: sf.student_no(s.student_no))
    put("name", lambda: sf.name(s.name))
    put("gender", lambda: sf.gender(s.gender))
    put("birth_date", lambda: sf.birth_date(s.birth_date, today))
    born_ok = not any(p.facts.get("field") == "birth_date" for p in problems)
    before = len(problems)
    put("id_number", lambda: sf.id_number(s.id_number, s.birth_date if born_ok else ""))
    if born_ok and len(problems) == before and s.id_number and not s.birth_date:
        s.birth_date = format_date(id_birth_date(s.id_number))  # the date inside the number
    put("grade", lambda: sf.text(s.grade, "grade"))
    put("class_name", lambda: sf.class_name(s.class_name, s.grade))
    if not s.grade and isinstance(s.class_name, str):
        s.grade = sf.grade_of(s.class_name)
    put("dormitory", lambda: sf.text(s.dormitory, "dormitory"))
    put("address", lambda: sf.text(s.address, "address"))
    put("guardians", lambda: sf.guardians(s.guardians))
    put("flags", lambda: sf.flags(s.flags))
    put("status", lambda: sf.status(s.status))
    put("enrolled", lambda: sf.year_month(s.enrolled))
    s.boarding = bool(s.boarding)
    return problems


def student_values(s: Student) -> dict[str, object]:
    """The column values of a checked student, search keys included."""
    return {**codec.to_values(s), **search_values(s.name)}


def _validate(s: Student) -> dict[str, object]:
    problems = check_student(s)
    if problems:
        raise problems[0]
    return student_values(s)


def _check_unique(conn: sqlcipher3.Connection, s: Student) -> None:
    if record_writes.taken_by(conn, "students", s.id, student_no=s.student_no) is not None:
        raise ValidationError("student.taken", field="student_no", value=s.student_no)
    if s.id_number:
        other = record_writes.taken_by(
            conn, "students", s.id, returning="student_no", id_number=s.id_number
        )
        if other is not None:
            raise ValidationError(
                "student.taken",
                field="id_number",
                value=s.id_number,
                other_student_no=other,
            )


def readable_classes(session: Session) -> tuple[str, ...] | None:
    """None when the account may read every student, else the classes it may read."""
    reach = permissions.reach(session.account, "read", _KIND)
    if reach:
        return reach.class_filter()
    raise PermissionDenied("student.no_access", action="read students")


def _can_read(session: Session, s: Student) -> bool:
    classes = readable_classes(session)
    return classes is None or s.class_name in classes


def create_student(session: Session, student: Student) -> Student:
    permissions.require(session.account, "write", _KIND, doing="add students")
    values = _validate(student)
    with session.store.transaction() as conn:
        student.id = ""
        _check_unique(conn, student)
        student.id = records.insert(conn, _TABLE, _TYPE, values, session.username)
    student.version = 1
    return student


def load_student(conn: sqlcipher3.Connection, student_id: str) -> Student:
    """A live student by id, without a role check (for services that checked already)."""
    return record_writes.load_live(conn, Student, "students", student_id, "student.gone")


def get_student(session: Session, student_id: str) -> Student:
    s = load_student(session.store.conn, student_id)
    if not _can_read(session, s):
        raise PermissionDenied("student.not_visible", id=student_id)
    return s


def list_students(
    session: Session, class_name: str | None = None, status: str | None = None
) -> list[Student]:
    """Live students ordered by class and 学籍号; a head teacher gets own classes only."""
    classes = readable_classes(session)
    where, args = ["deleted = 0"], []
    if class_name is not None:
        if classes is not None and class_name not in classes:
            raise PermissionDenied("student.class_not_visible", class_name=class_name)
        where.append("class_name = ?")
        args.append(class_name)
    elif classes is not None:
        where.append(f"class_name IN ({','.join('?' * len(classes))})")
        args.extend(classes)
    if status is not None:
        where.append("status = ?")
        args.append(sf.status(status))
    rows = session.store.conn.execute(
        f"SELECT {codec.columns(Student)} FROM students WHERE {' AND '.join(where)} "
        "ORDER BY class_name, student_no",
        args,
    ).fetchall()
    return [codec.from_row(Student, r) for r in rows]


def update_student(session: Session, student: Student) -> Student:
    permissions.require(session.account, "write", _KIND, doing="edit students")
    values = _validate(student)
    with session.store.transaction() as conn:
        _check_unique(conn, student)
        record_writes.save_changes(session, conn, _TABLE, _TYPE, student, values)
    return student


def delete_student(session: Session, student_id: str) -> None:
    record_writes.delete_record(session, _KIND, "delete students", _TABLE, _TYPE, student_id)


def count_students(session: Session) -> int:
    return session.store.conn.execute("SELECT count(*) FROM students WHERE deleted = 0").fetchone()[
        0
    ]
