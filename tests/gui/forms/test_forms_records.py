"""Home visit, key-concern case, referral, crisis and consent forms, driven like a user."""

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
    pick,
    type_text,
)

from sxcounsel.gui.forms.fields import today
from sxcounsel.gui.forms.status_view import StatusView
from sxcounsel.services import (
    concern_reviews,
    concerns,
    consents,
    crises,
    homevisits,
    institutions,
    referrals,
)

pytestmark = POPUP_WARNINGS
ctx_of = formtools.ctx_of  # the fixture
kids = formtools.kids  # the fixture


def test_a_head_teacher_records_a_home_visit_with_defaults(qtbot, ctx_of, kids):
    ctx = ctx_of(TEACHER, TEACHER_PASS)
    form = ctx.open_record("home_visit")
    assert form.field("date").value() == today()
    assert form.field("staff").value() == [TEACHER]
    picker = form.field("student_id").widget
    picker.setFocus()
    qtbot.keyClicks(picker, "wl")  # 王磊 is not in their class: not found
    qtbot.waitUntil(lambda: not picker.timer.isActive())
    assert picker.model.rowCount() == 0 and picker.student is None
    picker.clear()
    pick(qtbot, picker, "zxm")
    form.field("met").edits[0]["name"].setText("张建国")
    form.field("met").edits[0]["relation"].setText("父亲")
    click(qtbot, form.save_button)
    assert error_of(form, "purpose") == "请填写家访目的。"
    assert form.field("met").value() == [{"name": "张建国", "relation": "父亲"}]
    type_text(form, "purpose", "了解学生在家学习情况")
    form.field("method").set_value("电话")
    click(qtbot, form.save_button)
    [visit] = homevisits.list_home_visits(ctx.session, student_id=kids["张小明"])
    assert (visit.method, visit.staff, visit.purpose) == ("电话", [TEACHER], "了解学生在家学习情况")
    assert form.record_id == visit.id and "家访记录" in form.heading.text()


