"""The county statistics report as a PDF: totals, three charts, the per-school table.

Charts are reportlab.graphics drawings (vector, in the PDF itself): key-concern cases open at
each month's end by risk level (stacked bars), crisis events per month, and the schools by
home-visit coverage band. Axes run from 0 to a nice maximum with integer ticks; each bar
carries its printed value. A count below five draws no bar and reads "<5" (as in the tables);
in the stacked chart, levels below five of a month whose total is printable are drawn
together as one grey segment, and a note under each chart states the rule. The report ends
with the sign-off block (填报单位（盖章）, 负责人, 填报人, 联系电话, 填报日期).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from sxcounsel.reports import fonts
from sxcounsel.reports.county_report import (
    SMALL,
    SUPPRESSED,
    TITLE,
    CountyReport,
    cell,
    share,
)
from sxcounsel.reports.page import Built, PageInfo, build_pdf, frame_size, heading, para, style
from sxcounsel.reports.table import Column, RowsTable

LEVEL_COLORS = {
    "红": colors.HexColor("#c0392b"),
    "橙": colors.HexColor("#e67e22"),
    "黄": colors.HexColor("#d4ac0d"),
    "蓝": colors.HexColor("#2e86c1"),
}
OTHER = [colors.HexColor(c) for c in ("#7f8c8d", "#8e44ad", "#16a085", "#6d4c41")]
TEAL = colors.HexColor("#2f6b6f")
BANDS = ((0, 20), (20, 40), (40, 60), (60, 80), (80, 100), (100, 101))
CHART_W, CHART_H = 360, 165
NOTE_H = 14  # the suppression note under a chart
MERGED, MERGED_COLOUR = f"其他（各少于 {SMALL}）", colors.HexColor("#b0b0b0")
GREY = colors.HexColor("#555555")


def drawn(n: int) -> int | None:
    """What a chart draws for a count: a count below five is not drawn (no bar, not a zero)."""
    return n if n >= SMALL else None


def month_label(month: str) -> str:
    return f"{int(month[5:])}月"


def axis(top: float, least: int = SMALL) -> tuple[int, int]:
    """(step, maximum) of a count axis: integer ticks, 0 to a nice maximum >= the data."""
    high = max(top, least)
    step = nice_step(high / 5)
    return step, step * -(-int(high) // step)


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: dict[str, list[int]],
    palette: dict[str, colors.Color] | None = None,
    *,
    stacked: bool = False,
    suppress: bool = True,
    shown: int | None = None,
) -> Drawing:
    """Bars with each category's printed value above them (the first ``shown`` categories:
    the months of the report's period). With ``suppress`` a count below five draws no bar,
    its label reads "<5" and a note under the chart says so."""
    fonts.register()
    d = Drawing(CHART_W, CHART_H + 34 + NOTE_H)
    d.add(String(0, CHART_H + 20 + NOTE_H, title, fontName=fonts.BODY, fontSize=11))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 22 + NOTE_H, CHART_W - 40, CHART_H - 48
    names = list(series) or [""]
    raw = [series.get(n, [0] * len(categories)) for n in names]
    values = [[drawn(v) if suppress else v for v in row] for row in raw]
    totals = [sum(col) for col in zip(*raw, strict=True)] if raw else []
    if stacked and suppress:  # small parts of a printable total: one grey segment together
        parts = [sum(v or 0 for v in col) for col in zip(*values, strict=True)]
        rest = [t - p if t >= SMALL else 0 for t, p in zip(totals, parts, strict=True)]
        if any(rest):
            names, values = [*names, MERGED], [*values, [r or None for r in rest]]
    heights = [sum(v or 0 for v in col) for col in zip(*values, strict=True)] if values else []
    chart.data = values
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = fonts.BODY
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = fonts.BODY
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max(heights if stacked else (v or 0 for row in values for v in row), default=0)
    chart.valueAxis.valueStep, chart.valueAxis.valueMax = axis(top)
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.barSpacing = 1
    chart.groupSpacing = 6
    extra = iter(OTHER * 3)
    legend_pairs = []
    for i, name in enumerate(names):
        colour = (
            MERGED_COLOUR
            if name == MERGED
            else (palette or {}).get(name) or (TEAL if len(names) == 1 else next(extra))
        )
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
        legend_pairs.append((colour, name or "合计"))
    d.add(chart)
    slot = chart.width / max(len(categories), 1)
    scale = chart.height / chart.valueAxis.valueMax
    if stacked or len(names) == 1:  # each category's printed value on top of its bar
        for i in range(len(categories) if shown is None else shown):
            label = cell(totals[i]) if suppress else str(totals[i])
            x, y = chart.x + (i + 0.5) * slot, chart.y + heights[i] * scale + 2
            d.add(String(x, y, label, fontName=fonts.BODY, fontSize=7.5, fillColor=GREY,
                         textAnchor="middle"))  # fmt: skip
    if not any(heights):
        empty = f"各项均少于 {SMALL}，不绘出柱形" if suppress else "暂无数据"
        d.add(String(chart.x + chart.width / 2, chart.y + chart.height / 2, empty,
                     fontName=fonts.BODY, fontSize=10, fillColor=GREY, textAnchor="middle"))  # fmt: skip
    if suppress:
        what = "各月合计" if stacked else "各月数字"
        note = f"注：柱顶为{what}；少于 {SMALL} 的数字不显示，记为“{SUPPRESSED}”。"
        d.add(String(0, 2, note, fontName=fonts.BODY, fontSize=8, fillColor=GREY))
    if len(names) > 1:
        legend = Legend()
        legend.x, legend.y = 34, CHART_H + 6 + NOTE_H
        legend.fontName, legend.fontSize = fonts.BODY, 8.5
        legend.colorNamePairs = legend_pairs
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.variColumn = True  # each entry as wide as its name
        legend.autoXPadding = 16
        legend.deltax, legend.dx, legend.dy = 46, 8, 8
        d.add(legend)
    return d


def nice_step(raw: float) -> int:
    """1, 2, 5, 10, 20, 50, ... at least ``raw``."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if step * m >= raw:
                return step * m
        step *= 10


