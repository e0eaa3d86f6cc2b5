"""Counseling sessions: numbering, locking, addenda, disclosures, notes confidentiality, roles."""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.services import session_notes, sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.session_notes import (
    ConfidentialityBreak,
    add_addendum,
    create_disclosure,
    delete_disclosure,
    get_disclosure,
    list_addenda,
    list_disclosures,
    read_notes,
    sign_session,
    update_disclosure,
)
from sxcounsel.services.sessions import (
    CounselingSession,
    SessionNotes,
    count_sessions,
    create_session,
    delete_session,
    get_session,
    list_sessions,
    session_statistics,
    sessions_of_student,
    update_session,
)
from sxcounsel.services.students import Student, create_student
from tests.conftest import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    TEACHER,
    TEACHER_PASS,
    make_school,
)

OWN_CLASS, OTHER_CLASS = "七年级(2)班", "八年级(1)班"
CANARY = SessionNotes(
    complaint="主诉QXZ：睡不着，不想上学。",
    process="过程QXZ\n第二行",
    assessment="评估QXZ",
    plan="计划QXZ",
)


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    """One school for the module: open sessions for each role and three students."""
    home = tmp_path_factory.mktemp("sessions") / "home"
    make_school(home, OWN_CLASS)
    c = Session.unlock(home, COUNSELOR, COUNSELOR_PASS)
    t = Session.unlock(home, TEACHER, TEACHER_PASS)
    a = Session.unlock(home, ADMIN, ADMIN_PASS)
    own1, own2, other = (
        create_student(c, Student(student_no=no, name=name, class_name=cls)).id
        for no, name, cls in (
            ("S1001", "张三", OWN_CLASS),
            ("S1002", "李四", OWN_CLASS),
            ("S2001", "王五", OTHER_CLASS),
        )
    )
    yield SimpleNamespace(home=home, c=c, t=t, a=a, own1=own1, own2=own2, other=other)
    for s in (c, t, a):
        s.lock()


def draft(*student_ids: str, **kw) -> CounselingSession:
    values = dict(
        date="2024-10-15",
        form="个别" if len(student_ids) == 1 else "团体",
        source="主动求助",
        categories=["情绪"],
        student_ids=list(student_ids),
        start_time="15:30",
        duration_min=45,
        place="心理辅导室",
    )
    values.update(kw)
    return CounselingSession(**values)


def audits(s: Session, action: str, record_id: str) -> list:
    return s.store.conn.execute(
        "SELECT actor, result, detail FROM audit_log WHERE action = ? AND record_id = ? "
        "ORDER BY seq",
        (action, record_id),
    ).fetchall()


def row_of(s: Session, session_id: str):
    return s.store.conn.execute(
        "SELECT * FROM counseling_sessions WHERE id = ?", (session_id,)
    ).fetchone()


# -- numbering ---------------------------------------------------------------------------------
def test_numbers_run_per_school_year_across_the_boundary(school):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as a:
        sid = create_student(a, Student(student_no="S1", name="张三", class_name=OWN_CLASS)).id
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as c:
        made = [
            create_session(c, draft(sid, date=d))
            for d in ("2025-08-30", "2025-08-31", "2025-09-01", "2025-09-02")
        ]
        assert [m.number for m in made] == ["2024-001", "2024-002", "2025-001", "2025-002"]
        assert [m.school_year for m in made] == [2024, 2024, 2025, 2025]
        # a tombstoned number is never given out again
        delete_session(c, made[3].id)
        assert create_session(c, draft(sid, date="2025-09-03")).number == "2025-003"
        # moving a session into the other school year renumbers it there
        moved = get_session(c, made[0].id)
        moved.date = "2025-09-10"
        assert update_session(c, moved).number == "2025-004"
        assert get_session(c, made[0].id).school_year == 2025
        assert create_session(c, draft(sid, date="2025-01-05")).number == "2024-003"


