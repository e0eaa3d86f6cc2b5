"""The data and the record screens of ``python3 -m tools.screenshots``.

``populate`` fills the freshly created school with the demo school's synthetic records (a few
hundred students) and gives one student of the head teacher's class a full history, whose
records the form shots open. ``RecordShots`` then photographs the dashboard, every list, every
form, that student's file, the roster import wizard and the sync page.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sxcounsel.services.account_session import Session
    from tools.screenshots.school import Shooter

STUDENTS = 300
SEED = 2025
TEACHER_CLASS = "七年级(2)班"
LISTS = (
    ("students", "list-students"),
    ("counseling", "list-counseling"),
    ("home_visits", "list-home-visits"),
    ("concern", "list-concern"),
    ("referrals", "list-referrals"),
    ("crisis", "list-crisis"),
)


@dataclass
class Featured:
    """The records of the student with a full history (what the form shots open)."""

    student: str = ""
    name: str = ""
    sessions: list[str] = field(default_factory=list)  # signed + addendum, signed, unsigned
    home_visit: str = ""
    concern: str = ""
    referral: str = ""
    crisis: str = ""
    consent: str = ""


def populate(s: Session, today: date | None = None) -> Featured:
    """The demo school's records in the open store ``s`` (a counselor and administrator)."""
    from sxcounsel.core.progress import Progress
    from sxcounsel.services import demo

    today = today or date.today()
    rng = random.Random(SEED)
    progress = Progress()
    with s.store.transaction():
        # The demo's records, on the school the wizard made (create_demo makes its own).
        by_class = demo.fill_school(s, rng, STUDENTS, today, progress)
        featured = _history(s, _without_case(s, by_class[TEACHER_CLASS][2:]), today)
        _due_today(s, _without_case(s, by_class["五年级(1)班"]), today)
    return featured


def _without_case(s: Session, ids: list[str]) -> str:
    from sxcounsel.services import concerns

    return next(sid for sid in ids if concerns.find_open_case(s, sid) is None)


