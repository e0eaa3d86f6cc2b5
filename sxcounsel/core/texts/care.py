"""The refusals of the casework records: key-concern cases and their reviews, crisis events,
referrals and the leave after them, consents, partner institutions, home visits, counseling
sessions and their notes, risk levels and form drafts.

English templates are the sentences the services have always raised (tests and logs rely on
them); the Chinese ones name the field with ``{field}`` where a form shows the sentence beside
that field, so the form's own label is used.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str]] = {
    # -- key-concern cases (services/concerns.py) --------------------------------------------
    "concern.not_visible": (
        "Your account may not see this key-concern case.",
        "您的账户无权查看这份重点关注台账。",
    ),
    "concern.contact_missing": (
        "The contact person's account does not exist.",
        "请选择专人分包联系人。",
    ),
    "concern.contact_disabled": (
        "The contact person's account is disabled.",
        "该联系人的账户已停用。",
    ),
    "concern.reasons_not_list": (
        "The reason categories must be a list.",
        "{field}的格式不正确，应为一组选项。",
    ),
    "concern.no_reason": ("Choose at least one reason category.", "请至少选择一项关注原因。"),
    "concern.missing": (
        "The key-concern case does not exist.",
        "这份重点关注台账不存在或已被删除。",
    ),
    "concern.already_open": (
        "This student already has an open key-concern case.",
        "该生已有进行中的重点关注台账，请打开那一份。",
    ),
    "concern.student_fixed": (
        "A case cannot be moved to another student; close it and open a new one.",
        "台账不能改到其他学生名下；请先结案，再为该生新建一份。",
    ),
    "concern.opened_after_review": (
        "The opened on date is after the first review of the case.",
        "{field}不能晚于第一次研判的日期。",
    ),
    "concern.opened_after_close": (
        "The opened on date is after the case was closed.",
        "{field}不能晚于结案日期。",
    ),
    "concern.already_closed": ("The key-concern case is already closed.", "这份台账已经结案。"),
    "concern.close_too_early": (
        "The closed on date is before the opening or the latest review of the case.",
        "结案日期不能早于建档日期或最近一次研判。",
    ),
    # -- reviews of key-concern cases (services/concern_reviews.py) ---------------------------
    "review.missing": ("The review does not exist.", "这条研判记录不存在或已被删除。"),
    "review.not_contact": (
        "Your account may only review cases it is the contact person for.",
        "您的账户只能研判由您担任专人分包联系人的台账。",
    ),
    "review.before_previous": (
        "The reviewed on date is before the previous review.",
        "{field}不能早于上一次研判。",
    ),
    "review.before_opening": (
        "The reviewed on date is before the case was opened.",
        "{field}不能早于建档日期。",
    ),
    "review.case_closed": (
        "The key-concern case is closed; it takes no more reviews.",
        "该台账已结案，不能再添加研判。",
    ),
    "review.not_own": (
        "Your account may only edit its own reviews.",
        "您的账户只能修改自己填写的研判。",
    ),
    "review.case_fixed": (
        "A review cannot move to another case.",
        "研判记录不能移到其他台账。",
    ),
    "review.latest_only_change": (
        "Only the latest review of an open case can change its date or level.",
        "只有进行中台账的最近一次研判可以修改日期或等级。",
    ),
    "review.latest_only_delete": (
        "Only the latest review of an open case can be deleted.",
        "只有进行中台账的最近一次研判可以删除。",
    ),
    # -- crisis events (services/crises.py) ---------------------------------------------------
    "crisis.informed_shape": (
        "Guardians informed is given as when (at) and by whom (by).",
        "通知监护人需要填写通知时间和通知人。",
    ),
    "crisis.informed_before_event": (
        "The guardians were informed before the event happened.",
        "通知监护人的时间不能早于事件发生时间。",
    ),
    "crisis.actions_not_list": (
        "The actions taken must be a list.",
        "{field}的格式不正确，应为一组选项。",
    ),
    "crisis.missing": ("The crisis event does not exist.", "这个心理危机事件不存在或已被删除。"),
    "crisis.already_closed": ("The crisis event is already closed.", "这个事件已经结束。"),
    "crisis.no_outcome": (
        "Record the outcome before closing the event.",
        "结束事件前请填写处置结果。",
    ),
    "crisis.class_hidden": (
        "Your account may not see crisis events of this class.",
        "您的账户无权查看这个班级的心理危机事件。",
    ),
    # -- referrals (services/referrals.py) ----------------------------------------------------
    "referral.missing": ("The referral does not exist.", "这份转介单不存在或已被删除。"),
    "referral.before_previous": (
        "The {field} is before the referral's previous step.",
        "{field}不能早于上一步骤的日期。",
    ),
    "referral.consent_shape": (
        "The guardian consent is given as guardian, relation, date and method.",
        "请填写同意的监护人、日期和方式。",
    ),
    "referral.receipt_shape": (
        "The receipt is given as date, diagnosis and advice.",
        "回执需要填写日期、诊断和建议。",
    ),
    "referral.receipt_empty": (
        "The receipt needs a diagnosis or advice.",
        "请填写回执中的诊断或建议。",
    ),
    "referral.no_number": ("No referral has this number.", "没有这个编号的转介单。"),
    "referral.student_fixed": (
        "The student id of a referral cannot change; delete it and issue a new one.",
        "转介单的学生不能更改；请删除这份转介单后重新开具。",
    ),
    "referral.issued_on_fixed": (
        "The issued on of a referral cannot change; delete it and issue a new one.",
        "转介单的开具日期不能更改；请删除这份转介单后重新开具。",
    ),
    "referral.institution_fixed": (
        "The institution can change only before the referral reaches the guardian.",
        "转介单送达监护人后，不能再更改接收机构。",
    ),
    "referral.consent_kept": (
        "The guardian's consent cannot be removed after the step 已就诊.",
        "已就诊之后不能删除监护人同意。",
    ),
    "referral.receipt_by_step": (
        "Record the receipt with its own step, not as an edit.",
        "请用“登记回执”记录回执，不能直接修改。",
    ),
    "referral.on_leave": (
        "The student is on leave under this referral; record the return first.",
        "该生正按这份转介单休学，请先登记复学。",
    ),
    "referral.closed": (
        "The referral is closed (结案); it has no further step.",
        "这份转介单已结案，没有后续步骤。",
    ),
    "referral.step_done": (
        "The referral is already at {current}; a step cannot be undone or repeated.",
        "这份转介单已处于“{current}”，步骤不能撤回或重复。",
    ),
    "referral.step_skipped": (
        "The next step of this referral is {expected}; steps cannot be skipped.",
        "这份转介单的下一步是“{expected}”，不能跳过步骤。",
    ),
    "referral.receipt_step": (
        "The step 回执已收 is reached by recording the receipt.",
        "“回执已收”这一步需要通过登记回执来完成。",
    ),
    "referral.consent_first": (
        "Record the guardian's consent before the step 已就诊.",
        "请先在转介单中填写监护人同意并保存。",
    ),
    "referral.class_hidden": (
        "Your account may not see referrals of this class.",
        "您的账户无权查看这个班级的转介情况。",
    ),
    # -- leave of absence and return (services/referral_leave.py) -----------------------------
    "leave.not_visited": (
        "A leave of absence can be recorded only after the step 已就诊.",
        "学生已就诊后才能登记休学。",
    ),
    "leave.before_referral": (
        "The {field} is before the referral was issued.",
        "{field}不能早于转介日期。",
    ),
    "leave.before_visit": (
        "The {field} is before the visit (已就诊).",
        "{field}不能早于就诊日期。",
    ),
    "leave.before_start": (
        "The {field} is before the leave started.",
        "{field}不能早于休学开始日期。",
    ),
    "leave.already": (
        "A leave of absence is already recorded on this referral.",
        "这份转介单已经登记过休学。",
    ),
    "leave.not_enrolled": (
        "Only a student who is 在校 can start a leave of absence.",
        "只有在校学生才能登记休学。",
    ),
    "leave.none": (
        "No leave of absence is recorded on this referral.",
        "这份转介单还没有登记休学。",
    ),
    "leave.returned": (
        "The return to school is already recorded on this referral.",
        "这份转介单已经登记过复学。",
    ),
    # -- guardian consents (services/consents.py) ---------------------------------------------
    "consent.withdrawn_before_given": (
        "The withdrawn on date is before the consent was given.",
        "{field}不能早于同意日期。",
    ),
    "consent.missing": (
        "The consent record does not exist.",
        "这条知情同意记录不存在或已被删除。",
    ),
    "consent.already_withdrawn": ("This consent is already withdrawn.", "这份同意已经撤回。"),
    "consent.no_withdrawn_on": ("The withdrawn on date is empty.", "请填写{field}。"),
    # -- partner institutions (services/institutions.py) --------------------------------------
    "institution.none": ("No institution is chosen.", "请选择接收机构。"),
    "institution.missing": (
        "The institution does not exist.",
        "这个机构不存在或已被删除，请重新选择接收机构。",
    ),
    "institution.duplicate": (
        "An institution with this name and department already exists.",
        "该机构已在列表中。",
    ),
    # -- home visits (services/homevisits.py) -------------------------------------------------
    "visit.class_write": (
        "Your account may not record home visits for this class.",
        "您的账户无权为这个班级记录家访。",
    ),
    "visit.class_read": (
        "Your account may not see home visits of this class.",
        "您的账户无权查看这个班级的家访记录。",
    ),
    "visit.met_not_list": (
        "The people met must be a list.",
        "{field}的格式不正确，应为一组姓名和关系。",
    ),
    "visit.met_incomplete": (
        "Each person met needs a name and a relation.",
        "每位接待人都需要填写姓名和关系。",
    ),
    "visit.no_met": (
        "Name at least one person met.",
        "请至少填写一名接待人及其与学生的关系。",
    ),
    "visit.staff_not_list": (
        "The visiting staff must be a list.",
        "{field}的格式不正确，应为一组姓名。",
    ),
    "visit.no_staff": ("Name at least one visiting staff member.", "请至少填写一名家访人员。"),
    "visit.at_home_yes_no": (
        "Student at home must be yes or no.",
        "“学生在家”只能选择是或否。",
    ),
    "visit.missing": (
        "The home visit record does not exist.",
        "这条家访记录不存在或已被删除。",
    ),
    # -- counseling sessions (services/sessions.py) -------------------------------------------
    "session.students_not_list": (
        "The students must be a list.",
        "{field}的格式不正确，应为一组学生。",
    ),
    "session.individual": (
        "An individual session has exactly one student.",
        "个别辅导只能选择一名学生。",
    ),
    "session.group": (
        "A group session needs at least two students.",
        "团体辅导至少需要两名学生。",
    ),
    "session.parent_interview": (
        "A parent interview needs the student it is about.",
        "请选择家长访谈涉及的学生。",
    ),
    "session.no_category": ("Choose at least one problem category.", "请至少选择一个问题类别。"),
    "session.notes_type": ("The notes must be SessionNotes.", "辅导记录内容的格式不正确。"),
    "session.missing": (
        "The counseling session does not exist.",
        "这份心理辅导记录不存在或已被删除。",
    ),
    "session.signed_no_edit": (
        "This counseling session is signed and locked; it cannot be edited. "
        "Add an addendum instead.",
        "该记录已签署锁定，如需更正请添加补充说明。",
    ),
    "session.signed_no_delete": (
        "This counseling session is signed and locked; it cannot be deleted. "
        "Add an addendum instead.",
        "该记录已签署锁定，不能删除；如需更正请添加补充说明。",
    ),
    # -- signing, addenda and confidentiality breaks (services/session_notes.py) --------------
    "note.already_signed": (
        "This counseling session is already signed.",
        "这份心理辅导记录已经签署。",
    ),
    "note.not_signed": (
        "This counseling session is not signed yet; edit it instead of adding an addendum.",
        "这份心理辅导记录尚未签署，可以直接修改，无需添加补充说明。",
    ),
    "note.not_in_session": (
        "The student did not take part in that counseling session.",
        "该生没有参加所选的那次心理辅导。",
    ),
    "note.break_missing": (
        "The confidentiality break record does not exist.",
        "这条保密例外记录不存在或已被删除。",
    ),
    # -- risk levels (services/risklevels.py) -------------------------------------------------
    "risk.not_list": ("The risk levels must be a list.", "{field}的格式不正确，应为一组名称。"),
    "risk.none": ("Keep at least one risk level.", "请至少保留一个预警等级。"),
    "risk.too_many": (
        "There can be at most {limit} risk levels.",
        "预警等级最多只能有 {limit} 个。",
    ),
    "risk.name_too_long": (
        "A risk level name is at most {limit} characters.",
        "每个预警等级的名称最多 {limit} 个字。",
    ),
    "risk.duplicate": ("The risk levels must all be different.", "预警等级的名称不能重复。"),
    "risk.in_use": (
        "A risk level that records still use cannot be removed; change those records first.",
        "还有记录在使用要删除的预警等级，不能删除；请先修改这些记录。",
    ),
    # -- form drafts (services/drafts.py) -----------------------------------------------------
    "draft.not_mapping": ("The draft values must be a mapping.", "草稿内容的格式不正确。"),
    "draft.too_large": ("The draft is too large to keep.", "草稿内容太多，无法保存。"),
}

# Field keys of these records: the English name the services' sentences have always used
# (the attribute with "_" as " "), and the Chinese label the forms give the field.
FIELDS: dict[str, tuple[str, str]] = {
    # key-concern cases and reviews
    "opened_on": ("opened on", "建档日期"),
    "risk_level": ("risk level", "预警等级"),
    "contact_user": ("contact user", "专人分包联系人"),
    "reason_categories": ("reason categories", "关注原因"),
    "reason_text": ("reason text", "原因说明"),
    "care_plan": ("care plan", "关爱方案"),
    "review_interval_days": ("review interval days", "研判周期"),
    "closed_on": ("closed on", "结案日期"),
    "close_reason": ("close reason", "结案原因"),
    "case_id": ("case id", "重点关注台账"),
    "reviewed_on": ("reviewed on", "研判日期"),
    "observations": ("observations", "研判情况"),
    "level_after": ("level after", "研判后等级"),
    "today": ("today", "今天的日期"),
    "id": ("id", "记录"),
    "status": ("status", "状态"),
    # crisis events
    "occurred_at": ("occurred at", "发生时间"),
    "type": ("type", "类型"),
    "place": ("place", "地点"),
    "description": ("description", "经过"),
    "reported_by": ("reported by", "报告人"),
    "guardians_informed": ("guardians informed", "通知监护人"),
    "guardians_informed_at": ("guardians informed at", "通知监护人时间"),
    "guardians_informed_by": ("guardians informed by", "通知人"),
    "actions": ("actions", "采取措施"),
    "outcome": ("outcome", "处置结果"),
    # referrals, leave and return
    "institution_id": ("institution", "接收机构"),
    "reason": ("reason", "原因"),
    "symptoms": ("symptoms", "观察到的表现"),
    "issued_on": ("issued on", "开具日期"),
    "consent": ("consent", "监护人同意"),
    "consent_guardian": ("consent guardian", "同意的监护人"),
    "consent_relation": ("consent relation", "与学生关系"),
    "consent_date": ("consent date", "同意日期"),
    "consent_method": ("consent method", "同意方式"),
    "receipt": ("receipt", "回执"),
    "receipt_date": ("receipt date", "回执日期"),
    "diagnosis": ("diagnosis", "诊断"),
    "advice": ("advice", "建议"),
    "note": ("note", "备注"),
    "number": ("number", "编号"),
    "older_than_days": ("older than days", "等待天数"),
    "leave": ("leave", "休学"),
    "certificate_on": ("certificate on", "收到证明日期"),
    "start_on": ("start on", "休学开始日期"),
    "return_on": ("return on", "复学日期"),
    "return_certificate_on": ("return certificate on", "复学证明日期"),
    "follow_up": ("follow up", "后续跟进"),
    "student_status": ("student status", "在校状态"),
    # consents and institutions
    "purpose": ("purpose", "目的"),
    "guardian": ("guardian", "监护人"),
    "method": ("method", "方式"),
    "withdrawn_on": ("withdrawn on", "撤回日期"),
    "on": ("on", "日期"),
    "department": ("department", "科室"),
    "address": ("address", "地址"),
    # home visits
    "staff": ("staff", "家访人员"),
    "met": ("met", "接待人"),
    "family_situation": ("family situation", "家庭情况"),
    "parents_views": ("parents views", "家长意见"),
    "student_at_home": ("student at home", "学生在家"),
    "follow_up_date": ("follow up date", "跟进日期"),
    "school_year": ("school year", "学年"),
    # counseling sessions, notes and confidentiality breaks
    "form": ("form", "形式"),
    "source": ("source", "来源"),
    "categories": ("categories", "问题类别"),
    "start_time": ("start time", "开始时间"),
    "duration_min": ("duration min", "时长（分钟）"),
    "counselor": ("counselor", "辅导教师"),
    "next_appointment": ("next appointment", "下次预约"),
    "notes": ("notes", "辅导记录"),
    "complaint": ("complaint", "主诉"),
    "process": ("process", "过程"),
    "assessment": ("assessment", "评估"),
    "plan": ("plan", "计划"),
    "text": ("text", "补充说明"),
    "disclosed_to": ("disclosed to", "告知对象"),
    "what": ("what", "告知内容"),
    "session_id": ("session id", "心理辅导记录"),
    # risk levels and drafts
    "risk_levels": ("risk levels", "预警等级"),
    "kind": ("kind", "草稿类型"),
    "values": ("values", "草稿内容"),
}
