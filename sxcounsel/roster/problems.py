"""What can be wrong with a roster file, as typed errors the CLI and GUI can show.

``RosterFileError``: the file as a whole cannot be read (not a spreadsheet, no header row,
a required column missing, an encoding that is neither UTF-8 nor GB18030). One sentence.

``RosterRowsInvalid``: some rows are wrong. Its message is the one-sentence summary; its
``problems`` name every bad row by the number the user sees in Excel, with the column and the
reason. Nothing of the file is imported while any row is wrong.

Each ``RowProblem`` carries a ``code`` (``roster.checksum``) and its facts (the column as the
file writes it, a length, the allowed words); ``core.texts`` builds its sentence in English or
Chinese from those (templates in ``core/texts/roster.py``), never from another sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sxcounsel.core import texts
from sxcounsel.core.errors import ValidationError

_UNKNOWN = "roster.invalid"  # a problem whose code has no template


class RosterFileError(ValidationError):
    kind = "roster_file"


def where(row: int, sheet: str, language: str) -> str:
    """'row 7' or 'row 7 (sheet 初一)' in ``language``."""
    if sheet:
        return texts.text("roster.row_sheet", language, row=row, sheet=sheet)
    return texts.text("roster.row", language, row=row)


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet row number as Excel shows it (CSV: the record number)
    column: str  # the header as written in the file (or the field's Chinese term)
    message: str  # one English sentence naming the field; never the cell's value
    reason: str = ""
    sheet: str = ""  # the worksheet, when the workbook has several
    code: str = ""  # roster.<what>: the template in core/texts/roster.py ('' = message only)
    facts: dict = field(default_factory=dict, compare=False)  # the template's other facts

    @property
    def where(self) -> str:
        return self.where_in("en")

    def where_in(self, language: str) -> str:
        return where(self.row, self.sheet, language)

    def text(self, language: str = "en") -> str:
        """The sentence in ``language`` ('en' or 'zh')."""
        if not self.code:
            return self.message
        code = self.code if texts.known(self.code) else _UNKNOWN
        return texts.text(code, language, column=self.column, **self.facts)


def row_problem(
    row: int, column: str, code: str, *, reason: str = "", sheet: str = "", **facts: object
) -> RowProblem:
    """A problem whose English message is built from its code's template."""
    message = texts.text(code if texts.known(code) else _UNKNOWN, "en", column=column, **facts)
    return RowProblem(row, column, message, reason, sheet, code, dict(facts))


class RosterRowsInvalid(ValidationError):
    kind = "roster_rows"

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.sheet, p.row))
        self.rows = len({(p.sheet, p.row) for p in problems})
        code = "roster.rows_invalid" if self.rows != 1 else "roster.row_invalid"
        super().__init__(code, rows=self.rows)

    def summary(self, language: str = "en") -> str:
        """The one-sentence summary ('3 rows are invalid; …') in ``language``."""
        return self.text(language)

    def lines(self, language: str = "en") -> list[str]:
        """One line per bad row: all of its problems, in column order of discovery."""
        grouped: dict[tuple[str, int], list[RowProblem]] = {}
        for p in self.problems:
            grouped.setdefault((p.sheet, p.row), []).append(p)
        out = []
        for group in grouped.values():
            colon = "：" if texts.chinese(language) else ": "
            parts = [f"{p.column}{colon}{p.text(language)}" for p in group]
            out.append(f"{group[0].where_in(language)}{colon}{texts.join(parts, language)}")
        return out
