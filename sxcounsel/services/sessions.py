"""Counseling sessions (心理辅导记录): metadata, yearly numbering, counts.

| action                                  | counselor | head_teacher | school_admin |
|-----------------------------------------|-----------|--------------|--------------|
| create / get / list / update / delete   | yes       | never        | no           |
| read notes, sign, addenda, disclosures  | yes       | never        | no           |
| count_sessions / session_statistics     | yes       | never        | yes (counts) |

The confidential notes (主诉, 过程, 评估, 计划) live only in the ``notes`` JSON column, sealed
under the counselor key (store/keyring.py): an account without it reads ciphertext. They are
written here (``create_session`` / ``update_session`` take a ``SessionNotes``) but come out of
exactly one function, ``session_notes.read_notes``, which checks the role and audits the read.
``CounselingSession`` is metadata only: it has no notes field, so no listing can carry them.

Numbers run per school year (2025-001, 2025-002, …; the year from the session date) and are
assigned inside the writing transaction; a tombstoned number is never given out again, since
it may already be on paper. A signed session is locked: update and delete are refused and
corrections are addenda (``session_notes.add_addendum``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import NotFound, ValidationError
from sxcounsel.core.ids import new_id
from sxcounsel.core.schoolyear import format_date, school_year_of
from sxcounsel.services import codec, fieldcheck, risklevels
from sxcounsel.services.account_session import Session
from sxcounsel.store import records

TABLE, TYPE = "counseling_sessions", "counseling_session"
FORMS = ("个别", "团体", "家长访谈", "班级")
SOURCES = ("主动求助", "班主任转介", "家长请求", "观察发现", "测评筛查", "心理委员报告")
CATEGORIES = ("学业", "人际", "情绪", "亲子", "青春期", "网络", "自伤风险", "其他")
MAX_DURATION = 600


@dataclass
class SessionNotes:
    """The confidential part of a session: 主诉, 过程, 评估, 计划."""

    complaint: str = ""  # 主诉
    process: str = ""  # 过程
    assessment: str = ""  # 评估
    plan: str = ""  # 计划


@dataclass
class CounselingSession:
    """A session's metadata. Deliberately without notes (see the module docstring)."""

    date: str
    form: str
    source: str
    student_ids: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    start_time: str = ""
    duration_min: int = 50
    place: str = ""
    class_name: str = ""  # the class of a 班级 session
    risk_level: str = ""  # one of risklevels; '' = no risk identified
    counselor: str = ""  # defaults to the account that records the session
    next_appointment: str = ""  # 2025-09-08 or 2025-09-08 15:30
    number: str = ""  # assigned by the store
    school_year: int = 0  # derived from date
    signed_at: str = ""
    signed_by: str = ""
    id: str = ""
    version: int = 0

    @property
    def signed(self) -> bool:
        return bool(self.signed_at)


@dataclass(frozen=True)
class SessionStats:
    """Counts only: what a school admin may see about counseling sessions."""

    school_year: int
    total: int
    signed: int
    students: int
    by_month: dict[str, int]
    by_form: dict[str, int]
    by_source: dict[str, int]
    by_category: dict[str, int]


# -- roles ---------------------------------------------------------------------------------
_KIND = "sessions"  # session metadata in the role table (core/permissions.py); notes: "notes"


# -- validation ----------------------------------------------------------------------------
def _appointment(value: str, not_before: str) -> str:
    text = fieldcheck.name(value or "", "next_appointment", required=False)
    if not text:
        return ""
    day_part, _, time_part = text.partition(" ")
    iso = fieldcheck.optional_day(
        day_part, "next_appointment", not_before=fieldcheck.day(not_before, "date")
    )
    if time_part:
        return f"{iso} {fieldcheck.clock_time(time_part, 'next_appointment', required=True)}"
    return iso


def _check_students(conn: sqlcipher3.Connection, s: CounselingSession) -> None:
    if not isinstance(s.student_ids, list):
        raise ValidationError("session.students_not_list", field="student_ids")
    ids = list(dict.fromkeys(s.student_ids))
    for sid in ids:
        fieldcheck.student_row(conn, sid, "student_ids")
    s.student_ids = ids
    n = len(ids)
    if s.form == "个别" and n != 1:
        raise ValidationError("session.individual", field="student_ids", count=n)
    if s.form == "团体" and n < 2:
        raise ValidationError("session.group", field="student_ids", count=n)
    if s.form == "家长访谈" and n < 1:
        raise ValidationError("session.parent_interview", field="student_ids", count=n)


