"""Confidentiality breaks (保密例外) in the student file and their form: counselors only."""

from __future__ import annotations

import formtools
from formtools import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    POPUP_WARNINGS,
    TEACHER,
    TEACHER_PASS,
    click,
    error_of,
    type_text,
)

from sxcounsel.gui.forms.disclosure_form import DisclosureForm
from sxcounsel.gui.student_file.student_file import StudentFile
from sxcounsel.services import session_notes, sessions

pytestmark = POPUP_WARNINGS
ctx_of = formtools.ctx_of  # the fixture
kids = formtools.kids  # the fixture

REASON = "自伤风险，需告知监护人"


def a_session(session, student_id: str) -> sessions.CounselingSession:
    return sessions.create_session(
        session,
        sessions.CounselingSession(
            date="2025-10-09", form="个别", source="主动求助", student_ids=[student_id],
            categories=["情绪"],
        ),
        sessions.SessionNotes(complaint="不应出现在档案时间线上的主诉"),
    )  # fmt: skip


def new_form(ctx) -> DisclosureForm:
    return next(w for w in ctx.host.findChildren(DisclosureForm) if not w.record_id)


def test_a_counselor_records_a_break_from_the_student_file_and_edits_it(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    sid = kids["张小明"]
    counseling = a_session(ctx.session, sid)
    file = ctx.open_record("student", sid)
    assert isinstance(file, StudentFile) and file.disclose.isVisible()

    click(qtbot, file.disclose)
    form = new_form(ctx)
    assert (
        form.field("student_id").value() == sid
        and form.field("student_id").widget.isReadOnly() is False
    )
    combo = form.field("session_id").widget
    assert [combo.itemData(i) for i in range(combo.count())] == ["", counseling.id]
    form.field("date").widget.setText("2025-10-13")
    type_text(form, "disclosed_to", "学生父亲张建国")
    click(qtbot, form.save_button)
    assert error_of(form, "reason")  # the risk is required, said beside its field
    assert form.field("disclosed_to").value() == "学生父亲张建国"  # nothing typed is lost

    type_text(form, "reason", REASON)
    combo.setCurrentIndex(1)
    click(qtbot, form.save_button)
    assert form.record_id and not error_of(form, "reason")
    [stored] = session_notes.list_disclosures(ctx.session, student_id=sid)
    assert (stored.id, stored.reason, stored.session_id) == (form.record_id, REASON, counseling.id)
    assert form.field("student_id").widget.isReadOnly()  # the student of a saved break is fixed

    qtbot.waitUntil(lambda: "disclosure" in [e.kind for e in file.entries])
    line = next(e for e in file.entries if e.kind == "disclosure")
    assert line.date == "2025-10-13" and counseling.number in line.detail
    assert "学生父亲张建国" not in line.detail and REASON not in line.detail  # sealed
    form.close()

    item = next(
        file.list.topLevelItem(i)
        for i in range(file.list.topLevelItemCount())
        if file.list.topLevelItem(i).data(0, 0x0100)[0] == "disclosure"
    )
    opened = file.open_entry(item.data(0, 0x0100))
    assert isinstance(opened, DisclosureForm) and opened.record_id == stored.id
    assert opened.field("reason").value() == REASON
    assert opened.field("session_id").value() == counseling.id
    opened.field("what").widget.setPlainText("近期情绪与自伤想法")
    click(qtbot, opened.save_button)
    assert session_notes.get_disclosure(ctx.session, stored.id).what == "近期情绪与自伤想法"


def test_head_teachers_and_administrators_neither_see_nor_record_breaks(qtbot, ctx_of, kids):
    counselor = ctx_of(COUNSELOR, COUNSELOR_PASS)
    sid = kids["张小明"]
    b = session_notes.create_disclosure(
        counselor.session,
        session_notes.ConfidentialityBreak(
            student_id=sid, date="2025-10-13", disclosed_to="学生父亲张建国", reason=REASON
        ),
    )
    for user, passphrase in ((TEACHER, TEACHER_PASS), (ADMIN, ADMIN_PASS)):
        ctx = ctx_of(user, passphrase)
        file = ctx.open_record("student", sid)
        assert isinstance(file, StudentFile)
        assert not file.disclose.isVisible()
        assert "disclosure" not in [e.kind for e in file.entries]
        assert ctx.open_record("disclosure", b.id) is None
        assert ctx.open_record("disclosure", None, student_id=sid) is None
        assert not ctx.host.findChildren(DisclosureForm)
