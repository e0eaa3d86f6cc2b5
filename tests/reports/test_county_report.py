"""The de-identified county statistics report: PDF (read back with pdftotext / pdftoppm),
XLSX (read back with openpyxl) and the ``county report`` command."""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from sxcounsel.core.errors import ValidationError
from sxcounsel.county.report import write_county_report
from sxcounsel.reports import county_report
from sxcounsel.reports.county_report import cell
from sxcounsel.store.audit import verify_chain
from tests.services.county_casework import TODAY, YEAR, build_county_world
from tests.sync.syncworld import COUNTY_PASS, COUNTY_USER


@pytest.fixture(scope="module")
def cw(tmp_path_factory):
    return build_county_world(tmp_path_factory.mktemp("countyreport") / "w")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_cell_suppresses_small_counts():
    assert [cell(n) for n in (0, 1, 4, 5, 123)] == ["<5", "<5", "<5", "5", "123"]


def test_pdf_is_deidentified_with_small_cells_and_charts(cw, tmp_path):
    out = tmp_path / "county.pdf"
    with cw.world.county() as (session, _):
        printed = write_county_report(session, YEAR, out, today=TODAY)
        actions = [
            r[0]
            for r in session.store.conn.execute(
                "SELECT action FROM audit_log WHERE record_type = 'county_report'"
            )
        ]
        assert verify_chain(session.store.conn) is None
    assert printed.format == ".pdf" and printed.pages >= 2 and printed.rows == 2
    assert actions == ["print"]
    text = pdf_text(out)
    flat = "".join(text.split())
    for secret in cw.secrets:  # no student name, 学籍号 or record id anywhere
        assert secret not in flat, secret
    assert "中小学生心理健康工作统计报告" in flat and "2025—2026学年" in flat
    assert "富平县示范中学" in flat  # schools are named
    # school A: 7 红 (shown), 2 橙 (<5); school B: 1 黄 (<5); totals: 10 open cases
    row_a = next(line for line in text.splitlines() if "富平县示范中学" in line).split()
    assert row_a[2:6] == ["14", "7", "<5", "<5"]  # students, 红, 橙, 黄
    assert "<5" in next(line for line in text.splitlines() if "其中 橙色预警" in line)
    assert "10" in next(line for line in text.splitlines() if "重点关注学生（在册" in line)
    for title in ("图1", "图2", "图3", "9月", "8月", "100%"):
        assert title in flat
    # The charts are drawn: the page with them holds the 红 of the stacked bars (#c0392b).
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "2", "-l", "2", str(out),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    red = sum(n for n, (r, g, b) in image.getcolors(1 << 20) if abs(r - 0xC0) < 12 and g < 0x50 > b)
    assert red > 50


def test_xlsx_has_the_same_suppressed_figures(cw, tmp_path):
    out = tmp_path / "county.xlsx"
    with cw.world.county() as (session, _):
        printed = write_county_report(session, YEAR, out, today=TODAY)
        assert (
            session.store.conn.execute(
                "SELECT action FROM audit_log WHERE record_type = 'county_report'"
            ).fetchall()[-1][0]
            == "export"
        )
    assert printed.format == ".xlsx"
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["全县概况", "各校情况", "月度", "说明"]
    values = [str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v]
    joined = "\n".join(values)
    for secret in cw.secrets:
        assert secret not in joined, secret
    schools = list(wb["各校情况"].iter_rows(values_only=True))
    assert schools[1][1] == "富平县示范中学" and schools[1][2:6] == ("14", "7", "<5", "<5")
    assert schools[2][2] == "<5"  # school B: 3 students
    monthly = {row[0]: row[1:] for row in wb["月度"].iter_rows(values_only=True)}
    assert monthly["月末在册重点关注（红色）"][6] == "7"
    assert monthly["心理危机事件（起）"][3] == "<5"


def test_bad_output_and_year_are_refused_without_a_file(cw, tmp_path):
    with cw.world.county() as (session, _):
        with pytest.raises(ValidationError, match=r"must end in \.pdf or \.xlsx"):
            write_county_report(session, YEAR, tmp_path / "county.docx")
        with pytest.raises(ValidationError, match="school year 25"):
            write_county_report(session, 25, tmp_path / "county.pdf")
    assert list(tmp_path.iterdir()) == []


def test_report_command(cw, tmp_path, monkeypatch, capsys):
    from sxcounsel.cli_county_report import register_report

    parser = argparse.ArgumentParser()
    parser.add_argument("--home", type=Path)
    sub = parser.add_subparsers(dest="command")
    county = sub.add_parser("county").add_subparsers(dest="county_command")

    def add(name, func, help, parent):
        sp = parent.add_parser(name, help=help)
        sp.set_defaults(func=func)
        return sp

    register_report(county, add)
    monkeypatch.setenv("SXCOUNSEL_USER", COUNTY_USER)
    monkeypatch.setenv("SXCOUNSEL_PASSPHRASE", COUNTY_PASS)
    out = tmp_path / "report.pdf"
    args = parser.parse_args(
        ["--home", str(cw.world.county_home), "county", "report", "--year", "2025", "-o", str(out)]
    )
    assert args.func(args) == 0
    assert "Wrote" in capsys.readouterr().out and out.read_bytes().startswith(b"%PDF")
    assert county_report.SUPPRESSED in pdf_text(out)