def test_open_a_concern_case_review_it_and_close_it(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    form = ctx.open_record("concern", None, student_id=kids["张小明"])
    form.field("contact_user").set_value(TEACHER)
    form.field("risk_level").set_value("橙")
    click(qtbot, form.save_button)
    assert error_of(form, "reason_categories") == "请至少选择一项关注原因。"
    form.field("reason_categories").boxes["情绪"].click()
    type_text(form, "care_plan", "每周谈心一次")
    form.field("review_interval_days").set_value(14)
    click(qtbot, form.save_button)
    case = concerns.find_open_case(ctx.session, kids["张小明"])
    assert case is not None and case.contact_user == TEACHER and case.care_plan == "每周谈心一次"
    assert form.review_button.isVisible() and form.close_case_button.isVisible()

    teacher = ctx_of(TEACHER, TEACHER_PASS)  # the contact person adds a review
    review_form = teacher.open_record("concern", case.id)
    assert not review_form.save_button.isVisible()
    assert review_form.field("care_plan").widget.isReadOnly()
    click(qtbot, review_form.review_button)
    assert error_of(review_form, "observations") == "请填写研判情况。"
    type_text(review_form, "observations", "情绪稳定，与同学交往增多")
    review_form.field("level_after").set_value("黄")
    click(qtbot, review_form.review_button)
    [review] = concern_reviews.list_reviews(teacher.session, case.id)
    assert (review.reviewer, review.level_before, review.level_after) == (TEACHER, "橙", "黄")
    assert review_form.review_list.topLevelItemCount() == 1
    assert not review_form.close_case_button.isVisible()

    form.reload()
    click(qtbot, form.close_case_button)
    assert error_of(form, "close_reason") == "请填写结案原因。"
    type_text(form, "close_reason", "情况好转，解除关注")
    click(qtbot, form.close_case_button)
    closed = concerns.get_case(ctx.session, case.id)
    assert closed.status == concerns.CLOSED and closed.close_reason == "情况好转，解除关注"
    assert not form.review_button.isVisible() and "结案" in form.subheading.text()


def test_issue_a_referral_and_follow_it_to_the_receipt(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    hospital = institutions.create_institution(
        ctx.session, institutions.Institution("富平县医院", "心理科")
    )
    form = ctx.open_record("referral", None, student_id=kids["李静怡"])
    type_text(form, "reason", "持续情绪低落两个月")
    form.field("risk_level").set_value("橙")
    click(qtbot, form.save_button)
    assert error_of(form, "institution_id") == "请选择接收机构。"
    form.field("institution_id").set_value(hospital.id)
    click(qtbot, form.save_button)
    [ref] = referrals.list_referrals(ctx.session)
    assert ref.number.startswith("ZJ") and ref.number in form.heading.text()
    assert form.step_button.text() == "记录步骤：送达监护人"
    click(qtbot, form.step_button)
    assert form.step_button.text() == "记录步骤：已就诊"
    click(qtbot, form.step_button)  # no consent yet
    assert "监护人同意" in form.message.text()
    type_text(form, "consent_guardian", "李建军")
    type_text(form, "consent_relation", "父亲")
    form.field("consent_date").set_value(today())
    form.field("consent_method").set_value("书面")
    click(qtbot, form.step_button)  # saves the consent, then takes the step
    assert referrals.get_referral(ctx.session, ref.id).status == referrals.VISITED
    assert form.step_button.text() == "登记回执"
    click(qtbot, form.step_button)
    assert error_of(form, "diagnosis") == "请填写回执中的诊断或建议。"
    type_text(form, "advice", "建议门诊随访，注意休息")
    click(qtbot, form.step_button)
    done = referrals.get_referral(ctx.session, ref.id)
    assert done.status == referrals.RECEIPTED and done.receipt["advice"] == "建议门诊随访，注意休息"
    assert form.step_list.topLevelItemCount() == 5  # four steps and the receipt
    assert form.leave_button.isVisible()

    teacher = ctx_of(TEACHER, TEACHER_PASS)  # a head teacher sees the status only
    view = teacher.open_record("referral", ref.id)
    assert isinstance(view, StatusView)
    assert teacher.open_record("referral") is None


def test_report_a_crisis_and_open_a_concern_case_from_it(qtbot, ctx_of, kids):
    teacher = ctx_of(TEACHER, TEACHER_PASS)
    report = teacher.open_record("crisis", None, student_id=kids["李静怡"])
    type_text(report, "description", "课间在走廊与同学冲突")
    report.field("type").set_value("伤人")
    click(qtbot, report.save_button)
    assert [e for k in report.rows if (e := error_of(report, k))] == []
    assert not report.save_button.isVisible() and not report.offer_box.isVisible()
    assert report.subheading.text() == "已报告，心理教师已收到该事件。"
    [status] = crises.list_crisis_statuses(teacher.session)
    assert (status.student_id, status.reported_by) == (kids["李静怡"], TEACHER)
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    [event] = crises.list_crises(ctx.session)
    assert (event.type, event.description) == ("伤人", "课间在走廊与同学冲突")

    form = ctx.open_record("crisis", None, student_id=kids["张小明"])
    form.field("type").set_value("自杀意念")
    type_text(form, "informed_by", "赵敏")
    click(qtbot, form.save_button)
    assert error_of(form, "informed_at") == "请填写通知监护人时间。"
    form.field("informed_at").set_value(form.field("occurred_at").value())
    click(qtbot, form.save_button)
    assert form.offer_box.isVisible() and form.concern_button.text() == "列入重点关注（红）"
    click(qtbot, form.concern_button)
    case = concerns.find_open_case(ctx.session, kids["张小明"])
    assert case is not None and case.risk_level == "红"
    assert not form.offer_box.isVisible()
    opened = ctx.open_record("concern", case.id)  # already open: the same window comes up
    assert opened.record_id == case.id and opened.isVisible()


def test_record_and_withdraw_a_consent(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    form = ctx.open_record("consent", None, student_id=kids["张小明"])
    type_text(form, "guardian", "张建国")
    click(qtbot, form.save_button)
    assert error_of(form, "relation") == "请填写关系。"
    type_text(form, "relation", "父亲")
    form.field("purpose").set_value("测评")
    click(qtbot, form.save_button)
    assert consents.has_consent(ctx.session, kids["张小明"], "测评")
    form.field("withdrawn_on").set_value(today())
    click(qtbot, form.save_button)
    assert not consents.has_consent(ctx.session, kids["张小明"], "测评")
    admin = ctx_of(ADMIN, ADMIN_PASS)  # reads, never writes
    view = admin.open_record("consent", form.record_id)
    assert not view.save_button.isVisible() and view.field("guardian").widget.isReadOnly()
    assert admin.open_record("consent") is None


def test_tab_order_follows_the_form(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    form = ctx.open_record("home_visit")
    chain, widget = [], form.field("student_id").widget
    while widget is not form.save_button and len(chain) < 200:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    order = [chain.index(form.field(k).focus_widget) for k in ("student_id", "date", "method",
             "staff", "purpose", "follow_up_date")]  # fmt: skip
    assert order == sorted(order)
    assert chain.index(form.close_button) > order[-1]