def test_numbers_past_999_keep_counting(w):
    c = w.c
    with c.store.transaction() as conn:  # simulate a busy year without 999 real inserts
        conn.execute(
            "INSERT INTO counseling_sessions (id, created_at, updated_at, created_by, number,"
            " school_year, date, form, counselor, deleted) VALUES ('x', '', '', 'x', '2018-999',"
            " 2018, '2019-01-01', '个别', 'x', 1)"
        )
    assert create_session(c, draft(w.own1, date="2019-03-01")).number == "2018-1000"
    assert create_session(c, draft(w.own1, date="2019-03-02")).number == "2018-1001"


# -- notes never leave except through read_notes ------------------------------------------
def test_get_and_list_carry_no_notes_until_read_notes(w):
    c = w.c
    made = create_session(c, draft(w.own1, date="2024-11-02"), CANARY)
    assert "notes" not in {f.name for f in dataclasses.fields(CounselingSession)}
    stored = row_of(c, made.id)["notes"]  # the notes are stored, sealed under the counselor key …
    assert stored.startswith("sxc1:") and "QXZ" not in stored
    shown = [
        get_session(c, made.id),
        *list_sessions(c),
        *sessions_of_student(c, w.own1),
        *list_sessions(c, month="2024-11"),
    ]
    assert made.id in {s.id for s in shown}
    for s in shown:  # … but no metadata object carries them
        assert not hasattr(s, "notes")
        assert "QXZ" not in repr(s) and "QXZ" not in repr(dataclasses.asdict(s))
    assert audits(c, "view_confidential", made.id) == []

    view = read_notes(c, made.id)
    assert view.notes == CANARY and view.number == made.number and view.addenda == ()
    assert [tuple(r) for r in audits(c, "view_confidential", made.id)] == [(COUNSELOR, "ok", "")]
    read_notes(c, made.id)
    assert len(audits(c, "view_confidential", made.id)) == 2


def test_update_keeps_notes_unless_new_notes_are_given(w):
    c = w.c
    made = create_session(c, draft(w.own1, date="2024-11-03"), CANARY)
    made.place = "操场"
    update_session(c, made)
    assert read_notes(c, made.id).notes == CANARY
    update_session(c, made, SessionNotes(complaint="新主诉"))
    assert read_notes(c, made.id).notes == SessionNotes(complaint="新主诉")


def test_refused_read_of_notes_is_audited(w):
    made = create_session(w.c, draft(w.own1), CANARY)
    for s in (w.t, w.a):
        with pytest.raises(PermissionDenied):
            read_notes(s, made.id)
    assert [(r[0], r[1]) for r in audits(w.c, "view_confidential", made.id)] == [
        (TEACHER, "refused"),
        (ADMIN, "refused"),
    ]


# -- signing and addenda ----------------------------------------------------------------------
def test_signed_session_is_locked(w):
    c = w.c
    made = create_session(c, draft(w.own1), CANARY)
    signed = sign_session(c, made.id)
    assert signed.signed and signed.signed_by == COUNSELOR and signed.version == 2
    assert [tuple(r)[:2] for r in audits(c, "sign", made.id)] == [(COUNSELOR, "ok")]
    before = tuple(row_of(c, made.id))
    stale = get_session(c, made.id)
    stale.place = "走廊"
    with pytest.raises(ValidationError, match="signed and locked; it cannot be edited"):
        update_session(c, stale)
    with pytest.raises(ValidationError, match="signed and locked"):
        update_session(c, stale, SessionNotes(complaint="改写"))
    with pytest.raises(ValidationError, match="signed and locked; it cannot be deleted"):
        delete_session(c, made.id)
    with pytest.raises(ValidationError, match="already signed"):
        sign_session(c, made.id)
    assert tuple(row_of(c, made.id)) == before
    assert read_notes(c, made.id).notes == CANARY


