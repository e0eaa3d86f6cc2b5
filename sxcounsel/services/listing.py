"""Light rows for the desktop lists: only the columns a list shows, as plain tuples.

The record services return full dataclasses (prose, guardians, JSON fields); a list of 20,000
students or 100,000 counseling sessions needs far less. These functions read the few columns
a list shows, with the same role rules as the family services (they call the same permission
helpers), and never a counseling note: the ``notes`` column is not read here at all.

Repeated values (dates, classes, forms, levels, names) are interned per call, so a list of
100,000 rows holds each distinct string once.

| function               | counselor | head_teacher                        | school_admin |
|------------------------|-----------|-------------------------------------|--------------|
| list_student_rows      | all       | own classes only                    | all          |
| list_session_rows      | all       | never                               | never        |
| list_home_visit_rows   | all       | own classes only                    | all          |
| list_concern_rows      | all       | own classes + cases as contact      | all          |
| list_referral_rows     | all       | status view, own classes            | all          |
| list_crisis_rows       | all       | status view, own classes            | all          |

The last three take their records from the family services (so the role rules are theirs)
and add the student's name and class.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any, NamedTuple

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.services import concerns, crises, referrals
from sxcounsel.services.account_session import Session
from sxcounsel.services.students import readable_classes

SEP = "、"  # between names, categories, staff in one cell


class StudentRow(NamedTuple):
    id: str
    student_no: str
    name: str
    gender: str
    class_name: str
    status: str
    flags: str  # joined with SEP
    name_pinyin: str  # space-separated alternatives (services/name_keys.py)
    name_initials: str
    # the most severe level of the student's open key-concern cases ('' for none, or for an
    # account that may not read cases)
    risk_level: str = ""


class SessionRow(NamedTuple):
    """Metadata of one counseling session: never its notes."""

    id: str
    number: str
    date: str
    start_time: str
    form: str
    source: str
    categories: str  # joined with SEP
    risk_level: str
    student_ids: tuple[str, ...]
    students: str  # names joined with SEP
    classes: str  # the students' classes (or the class of a 班级 session), joined with SEP
    counselor: str
    signed: bool
    search: str  # 学籍号 and pinyin keys of the students, space-separated


class HomeVisitRow(NamedTuple):
    id: str
    student_id: str
    student_name: str
    student_no: str
    class_name: str
    date: str
    method: str
    staff: str  # joined with SEP
    follow_up_date: str
    school_year: int
    name_pinyin: str
    name_initials: str


class _Interner(dict):
    """One str object per distinct value (a dict lookup is cheaper than a new string)."""

    def __call__(self, value: str) -> str:
        return self.setdefault(value, value)


def _in_classes(column: str, classes: tuple[str, ...] | None) -> tuple[str, list[object]]:
    if classes is None:
        return "1", []
    if not classes:
        return "0", []
    return f"{column} IN ({','.join('?' * len(classes))})", list(classes)


def _joined(raw: str, cache: dict[str, str]) -> str:
    """A JSON list of strings as one cell ('["学业", "人际"]' -> '学业、人际'), cached."""
    text = cache.get(raw)
    if text is None:
        text = cache[raw] = SEP.join(str(v) for v in json.loads(raw))
    return text


def list_student_rows(session: Session) -> list[StudentRow]:
    """Live students the account may read, by class and 学籍号."""
    classes = readable_classes(session)  # refuses accounts that may not read students
    cond, args = _in_classes("class_name", classes)
    rows = session.store.conn.execute(
        "SELECT id, student_no, name, gender, class_name, status, flags, name_pinyin, "
        f"name_initials FROM students WHERE deleted = 0 AND {cond} "
        "ORDER BY class_name, student_no",
        args,
    )
    intern, flags, levels = _Interner(), {}, _open_levels(session)
    return [
        StudentRow(
            r[0],
            r[1],
            r[2],
            intern(r[3]),
            intern(r[4]),
            intern(r[5]),
            _joined(r[6], flags),
            r[7],
            r[8],
            levels.get(r[0], ""),
        )
        for r in rows
    ]


def _open_levels(session: Session) -> dict[str, str]:
    """student id -> the most severe level of the student's open cases ({} when not allowed)."""
    if not permissions.allowed(session.account, "read", "concerns"):
        return {}
    out: dict[str, str] = {}
    for case in concerns.list_cases(session, status=concerns.OPEN):  # most severe first
        out.setdefault(case.student_id, case.risk_level)
    return out


