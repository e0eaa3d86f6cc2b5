"""The county statistics report as an XLSX workbook (the same de-identified figures).

Sheets: 全县概况 (totals), 各校情况 (per school), 月度 (key-concern cases and crises by
month), 说明 (scope, who exported it when, the suppression rule). Counts below five read "<5"
in every sheet, exactly as in the PDF.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from sxcounsel.reports.county_report import TITLE, CountyReport, cell
from sxcounsel.reports.county_report_pdf import month_label, school_columns, school_rows

_BOLD = Font(bold=True)
_CENTER = Alignment(horizontal="center", vertical="center")


def _header(ws: object, titles: list[str]) -> list[WriteOnlyCell]:
    out = []
    for t in titles:
        c = WriteOnlyCell(ws, t)
        c.font, c.alignment = _BOLD, _CENTER
        out.append(c)
    return out


def build(report: CountyReport) -> bytes:
    wb = Workbook(write_only=True)
    wb.properties.title = TITLE
    wb.properties.creator = "sxcounsel"

    ws = wb.create_sheet("全县概况")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 14
    ws.append(_header(ws, ["项目", "数值"]))
    for label, value in report.summary():
        ws.append([label.strip("　"), value])

    ws = wb.create_sheet("各校情况")
    columns = school_columns(report)
    for i, c in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = c.xlsx_width
    ws.freeze_panes = "C2"
    ws.append(_header(ws, [c.title.replace("\n", "") for c in columns]))
    for row in school_rows(report):
        ws.append([int(row[0]), *row[1:]])

    ws = wb.create_sheet("月度")
    ws.column_dimensions["A"].width = 24
    months = report.concerns_by_month.months
    ws.append(_header(ws, ["项目", *[f"{m[:4]}年{month_label(m)}" for m in months]]))
    for lv in report.levels:
        values = report.concerns_by_month.series.get(lv, [0] * len(months))
        ws.append([f"月末在册重点关注（{lv}色）", *map(cell, values)])
    ws.append(["心理危机事件（起）", *map(cell, report.crises_by_month.total())])

    about = wb.create_sheet("说明")
    about.column_dimensions["A"].width = 14
    about.column_dimensions["B"].width = 90
    for key, value in (
        ("单位", report.county_name),
        ("报告", TITLE),
        ("学年", report.year_label),
        ("导出人", report.printed_by),
        ("导出时间", report.printed_at.strftime("%Y-%m-%d %H:%M")),
        ("说明", "内部资料 注意保密"),
    ):
        label = WriteOnlyCell(about, key)
        label.font = _BOLD
        about.append([label, value])
    for line in report.notes():
        about.append(["", line])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
