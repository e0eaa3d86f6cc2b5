"""家访记录表: one home visit, as a form for the student's file."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.platypus import Flowable, Spacer

from sxcounsel.core.schoolyear import school_year_label
from sxcounsel.reports.form import grid
from sxcounsel.reports.page import (
    Built,
    PageInfo,
    build_pdf,
    frame_size,
    heading,
    signoff,
)

TITLE = "家访记录表"
# Room left for the narrative fields, as on a paper form (points; more when the text needs it).
TALL = {"家庭情况": 70.0, "家长意见": 50.0, "指导建议": 50.0, "后续跟进": 40.0}
SIGNOFF = (("家访教师签字", "家长签字", "日期"), ("班主任签字", "学校（盖章）", "日期"))


@dataclass(frozen=True)
class HomeVisitRecord:
    school_name: str
    school_year: int
    student_name: str
    student_no: str
    class_name: str
    gender: str
    address: str
    date: str
    method: str
    staff: str
    met: str
    student_at_home: bool
    purpose: str
    family_situation: str
    parents_views: str
    advice: str
    follow_up: str
    follow_up_date: str


def story(r: HomeVisitRecord) -> list[Flowable]:
    width = frame_size(False)[0]
    out = heading(f"{r.school_name} {TITLE}", school_year_label(r.school_year))
    rows = [
        [("学生姓名", r.student_name), ("班级", r.class_name)],
        [("学籍号", r.student_no), ("性别", r.gender)],
        [("家庭住址", r.address)],
        [("家访日期", r.date), ("家访方式", r.method)],
        [("家访教师", r.staff), ("学生是否在家", "是" if r.student_at_home else "否")],
        [("受访人", r.met)],
        [("家访目的", r.purpose)],
        [("家庭情况", r.family_situation)],
        [("家长意见", r.parents_views)],
        [("指导建议", r.advice)],
        [("后续跟进", r.follow_up)],
        [("跟进日期", r.follow_up_date)],
    ]
    out += [grid(rows, width, label=84, tall=TALL), Spacer(1, 14), signoff(SIGNOFF, width)]
    return out


def build(record: HomeVisitRecord, info: PageInfo) -> Built:
    header = f"{TITLE}　{record.class_name}　{school_year_label(record.school_year)}"
    return build_pdf(story(record), replace(info, header=info.header or header))