def list_session_rows(session: Session, newest: int | None = None) -> list[SessionRow]:
    """Metadata of the live counseling sessions, newest first (counselors only).

    ``newest``: only that many, read through the date index (a list's first screen while
    the rest is read)."""
    permissions.require(session.account, "read", "sessions", doing="list counseling sessions")
    conn = session.store.conn
    columns = (
        "SELECT id, number, date, start_time, form, source, categories, risk_level, "
        "student_ids, class_name, counselor, signed_at != '' FROM counseling_sessions "
        "WHERE deleted = 0"
    )
    if newest is not None:
        rows = conn.execute(f"{columns} ORDER BY date DESC LIMIT ?", (int(newest),)).fetchall()
        wanted = {i for r in rows for i in json.loads(r[8])}
        people = _people(conn, wanted)
    else:
        # Sorted below, not by SQL: an ORDER BY over the wide table costs a temporary b-tree
        # of 100,000 rows inside SQLCipher, several times the price of a Python sort.
        people = {r[0]: tuple(r[1:]) for r in conn.execute(f"{_PEOPLE} FROM students")}
        rows = conn.execute(columns)
    return _session_rows(rows, people, staff_names(session))


def staff_names(session: Session) -> dict[str, str]:
    """Account name -> the name people know the colleague by (the account name if none)."""
    return {
        user: name or user
        for user, name in session.store.conn.execute("SELECT username, display_name FROM users")
    }


def _session_rows(
    rows: Iterable[Any], people: dict[str, tuple[str, ...]], staff: dict[str, str]
) -> list[SessionRow]:
    # The loop runs 100,000 times: names are bound locally and strings interned with a bare
    # dict.setdefault (one str object per distinct date, form, class, student id ...).
    same = {}.setdefault
    cats: dict[str, str] = {}
    who_is: dict[str, tuple[str, str, str, str]] = {}  # id -> (id, name, class, search keys)
    for sid, (name, no, cls, pinyin, initials) in people.items():
        who_is[sid] = (sid, same(name, name), same(cls, cls), f"{no} {pinyin} {initials}")
    make, nobody, out = SessionRow, ("", "", "", ""), []
    for r in rows:
        raw = r[8]
        if raw.count('"') == 2:  # one student (nearly every session)
            who = who_is.get(raw[2:-2]) or (raw[2:-2], "", "", "")
            ids, names, classes, search = (who[0],), who[1], who[2], who[3]
        else:
            group = [who_is.get(i) or (i, *nobody[1:]) for i in json.loads(raw)]
            ids = tuple(w[0] for w in group)
            names = SEP.join(w[1] for w in group)
            classes = SEP.join(dict.fromkeys(w[2] for w in group if w[2]))
            search = " ".join(w[3] for w in group)
        day, start, form, source, level, cls, counselor = (
            r[2],
            r[3],
            r[4],
            r[5],
            r[7],
            r[9],
            r[10],
        )
        topics = r[6]
        counselor = staff.get(counselor, counselor)
        out.append(
            make(
                r[0],
                r[1],
                same(day, day),
                same(start, start),
                same(form, form),
                same(source, source),
                cats.get(topics) or _joined(topics, cats),
                same(level, level),
                ids,
                names,
                same(cls, cls) if cls else classes,
                same(counselor, counselor),
                bool(r[11]),
                search,
            )
        )
    out.sort(key=lambda r: (r.date, r.start_time, len(r.number), r.number), reverse=True)
    return out


def list_home_visit_rows(session: Session, school_year: int | None = None) -> list[HomeVisitRow]:
    """Live home visits the account may read (a head teacher: own classes), newest first."""
    permissions.require(session.account, "read", "home_visits", doing="see home visits")
    cond, args = _in_classes("s.class_name", readable_classes(session))
    if school_year is not None:
        cond += " AND v.school_year = ?"
        args.append(int(school_year))
    rows = session.store.conn.execute(
        "SELECT v.id, v.student_id, s.name, s.student_no, s.class_name, v.date, v.method, "
        "v.staff, v.follow_up_date, v.school_year, s.name_pinyin, s.name_initials "
        "FROM home_visits v JOIN students s ON s.id = v.student_id "
        f"WHERE v.deleted = 0 AND {cond} ORDER BY v.date DESC, v.id DESC",
        args,
    )
    intern, staff = _Interner(), {}
    return [
        HomeVisitRow(
            r[0],
            intern(r[1]),
            intern(r[2]),
            intern(r[3]),
            intern(r[4]),
            intern(r[5]),
            intern(r[6]),
            _joined(r[7], staff),
            intern(r[8]),
            r[9],
            intern(r[10]),
            intern(r[11]),
        )
        for r in rows
    ]


