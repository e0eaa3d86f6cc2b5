"""心理辅导记录表: one counseling session for the archive, marked 保密 on every page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from reportlab.platypus import Flowable, Spacer

from sxcounsel.core.schoolyear import school_year_label, school_year_of
from sxcounsel.reports import page
from sxcounsel.reports.form import grid

TITLE = "心理辅导记录表"
# Room left for the narrative fields, as on a paper form (points; more when the text needs it).
TALL = {"主诉": 60.0, "辅导过程": 150.0, "评估": 70.0, "计划": 60.0}


@dataclass(frozen=True)
class AddendumLine:
    at: str  # local time, 2025-09-10 09:12
    author: str
    text: str


@dataclass(frozen=True)
class SessionRecord:
    school_name: str
    number: str
    date: str
    start_time: str
    duration_min: int
    place: str
    form: str
    source: str
    students: str  # 张三（七年级(2)班）、李四（…）
    class_name: str  # of a 班级 session
    categories: str
    risk_level: str
    counselor: str
    next_appointment: str
    complaint: str
    process: str
    assessment: str
    plan: str
    signed_by: str = ""
    signed_at: str = ""  # local time; '' = not signed
    addenda: Sequence[AddendumLine] = field(default_factory=tuple)


def story(r: SessionRecord) -> list[Flowable]:
    width = page.frame_size(False)[0]
    when = " ".join(x for x in (r.date, r.start_time) if x)
    rows = [
        [("日期时间", when), ("时长", f"{r.duration_min} 分钟")],
        [("地点", r.place or "—"), ("辅导形式", r.form)],
        [("来源", r.source), ("预警等级", r.risk_level or "未发现风险")],
        [("学生", r.students or "—")],
    ]
    if r.class_name:
        rows.append([("班级", r.class_name)])
    rows += [
        [("问题类别", r.categories), ("辅导教师", r.counselor)],
        [("下次预约", r.next_appointment or "—")],
        [("主诉", r.complaint or "—")],
        [("辅导过程", r.process or "—")],
        [("评估", r.assessment or "—")],
        [("计划", r.plan or "—")],
    ]
    out = page.heading(f"{r.school_name} {TITLE}")
    out += [page.right_note(f"编号：{r.number}"), Spacer(1, 4)]  # printed once, above the form
    out += [grid(rows, width, tall=TALL), Spacer(1, 12)]
    body = page.style("body", 10.5)
    if r.signed_at:
        out.append(
            page.para(
                f"电子签名：{r.signed_by}　签名时间：{r.signed_at}（已签名锁定，更正以补充记录为准）",
                body,
            )
        )
    else:
        out.append(page.para("本记录尚未签名。", body))
    out += [Spacer(1, 6), page.signature_line("辅导教师签字", "日期")]
    if r.addenda:
        out += [Spacer(1, 8), page.para("补充记录", page.style("h2", 12, spaceAfter=4))]
        extra = [
            [(f"补充 {n}", f"{a.at}　{a.author}\n{a.text}")] for n, a in enumerate(r.addenda, 1)
        ]
        out.append(grid(extra, width))
    out += [
        Spacer(1, 10),
        page.para("本记录属保密资料，仅限心理辅导室存档，不得外传。", page.style("note", 9)),
    ]
    return out


def page_header(r: SessionRecord) -> str:
    year = school_year_label(school_year_of(date.fromisoformat(r.date))) if r.date else ""
    return "　".join(x for x in (TITLE, r.class_name, year) if x)


def build(record: SessionRecord, info: page.PageInfo) -> page.Built:
    info = replace(info, header=info.header or page_header(record))
    return page.build_pdf(story(record), info)