def _history(s: Session, sid: str, today: date) -> Featured:
    """A year of care for one student: every kind of record, some of each state."""
    from sxcounsel.core.schoolyear import format_date
    from sxcounsel.services import (
        concern_reviews,
        concerns,
        consents,
        crises,
        homevisits,
        institutions,
        referrals,
        sessions,
        students,
    )
    from sxcounsel.services.session_notes import add_addendum, sign_session

    def day(back: int) -> str:
        return format_date(today - timedelta(days=back))

    st = students.get_student(s, sid)
    st.flags = sorted({*st.flags, "留守"})
    st.guardians = [
        *st.guardians[:1],
        {"name": "王秀兰", "relation": "母亲", "phone": "13891234567"},
    ]
    st.dormitory = st.dormitory or "2号楼305"
    st = students.update_student(s, st)
    f = Featured(student=sid, name=st.name)
    f.consent = consents.create_consent(s, consents.Consent(
        student_id=sid, purpose="建档", guardian="王秀兰", relation="母亲", date=day(70),
        method="书面")).id  # fmt: skip
    notes = (
        ("学生主动来访，自述与同学关系紧张，晚上难以入睡。", "倾听、共情；讨论宿舍冲突中的想法和感受。",
         "人际适应困难，伴轻度焦虑情绪。", "一周后复谈；与班主任沟通座位安排。"),
        ("自述睡眠有所改善，但想念在外务工的父母。", "空椅子技术表达思念；制定每周视频通话计划。",
         "情绪较前平稳，留守相关的分离焦虑。", "两周后复谈；请班主任家访时转告母亲。"),
        ("期中考试后情绪低落，说“考不好对不起妈妈”。", "认知重构，区分努力与结果；放松训练。",
         "考试焦虑，无自伤想法。", "下周二复谈，布置放松练习。"),
    )  # fmt: skip
    for i, (back, (complaint, process, assessment, plan)) in enumerate(
        zip((58, 44, 6), notes, strict=True)
    ):
        made = sessions.create_session(s, sessions.CounselingSession(
            date=day(back), form="个别", source="主动求助" if i == 0 else "班主任转介",
            student_ids=[sid], categories=["人际", "情绪"] if i < 2 else ["学业", "情绪"],
            start_time="15:40", duration_min=45, place="心理辅导室",
            risk_level="黄" if i < 2 else "蓝",
            next_appointment=format_date(today + timedelta(days=3)) + " 15:40" if i == 2 else ""),
            sessions.SessionNotes(complaint=complaint, process=process, assessment=assessment,
                                  plan=plan))  # fmt: skip
        f.sessions.append(made.id)
        if i < 2:
            sign_session(s, made.id)
        if i == 0:
            add_addendum(s, made.id, "补充：已与班主任刘老师沟通，调整了该生的宿舍床位。")
    f.home_visit = homevisits.create_home_visit(s, homevisits.HomeVisit(
        student_id=sid, date=day(40), method="实地", staff=["刘老师", "王丽"],
        met=[{"name": st.guardians[0]["name"], "relation": st.guardians[0]["relation"]}],
        purpose="了解留守情况，商量学生的睡眠和情绪问题",
        family_situation="父母在西安务工，学生与祖父母同住，家中有一个上小学的妹妹。",
        student_at_home=True, parents_views="祖父母希望老师多督促学习，愿意配合学校。",
        advice="每周固定时间与父母视频通话；周末保证作息规律。",
        follow_up="一个月后电话回访", follow_up_date=day(10))).id  # fmt: skip
    case = concerns.open_case(s, concerns.ConcernCase(
        student_id=sid, opened_on=day(56), risk_level="黄", contact_user=s.username,
        reason_categories=["人际", "情绪"], reason_text="与室友冲突后失眠、情绪低落",
        care_plan="每两周谈心一次；班主任每周关注课堂状态；安排心理委员陪伴",
        review_interval_days=14))  # fmt: skip
    f.concern = case.id
    for back, text, level in (
        (42, "睡眠改善，与室友关系缓和。", ""),
        (28, "期中前压力大，偶有哭泣，未见自伤迹象。", "橙"),
        (16, "经放松训练后情绪稳定，学习状态恢复。", "黄"),
    ):
        concern_reviews.add_review(s, concern_reviews.ConcernReview(
            case_id=case.id, reviewed_on=day(back), observations=text, level_after=level))  # fmt: skip
    hospital = institutions.list_institutions(s)[0]
    r = referrals.create_referral(s, referrals.Referral(
        student_id=sid, institution_id=hospital.id, reason="持续失眠一个月，伴情绪低落",
        symptoms="入睡困难、早醒、食欲下降", issued_on=day(30), risk_level="橙",
        consent={"guardian": "王秀兰", "relation": "母亲", "date": day(30), "method": "电话"}))  # fmt: skip
    r = referrals.advance_referral(s, r.id, referrals.DELIVERED, today - timedelta(days=27))
    f.referral = referrals.advance_referral(
        s, r.id, referrals.VISITED, today - timedelta(days=20)
    ).id
    f.crisis = crises.report_crisis(s, crises.CrisisEvent(
        student_id=sid, occurred_at=f"{day(4)} 22:15", type="自伤", place="学生宿舍",
        description="室友发现该生用小刀划伤手臂，伤口浅，已由校医处理。",
        guardians_informed={"at": f"{day(4)} 22:40", "by": s.username},
        actions=["通知监护人", "校内监护", "报告县中心"])).event.id  # fmt: skip
    return f


def _due_today(s: Session, sid: str, today: date) -> None:
    """A case whose review falls due today (the dashboard's first figure)."""
    from sxcounsel.core.schoolyear import format_date
    from sxcounsel.services import concerns

    concerns.open_case(s, concerns.ConcernCase(
        student_id=sid, opened_on=format_date(today - timedelta(days=14)), risk_level="蓝",
        contact_user=s.username, reason_categories=["学业"], reason_text="成绩下滑，厌学",
        care_plan="每两周谈心一次", review_interval_days=14))  # fmt: skip


def write_roster(folder: Path) -> tuple[Path, Path]:
    """Two small rosters as a 学籍 export looks: a clean one and one with three bad rows."""
    import openpyxl

    from sxcounsel.core.idcard import make_id_number

    header = ["序号", "学籍号", "姓名", "性别", "出生日期", "班级", "身份证号", "监护人",
              "联系电话", "家庭住址", "是否留守儿童"]  # fmt: skip
    names = ["高子涵", "雷博文", "党思琪", "樊一诺", "惠嘉乐", "薛晨阳", "贺雨欣", "田俊杰",
             "曹梓萱", "韩明辉", "单可馨", "冯皓轩"]  # fmt: skip
    rows = []
    for i, name in enumerate(names):
        born = date(2019, 1 + i, 3 + i)
        idn = make_id_number("610528", born, 100 + i)
        rows.append([i + 1, f"G{idn}", name, "男" if int(idn[16]) % 2 else "女",
                     born.isoformat(), "一年级(3)班", idn, "高建国", f"1399123{i:04d}",
                     "富平县庄里镇东街村3组", "是" if i % 3 == 0 else "否"])  # fmt: skip

    def save(path: Path, data: list[list[object]]) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "花名册"
        ws.append(["富平县示范中学2026—2027学年一年级新生花名册"])
        ws.append(header)
        for row in data:
            ws.append(row)
        wb.save(path)
        return path

    bad = [list(r) for r in rows]
    bad[2][6] = bad[2][6][:-1] + ("1" if bad[2][6][-1] == "0" else "0")  # wrong check digit
    bad[5][2] = ""  # no name
    bad[9][6] = 6.10528e17  # Excel turned the ID into a number
    return save(folder / "一年级新生.xlsx", rows), save(folder / "一年级新生-有错.xlsx", bad)


