"""The county statistics report as an inspector signs it (issue 22): a sign-off block, no
orphaned punctuation, unbroken headers, charts whose axes fit their data and that say when
small counts are not drawn."""

from __future__ import annotations

import subprocess

import pytest
from PIL import Image

from sxcounsel.county.report import write_county_report
from sxcounsel.reports.county_report_pdf import MERGED_COLOUR, axis, bar_chart
from tests.services.county_casework import TODAY, YEAR, build_county_world

CLOSING = "。，、；：！？）》”’"


def text(path, mode: str) -> str:
    return subprocess.run(
        ["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_axis_is_a_nice_integer_scale_that_holds_the_data():
    assert axis(0) == (1, 5) and axis(3) == (1, 5) and axis(7) == (2, 8)
    assert axis(10) == (2, 10) and axis(23) == (5, 25) and axis(180) == (50, 200)
    for top in range(0, 400, 7):
        step, high = axis(top)
        assert high >= top and high % step == 0 and high // step <= 6


def test_a_chart_of_small_counts_says_why_it_has_no_bars():
    d = bar_chart("图2", ["9月", "10月"], {"": [2, 0]}, shown=2)
    strings = [s.text for s in d.contents if hasattr(s, "text")]
    assert "各项均少于 5，不绘出柱形" in strings and strings.count("<5") == 2
    assert any("少于 5 的数字不显示" in s for s in strings)


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory):
    root = tmp_path_factory.mktemp("countysign")
    cw = build_county_world(root / "w")
    out = root / "county.pdf"
    with cw.world.county() as (session, _):
        write_county_report(session, YEAR, out, today=TODAY)
    return out


def test_report_is_signed_off_and_reads_cleanly(report_pdf, tmp_path):
    layout = text(report_pdf, "-layout")
    pages = layout.split("\f")[:-1]
    last = "".join(pages[-1].split())
    for field in ("填报单位（盖章）：富平县中小学生心理健康教育指导中心", "负责人（签字）",
                  "填报人（签字）", "联系电话", "填报日期"):  # fmt: skip
        assert field in last, field
    # no line of any paragraph starts with closing punctuation (drawing order keeps lines)
    for line in text(report_pdf, "-raw").splitlines():
        assert not line.strip() or line.strip()[0] not in CLOSING, line
    # the header "重点关注 / 合计" breaks between the words, never inside one
    lines = pages[-1].splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip() == "重点关注")
    assert "重点关注合" not in layout and "计" not in [line.strip() for line in lines]
    assert any(line.strip() == "合计" for line in lines[header + 1 : header + 4])
    # charts: the note on suppression, a merged grey segment instead of missing cases
    charts = "".join(pages[1].split())
    assert charts.count("少于5的数字不显示") == 2 and "各项均少于5，不绘出柱形" in charts
    assert "其他（各少于5）" in charts
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "2", "-l", "2", str(report_pdf),
                    str(tmp_path / "charts")], check=True)  # fmt: skip
    image = Image.open(next(tmp_path.glob("charts*.png"))).convert("RGB")
    grey = MERGED_COLOUR.hexval()[2:]
    rgb = tuple(int(grey[i : i + 2], 16) for i in (0, 2, 4))
    assert sum(n for n, c in image.getcolors(1 << 20) if c == rgb) > 30
