"""The recovery key sheet printed once by the first-run wizard."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from sxcounsel.reports import fonts
from sxcounsel.reports.form import grid
from sxcounsel.reports.page import (
    Built,
    PageInfo,
    build_pdf,
    frame_size,
    heading,
    markup,
    para,
    style,
)

TITLE = "数据恢复密钥"
INSTRUCTIONS = (
    "当所有账号的口令都遗忘时，凭此密钥可以重新打开本校的心理辅导记录。",
    "请将本页锁入保险柜或档案柜，与电脑分开保管；不要拍照，不要存放在电脑或手机中。",
    "输入密钥时不区分大小写，短横线可以省略。",
    "如果此密钥和所有账号的口令全部丢失，任何人（包括软件开发者）都无法再打开这些记录。",
    "更换负责人时，请当面交接本页，并在交接记录上签字。",
)


@dataclass(frozen=True)
class RecoverySheet:
    school_name: str
    school_code: str
    recovery_key: str  # XXXX-XXXX-… (8 groups)
    made_on: str


def key_table(key: str, width: float) -> Table:
    """The key in groups of four, large and monospaced, two rows of boxes."""
    fonts.register_mono()
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    rows = [groups[:half], groups[half:] + [""] * (2 * half - len(groups))]
    cell = width / half
    return Table(
        rows,
        colWidths=[cell] * half,
        rowHeights=[16 * mm, 16 * mm],
        style=[
            ("FONT", (0, 0), (-1, -1), fonts.MONO, 22, 26),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
            ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
        ],
    )


def story(s: RecoverySheet) -> list[Flowable]:
    width = frame_size(False)[0]
    out = heading(f"{s.school_name} {TITLE}", "心理辅导记录系统（sxcounsel）")
    out += [
        grid([[("学校名称", s.school_name), ("学校标识码", s.school_code)]], width),
        Spacer(1, 14),
    ]
    out.append(para("恢复密钥：", style("k", 12)))
    out += [Spacer(1, 4), key_table(s.recovery_key, width), Spacer(1, 16)]
    body = style("body", 11, leading=19, leftIndent=18, bulletIndent=0)
    out += [
        Paragraph(markup(line), body, bulletText=f"{n}.") for n, line in enumerate(INSTRUCTIONS, 1)
    ]
    out += [Spacer(1, 16), para(f"制作日期：{s.made_on}", style("d", 11))]
    out.append(
        para("保管人签字：______________　　日期：______________", style("s", 11, leading=28))
    )
    return out


def build(sheet: RecoverySheet, info: PageInfo) -> Built:
    return build_pdf(story(sheet), info)