def test_addenda_are_records_listed_without_their_text(w):
    c = w.c
    made = create_session(c, draft(w.own1), CANARY)
    with pytest.raises(ValidationError, match="not signed yet"):
        add_addendum(c, made.id, "补充")
    sign_session(c, made.id)
    with pytest.raises(ValidationError, match="text is empty"):
        add_addendum(c, made.id, "   ")
    first = add_addendum(c, made.id, "补充QXZ一：家长来电。")
    second = add_addendum(c, made.id, "补充QXZ二")
    listed = list_addenda(c, made.id)
    assert [(a.id, a.author, a.at) for a in listed] == [
        (first.id, COUNSELOR, first.at),
        (second.id, COUNSELOR, second.at),
    ]
    assert all(not hasattr(a, "text") and "QXZ" not in repr(a) for a in listed)
    assert [a.text for a in read_notes(c, made.id).addenda] == [
        "补充QXZ一：家长来电。",
        "补充QXZ二",
    ]
    assert [r["detail"] for r in audits(c, "addendum", made.id)] == [first.id, second.id]
    # each addendum is a record of its own, in the change log like every record
    logged = c.store.conn.execute(
        "SELECT count(*) FROM change_log WHERE record_type = 'session_addendum' AND record_id IN"
        " (?, ?)",
        (first.id, second.id),
    ).fetchone()[0]
    assert logged == 2
    with pytest.raises(NotFound):
        list_addenda(c, "no-such-session")


# -- the derived student index ---------------------------------------------------------------
def test_session_students_index_follows_every_change(w):
    c = w.c

    def indexed(session_id):
        rows = c.store.conn.execute(
            "SELECT student_id FROM session_students WHERE session_id = ?", (session_id,)
        ).fetchall()
        return {r[0] for r in rows}

    made = create_session(c, draft(w.own1, w.own2, w.own1))  # a duplicate is dropped
    assert made.student_ids == [w.own1, w.own2] and indexed(made.id) == {w.own1, w.own2}
    made.student_ids = [w.own2, w.other]
    update_session(c, made)
    assert indexed(made.id) == {w.own2, w.other}
    assert made.id not in {s.id for s in sessions_of_student(c, w.own1)}
    assert made.id in {s.id for s in sessions_of_student(c, w.other)}
    delete_session(c, made.id)
    assert indexed(made.id) == set()
    with pytest.raises(NotFound):
        get_session(c, made.id)
    assert made.id not in {s.id for s in list_sessions(c)}


# -- validation ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "field", "error"),
    [
        (dict(form="咨询"), "form", ValidationError),
        (dict(source="朋友"), "source", ValidationError),
        (dict(categories=["学业", "失眠"]), "categories", ValidationError),
        (dict(categories=[]), "categories", ValidationError),
        (dict(date="2024-02-30"), "date", ValidationError),
        (dict(date="昨天"), "date", ValidationError),
        (dict(date=""), "date", ValidationError),
        (dict(date=date.today() + timedelta(days=1)), "date", ValidationError),
        (dict(duration_min=0), "duration_min", ValidationError),
        (dict(duration_min=601), "duration_min", ValidationError),
        (dict(duration_min="很久"), "duration_min", ValidationError),
        (dict(start_time="25:00"), "start_time", ValidationError),
        (dict(risk_level="紫"), "risk_level", ValidationError),
        (dict(form="团体"), "student_ids", ValidationError),
        (dict(form="班级"), "class_name", ValidationError),
        (dict(student_ids=["no-such-student"]), "student_ids", NotFound),
        (dict(next_appointment="2024-10-01"), "next_appointment", ValidationError),
        (dict(next_appointment="2024-10-20 8点"), "next_appointment", ValidationError),
    ],
)
def test_bad_input_is_refused_and_nothing_written(w, change, field, error):
    before = count_sessions(w.c)
    with pytest.raises(error) as info:
        create_session(w.c, draft(w.own1, **change))
    assert info.value.facts["field"] == field
    assert count_sessions(w.c) == before


def test_unknown_enum_names_field_and_allowed_values(w):
    with pytest.raises(ValidationError) as info:
        create_session(w.c, draft(w.own1, form="咨询"))
    assert info.value.message == "The form must be one of: 个别, 团体, 家长访谈, 班级."
    assert info.value.facts["allowed"] == sessions.FORMS


def test_forms_need_the_right_students(w):
    with pytest.raises(ValidationError, match="exactly one student"):
        create_session(w.c, draft(w.own1, w.own2, form="个别"))
    with pytest.raises(ValidationError, match="at least two"):
        create_session(w.c, draft(w.own1, form="团体"))
    with pytest.raises(ValidationError, match="student it is about"):
        create_session(w.c, draft(form="家长访谈"))
    cls = create_session(w.c, draft(form="班级", class_name="七年级（2）班"))
    assert cls.class_name == OWN_CLASS and cls.student_ids == []
    group = create_session(w.c, draft(w.own1, w.own2))
    assert group.form == "团体"