def _validate(session: Session, conn: sqlcipher3.Connection, s: CounselingSession) -> None:
    """Normalize ``s`` in place; raises before anything is written."""
    on = fieldcheck.past_day(s.date, "date")
    s.date, s.school_year = format_date(on), school_year_of(on)
    s.form = fieldcheck.choice(s.form, FORMS, "form")
    s.source = fieldcheck.choice(s.source, SOURCES, "source")
    s.categories = fieldcheck.choices(s.categories, CATEGORIES, "categories")
    if not s.categories:
        raise ValidationError("session.no_category", field="categories")
    s.start_time = fieldcheck.clock_time(s.start_time, "start_time")
    s.duration_min = fieldcheck.whole_number(s.duration_min, "duration_min", 1, MAX_DURATION)
    s.place = fieldcheck.name(s.place, "place", required=False)
    s.class_name = fieldcheck.name(s.class_name, "class_name", required=s.form == "班级")
    s.risk_level = risklevels.check_level(conn, s.risk_level, required=False)
    s.counselor = fieldcheck.name(s.counselor, "counselor", required=False) or session.username
    s.next_appointment = _appointment(s.next_appointment, s.date)
    _check_students(conn, s)


def _notes_json(notes: SessionNotes) -> str:
    if not isinstance(notes, SessionNotes):
        raise ValidationError("session.notes_type", field="notes")
    clean = {k: fieldcheck.prose(v, k) for k, v in asdict(notes).items()}
    return json.dumps(clean, ensure_ascii=False, sort_keys=True)


def _next_number(conn: sqlcipher3.Connection, year: int) -> str:
    # Tombstoned rows count too: a number once given out is never reused.
    (top,) = conn.execute(
        "SELECT max(CAST(substr(number, 6) AS INTEGER)) FROM counseling_sessions "
        "WHERE school_year = ?",
        (year,),
    ).fetchone()
    return f"{year}-{(top or 0) + 1:03d}"


def _index_students(conn: sqlcipher3.Connection, session_id: str, student_ids: list[str]) -> None:
    """Keep the derived ``session_students`` table in step, inside the caller's transaction."""
    conn.execute("DELETE FROM session_students WHERE session_id = ?", (session_id,))
    conn.executemany(
        "INSERT INTO session_students (session_id, student_id) VALUES (?, ?)",
        [(session_id, sid) for sid in student_ids],
    )


def load(conn: sqlcipher3.Connection, session_id: str) -> CounselingSession:
    """The live session row as metadata (no role check: callers check first)."""
    row = conn.execute(
        f"SELECT {codec.columns(CounselingSession)} FROM {TABLE} WHERE id = ? AND deleted = 0",
        (session_id,),
    ).fetchone()
    if row is None:
        raise NotFound("session.missing", id=session_id)
    return codec.from_row(CounselingSession, row)


def refuse_if_signed(s: CounselingSession, action: str) -> None:
    """Refuse to change a signed session; ``action`` is "edited" or "deleted"."""
    if not s.signed:
        return
    if action == "deleted":
        raise ValidationError("session.signed_no_delete", id=s.id, number=s.number)
    raise ValidationError("session.signed_no_edit", id=s.id, number=s.number)


# -- create / read / update / delete ---------------------------------------------------------
def create_session(
    session: Session, s: CounselingSession, notes: SessionNotes | None = None
) -> CounselingSession:
    permissions.require(session.account, "write", _KIND, doing="record counseling sessions")
    notes_text = _notes_json(notes or SessionNotes())
    store = session.store
    with store.transaction() as conn:
        _validate(session, conn, s)
        s.number, s.signed_at, s.signed_by = _next_number(conn, s.school_year), "", ""
        rid = new_id()
        sealed = store.seal_field(TABLE, rid, "notes", 1, notes_text)
        values = {**codec.to_values(s), "notes": sealed}
        s.id = records.insert(conn, TABLE, TYPE, values, session.username, record_id=rid)
        _index_students(conn, s.id, s.student_ids)
    s.version = 1
    return s


def get_session(session: Session, session_id: str) -> CounselingSession:
    permissions.require(session.account, "read", _KIND, doing="see counseling sessions")
    return load(session.store.conn, session_id)


def update_session(
    session: Session, s: CounselingSession, notes: SessionNotes | None = None
) -> CounselingSession:
    """Edit an unsigned session; ``notes`` replaces the notes when given, else they are kept."""
    permissions.require(session.account, "write", _KIND, doing="edit counseling sessions")
    notes_text = None if notes is None else _notes_json(notes)
    with session.store.transaction() as conn:
        stored = load(conn, s.id)
        refuse_if_signed(stored, "edited")
        _validate(session, conn, s)
        s.number = stored.number
        if s.school_year != stored.school_year:  # moved into another school year
            s.number = _next_number(conn, s.school_year)
        s.signed_at, s.signed_by = "", ""  # as stored: only sign_session sets them
        values = codec.to_values(s)
        if notes_text is not None:
            values["notes"] = session.store.seal_field(
                TABLE, s.id, "notes", stored.version + 1, notes_text
            )
        s.version = records.update(
            conn, TABLE, TYPE, s.id, values, session.username, s.version or None
        )
        _index_students(conn, s.id, s.student_ids)
    return s


