"""What can be wrong with a roster file, as typed errors the CLI and GUI can show.

``RosterFileError``: the file as a whole cannot be read (not a spreadsheet, no header row,
a required column missing, an encoding that is neither UTF-8 nor GB18030). One sentence.

``RosterRowsInvalid``: some rows are wrong. Its message is the one-sentence summary; its
``problems`` name every bad row by the number the user sees in Excel, with the column and the
reason. Nothing of the file is imported while any row is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from sxcounsel.core.errors import ValidationError


class RosterFileError(ValidationError):
    code = "roster_file"


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet row number as Excel shows it (CSV: the record number)
    column: str  # the header as written in the file (or the field's Chinese term)
    message: str  # one English sentence naming the field; never the cell's value
    reason: str = ""
    sheet: str = ""  # the worksheet, when the workbook has several

    @property
    def where(self) -> str:
        return f"row {self.row}" + (f" (sheet {self.sheet})" if self.sheet else "")


class RosterRowsInvalid(ValidationError):
    code = "roster_rows"

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.sheet, p.row))
        rows = {(p.sheet, p.row) for p in problems}
        n = len(rows)
        message = (
            f"{n} rows are invalid; nothing was imported."
            if n != 1
            else "1 row is invalid; nothing was imported."
        )
        super().__init__(message, rows=n)

    def lines(self) -> list[str]:
        """One line per bad row: all of its problems, in column order of discovery."""
        grouped: dict[tuple[str, int], list[RowProblem]] = {}
        for p in self.problems:
            grouped.setdefault((p.sheet, p.row), []).append(p)
        out = []
        for group in grouped.values():
            out.append(f"{group[0].where}: " + " ".join(f"{p.column}: {p.message}" for p in group))
        return out