class ConcernRow(NamedTuple):
    id: str
    student_id: str
    student_name: str
    student_no: str
    class_name: str
    risk_level: str
    contact_user: str
    reasons: str  # joined with SEP
    opened_on: str
    next_review_on: str
    status: str  # concerns.OPEN / CLOSED
    days_overdue: int  # today - next review (> 0 overdue, 0 due today); 0 for closed cases
    name_pinyin: str
    name_initials: str


class ReferralRow(NamedTuple):
    id: str
    number: str
    student_id: str
    student_name: str
    student_no: str
    class_name: str
    institution_name: str
    issued_on: str
    status: str
    steps: tuple[tuple[str, str], ...]  # (step, date)
    days_waiting: int  # days since issue while no receipt came back; -1 afterwards
    risk_level: str  # '' in a head teacher's status view
    name_pinyin: str
    name_initials: str


class CrisisRow(NamedTuple):
    id: str
    student_id: str
    student_name: str
    student_no: str
    class_name: str
    occurred_at: str
    type: str  # '' in a head teacher's status view
    status: str  # crises.OPEN / CLOSED
    reported_by: str
    name_pinyin: str
    name_initials: str


_NOBODY = ("", "", "", "", "")
_PEOPLE = "SELECT id, name, student_no, class_name, name_pinyin, name_initials"


def _people(conn: sqlcipher3.Connection, ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """(name, 学籍号, class, pinyin, initials) of the given students, deleted ones included."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, tuple[str, ...]] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        for r in conn.execute(
            f"{_PEOPLE} FROM students WHERE id IN ({','.join('?' * len(chunk))})", chunk
        ):
            out[r[0]] = tuple(r[1:])
    return out


def list_concern_rows(session: Session, today: date) -> list[ConcernRow]:
    """Open and closed key-concern cases the account may read, most severe first."""
    cases = concerns.list_cases(session, status=None)
    people = _people(session.store.conn, (c.student_id for c in cases))
    staff = staff_names(session)
    out = []
    for c in cases:
        name, no, cls, pinyin, initials = people.get(c.student_id, _NOBODY)
        late = 0
        if c.status == concerns.OPEN:
            late = (today - date.fromisoformat(c.next_review_on)).days
        out.append(
            ConcernRow(
                c.id,
                c.student_id,
                name,
                no,
                cls,
                c.risk_level,
                staff.get(c.contact_user, c.contact_user),
                SEP.join(c.reason_categories),
                c.opened_on,
                c.next_review_on,
                c.status,
                late,
                pinyin,
                initials,
            )
        )
    return out


def list_referral_rows(session: Session, today: date) -> list[ReferralRow]:
    """Referrals the account may follow, newest first; a head teacher gets the status view."""
    if permissions.allowed(session.account, "read", "referrals"):
        views = [
            (
                r.id,
                r.number,
                r.student_id,
                r.institution_name,
                r.issued_on,
                r.status,
                tuple((e["status"], e["date"]) for e in r.timeline),
                r.risk_level,
            )
            for r in referrals.list_referrals(session)
        ]
    else:
        views = [
            (v.id, v.number, v.student_id, v.institution_name, v.issued_on, v.status, v.steps, "")
            for v in referrals.list_referral_statuses(session)
        ]
    people = _people(session.store.conn, (v[2] for v in views))
    out = []
    for rid, number, sid, inst, issued, status, steps, level in views:
        name, no, cls, pinyin, initials = people.get(sid, _NOBODY)
        waiting = -1
        if status in referrals.WAITING:
            waiting = (today - date.fromisoformat(issued)).days
        out.append(
            ReferralRow(
                rid,
                number,
                sid,
                name,
                no,
                cls,
                inst,
                issued,
                status,
                steps,
                waiting,
                level,
                pinyin,
                initials,
            )
        )
    return out


def list_crisis_rows(session: Session) -> list[CrisisRow]:
    """Crisis events the account may follow, newest first; a head teacher: the status view."""
    if permissions.allowed(session.account, "read", "crises"):
        views = [
            (e.id, e.student_id, e.occurred_at, e.type, e.status, e.reported_by)
            for e in crises.list_crises(session)
        ]
    else:
        views = [
            (v.id, v.student_id, v.occurred_at, "", v.status, v.reported_by)
            for v in crises.list_crisis_statuses(session)
        ]
    people = _people(session.store.conn, (v[1] for v in views))
    staff = staff_names(session)
    out = []
    for eid, sid, at, kind, status, by in views:
        name, no, cls, pinyin, initials = people.get(sid, _NOBODY)
        by = staff.get(by, by)
        out.append(CrisisRow(eid, sid, name, no, cls, at, kind, status, by, pinyin, initials))
    return out
