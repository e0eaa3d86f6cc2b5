"""Reading a roster file into rows of raw cells keyed by field. No validation, no database.

The kind of file is told by its content, not its name: an XLSX workbook is a ZIP, an old
``.xls`` is an OLE2 compound file (refused with what to do), anything else must be text: CSV
(comma, tab or semicolon separated) in UTF-8 with or without BOM, GB18030 (what Excel saves on
a Chinese Windows), or UTF-16 with BOM (Excel's "Unicode text").

The header row is found among the first rows (a merged title row above it is common); rows
keep the number the user sees in Excel. Empty rows are skipped.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sxcounsel.core.textnorm import normalize_text
from sxcounsel.roster import columns
from sxcounsel.roster.problems import RosterFileError

HEADER_SEARCH_ROWS = 20
MAX_BYTES = 50_000_000
_ZIP, _OLE2 = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class RosterRow:
    number: int  # as Excel shows it: the header of a sheet with a title row is row 2
    cells: dict[str, object]  # field -> raw cell (None, str, int, float, datetime)
    sheet: str = ""


@dataclass
class RosterTable:
    kind: str  # "xlsx" or "csv"
    rows: list[RosterRow] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # field -> header as written
    encoding: str = ""
    sheets: list[str] = field(default_factory=list)  # worksheets that held a roster

    def header(self, key: str) -> str:
        return self.headers.get(key) or columns.label(key)


def read_roster(path: Path) -> RosterTable:
    """The rows of a roster file; RosterFileError when it cannot be read as one."""
    path = Path(path)
    if path.is_dir():
        raise RosterFileError(
            "The path is a folder, not a roster file; choose an XLSX or CSV file.", path=str(path)
        )
    if not path.exists():
        raise RosterFileError("The roster file does not exist.", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise RosterFileError("The roster file is empty.", path=str(path))
    if size > MAX_BYTES:
        raise RosterFileError(
            "The roster file is larger than 50 MB; split it by grade and import each part.",
            path=str(path),
            size=size,
        )
    data = path.read_bytes()
    if data.startswith(_ZIP):
        return _read_xlsx(data, path)
    if data.startswith(_OLE2):
        raise RosterFileError(
            "The file is an old Excel .xls workbook; open it in Excel or WPS, save it as .xlsx "
            "and import that file.",
            path=str(path),
        )
    return _read_csv(data, path)


# -- XLSX -------------------------------------------------------------------------------------
def _read_xlsx(data: bytes, path: Path) -> RosterTable:
    import openpyxl  # imported on use: the CLI starts faster without it

    table = RosterTable("xlsx")
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a ZIP that is no workbook (.docx, .zip) or a damaged one
        raise _not_a_spreadsheet(path, type(exc).__name__) from None
    try:
        sheets = [ws for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        several = len(sheets) > 1
        for ws in sheets:
            ws.reset_dimensions()  # a wrong <dimension> tag must not cut rows off
            _add_sheet(table, ws.iter_rows(values_only=True), ws.title if several else "")
    except RosterFileError:
        raise
    except Exception as exc:  # damaged sheet XML inside the ZIP
        raise _not_a_spreadsheet(path, type(exc).__name__) from None
    finally:
        wb.close()
    if not table.sheets:
        raise _no_header(path)
    return table


# -- CSV --------------------------------------------------------------------------------------
def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    else:
        if b"\x00" in data[:4096]:
            raise _not_a_spreadsheet(path)
        candidates = ("utf-8-sig", "gb18030")
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise RosterFileError(
        "The file is neither an XLSX workbook nor CSV text in UTF-8 or GB18030; save it again "
        "from Excel or WPS as .xlsx or as CSV.",
        path=str(path),
    )


def _delimiter(text: str) -> str:
    head = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    return max(",\t;", key=head.count)


def _read_csv(data: bytes, path: Path) -> RosterTable:
    text, encoding = _decode(data, path)
    if not text.strip():
        raise RosterFileError("The roster file is empty.", path=str(path))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    table = RosterTable("csv", encoding=encoding)
    try:
        _add_sheet(table, reader, "")
    except csv.Error as exc:
        raise RosterFileError(
            "The CSV file is damaged (a quoted cell is not closed); save it again from Excel.",
            path=str(path),
            line=reader.line_num,
            detail=str(exc),
        ) from None
    if not table.sheets:
        if encoding == "gb18030":
            raise RosterFileError(
                "The CSV file has no header row that can be read; if it was saved in an "
                "encoding other than UTF-8 or GB18030, save it again from Excel as CSV UTF-8.",
                path=str(path),
            )
        raise _no_header(path)
    return table


# -- both -------------------------------------------------------------------------------------
def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _add_sheet(table: RosterTable, rows, sheet: str) -> None:
    """Find the header among the first rows, then collect the data rows below it."""
    mapping: dict[int, str] | None = None
    for number, cells in enumerate(rows, start=1):
        cells = list(cells)
        if mapping is None:
            if number > HEADER_SEARCH_ROWS:
                return  # no roster on this sheet (a notes sheet, a chart)
            if columns.looks_like_header(cells):
                mapping = columns.map_header(cells)
                columns.check_required(mapping, sheet)
                for i, key in mapping.items():
                    table.headers.setdefault(key, normalize_text(str(cells[i])))
                table.sheets.append(sheet)
            continue
        if all(_blank(c) for c in cells):
            continue
        values = {key: (cells[i] if i < len(cells) else None) for i, key in mapping.items()}
        table.rows.append(RosterRow(number, values, sheet))


def _no_header(path: Path) -> RosterFileError:
    return RosterFileError(
        "The file has no header row with columns such as 学籍号, 姓名, 性别 and 班级.",
        path=str(path),
    )


def _not_a_spreadsheet(path: Path, detail: str = "") -> RosterFileError:
    return RosterFileError(
        "The file is not a spreadsheet that can be read (XLSX or CSV).",
        path=str(path),
        detail=detail,
    )
