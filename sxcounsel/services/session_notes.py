"""Confidential side of counseling sessions: reading notes, signing, addenda, disclosures.

| action                                               | counselor | head_teacher | school_admin |
|------------------------------------------------------|-----------|--------------|--------------|
| read_notes (audited ``view_confidential``)           | yes       | never        | never        |
| sign_session (audited ``sign``)                      | yes       | never        | never        |
| add_addendum (audited ``addendum``) / list_addenda   | yes       | never        | never        |
| disclosures 保密例外 (create audited ``disclose``)   | yes       | never        | never        |

Notes, addendum text and a break's free text are sealed under the counselor key
(store/keyring.py), so an account without it — with the database file and its own passphrase —
reads only ciphertext. ``read_notes`` is the only function that returns notes or addendum text; every call is audited
(a refused call too, with result ``refused``). ``list_addenda`` says who added what when,
without the text. A confidentiality break (保密例外) records that notes were told to someone
because of risk: whom, why, what.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.clock import utc_stamp
from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.core.ids import new_id
from sxcounsel.core.schoolyear import format_date
from sxcounsel.services import codec, fieldcheck, record_writes
from sxcounsel.services.account_session import Session
from sxcounsel.services.sessions import TYPE as SESSION_TYPE
from sxcounsel.services.sessions import (
    CounselingSession,
    SessionNotes,
    load,
)
from sxcounsel.store import audit, records
from sxcounsel.store.keyring import SEALED_COLUMNS

_KIND = "notes"  # notes, addenda, breaks in the role table (core/permissions.py)

_ADDENDA, _ADDENDUM = "session_addenda", "session_addendum"
_BREAKS, _BREAK = "confidentiality_breaks", "confidentiality_break"


@dataclass(frozen=True)
class AddendumInfo:
    """Who added a correction to a signed session, and when (no text)."""

    id: str
    session_id: str
    author: str
    at: str  # UTC timestamp


@dataclass(frozen=True)
class Addendum(AddendumInfo):
    text: str = ""


@dataclass(frozen=True)
class NotesView:
    """What ``read_notes`` returns: the notes and every addendum in order."""

    session_id: str
    number: str
    notes: SessionNotes
    addenda: tuple[Addendum, ...]


@dataclass
class ConfidentialityBreak:
    student_id: str
    date: str
    disclosed_to: str  # who was told
    reason: str  # why (the risk)
    what: str = ""  # what was disclosed
    session_id: str = ""  # the session whose notes were disclosed, if any
    id: str = ""
    version: int = 0


# -- notes -----------------------------------------------------------------------------------
def read_notes(session: Session, session_id: str) -> NotesView:
    """The confidential notes and addenda of one session; the read is audited."""
    try:
        permissions.require(session.account, "read", _KIND, doing="read counseling notes")
    except PermissionDenied:
        session.store.audit(
            session.username, "view_confidential", SESSION_TYPE, session_id, result="refused"
        )
        raise
    with session.store.transaction() as conn:
        row = conn.execute(
            "SELECT number, notes, version FROM counseling_sessions WHERE id = ? AND deleted = 0",
            (session_id,),
        ).fetchone()
        if row is None:
            raise NotFound("session.missing", id=session_id)
        rows = conn.execute(
            f"SELECT id, session_id, created_by, created_at, text, version FROM {_ADDENDA} "
            "WHERE session_id = ? AND deleted = 0 ORDER BY created_at, id",
            (session_id,),
        ).fetchall()
        audit.append(conn, session.username, "view_confidential", SESSION_TYPE, session_id)
    store = session.store
    stored = json.loads(
        store.open_field("counseling_sessions", session_id, "notes", row["notes"], row["version"])
    )
    notes = SessionNotes(**{k: stored.get(k, "") for k in SessionNotes.__dataclass_fields__})
    addenda = tuple(
        Addendum(
            r["id"],
            r["session_id"],
            r["created_by"],
            r["created_at"],
            store.open_field(_ADDENDA, r["id"], "text", r["text"], r["version"]),
        )
        for r in rows
    )
    return NotesView(session_id, row["number"], notes, addenda)


def sign_session(
    session: Session, session_id: str, expected_version: int | None = None
) -> CounselingSession:
    """Sign and lock a session: from now on corrections are addenda."""
    permissions.require(session.account, "sign", _KIND, doing="sign counseling sessions")
    with session.store.transaction() as conn:
        s = load(conn, session_id)
        if s.signed:
            raise ValidationError("note.already_signed", id=session_id, number=s.number)
        s.signed_at, s.signed_by = utc_stamp(), session.username
        s.version = records.update(
            conn,
            "counseling_sessions",
            SESSION_TYPE,
            session_id,
            {"signed_at": s.signed_at, "signed_by": s.signed_by},
            session.username,
            expected_version,
        )
        audit.append(conn, session.username, "sign", SESSION_TYPE, session_id)
    return s


def add_addendum(session: Session, session_id: str, text: str) -> Addendum:
    """Add a correction to a signed session (an unsigned one is simply edited)."""
    permissions.require(session.account, "write", _KIND, doing="add addenda to counseling sessions")
    text = fieldcheck.prose(text, "text", required=True)
    with session.store.transaction() as conn:
        s = load(conn, session_id)
        if not s.signed:
            raise ValidationError("note.not_signed", id=session_id)
        aid = new_id()
        sealed = session.store.seal_field(_ADDENDA, aid, "text", 1, text)
        records.insert(
            conn,
            _ADDENDA,
            _ADDENDUM,
            {"session_id": session_id, "text": sealed},
            session.username,
            record_id=aid,
        )
        (at,) = conn.execute(f"SELECT created_at FROM {_ADDENDA} WHERE id = ?", (aid,)).fetchone()
        audit.append(conn, session.username, "addendum", SESSION_TYPE, session_id, detail=aid)
    return Addendum(aid, session_id, session.username, at, text)


def list_addenda(session: Session, session_id: str) -> list[AddendumInfo]:
    """Who corrected a session and when; the text comes only from ``read_notes``."""
    permissions.require(session.account, "read", _KIND, doing="list addenda of counseling sessions")
    conn = session.store.conn
    load(conn, session_id)
    rows = conn.execute(
        f"SELECT id, session_id, created_by, created_at FROM {_ADDENDA} "
        "WHERE session_id = ? AND deleted = 0 ORDER BY created_at, id",
        (session_id,),
    ).fetchall()
    return [AddendumInfo(*r) for r in rows]


# -- confidentiality breaks (保密例外) --------------------------------------------------------
def _validate_break(conn: sqlcipher3.Connection, b: ConfidentialityBreak) -> dict[str, object]:
    fieldcheck.student_row(conn, b.student_id)
    b.date = format_date(fieldcheck.past_day(b.date, "date"))
    b.disclosed_to = fieldcheck.name(b.disclosed_to, "disclosed_to")
    b.reason = fieldcheck.prose(b.reason, "reason", required=True)
    b.what = fieldcheck.prose(b.what, "what")
    b.session_id = fieldcheck.name(b.session_id, "session_id", required=False)
    if b.session_id:
        s = load(conn, b.session_id)
        if b.student_id not in s.student_ids:
            raise ValidationError(
                "note.not_in_session",
                field="session_id",
                id=b.session_id,
            )
    return codec.to_values(b)


# The break's free text is counselor-only: sealed under the counselor key.
SEALED_BREAK_COLUMNS = SEALED_COLUMNS[_BREAKS]


def _seal_break(
    session: Session, values: dict[str, object], rid: str, version: int
) -> dict[str, object]:
    store = session.store
    return {
        k: store.seal_field(_BREAKS, rid, k, version, str(v)) if k in SEALED_BREAK_COLUMNS else v
        for k, v in values.items()
    }


def _break_of(session: Session, row: sqlcipher3.Row) -> ConfidentialityBreak:
    b = codec.from_row(ConfidentialityBreak, row)
    for col in SEALED_BREAK_COLUMNS:
        setattr(b, col, session.store.open_field(_BREAKS, b.id, col, getattr(b, col), b.version))
    return b


def _load_break(
    session: Session, conn: sqlcipher3.Connection, break_id: str
) -> ConfidentialityBreak:
    row = conn.execute(
        f"SELECT {codec.columns(ConfidentialityBreak)} FROM {_BREAKS} WHERE id = ? AND deleted = 0",
        (break_id,),
    ).fetchone()
    if row is None:
        raise NotFound("note.break_missing", id=break_id)
    return _break_of(session, row)


def create_disclosure(session: Session, b: ConfidentialityBreak) -> ConfidentialityBreak:
    """Record that confidential notes were disclosed because of risk (audited ``disclose``)."""
    permissions.require(session.account, "write", _KIND, doing="record confidentiality breaks")
    with session.store.transaction() as conn:
        values = _validate_break(conn, b)
        rid = new_id()
        values = _seal_break(session, values, rid, 1)
        b.id = records.insert(conn, _BREAKS, _BREAK, values, session.username, record_id=rid)
        audit.append(
            conn, session.username, "disclose", _BREAK, b.id, detail=f"session {b.session_id}"
        )
    b.version = 1
    return b


def get_disclosure(session: Session, break_id: str) -> ConfidentialityBreak:
    permissions.require(session.account, "read", _KIND, doing="see confidentiality breaks")
    return _load_break(session, session.store.conn, break_id)


def list_disclosures(
    session: Session, *, student_id: str | None = None, session_id: str | None = None
) -> list[ConfidentialityBreak]:
    permissions.require(session.account, "read", _KIND, doing="list confidentiality breaks")
    where, args = ["deleted = 0"], []
    for col, value in (("student_id", student_id), ("session_id", session_id)):
        if value is not None:
            where.append(f"{col} = ?")
            args.append(value)
    rows = session.store.conn.execute(
        f"SELECT {codec.columns(ConfidentialityBreak)} FROM {_BREAKS} "
        f"WHERE {' AND '.join(where)} ORDER BY date, id",
        args,
    ).fetchall()
    return [_break_of(session, r) for r in rows]


def update_disclosure(session: Session, b: ConfidentialityBreak) -> ConfidentialityBreak:
    permissions.require(session.account, "write", _KIND, doing="edit confidentiality breaks")
    with session.store.transaction() as conn:
        stored = _load_break(session, conn, b.id)
        values = _seal_break(session, _validate_break(conn, b), b.id, stored.version + 1)
        record_writes.save_changes(session, conn, _BREAKS, _BREAK, b, values)
    return b


def delete_disclosure(session: Session, break_id: str) -> None:
    record_writes.delete_record(
        session, _KIND, "delete confidentiality breaks", _BREAKS, _BREAK, break_id
    )
