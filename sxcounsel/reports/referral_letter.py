"""心理危机学生转介单: 学校留存页, and for the guardian a letter (就医建议告知书) with a tear-off
就医回执 carrying the referral number printed and as a QR code, so the receipt can be matched to
the referral when it comes back.

The school's copy is an internal record (保密 mark, 打印人, ISO dates). The guardian's pages are a
letter a parent takes home: a neutral title, no internal markings, no page footer, dates written
as 2025年10月21日, the school's contact, and a receipt the hospital signs and stamps.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import partial

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)

from sxcounsel.reports import fonts
from sxcounsel.reports.form import grid
from sxcounsel.reports.page import (
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    Built,
    NumberedCanvas,
    PageInfo,
    decorate,
    document_options,
    frame_size,
    heading,
    para,
    right_note,
    signature_line,
    style,
)

TITLE = "心理危机学生转介单"
LETTER_TITLE = "就医建议告知书"  # the guardian's copy: says what it is, names no condition
RECEIPT_TITLE = "就医回执"
RETURN_NOTE = "请就诊后将此回执交回学校心理辅导室"
COPIES_NOTE = (
    "说明：本转介单一式两份。学校留存页由心理辅导室存档；监护人留存页（就医建议告知书）"
    "连同回执交监护人。"
    "监护人陪同学生就诊后，请将回执交回学校心理辅导室，学校凭转介编号登记。"
)


@dataclass(frozen=True)
class ReferralLetter:
    school_name: str
    number: str  # ZJ2025-001
    issued_on: str
    student_name: str
    gender: str
    class_name: str
    birth_date: str
    guardian: str  # 李桂兰（祖母）
    guardian_phone: str
    institution: str  # 富平县医院 心理科
    institution_contact: str  # address and phone, may be empty
    reason: str
    symptoms: str
    risk_level: str
    consent: str  # 李桂兰（祖母）于 2025-09-12 书面同意; '' when not yet given
    issued_by: str
    school_phone: str = ""  # the counseling room's phone; a line to write one when empty


_SPACE_IN_CJK = re.compile(
    r"(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])\s+(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])"
)


def compact(text: str) -> str:
    """Spaces between Chinese characters removed: "富平县医院 心理科" -> "富平县医院心理科"."""
    return _SPACE_IN_CJK.sub("", (text or "").strip())


def letter_date(iso: str) -> str:
    """A date as a letter writes it: "2025-10-21" -> "2025年10月21日" (other text unchanged)."""
    m = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", (iso or "").strip())
    return f"{m[1]}年{int(m[2])}月{int(m[3])}日" if m else iso


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in "。！？；.!?" else text + "。"


def advice(institution: str) -> str:
    """建议到富平县医院心理科就诊 (a name without a department gets 心理科或精神科)."""
    place = compact(institution)
    if not place.endswith("科"):
        place += "心理科或精神科"
    return f"建议到{place}就诊。"


class CutLine(Flowable):
    """A dashed line across the page with "沿此线剪下" in the middle."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width = aW
        return aW, 16

    def draw(self) -> None:
        c, label = self.canv, "沿此线剪下"
        c.saveState()
        c.setStrokeColor(GREY)
        c.setDash(4, 3)
        c.setFont(fonts.BODY, 9)
        c.setFillColor(GREY)
        gap = fonts.width(label, 9) / 2 + 8
        mid = self.width / 2
        c.line(0, 8, mid - gap, 8)
        c.line(mid + gap, 8, self.width, 8)
        c.drawCentredString(mid, 5, label)
        c.restoreState()


def qr_code(value: str, size: float = 32 * mm) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        size,
        size,
        transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0],
        initialFontName=fonts.BODY,  # never reference an unembedded base font
    )
    drawing.add(widget)
    return drawing


def _number(r: ReferralLetter) -> Flowable:
    return right_note(f"转介编号：{r.number}")


def school_copy(r: ReferralLetter, width: float) -> list[Flowable]:
    rows = [
        [("学生姓名", r.student_name), ("性别", r.gender)],
        [("班级", r.class_name), ("出生日期", r.birth_date)],
        [("监护人", r.guardian), ("联系电话", r.guardian_phone)],
        [("预警等级", r.risk_level), ("开具日期", r.issued_on)],
        [("转介原因", r.reason)],
        [("主要表现", r.symptoms or "—")],
        [("转介机构", "　".join(x for x in (compact(r.institution), r.institution_contact) if x))],
        [("转介建议", advice(r.institution))],
        [("监护人知情同意", r.consent or "（待监护人签字同意）")],
        [("开具教师", r.issued_by), ("学校", r.school_name)],
    ]
    out = heading(TITLE, "（学校留存页）")
    out += [_number(r), Spacer(1, 4), grid(rows, width, label=96), Spacer(1, 16)]
    out.append(signature_line("监护人签字", "联系电话", "日期"))
    out.append(signature_line("心理辅导教师签字", "日期"))
    out.append(right_note("学校（盖章）　　　　　　"))
    out += [Spacer(1, 24), para(COPIES_NOTE, style("copies", 9.5, textColor=GREY))]
    return out


