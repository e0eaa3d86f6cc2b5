"""Students (学生档案): the record every other family hangs from."""

from __future__ import annotations

from dataclasses import dataclass, field

from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.core.roles import Role
from sxcounsel.core.textnorm import normalize_text
from sxcounsel.services import codec
from sxcounsel.services.session import Session
from sxcounsel.store import records

_TABLE, _TYPE = "students", "student"
WRITERS = (Role.COUNSELOR, Role.SCHOOL_ADMIN)


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
    guardians: list[dict] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    status: str = "在校"
    id: str = ""
    version: int = 0




def _validate(s: Student) -> dict[str, object]:
    s.student_no = normalize_text(s.student_no)
    s.name = normalize_text(s.name)
    s.class_name = normalize_text(s.class_name)
    if not s.student_no:
        raise ValidationError("The 学籍号 is empty.", field="学籍号")
    if not s.name:
        raise ValidationError("The name is empty.", field="姓名")
    return codec.to_values(s)


def _can_read(session: Session, s: Student) -> bool:
    if session.roles & {Role.COUNSELOR, Role.SCHOOL_ADMIN}:
        return True
    return Role.HEAD_TEACHER in session.roles and s.class_name in session.account.classes


def create_student(session: Session, student: Student) -> Student:
    session.require(*WRITERS, action="add students")
    values = _validate(student)
    with session.store.transaction() as conn:
        dup = conn.execute(
            "SELECT 1 FROM students WHERE student_no = ? AND deleted = 0", (student.student_no,)
        ).fetchone()
        if dup:
            raise ValidationError(
                f"A student with 学籍号 {student.student_no} already exists.", field="学籍号"
            )
        student.id = records.insert(conn, _TABLE, _TYPE, values, session.username)
    student.version = 1
    return student


def get_student(session: Session, student_id: str) -> Student:
    row = session.store.conn.execute(
        f"SELECT {codec.columns(Student)} FROM students WHERE id = ? AND deleted = 0",
        (student_id,),
    ).fetchone()
    if row is None:
        raise NotFound("The student record does not exist.", id=student_id)
    s = codec.from_row(Student, row)
    if not _can_read(session, s):
        raise PermissionDenied("Your account may not see this student.", id=student_id)
    return s


def update_student(session: Session, student: Student) -> Student:
    session.require(*WRITERS, action="edit students")
    values = _validate(student)
    with session.store.transaction() as conn:
        student.version = records.update(
            conn, _TABLE, _TYPE, student.id, values, session.username, student.version or None
        )
    return student


def delete_student(session: Session, student_id: str) -> None:
    session.require(*WRITERS, action="delete students")
    with session.store.transaction() as conn:
        records.tombstone(conn, _TABLE, _TYPE, student_id, session.username)


def count_students(session: Session) -> int:
    return session.store.conn.execute("SELECT count(*) FROM students WHERE deleted = 0").fetchone()[
        0
    ]