def test_values_are_normalized(w):
    made = create_session(
        w.c,
        draft(
            w.own1,
            date="2024年10月8日",
            start_time="9：05",
            duration_min="50",
            categories=["学业", "情绪", "学业"],
            risk_level="黄",
            next_appointment="2024-10-15 16:00",
        ),
    )
    got = get_session(w.c, made.id)
    assert (got.date, got.start_time, got.duration_min) == ("2024-10-08", "09:05", 50)
    assert got.categories == ["学业", "情绪"] and got.risk_level == "黄"
    assert got.next_appointment == "2024-10-15 16:00" and got.counselor == COUNSELOR


def test_stale_edit_is_refused(w):
    made = create_session(w.c, draft(w.own1))
    other_copy = get_session(w.c, made.id)
    made.place = "A"
    update_session(w.c, made)
    other_copy.place = "B"
    with pytest.raises(ValidationError, match="changed this record meanwhile"):
        update_session(w.c, other_copy)
    assert get_session(w.c, made.id).place == "A"


# -- counts ----------------------------------------------------------------------------------
def test_counts_by_month_and_year_for_counselor_and_admin(w):
    c = w.c
    for d in ("2022-09-05", "2022-09-20", "2022-10-01"):
        create_session(c, draft(w.own1, date=d))
    group = create_session(c, draft(w.own1, w.own2, date="2023-03-01", categories=["人际"]))
    gone = create_session(c, draft(w.other, date="2022-09-30"))
    delete_session(c, gone.id)
    sign_session(c, group.id)
    for s in (c, w.a):
        assert count_sessions(s, month="2022-09") == 2
        assert count_sessions(s, month="2022-9") == 2
        assert count_sessions(s, school_year=2022) == 4
        assert count_sessions(s, school_year=2022, month="2023-03") == 1
        stats = session_statistics(s, 2022)
        assert stats.total == 4 and stats.signed == 1 and stats.students == 2
        assert stats.by_month == {"2022-09": 2, "2022-10": 1, "2023-03": 1}
        assert stats.by_form["个别"] == 3 and stats.by_form["团体"] == 1
        assert stats.by_category["情绪"] == 3 and stats.by_category["人际"] == 1
        assert not hasattr(stats, "notes")
    with pytest.raises(ValidationError, match="month like 2025-09"):
        count_sessions(c, month="九月")


# -- confidentiality breaks --------------------------------------------------------------------
def test_disclosure_is_recorded_and_audited(w):
    c = w.c
    made = create_session(c, draft(w.own1, categories=["自伤风险"], risk_level="红"), CANARY)
    brk = create_disclosure(
        c,
        ConfidentialityBreak(
            student_id=w.own1,
            session_id=made.id,
            date="2024-10-16",
            disclosed_to="班主任刘老师、母亲",
            reason="有自伤计划，需监护人知情。",
            what="自伤想法与计划",
        ),
    )
    assert [tuple(r) for r in audits(c, "disclose", brk.id)] == [
        (COUNSELOR, "ok", f"session {made.id}")
    ]
    assert get_disclosure(c, brk.id) == brk
    assert [b.id for b in list_disclosures(c, session_id=made.id)] == [brk.id]
    brk.what = "自伤想法"
    assert update_disclosure(c, brk).version == 2
    delete_disclosure(c, brk.id)
    assert list_disclosures(c, student_id=w.own1, session_id=made.id) == []
    with pytest.raises(ValidationError, match="did not take part"):
        create_disclosure(
            c,
            ConfidentialityBreak(
                student_id=w.other,
                session_id=made.id,
                date="2024-10-16",
                disclosed_to="家长",
                reason="风险",
            ),
        )
    with pytest.raises(ValidationError) as info:
        create_disclosure(
            c,
            ConfidentialityBreak(
                student_id=w.own1, date="2024-10-16", disclosed_to="家长", reason=""
            ),
        )
    assert info.value.facts["field"] == "reason"


