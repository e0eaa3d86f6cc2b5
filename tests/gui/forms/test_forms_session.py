"""The counseling-session form: record, validation beside the field, sign, addenda, roles."""

from __future__ import annotations

import formtools
from formtools import (
    COUNSELOR,
    COUNSELOR_PASS,
    POPUP_WARNINGS,
    TEACHER,
    TEACHER_PASS,
    click,
    error_of,
    pick,
    save,
    type_text,
)
from PySide6.QtWidgets import QMessageBox

from sxcounsel.services import session_notes, sessions

pytestmark = POPUP_WARNINGS
ctx_of = formtools.ctx_of  # the fixture
kids = formtools.kids  # the fixture


def test_record_sign_and_add_an_addendum(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    changed = []
    ctx.bus.changed.connect(lambda kind, rid: changed.append((kind, rid)))
    form = ctx.open_record("session")
    assert form.isVisible() and form.field("counselor").value() == COUNSELOR
    pick(qtbot, form.field("students").widget.picker, "zxm")
    assert form.field("students").value() == [kids["张小明"]]
    form.field("categories").boxes["学业"].click()
    type_text(form, "place", "心理辅导室")
    type_text(form, "complaint", "期中考试前失眠，担心成绩")
    type_text(form, "plan", "下周同一时间再谈")
    click(qtbot, form.save_button)
    assert form.message.text() == "已保存。"
    [saved] = sessions.list_sessions(ctx.session)
    assert changed[-1] == ("session", saved.id)
    assert saved.student_ids == [kids["张小明"]] and saved.place == "心理辅导室"
    assert saved.number.endswith("-001") and saved.number in form.heading.text()
    notes = session_notes.read_notes(ctx.session, saved.id).notes
    assert notes.complaint == "期中考试前失眠，担心成绩"

    click(qtbot, form.sign_button)
    box = form.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert sessions.get_session(ctx.session, saved.id).signed
    assert not form.save_button.isVisible() and not form.sign_button.isVisible()
    assert form.field("place").widget.isReadOnly()
    assert form.field("complaint").widget.isReadOnly()
    assert not form.field("addendum").widget.isReadOnly()

    type_text(form, "addendum", "补充：家长来电说明睡眠已改善")
    click(qtbot, form.add_addendum_button)
    [info] = session_notes.list_addenda(ctx.session, saved.id)
    assert info.author == COUNSELOR
    assert "补充：家长来电说明睡眠已改善" in form.addenda_list.text()
    assert form.field("addendum").value() == ""


def test_a_refusal_is_shown_beside_its_field_and_nothing_is_lost(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    form = ctx.open_record("session", None, student_id=kids["李静怡"])
    assert form.field("students").value() == [kids["李静怡"]]
    type_text(form, "complaint", "和同桌闹矛盾")
    click(qtbot, form.save_button)
    assert error_of(form, "categories") == "请至少选择一个问题类别。"
    assert form.isVisible() and form.field("complaint").value() == "和同桌闹矛盾"
    assert sessions.list_sessions(ctx.session) == []

    form.field("categories").boxes["人际"].click()
    form.field("date").widget.setText("2099-01-01")
    click(qtbot, form.save_button)
    assert error_of(form, "categories") == ""
    assert error_of(form, "date") == "辅导日期不能晚于今天。"
    form.field("date").widget.setText("2025-09-01")
    click(qtbot, form.save_button)
    assert len(sessions.list_sessions(ctx.session)) == 1


def test_group_session_needs_several_students(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    form = ctx.open_record("session")
    form.field("form").set_value("团体")
    form.field("categories").boxes["人际"].click()
    pick(qtbot, form.field("students").widget.picker, "张小明")
    click(qtbot, form.save_button)
    assert error_of(form, "students") == "团体辅导至少需要两名学生。"
    pick(qtbot, form.field("students").widget.picker, "ljy")
    click(qtbot, form.save_button)
    [saved] = sessions.list_sessions(ctx.session)
    assert sorted(saved.student_ids) == sorted([kids["张小明"], kids["李静怡"]])


def test_a_head_teacher_cannot_open_a_session_form(qtbot, ctx_of, kids):
    counselor = ctx_of(COUNSELOR, COUNSELOR_PASS)
    form = counselor.open_record("session", None, student_id=kids["张小明"])
    form.field("categories").boxes["情绪"].click()
    assert save(qtbot, form)
    teacher = ctx_of(TEACHER, TEACHER_PASS)
    assert teacher.open_record("session") is None
    assert teacher.open_record("session", form.record_id) is None


def test_the_counselor_field_shows_the_persons_name(qtbot, school, ctx_of, kids):
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.accounts import add_user

    with Session.unlock(school.home, formtools.ADMIN, formtools.ADMIN_PASS) as admin:
        add_user(admin, "lilaoshi", ["counselor"], "Xinli#Room43", display_name="李红梅")
    # The counseling-notes key reaches the new account at the next counselor's unlock.
    with Session.unlock(school.home, formtools.COUNSELOR, formtools.COUNSELOR_PASS):
        pass
    ctx = ctx_of("lilaoshi", "Xinli#Room43")
    form = ctx.open_record("session", None, student_id=kids["张小明"])
    assert form.field("counselor").value() == "李红梅"  # not the account name
    # An older record that holds the account name shows the person's name as well.
    older = sessions.create_session(
        ctx.session,
        sessions.CounselingSession(
            date="2025-09-01",
            form="个别",
            source="主动求助",
            categories=["学业"],
            student_ids=[kids["张小明"]],
            counselor="lilaoshi",
        ),
        sessions.SessionNotes(complaint="旧记录"),
    )
    opened = ctx.open_record("session", older.id)
    assert opened.field("counselor").value() == "李红梅"