def delete_session(session: Session, session_id: str) -> None:
    permissions.require(session.account, "write", _KIND, doing="delete counseling sessions")
    with session.store.transaction() as conn:
        refuse_if_signed(load(conn, session_id), "deleted")
        records.tombstone(conn, TABLE, TYPE, session_id, session.username)
        conn.execute("DELETE FROM session_students WHERE session_id = ?", (session_id,))


def list_sessions(
    session: Session,
    *,
    school_year: int | None = None,
    month: str | None = None,
    student_id: str | None = None,
) -> list[CounselingSession]:
    """Metadata of live sessions, oldest first; filters combine."""
    permissions.require(session.account, "read", _KIND, doing="list counseling sessions")
    where, args = _filters(school_year, month)
    join = ""
    if student_id is not None:
        join = "JOIN session_students ss ON ss.session_id = c.id AND ss.student_id = ?"
        args.insert(0, student_id)
    rows = session.store.conn.execute(
        f"SELECT {codec.columns(CounselingSession, 'c.')} FROM {TABLE} c {join} "
        f"WHERE {where} ORDER BY c.date, c.start_time, c.number",
        args,
    ).fetchall()
    return [codec.from_row(CounselingSession, r) for r in rows]


def sessions_of_student(session: Session, student_id: str) -> list[CounselingSession]:
    """Metadata of every session a student took part in (for the student's file)."""
    return list_sessions(session, student_id=student_id)


# -- counts ----------------------------------------------------------------------------------
def _filters(school_year: int | None, month: str | None) -> tuple[str, list[object]]:
    where, args = ["c.deleted = 0"], []
    if school_year is not None:
        where.append("c.school_year = ?")
        args.append(fieldcheck.whole_number(school_year, "school_year", 1900, 9999))
    if month is not None:  # a date range, so that the date index serves it
        year, mon = map(int, fieldcheck.month(month).split("-"))
        first = date(year, mon, 1)
        following = date(year + mon // 12, mon % 12 + 1, 1)
        where.append("c.date BETWEEN ? AND ?")
        args += [first.isoformat(), (following - timedelta(days=1)).isoformat()]
    return " AND ".join(where), args


def count_sessions(
    session: Session, school_year: int | None = None, month: str | None = None
) -> int:
    """How many live sessions (in a school year, in a month 'YYYY-MM'): counts only."""
    permissions.require(session.account, "count", _KIND, doing="count counseling sessions")
    where, args = _filters(school_year, month)
    return session.store.conn.execute(
        f"SELECT count(*) FROM {TABLE} c WHERE {where}", args
    ).fetchone()[0]


def session_statistics(session: Session, school_year: int) -> SessionStats:
    """Counts for one school year, by month, form, source and category."""
    permissions.require(session.account, "count", _KIND, doing="count counseling sessions")
    where, args = _filters(school_year, None)
    conn = session.store.conn
    rows = conn.execute(
        f"SELECT substr(c.date, 1, 7), c.form, c.source, c.categories, c.signed_at "
        f"FROM {TABLE} c WHERE {where}",
        args,
    ).fetchall()
    (students,) = conn.execute(
        f"SELECT count(DISTINCT ss.student_id) FROM session_students ss "
        f"JOIN {TABLE} c ON c.id = ss.session_id WHERE {where}",
        args,
    ).fetchone()
    by_month: dict[str, int] = {}
    by_form = dict.fromkeys(FORMS, 0)
    by_source = dict.fromkeys(SOURCES, 0)
    by_category = dict.fromkeys(CATEGORIES, 0)
    signed = 0
    for mon, form, source, cats, signed_at in rows:
        signed += bool(signed_at)
        by_month[mon] = by_month.get(mon, 0) + 1
        by_form[form] = by_form.get(form, 0) + 1
        by_source[source] = by_source.get(source, 0) + 1
        for c in json.loads(cats):
            by_category[c] = by_category.get(c, 0) + 1
    return SessionStats(
        school_year=school_year,
        total=len(rows),
        signed=signed,
        students=students,
        by_month=dict(sorted(by_month.items())),
        by_form=by_form,
        by_source=by_source,
        by_category=by_category,
    )