# -- role matrix -----------------------------------------------------------------------------
def fresh(w, sid, notes=CANARY):
    return create_session(w.c, draft(sid), notes)


def signed(w, sid):
    made = fresh(w, sid)
    sign_session(w.c, made.id)
    return made


def disclosure(w, sid):
    made = fresh(w, sid)
    return create_disclosure(
        w.c,
        ConfidentialityBreak(
            student_id=sid,
            session_id=made.id,
            date="2024-10-16",
            disclosed_to="家长",
            reason="风险",
        ),
    )


# action -> (the service function it exercises, how to call it as ``s`` on student ``sid``)
ACTIONS = {
    "create": (create_session, lambda w, s, sid: create_session(s, draft(sid))),
    "get": (get_session, lambda w, s, sid: get_session(s, fresh(w, sid).id)),
    "list": (list_sessions, lambda w, s, sid: list_sessions(s)),
    "list_of_student": (sessions_of_student, lambda w, s, sid: sessions_of_student(s, sid)),
    "update": (update_session, lambda w, s, sid: update_session(s, fresh(w, sid))),
    "delete": (delete_session, lambda w, s, sid: delete_session(s, fresh(w, sid).id)),
    "read_notes": (read_notes, lambda w, s, sid: read_notes(s, fresh(w, sid).id)),
    "sign": (sign_session, lambda w, s, sid: sign_session(s, fresh(w, sid).id)),
    "addendum": (add_addendum, lambda w, s, sid: add_addendum(s, signed(w, sid).id, "补充")),
    "list_addenda": (list_addenda, lambda w, s, sid: list_addenda(s, signed(w, sid).id)),
    "count": (count_sessions, lambda w, s, sid: count_sessions(s, school_year=2024)),
    "statistics": (session_statistics, lambda w, s, sid: session_statistics(s, 2024)),
    "disclose": (
        create_disclosure,
        lambda w, s, sid: create_disclosure(
            s,
            ConfidentialityBreak(
                student_id=sid, date="2024-10-16", disclosed_to="家长", reason="风险"
            ),
        ),
    ),
    "get_disclosure": (get_disclosure, lambda w, s, sid: get_disclosure(s, disclosure(w, sid).id)),
    "list_disclosures": (list_disclosures, lambda w, s, sid: list_disclosures(s)),
    "update_disclosure": (
        update_disclosure,
        lambda w, s, sid: update_disclosure(s, disclosure(w, sid)),
    ),
    "delete_disclosure": (
        delete_disclosure,
        lambda w, s, sid: delete_disclosure(s, disclosure(w, sid).id),
    ),
}
# principal -> (session attribute, student attribute, allowed actions)
PRINCIPALS = {
    "counselor": ("c", "own1", set(ACTIONS)),
    "head_teacher_own_class": ("t", "own1", set()),
    "head_teacher_other_class": ("t", "other", set()),
    "school_admin": ("a", "own1", {"count", "statistics"}),
}


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("principal", list(PRINCIPALS))
def test_role_matrix(w, principal, action):
    who, student, allowed = PRINCIPALS[principal]
    call = ACTIONS[action][1]
    if action in allowed:
        call(w, getattr(w, who), getattr(w, student))
    else:
        with pytest.raises(PermissionDenied):
            call(w, getattr(w, who), getattr(w, student))


def test_role_matrix_covers_every_public_session_function():
    """A new function taking a Session must be added to the matrix (and so to its checks)."""
    public = {
        f
        for mod in (sessions, session_notes)
        for name, f in inspect.getmembers(mod, inspect.isfunction)
        if f.__module__ == mod.__name__
        and not name.startswith("_")
        and next(iter(inspect.signature(f).parameters)) == "session"
    }
    assert public == {f for f, _ in ACTIONS.values()}


def test_risk_level_follows_the_school_configuration(w):
    from sxcounsel.services.risklevels import get_risk_levels, set_risk_levels

    with pytest.raises(ValidationError, match="risk level must be one of"):
        create_session(w.c, draft(w.own1, risk_level="绿"))
    set_risk_levels(w.c, [*get_risk_levels(w.c), "绿"])
    assert create_session(w.c, draft(w.own1, risk_level="绿")).risk_level == "绿"
