"""The ledgers as XLSX workbooks, with the same columns as the printed tables.

The first sheet is the ledger (bold header row, frozen, column widths set); a second sheet
"说明" names the school, the ledger and who exported it when, plus any summary lines. Written in
openpyxl's write-only mode, so 10,000 rows stay quick and small in memory. Text that looks like
a formula (``=…``) is stored as text, never as a formula.

openpyxl streams each sheet through a scratch file, by default in the system temp folder. Here
that file goes in ``scratch_dir`` (the output's own folder, which gets the same rows anyway)
under a name that says nothing, and is removed whatever happens.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer

from sxcounsel.core.progress import Progress
from sxcounsel.reports.table import Column

_BOLD = Font(bold=True)


@dataclass(frozen=True)
class Sheet:
    """One more table sheet: its title, columns and rows."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]


_CENTER = Alignment(horizontal="center", vertical="center")


def _text_cell(ws: object, value: str) -> WriteOnlyCell | str:
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith("="):
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"
        return cell
    return value


@contextlib.contextmanager
def _scratch(wb: Workbook, scratch_dir: Path | None) -> Iterator[None]:
    """Give every sheet of ``wb`` created inside the block its scratch file in ``scratch_dir``."""
    made: list[str] = []
    create = wb.create_sheet

    def create_sheet(title: str) -> object:
        ws = create(title)
        if scratch_dir is None:
            return ws
        fd, name = tempfile.mkstemp(prefix=".tmp-", dir=scratch_dir)
        os.close(fd)
        made.append(name)
        _writer.ALL_TEMP_FILES.append(name)  # openpyxl's cleanup() removes it from there

        def get_writer() -> None:  # as WriteOnlyWorksheet._get_writer, with our file
            if ws._writer is None:
                ws._writer = _writer.WorksheetWriter(ws, out=name)
                ws._writer.write_top()

        ws._get_writer = get_writer
        return ws

    wb.create_sheet = create_sheet
    try:
        yield
    finally:
        for name in made:
            with contextlib.suppress(OSError):  # a scratch file an antivirus scan still holds
                os.remove(name)
            with contextlib.suppress(ValueError):
                _writer.ALL_TEMP_FILES.remove(name)


def workbook(
    sheet_title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    title: str,
    subtitle: str,
    school_name: str,
    exported_by: str,
    exported_at: datetime,
    notes: Sequence[str] = (),
    progress: Progress | None = None,
    scratch_dir: Path | None = None,
    extra: Sequence[Sheet] = (),
) -> bytes:
    """The ledger sheet, any ``extra`` sheets after it, then "说明"."""
    wb = Workbook(write_only=True)
    with _scratch(wb, scratch_dir):
        wb.properties.title = title
        wb.properties.creator = "sxcounsel"
        for n, sheet in enumerate([Sheet(sheet_title, columns, rows), *extra]):
            _add_sheet(wb, sheet, progress if n == 0 else None)
        about = (
            ("学校", school_name),
            ("台账", title),
            ("范围", subtitle),
            ("导出人", exported_by),
            ("导出时间", exported_at.strftime("%Y-%m-%d %H:%M")),
            ("说明", "内部资料 注意保密"),
        )
        _add_about(wb, about, notes)
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()


def _add_sheet(wb: Workbook, sheet: Sheet, progress: Progress | None) -> None:
    """A sheet with a bold, frozen header row, then its rows."""
    ws = wb.create_sheet(sheet.title)
    for i, c in enumerate(sheet.columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = c.xlsx_width
    ws.freeze_panes = "A2"
    header = []
    for c in sheet.columns:
        cell = WriteOnlyCell(ws, c.title)
        cell.font, cell.alignment = _BOLD, _CENTER
        header.append(cell)
    ws.append(header)
    try:
        _rows(ws, sheet.rows, progress)
    except BaseException:
        with contextlib.suppress(Exception):
            ws.close()  # end the sheet's stream before its scratch file goes
        raise


def _add_about(wb: Workbook, about: Sequence[tuple[str, str]], notes: Sequence[str]) -> None:
    """The "说明" sheet: label/value lines, then the notes."""
    sheet = wb.create_sheet("说明")
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 80
    for key, value in about:
        label = WriteOnlyCell(sheet, key)
        label.font = _BOLD
        sheet.append([label, _text_cell(sheet, value)])
    for line in notes:
        sheet.append(["", _text_cell(sheet, line)])


def _rows(ws: object, rows: Sequence[Sequence[str]], progress: Progress | None) -> None:
    if progress is not None:
        progress.start(len(rows), "export")
        progress.check()
    for n, row in enumerate(rows, 1):
        ws.append(
            [int(v) if i == 0 and v.isdigit() else _text_cell(ws, v) for i, v in enumerate(row)]
        )
        if progress is not None and n % 500 == 0:
            progress.advance(500)
