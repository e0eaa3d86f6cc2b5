"""Building roster files as schools have them (openpyxl / csv), valid or with chosen defects."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl

from sxcounsel.core.idcard import make_id_number

HEADER = [
    "序号",
    "学籍号",
    "姓名",
    "性别",
    "出生日期",
    "年级",
    "班级",
    "身份证号",
    "监护人",
    "联系电话",
    "家庭住址",
    "是否留守儿童",
]
SURNAMES = "王李张刘陈杨赵黄周吴"
GIVEN = "明华伟芳娜静强磊军洋"


def student(i: int, cls: str = "七年级(2)班", region: str = "610528") -> dict[str, object]:
    """A valid student ``i``: the 学籍号 is G + the 身份证号, as in the 学籍 system."""
    born = date(2012, 1 + i % 12, 1 + i % 28)
    id_number = make_id_number(region, born, i % 1000)
    return {
        "序号": i + 1,
        "学籍号": f"G{id_number}",
        "姓名": SURNAMES[i % 10] + GIVEN[(i // 10) % 10] + ("" if i % 3 else GIVEN[i % 10]),
        "性别": "男" if int(id_number[16]) % 2 else "女",
        "出生日期": datetime(born.year, born.month, born.day),
        "年级": cls[:3],
        "班级": cls,
        "身份证号": id_number,
        "监护人": "王建国",
        "联系电话": f"138{i:08d}",
        "家庭住址": "富平县庄里镇东街村3组",
        "是否留守儿童": "是" if i % 4 == 0 else "否",
    }


def write_xlsx(
    path: Path,
    rows: list[dict[str, object]],
    header: list[str] = HEADER,
    title: str | None = "富平县示范中学2025—2026学年学生花名册",
    sheet: str = "花名册",
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    fill_sheet(ws, rows, header, title)
    wb.save(path)
    return path


def fill_sheet(ws, rows: list[dict[str, object]], header: list[str], title: str | None) -> None:
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for r in rows:
        ws.append([r.get(h) for h in header])
    id_col = next((i for i, h in enumerate(header, 1) if "身份证" in h), None)
    if id_col:
        for (cell,) in ws.iter_rows(min_row=2, min_col=id_col, max_col=id_col):
            if isinstance(cell.value, str):
                cell.number_format = "@"  # text, as a careful teacher formats it


def csv_text(rows: list[dict[str, object]], header: list[str] = HEADER, delimiter=",") -> str:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow([_csv_cell(r.get(h)) for h in header])
    return out.getvalue()


def _csv_cell(value: object) -> object:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d")
    return "" if value is None else value


def write_csv(
    path: Path,
    rows: list[dict[str, object]],
    header: list[str] = HEADER,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    path.write_bytes(csv_text(rows, header, delimiter).encode(encoding))
    return path