class RecordShots:
    """The counselor's screens with data, then the head teacher's."""

    def __init__(self, shooter: Shooter, win, featured: Featured) -> None:
        self.sh, self.win, self.f = shooter, win, featured

    @property
    def ctx(self):
        return self.win.workspace.ctx

    def page(self, key: str):
        page = self.win.workspace.show_page(key)
        if hasattr(page, "table") or hasattr(page, "tile_due"):  # a list or the dashboard
            self.sh.wait(lambda: page.loaded and not page.task.running)
        return page

    def dashboard(self, name: str) -> None:
        self.page("dashboard")
        self.sh.shot(self.win, name)

    def lists(self) -> None:
        from sxcounsel.services.name_keys import name_keys

        shown = self.win.workspace.keys()  # a head teacher has no counseling list
        for key, name in LISTS:
            if key in shown:
                self.page(key)
                self.sh.shot(self.win, name)
        page = self.page("students")
        initials = name_keys(self.f.name)[1].split()[0]
        page.search.setText(initials[:2])
        self.sh.shot(self.win, "list-students-pinyin-filter")
        page.search.clear()

    def form(self, widget, name: str) -> None:
        """The form over the main window; again scrolled to its end if it is longer."""
        self.sh.shot_over(self.win, widget, name)
        bar = widget.scroll.verticalScrollBar() if hasattr(widget, "scroll") else None
        if bar is not None and bar.maximum() > 0:
            bar.setValue(bar.maximum())
            self.sh.shot_over(self.win, widget, f"{name}-end")
        widget.close()
        self.sh.wait(lambda: True)

    def forms(self) -> None:
        """Each form over the list it opens from (a consent opens from the student file)."""
        from sxcounsel.gui.forms.student_form import StudentForm

        ctx, f = self.ctx, self.f
        self.page("students")
        student = StudentForm(ctx, f.student)
        student.show()
        self.form(student, "form-student")
        shots = (
            ("counseling", "session", f.sessions[2], "form-session-unsigned"),
            ("counseling", "session", f.sessions[0], "form-session-signed-addendum"),
            ("home_visits", "home_visit", f.home_visit, "form-home-visit"),
            ("concern", "concern", f.concern, "form-concern-reviews"),
            ("referrals", "referral", f.referral, "form-referral"),
            ("crisis", "crisis", f.crisis, "form-crisis"),
            ("students", "consent", f.consent, "form-consent"),
        )
        for key, kind, record_id, name in shots:
            self.page(key)
            self.form(ctx.open_record(kind, record_id), name)

    def student_file(self) -> None:
        self.page("students")
        sheet = self.ctx.open_record("student", self.f.student)
        self.sh.shot_over(self.win, sheet, "student-file")
        sheet.close()

    def sync(self) -> None:
        page = self.win.workspace.show_page("sync")
        self.sh.wait(lambda: page.status is not None)
        self.sh.shot(self.win, "sync-not-enrolled")

    def roster(self, folder: Path) -> None:
        from sxcounsel.gui.roster.roster_wizard import open_roster_wizard

        good, bad = write_roster(folder)
        self.page("students")
        wizard = open_roster_wizard(self.ctx)
        check = wizard.check_page

        def checked(path: Path) -> None:
            wizard.file_page.edit.setText(str(path))
            wizard.next()
            self.sh.wait(lambda: check.task is not None and not check.task.running)

        wizard.file_page.edit.setText(str(good))
        self.sh.shot_over(self.win, wizard, "roster-file")
        checked(bad)
        self.sh.shot_over(self.win, wizard, "roster-bad-rows")
        wizard.back()
        checked(good)
        self.sh.shot_over(self.win, wizard, "roster-preview")
        wizard.next()
        imp = wizard.import_page
        self.sh.wait(lambda: imp.summary is not None or not imp.running())
        self.sh.shot_over(self.win, wizard, "roster-done")
        wizard.accept()

    def counselor(self, folder: Path) -> None:
        self.dashboard("dashboard")
        self.lists()
        self.forms()
        self.student_file()
        self.sync()
        self.roster(folder)

    def head_teacher(self) -> None:
        self.dashboard("head-teacher-dashboard")
        self.page("home_visits")
        self.sh.shot(self.win, "head-teacher-home-visits")