def contact_line(r: ReferralLetter) -> str:
    phone = r.school_phone.strip() or "_" * 16
    return f"联系方式：{r.school_name}心理辅导室　电话：{phone}"


def guardian_copy(r: ReferralLetter, width: float) -> list[Flowable]:
    """The letter to the guardian and the tear-off receipt (one page, on the plain template)."""
    body = style("letter", 11, firstLineIndent=22, leading=19, spaceAfter=4)
    guardian = r.guardian.split("（")[0] or "家长"
    observed = _sentence(r.reason) + (f"主要表现为：{_sentence(r.symptoms)}" if r.symptoms else "")
    out: list[Flowable] = [
        NextPageTemplate(LETTER),
        PageBreak(),
        *heading(LETTER_TITLE, "（监护人留存页）"),
        right_note(f"编号：{r.number}"),
        para(f"尊敬的{guardian}：", style("dear", 11, leading=19)),
        para(
            f"您好！经学校心理辅导室观察和评估，您的孩子{r.student_name}（{r.class_name}）"
            f"近期的情况是：{observed}",
            body,
        ),
        para(
            f"为了孩子的身心健康，{advice(r.institution)}请您尽快陪同孩子就诊，就诊时携带本页，"
            "请医生填写下方回执并签字盖章，就诊后将回执交回学校心理辅导室，"
            "并将就诊情况及时告知班主任或心理辅导室。学校将对孩子的情况严格保密。",
            body,
        ),
    ]
    if r.institution_contact:
        out.append(para(f"就诊机构：{compact(r.institution)}　{r.institution_contact}", body))
    out.append(para(f"如有疑问，请与我们联系。{contact_line(r)}", body))
    out += [
        Spacer(1, 6),
        right_note(f"{r.school_name}心理辅导室"),
        right_note(letter_date(r.issued_on)),
        Spacer(1, 6),
        CutLine(),
        Spacer(1, 6),
        KeepTogether(receipt(r, width)),
    ]
    return out


def receipt(r: ReferralLetter, width: float) -> list[Flowable]:
    big = style("number", 15, leading=22)
    note = style("note", 10.5, textColor=colors.HexColor("#c0392b"))
    top = Table(
        [
            [
                [
                    para(RECEIPT_TITLE, style("rt", 14, leading=20)),
                    para(f"转介编号：{r.number}", big),
                    para(RETURN_NOTE, note),
                ],
                qr_code(r.number),
            ]
        ],
        colWidths=[width - 36 * mm, 36 * mm],
        style=[
            ("FONT", (0, 0), (-1, -1), fonts.BODY, 10),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ],
    )
    rows = [
        [("学生姓名", r.student_name), ("班级", r.class_name)],
        [("就诊机构", compact(r.institution))],
        [("就诊日期", ""), ("科室", "")],
        [("诊断/评估意见", "\n\n\n")],
        [("医生建议", "\n\n")],
        [("医生签字", "\n\n\n\n"), ("医院（盖章）", "\n\n\n\n")],
    ]
    return [
        top,
        Spacer(1, 4),
        grid(rows, width, label=96),
        Spacer(1, 8),
        signature_line("监护人签字", "联系电话", "日期"),
        para(f"{r.school_name}心理辅导室", style("sc", 10, align=TA_CENTER)),
    ]


def story(r: ReferralLetter) -> list[Flowable]:
    width = frame_size(False)[0]
    return [*school_copy(r, width), *guardian_copy(r, width)]


# -- the document: the internal page for the school's copy, a plain page for the letter ------
SCHOOL, LETTER = "school", "letter"


class _LetterCanvas(NumberedCanvas):
    """Numbers the school's pages only ("第 1 页 / 共 1 页"); the letter's pages stay plain."""

    def __init__(self, *args: object, plain: list[int], **kw: object) -> None:
        super().__init__(*args, **kw)
        self.sx_plain, self._sx_plain_pages = False, plain

    def showPage(self) -> None:
        if self.sx_plain:
            self._sx_plain_pages.append(self._pageNumber)
            Canvas.showPage(self)
        else:
            super().showPage()


def _plain(canv: Canvas, doc: BaseDocTemplate) -> None:
    canv.sx_plain = True


def _internal(info: PageInfo, canv: Canvas, doc: BaseDocTemplate) -> None:
    canv.sx_plain = False
    decorate(info, canv, doc)


def build(letter: ReferralLetter, info: PageInfo) -> Built:
    fonts.register()
    buf = io.BytesIO()
    w, h = A4
    doc = BaseDocTemplate(buf, **document_options(info))  # a letter: portrait A4
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, w - 2 * MARGIN_X, h - MARGIN_TOP - MARGIN_BOTTOM)
    doc.addPageTemplates(
        [
            PageTemplate(SCHOOL, [frame], onPage=partial(_internal, info)),
            PageTemplate(LETTER, [frame], onPage=_plain),
        ]
    )
    numbered: list[int] = []
    plain: list[int] = []
    doc.build(
        story(letter), canvasmaker=partial(_LetterCanvas, info=info, pages=numbered, plain=plain)
    )
    return Built(buf.getvalue(), numbered[0] + len(plain))