def coverage_bands(report: CountyReport) -> dict[str, int]:
    out = {}
    for low, high in BANDS:
        label = "100%" if low == 100 else f"{low}–{high - 1}%"
        out[label] = sum(
            1 for s in report.schools if s.students and low <= s.visited * 100 // s.students < high
        )
    return out


def charts(report: CountyReport) -> list[Flowable]:
    months = [month_label(m) for m in report.concerns_by_month.months]
    palette = {lv: LEVEL_COLORS.get(lv, OTHER[0]) for lv in report.levels}
    bands = coverage_bands(report)
    crises = report.crises_by_month
    until = report.as_of.strftime("%Y-%m")
    shown = sum(m <= until for m in report.concerns_by_month.months)
    return [
        side_by_side(bar_chart(
            "图1  各月末在册重点关注学生（按预警等级）",
            months,
            {lv: report.concerns_by_month.series.get(lv, [0] * 12) for lv in report.levels},
            palette,
            stacked=True,
            shown=shown,
        ), bar_chart("图2  各月心理危机事件（起）", months, {"": crises.total()}, shown=shown)),
        Spacer(1, 8),
        side_by_side(bar_chart(
            "图3  学校家访覆盖率分布（所）", list(bands), {"": list(bands.values())},
            suppress=False,
        ), Spacer(CHART_W, 10)),
    ]  # fmt: skip


def side_by_side(left: Flowable, right: Flowable) -> Table:
    half = frame_size(True)[0] / 2
    t = Table([[left, right]], colWidths=[half, half], hAlign="LEFT")
    t.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return t


def summary_table(report: CountyReport) -> Table:
    body = style("cell", 10)
    rows = [[para(k, body), fonts.printable(v)] for k, v in report.summary()]
    t = Table(rows, colWidths=[250, 90], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.BODY, 10),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ]
        )
    )
    return t


def school_columns(report: CountyReport) -> list[Column]:
    cols = [
        Column("序号", 3, 6, center=True),
        Column("学校", 16, 30),
        Column("在校学生", 5, 10, center=True),
    ]
    cols += [Column(f"{lv}色", 3.4, 7, center=True) for lv in report.levels]
    cols += [
        Column("重点关注\n合计", 5, 12, center=True),
        Column("研判逾期", 4.4, 10, center=True),
        Column("转介待回执", 4.8, 10, center=True),
        Column("未结危机", 4.4, 10, center=True),
        Column("本学年危机", 4.8, 10, center=True),
        Column("家访覆盖率", 5, 10, center=True),
        Column("未同步天数", 4.8, 10, center=True),
    ]
    return cols


def school_rows(report: CountyReport) -> list[list[str]]:
    rows = []
    for n, s in enumerate(report.schools, 1):
        row = [str(n), s.name, cell(s.students)]
        row += [cell(s.open_cases.get(lv, 0)) for lv in report.levels]
        row += [
            cell(sum(s.open_cases.values())),
            cell(s.overdue_reviews),
            cell(s.referrals_waiting),
            cell(s.open_crises),
            cell(s.crises_year),
            share(s.visited, s.students),
            str(s.days_silent),
        ]
        rows.append(row)
    return rows


def story(report: CountyReport) -> list[Flowable]:
    h2 = style("h2", 12.5, spaceBefore=6, spaceAfter=6)
    small = style("note", 9, textColor=colors.HexColor("#555555"))
    out: list[Flowable] = heading(
        TITLE, f"{report.county_name} · {report.year_label} · 截至 {report.as_of.isoformat()}"
    )
    notes = [para(n, small) for n in report.notes()]
    out += [para("一、全县概况", h2), side_by_side(summary_table(report), notes), Spacer(1, 6)]
    out += [CondPageBreak(CHART_H + 60), para("二、图表", h2), *charts(report)]
    out += [CondPageBreak(120), para("三、各校情况", h2)]
    out.append(
        RowsTable(
            school_columns(report),
            school_rows(report),
            max_row_height=frame_size(True)[1],
            empty_text="（尚无学校同步数据）",
            size=8.5,
        )
    )
    out += [Spacer(1, 14), sign_off(report)]
    return out


SIGN_OFF = ("填报单位（盖章）", "负责人（签字）", "填报人（签字）", "联系电话", "填报日期")


def sign_off(report: CountyReport) -> Flowable:
    """填报单位（盖章） with the unit's name and room for the stamp; then who signs, the phone
    and the date, on lines to write on."""
    body = style("sign", 10.5, leading=16)
    blank = "_" * 16
    unit = para(f"{SIGN_OFF[0]}：{report.county_name}", body)
    people = [para(f"{label}：{blank}", body) for label in SIGN_OFF[1:]]
    width = frame_size(True)[0]
    t = Table(
        [[unit, "", people[0], people[1]], ["", "", people[2], people[3]]],
        colWidths=[width * 0.42, width * 0.04, width * 0.27, width * 0.27],
        rowHeights=[34, 34],
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([t])


def build(report: CountyReport) -> Built:
    info = PageInfo(
        school_name=report.county_name,
        printed_by=report.printed_by,
        printed_at=report.printed_at,
        landscape=True,
        title=TITLE,
    )
    return build_pdf(story(report), info)
