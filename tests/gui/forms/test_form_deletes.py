"""Delete from a record form, withdraw a consent, correct and delete a concern review."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import formtools
import pytest
import shiboken6
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
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sxcounsel.core.schoolyear import format_date
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.forms.fields import today
from sxcounsel.gui.forms.student_form import StudentForm
from sxcounsel.services import (
    concern_reviews,
    concerns,
    consents,
    crises,
    homevisits,
    institutions,
    referrals,
    session_notes,
    sessions,
    students,
)
from sxcounsel.services.account_session import Session

pytestmark = POPUP_WARNINGS
ctx_of = formtools.ctx_of  # the fixture
kids = formtools.kids  # the fixture


def days_ago(n: int) -> str:
    return format_date(date.today() - timedelta(days=n))


def make_session(s: Session, kid: str) -> str:
    record = sessions.CounselingSession(
        date=days_ago(1), form="个别", source="主动求助", student_ids=[kid], categories=["学业"]
    )
    return sessions.create_session(s, record, sessions.SessionNotes(complaint="失眠")).id


def make_case(s: Session, kid: str, contact: str = COUNSELOR) -> str:
    case = concerns.ConcernCase(
        student_id=kid,
        opened_on=days_ago(20),
        risk_level="橙",
        contact_user=contact,
        reason_categories=["情绪"],
        review_interval_days=30,
    )
    return concerns.open_case(s, case).id


def make_referral(s: Session, kid: str) -> str:
    hospital = institutions.create_institution(s, institutions.Institution("富平县医院", "心理科"))
    return referrals.create_referral(
        s, referrals.Referral(kid, hospital.id, "情绪低落", days_ago(2), "橙")
    ).id


def make_crisis(s: Session, kid: str) -> str:
    event = crises.CrisisEvent(student_id=kid, occurred_at=days_ago(1), type="自伤")
    return crises.report_crisis(s, event).event.id


def make_consent(s: Session, kid: str) -> str:
    c = consents.Consent(kid, "测评", "张建国", "父亲", days_ago(3), consents.METHODS[0])
    return consents.create_consent(s, c).id


def make_visit(s: Session, kid: str) -> str:
    met = [{"name": "张建国", "relation": "父亲"}]
    visit = homevisits.HomeVisit(kid, days_ago(2), "实地", ["刘老师"], met, purpose="了解学习情况")
    return homevisits.create_home_visit(s, visit).id


# kind -> (make the record, the live records of the student after the delete)
CASES: dict[str, tuple[Callable[[Session, str], str], Callable[[Session, str], list]]] = {
    "session": (make_session, lambda s, kid: sessions.list_sessions(s, student_id=kid)),
    "home_visit": (make_visit, lambda s, kid: homevisits.list_home_visits(s, student_id=kid)),
    "concern": (make_case, lambda s, kid: concerns.list_cases(s, status=None, student_id=kid)),
    "referral": (make_referral, lambda s, kid: referrals.list_referrals(s, student_id=kid)),
    "crisis": (make_crisis, lambda s, kid: crises.list_crises(s, student_id=kid)),
    "consent": (make_consent, lambda s, kid: consents.list_consents(s, student_id=kid)),
}


def gone(form: RecordForm) -> bool:
    """Whether the form closed (it is deleted on closing)."""
    return not shiboken6.isValid(form) or not form.isVisible()


def confirm_delete(qtbot, form: RecordForm) -> None:
    """Click Delete, check the question, accept it and wait for the delete."""
    click(qtbot, form.delete_button)
    box = form.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "删除" in box.text() or "Delete" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))


@pytest.mark.parametrize("kind", list(CASES))
def test_delete_a_record_from_its_form(qtbot, ctx_of, kids, kind):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    make, live = CASES[kind]
    kid = kids["张小明"]
    record_id = make(ctx.session, kid)
    changed = []
    ctx.bus.changed.connect(lambda k, rid: changed.append((k, rid)))
    form = ctx.open_record(kind, record_id)
    assert form.delete_button.isVisible() and form.delete_button.isEnabled()
    confirm_delete(qtbot, form)
    assert live(ctx.session, kid) == []
    assert gone(form)
    assert (kind, record_id) in changed  # the pages hear it and refresh


def test_cancelling_keeps_the_record(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    visit_id = make_visit(ctx.session, kids["张小明"])
    form = ctx.open_record("home_visit", visit_id)
    click(qtbot, form.delete_button)
    click(qtbot, form.confirm.button(QMessageBox.StandardButton.Cancel))
    assert form.isVisible()
    assert [v.id for v in homevisits.list_home_visits(ctx.session, student_id=kids["张小明"])] == [
        visit_id
    ]


def test_a_new_record_has_no_delete(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    form = ctx.open_record("home_visit")
    assert not form.delete_button.isVisible()
    type_text(form, "purpose", "了解学习情况")
    formtools.pick(qtbot, form.field("student_id").widget, "zxm")
    form.field("met").edits[0]["name"].setText("张建国")
    form.field("met").edits[0]["relation"].setText("父亲")
    click(qtbot, form.save_button)
    assert form.record_id and form.delete_button.isVisible()


def test_delete_a_student(qtbot, ctx_of, kids):
    ctx = ctx_of(ADMIN, ADMIN_PASS)
    form = StudentForm(ctx, kids["王磊"])  # as the student's file opens it
    form.show()
    confirm_delete(qtbot, form)
    assert gone(form)
    assert kids["王磊"] not in [s.id for s in students.list_students(ctx.session)]


def test_the_file_of_a_deleted_student_closes(qtbot, ctx_of, kids):
    ctx = ctx_of(ADMIN, ADMIN_PASS)
    file = ctx.open_record("student", kids["王磊"])
    form = file._open_form()
    confirm_delete(qtbot, form)
    qtbot.waitUntil(lambda: gone(file))
    assert kids["王磊"] not in [s.id for s in students.list_students(ctx.session)]


def test_a_signed_session_is_refused_with_its_sentence(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    session_id = make_session(ctx.session, kids["张小明"])
    session_notes.sign_session(ctx.session, session_id)
    form = ctx.open_record("session", session_id)
    confirm_delete(qtbot, form)
    assert form.isVisible()
    assert form.message.text() == "该记录已签署锁定，不能删除；如需更正请添加补充说明。"
    assert [s.id for s in sessions.list_sessions(ctx.session)] == [session_id]


def test_who_may_only_read_sees_no_delete(qtbot, ctx_of, kids):
    counselor = ctx_of(COUNSELOR, COUNSELOR_PASS)
    case_id = make_case(counselor.session, kids["张小明"])
    consent_id = make_consent(counselor.session, kids["张小明"])
    visit_id = make_visit(counselor.session, kids["张小明"])
    teacher = ctx_of(TEACHER, TEACHER_PASS)
    case_form = teacher.open_record("concern", case_id)  # a case of their class: read only
    assert case_form.isVisible() and not case_form.delete_button.isVisible()
    visit_form = teacher.open_record("home_visit", visit_id)  # their class: they write visits
    assert visit_form.delete_button.isVisible()
    admin = ctx_of(ADMIN, ADMIN_PASS)  # reads consents, never writes them
    consent_form = admin.open_record("consent", consent_id)
    assert not consent_form.delete_button.isVisible()
    assert not consent_form.withdraw_button.isVisible()


def test_withdraw_a_consent_with_its_button(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    consent_id = make_consent(ctx.session, kids["张小明"])
    form = ctx.open_record("consent", consent_id)
    assert form.withdraw_button.isVisible()
    click(qtbot, form.withdraw_button)  # no date yet: asked for beside its field
    assert error_of(form, "withdrawn_on") == "请填写撤回日期。"
    assert consents.has_consent(ctx.session, kids["张小明"], "测评")
    form.field("withdrawn_on").set_value(today())
    form.field("relation").set_value("生父")  # changed too: saved first
    click(qtbot, form.withdraw_button)
    stored = consents.get_consent(ctx.session, consent_id)
    assert stored.withdrawn_on == today() and stored.relation == "生父"
    assert not consents.has_consent(ctx.session, kids["张小明"], "测评")
    assert not form.withdraw_button.isVisible()
    assert not form.isWindowModified()


def test_withdraw_without_other_changes_uses_the_service(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    consent_id = make_consent(ctx.session, kids["张小明"])
    form = ctx.open_record("consent", consent_id)
    form.field("withdrawn_on").set_value(days_ago(1))
    click(qtbot, form.withdraw_button)
    assert consents.get_consent(ctx.session, consent_id).withdrawn_on == days_ago(1)
    assert form.message.text() and not form.withdraw_button.isVisible()


def test_correct_and_delete_a_concern_review(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    case_id = make_case(ctx.session, kids["张小明"])
    for n, text in ((10, "情绪平稳"), (5, "睡眠好转")):
        review = concern_reviews.ConcernReview(case_id, days_ago(n), text, "黄")
        concern_reviews.add_review(ctx.session, review)
    form = ctx.open_record("concern", case_id)
    assert form.review_list.topLevelItemCount() == 2
    assert form.edit_review_button.isVisible() and form.delete_review_button.isVisible()

    click(qtbot, form.edit_review_button)  # the latest is chosen
    assert form.field("observations").value() == "睡眠好转"
    assert form.field("reviewed_on").value() == days_ago(5)
    form.field("observations").set_value("睡眠明显好转，上课专注")
    click(qtbot, form.review_button)
    [first, latest] = concern_reviews.list_reviews(ctx.session, case_id)
    assert latest.observations == "睡眠明显好转，上课专注" and latest.reviewed_on == days_ago(5)
    assert len(concern_reviews.list_reviews(ctx.session, case_id)) == 2
    assert form.editing is None and form.field("observations").value() == ""

    click(qtbot, form.delete_review_button)
    click(qtbot, form.confirm.button(QMessageBox.StandardButton.Yes))
    assert [r.id for r in concern_reviews.list_reviews(ctx.session, case_id)] == [first.id]
    assert form.review_list.topLevelItemCount() == 1
    assert form.isVisible()

    # an older review may not be deleted: the service's sentence, nothing lost
    concern_reviews.add_review(
        ctx.session, concern_reviews.ConcernReview(case_id, days_ago(1), "继续观察")
    )
    form.reload()
    form.review_list.setCurrentItem(form.review_list.topLevelItem(1))
    click(qtbot, form.delete_review_button)
    click(qtbot, form.confirm.button(QMessageBox.StandardButton.Yes))
    assert form.message.text()
    assert len(concern_reviews.list_reviews(ctx.session, case_id)) == 2


def test_the_close_button_closes_the_form(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    form = ctx.open_record("home_visit")
    qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)
    assert gone(form)
