"""The student file (一生一策): one timeline filtered by role, buttons by role, the basics form."""

from __future__ import annotations

import formtools
from formtools import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    POPUP_WARNINGS,
    TEACHER,
    TEACHER_CLASS,
    TEACHER_PASS,
    click,
    error_of,
    type_text,
)
from PySide6.QtWidgets import QMessageBox

from sxcounsel.gui.forms.home_visit_form import HomeVisitForm
from sxcounsel.gui.forms.session_form import SessionForm
from sxcounsel.gui.student_file.student_file import StudentFile
from sxcounsel.services import concerns, homevisits, sessions, students

pytestmark = POPUP_WARNINGS
ctx_of = formtools.ctx_of  # the fixture
kids = formtools.kids  # the fixture


def seed_records(session, student_id: str) -> None:
    sessions.create_session(
        session,
        sessions.CounselingSession(
            date="2025-10-09", form="个别", source="主动求助", student_ids=[student_id],
            categories=["学业"],
        ),
        sessions.SessionNotes(complaint="不应出现在档案时间线上的主诉"),
    )  # fmt: skip
    homevisits.create_home_visit(
        session,
        homevisits.HomeVisit(
            student_id=student_id, date="2025-10-20", method="实地", staff=["赵敏"],
            met=[{"name": "张建国", "relation": "父亲"}], purpose="了解家庭情况",
        ),
    )  # fmt: skip
    concerns.open_case(
        session,
        concerns.ConcernCase(
            student_id=student_id, opened_on="2025-10-10", risk_level="黄",
            contact_user=TEACHER, reason_categories=["学业"],
        ),
    )  # fmt: skip


def kinds_in(file: StudentFile) -> list[str]:
    return [e.kind for e in file.entries]


def test_a_counselor_sees_every_record_and_opens_them(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    seed_records(ctx.session, kids["张小明"])
    file = ctx.open_record("student", kids["张小明"])
    assert isinstance(file, StudentFile) and file.heading.text() == "张小明"
    assert TEACHER_CLASS in file.subheading.text()
    assert kinds_in(file) == ["home_visit", "concern", "session"]  # newest first
    assert [e.date for e in file.entries] == ["2025-10-20", "2025-10-10", "2025-10-09"]
    assert "不应出现" not in " ".join(e.detail for e in file.entries)
    assert "张建国" in file.guardians_list.text()
    assert set(file.add_buttons) == {"session", "home_visit", "concern", "referral", "consent",
                                     "crisis"}  # fmt: skip
    assert file.add_buttons["concern"].text() == "打开重点关注台账(&K)"

    item = file.list.topLevelItem(2)
    form = file.open_entry(item.data(0, 0x0100))
    assert isinstance(form, SessionForm) and form.field("complaint").value().startswith("不应")

    click(qtbot, file.add_buttons["home_visit"])
    visit = next(w for w in ctx.host.findChildren(HomeVisitForm) if not w.record_id)
    assert visit.field("student_id").value() == kids["张小明"]
    type_text(visit, "purpose", "复查家庭作业情况")
    visit.field("met").edits[0]["name"].setText("张奶奶")
    visit.field("met").edits[0]["relation"].setText("祖母")
    click(qtbot, visit.save_button)
    qtbot.waitUntil(lambda: kinds_in(file).count("home_visit") == 2)  # the file refreshed itself


def test_a_head_teacher_sees_no_session_anywhere(qtbot, ctx_of, kids):
    counselor = ctx_of(COUNSELOR, COUNSELOR_PASS)
    seed_records(counselor.session, kids["张小明"])
    ctx = ctx_of(TEACHER, TEACHER_PASS)
    file = ctx.open_record("student", kids["张小明"])
    assert kinds_in(file) == ["home_visit", "concern"]
    texts = [file.list.topLevelItem(i).text(c) for i in range(file.list.topLevelItemCount())
             for c in range(3)]  # fmt: skip
    assert not any("辅导" in t for t in texts)
    assert list(file.add_buttons) == ["home_visit", "crisis"]
    assert not file.edit.isVisible()
    assert ctx.open_record("session", None, student_id=kids["张小明"]) is None

    other = ctx.open_record("student", kids["王磊"])  # not their class
    assert other is None
    box = ctx.host.findChild(QMessageBox, "openRecordError")
    assert box is not None and box.text() == "您的账户无权执行此操作。"


def test_add_a_student_and_edit_the_basics(qtbot, ctx_of, kids):
    ctx = ctx_of(ADMIN, ADMIN_PASS)
    form = ctx.open_record("student")
    qtbot.keyClicks(form.field("student_no").widget, "G2025009")
    type_text(form, "name", "赵一鸣")
    type_text(form, "class_name", "七年级2班")
    qtbot.keyClicks(form.field("id_number").widget, "610528201203150011")
    form.field("flags").boxes["留守"].click()
    click(qtbot, form.save_button)
    assert error_of(form, "id_number").startswith("身份证号")
    assert form.field("name").value() == "赵一鸣" and form.field("flags").value() == ["留守"]
    form.field("id_number").widget.clear()
    click(qtbot, form.save_button)
    [s] = [s for s in students.list_students(ctx.session) if s.student_no == "G2025009"]
    assert (s.class_name, s.flags) == ("七年级(2)班", ["留守"])
    assert form.field("class_name").value() == "七年级(2)班"  # read back as stored

    file = ctx.open_record("student", s.id)
    assert file.flags.text() == "家庭情况：留守" and file.edit.isVisible()
    assert list(file.add_buttons) == ["crisis"]  # an administrator writes no records
    click(qtbot, file.edit)
    edit = next(w for w in ctx.host.findChildren(type(form)) if w.record_id == s.id)
    edit.field("dormitory").widget.setText("3号楼201")
    click(qtbot, edit.save_button)
    assert students.get_student(ctx.session, s.id).dormitory == "3号楼201"
    assert "3号楼201" in [file.basics_form.itemAt(i).widget().text()
                          for i in range(file.basics_form.count())]  # fmt: skip
