"""Issue 4 acceptance, through the forms: first run -> add a student -> record and sign a
session -> addendum -> home visit -> key-concern case with a review due -> referral -> receipt
-> lock -> unlock, all driven in the real window."""

from __future__ import annotations

from datetime import date, timedelta

from formtools import POPUP_WARNINGS, click, type_text
from guitools import WAIT_KDF_MS, ime_commit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWizard

from sxcounsel.core.roles import Role
from sxcounsel.gui import operations
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.forms.concern_form import ConcernForm
from sxcounsel.gui.forms.home_visit_form import HomeVisitForm
from sxcounsel.gui.forms.referral_form import ReferralForm
from sxcounsel.gui.forms.session_form import SessionForm
from sxcounsel.gui.forms.student_form import StudentForm
from sxcounsel.gui.student_file.student_file import StudentFile
from sxcounsel.services import concerns, homevisits, referrals, session_notes, sessions

pytestmark = POPUP_WARNINGS
USER, PASS = "zhaomin", "Xinli-Room-2025"


def first_run(qtbot, window) -> None:
    wizard = window.wizard
    qtbot.keyClicks(wizard.school.code, "3161012345")
    ime_commit(wizard.school.name, "富平县示范中学")
    qtbot.keyClicks(wizard.school.county, "610528")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.account.username, USER)
    wizard.account.role_boxes[Role.COUNSELOR].click()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.passphrase.pair.first, PASS)
    qtbot.keyClicks(wizard.passphrase.pair.second, PASS)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=WAIT_KDF_MS)
    wizard.recovery.kept.click()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def new_form(ctx, cls: type[RecordForm]) -> RecordForm:
    return next(w for w in ctx.host.findChildren(cls) if not w.record_id and w.isVisible())


def test_first_run_to_a_receipt_then_lock_and_unlock(qtbot, tmp_path, make_window, unlock):
    window = make_window(tmp_path / "school")
    first_run(qtbot, window)
    unlock(window, USER, PASS)
    ctx = window.workspace.ctx

    # Add a student from the students list.
    page = window.workspace.show_page("students")
    click(qtbot, page.findChild(QPushButton, "newRecord"))
    form = new_form(ctx, StudentForm)
    qtbot.keyClicks(form.field("student_no").widget, "G2025101")
    type_text(form, "name", "张小明")
    type_text(form, "class_name", "七年级(2)班")
    click(qtbot, form.save_button)
    student_id = form.record_id
    assert student_id and form.message.text() == "已保存。"
    file = ctx.open_record("student", student_id)
    assert isinstance(file, StudentFile)

    # Record and sign a session, then add an addendum.
    click(qtbot, file.add_buttons["session"])
    form = new_form(ctx, SessionForm)
    form.field("categories").boxes["情绪"].click()
    type_text(form, "complaint", "近来入睡困难")
    click(qtbot, form.save_button)
    click(qtbot, form.sign_button)
    click(qtbot, form.confirm.button(QMessageBox.StandardButton.Yes))
    type_text(form, "addendum", "补充：已与班主任沟通")
    click(qtbot, form.add_addendum_button)

    # Record a home visit.
    click(qtbot, file.add_buttons["home_visit"])
    form = new_form(ctx, HomeVisitForm)
    type_text(form, "purpose", "了解睡眠与作息")
    form.field("met").edits[0]["name"].setText("张建国")
    form.field("met").edits[0]["relation"].setText("父亲")
    click(qtbot, form.save_button)

    # Open a key-concern case whose first review is due today.
    click(qtbot, file.add_buttons["concern"])
    form = new_form(ctx, ConcernForm)
    form.field("opened_on").set_value((date.today() - timedelta(days=14)).isoformat())
    form.field("review_interval_days").set_value(14)
    form.field("reason_categories").boxes["情绪"].click()
    click(qtbot, form.save_button)
    assert form.rows["risk_level"].error.text().startswith("预警等级")
    form.field("risk_level").set_value("黄")
    click(qtbot, form.save_button)

    # Issue a referral to a hospital added on the spot, then record its receipt.
    click(qtbot, file.add_buttons["referral"])
    form = new_form(ctx, ReferralForm)
    type_text(form, "new_institution", "富平县医院 心理科")
    click(qtbot, form.field("new_institution").button)
    type_text(form, "reason", "持续失眠伴情绪低落")
    form.field("risk_level").set_value("橙")
    type_text(form, "consent_guardian", "张建国")
    form.field("consent_date").set_value(date.today().isoformat())
    form.field("consent_method").set_value("书面")
    click(qtbot, form.save_button)
    for _step in ("送达监护人", "已就诊"):
        click(qtbot, form.step_button)
    type_text(form, "diagnosis", "睡眠障碍，建议随访")
    click(qtbot, form.step_button)
    assert form.message.text() == "回执已登记。"

    qtbot.waitUntil(lambda: [e.kind for e in file.entries].count("session") == 1)
    qtbot.waitUntil(lambda: not operations.busy())
    assert window.lock()
    unlock(window, USER, PASS)
    s = window.session
    [session] = sessions.list_sessions(s)
    assert session.signed and len(session_notes.list_addenda(s, session.id)) == 1
    assert len(homevisits.list_home_visits(s, student_id=student_id)) == 1
    [due] = concerns.reviews_due(s, date.today())
    assert due.case.student_id == student_id
    [ref] = referrals.list_referrals(s)
    assert ref.status == referrals.RECEIPTED and ref.institution_name == "富平县医院 心理科"
    file = window.workspace.ctx.open_record("student", student_id)
    assert {e.kind for e in file.entries} == {"session", "home_visit", "concern", "referral"}
