"""Reading a roster file into rows of raw cells keyed by field. No validation, no database.

The kind of file is told by its content, not its name: an XLSX workbook is a ZIP, an old
``.xls`` is an OLE2 compound file (refused with what to do), anything else must be text: CSV
(comma, tab or semicolon separated) in UTF-8 with or without BOM, GB18030 (what Excel saves on
a Chinese Windows), or UTF-16 with BOM (Excel's "Unicode text").

The header row is found among the first rows (a merged title row above it is common); rows
keep the number the user sees in Excel. Empty rows are skipped. A sheet without a 班级 column
(a head teacher's own class list) takes its class from its title row or its sheet name
(七年级(2)班学生名单). ``columns`` lists every column of the file: the field it is read as,
or why it is not read.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sxcounsel.core.textnorm import normalize_text
from sxcounsel.roster import columns
from sxcounsel.roster.layout import Layout
from sxcounsel.roster.problems import RosterFileError

HEADER_SEARCH_ROWS = 20
MAX_BYTES = 50_000_000
_ZIP, _OLE2 = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CLASS_IN_TITLE = re.compile(
    r"(?:[一二三四五六七八九]年级|高[一二三]|初[一二三])\s*[(（]?\s*[0-9]{1,2}\s*[)）]?\s*班"
)


@dataclass(frozen=True)
class Column:
    """One column of the file as the import reads it."""

    header: str  # as written (folded to one line)
    key: str | None  # the field it is read as; None when it is not read
    why: str = ""  # when not read: "unknown", "superseded", "own_phone"
    value: str = ""  # a field taken from the title (key class_name, header '')


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
    columns: list[Column] = field(default_factory=list)  # every column, first sheet first
    candidate: list[str] = field(default_factory=list)  # a row that may be an unknown header

    def header(self, key: str) -> str:
        return self.headers.get(key) or columns.label(key)


def read_roster(path: Path, layout: Layout | None = None) -> RosterTable:
    """The rows of a roster file; RosterFileError when it cannot be read as one."""
    path, layout = Path(path), layout or Layout()
    if path.is_dir():
        raise RosterFileError("roster.folder", path=str(path))
    if not path.exists():
        raise RosterFileError("roster.file_missing", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise RosterFileError("roster.file_empty", path=str(path))
    if size > MAX_BYTES:
        raise RosterFileError("roster.file_too_large", path=str(path), size=size)
    data = path.read_bytes()
    if data.startswith(_ZIP):
        return _read_xlsx(data, path, layout)
    if data.startswith(_OLE2):
        raise RosterFileError("roster.xls", path=str(path))
    return _read_csv(data, path, layout)


# -- XLSX -------------------------------------------------------------------------------------
def _read_xlsx(data: bytes, path: Path, layout: Layout) -> RosterTable:
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
            rows = ws.iter_rows(values_only=True)
            _add_sheet(table, rows, ws.title if several else "", layout, ws.title)
    except RosterFileError:
        raise
    except Exception as exc:  # damaged sheet XML inside the ZIP
        raise _not_a_spreadsheet(path, type(exc).__name__) from None
    finally:
        wb.close()
    if not table.sheets:
        raise _no_header(path, table)
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
    raise RosterFileError("roster.encoding", path=str(path))


def _delimiter(text: str) -> str:
    head = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    return max(",\t;", key=head.count)


def _read_csv(data: bytes, path: Path, layout: Layout) -> RosterTable:
    text, encoding = _decode(data, path)
    if not text.strip():
        raise RosterFileError("roster.file_empty", path=str(path))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    table = RosterTable("csv", encoding=encoding)
    try:
        _add_sheet(table, reader, "", layout, path.stem)
    except csv.Error as exc:
        raise RosterFileError(
            "roster.csv_damaged",
            path=str(path),
            line=reader.line_num,
            detail=str(exc),
        ) from None
    if not table.sheets:
        if encoding == "gb18030":
            raise RosterFileError(
                "roster.csv_no_header",
                path=str(path),
                headers=table.candidate,
                reason="no_header",
            )
        raise _no_header(path, table)
    return table


# -- both -------------------------------------------------------------------------------------
def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _add_sheet(table: RosterTable, rows, sheet: str, layout: Layout, title: str) -> None:
    """Find the header among the first rows, then collect the data rows below it."""
    mapping: dict[int, str] | None = None
    above: list[str] = [title]  # the sheet name and the rows above the header
    fixed: dict[str, str] = {}
    for number, cells in enumerate(rows, start=1):
        cells = list(cells)
        if mapping is None:
            if number > HEADER_SEARCH_ROWS:
                return  # no roster on this sheet (a notes sheet, a chart)
            if columns.looks_like_header(cells, layout):
                mapping, unread = columns.map_header(cells, layout)
                headers = [normalize_text(str(c)) if c is not None else "" for c in cells]
                if "class_name" not in mapping.values():
                    found = [m for m in map(_CLASS_IN_TITLE.search, reversed(above)) if m]
                    if found:
                        fixed["class_name"] = re.sub(r"\s", "", found[0][0])
                columns.check_required(
                    {**mapping, -1: "class_name"} if fixed else mapping, sheet, headers
                )
                _note_columns(table, headers, mapping, unread, fixed)
                table.sheets.append(sheet)
            else:
                texts = [str(c) for c in cells if not _blank(c)]
                above.extend(texts)
                if len(texts) >= 2 and not table.candidate:
                    table.candidate = [
                        normalize_text(str(c)) if c is not None else "" for c in cells
                    ]
            continue
        if all(_blank(c) for c in cells):
            continue
        values = {key: (cells[i] if i < len(cells) else None) for i, key in mapping.items()}
        values.update(fixed)
        table.rows.append(RosterRow(number, values, sheet))


def _note_columns(table, headers, mapping, unread, fixed) -> None:
    for i, key in mapping.items():
        table.headers.setdefault(key, headers[i])
    known = {(c.header, c.key) for c in table.columns}
    for i, text in enumerate(headers):
        col = Column(text, mapping.get(i), unread.get(i, ""))
        if (col.key or col.why) and (col.header, col.key) not in known:
            table.columns.append(col)
            known.add((col.header, col.key))
    if fixed and ("", "class_name") not in known:
        table.columns.append(Column("", "class_name", value=fixed["class_name"]))
        table.headers.setdefault("class_name", columns.label("class_name"))


def _no_header(path: Path, table: RosterTable) -> RosterFileError:
    return RosterFileError(
        "roster.no_header",
        path=str(path),
        headers=table.candidate,
        reason="no_header",
    )


def _not_a_spreadsheet(path: Path, detail: str = "") -> RosterFileError:
    return RosterFileError("roster.not_spreadsheet", path=str(path), detail=detail)
