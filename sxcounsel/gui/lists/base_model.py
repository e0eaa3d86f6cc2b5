"""The table model every record list shares: light rows in, sorted and filtered rows out.

A family model (students_model.py, sessions_model.py, ...) says which columns it shows, how a
row reads and sorts, what its search key is and how its rows are loaded from the services.

Sorting and filtering happen here, in Python, over the whole row list at once (a sort key
list, a list comprehension over the search keys): with 100,000 rows that takes a few
milliseconds, whereas letting QSortFilterProxyModel ask Python about every row
(``filterAcceptsRow``, ``lessThan``) costs 2-10 µs per call, a second per keystroke. The
filter proxy (filter_proxy.py) decides *what* matches and hands the result here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sxcounsel.services.account_session import Session

Index = QModelIndex | QPersistentModelIndex
Row = Any  # a NamedTuple of services/listing.py
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TOOLTIP_FROM = 6  # longer cells may be elided on screen: their whole text is the tooltip

# Text tones (style.qss palette): overdue / urgent, attention, calm.
ALERT, WARN, MUTED = QColor("#a8322d"), QColor("#9a5b0c"), QColor("#5f6763")


@dataclass(frozen=True)
class Column:
    title: str  # already translated
    text: Callable[[Row], str]
    key: Callable[[Row], Any] | None = None  # sort key; default: the text
    width: int = 110  # default width in pixels
    numeric: bool = False  # right-aligned, and so is its header
    level: bool = False  # a risk level: drawn as a coloured chip (gui/widgets/level_chip.py)


@dataclass(frozen=True)
class QuickFilter:
    """A combo box over the list: 'every …' plus options computed from the loaded rows."""

    name: str  # stable, for tests and the dashboard: "class", "risk", "status", "period"
    every: str  # the first entry, e.g. 全部班级
    options: Callable[[Sequence[Row]], list[tuple[str, Callable[[Row], bool]]]]


def search_key(plain: Sequence[str], alternatives: Sequence[str] = ()) -> str:
    """What filter_proxy.matches looks in: plain fields (found anywhere), then pinyin keys
    and other alternatives, each found from its start."""
    return "\x00".join(plain) + "".join(f"\x01{a}" for a in alternatives if a)


class RecordTableModel(QAbstractTableModel):
    # Set by each family model.
    list_key: ClassVar[str] = ""  # navigation key; also names the remembered column widths
    record_kind: ClassVar[str] = ""  # what ctx.open_record opens for a row
    refresh_on: ClassVar[frozenset[str]] = frozenset()  # RecordBus kinds that change the list
    # (action, kind) in the role table that shows the "New …" button; None: no such button
    creates: ClassVar[tuple[str, str] | None] = None
    levels: tuple[str, ...] = ()  # the school's risk levels, for the level chips' colours

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.columns: list[Column] = self.make_columns()
        self._rows: list[Row] = []
        self._keys: list[str] = []
        self._order: list[int] = []  # indices of _rows in sort order
        self._accepted: list[bool] | None = None  # None: every row
        self._shown: list[int] = []  # indices of _rows on screen, in order

    # -- what a family model provides -----------------------------------------------------------
    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def load(self, session: Session) -> list[Row]:
        """Read the rows from the services (a read operation, on its own connection, off the
        GUI thread: no Qt calls)."""
        raise NotImplementedError

    def load_first(self, session: Session) -> list[Row] | None:
        """A first screenful read quickly (before ``load``) for very long lists, or None."""
        return None

    def row_key(self, row: Row) -> str:
        raise NotImplementedError

    def quick_filters(self) -> list[QuickFilter]:
        return []

    def tone(self, row: Row, column: int) -> QColor | None:
        """A text colour for a cell (overdue reviews, long waits), or None."""
        return None

    def new_label(self) -> str:
        """The text of the 'New …' button ('' for none)."""
        return ""

    def fetch(self, session: Session) -> tuple[list[Row], list[str]]:
        """``load`` and the rows' search keys, both off the GUI thread."""
        rows = self.load(session)
        return rows, [self.row_key(r) for r in rows]

    def fetch_first(self, session: Session) -> tuple[list[Row], list[str]] | None:
        rows = self.load_first(session)
        return None if rows is None else (rows, [self.row_key(r) for r in rows])

    # -- rows -------------------------------------------------------------------------------------
    def set_rows(self, rows: list[Row], keys: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._keys = keys if keys is not None else [self.row_key(r) for r in rows]
        self._order = list(range(len(rows)))
        self._accepted = None
        self._shown = self._order
        self.endResetModel()

    @property
    def rows(self) -> list[Row]:
        return self._rows

    @property
    def keys(self) -> list[str]:
        return self._keys

    def total(self) -> int:
        return len(self._rows)

    def row_at(self, shown_row: int) -> Row:
        return self._rows[self._shown[shown_row]]

    def shown_row_of(self, record_id: str) -> int:
        """The on-screen row of a record, or -1."""
        for n, i in enumerate(self._shown):
            if self._rows[i].id == record_id:
                return n
        return -1

    def show_only(self, accepted: list[bool] | None) -> None:
        """Show the rows whose flag is set (None: all), keeping the sort order."""
        self.beginResetModel()
        self._accepted = accepted
        self._refresh_shown()
        self.endResetModel()

    def _refresh_shown(self) -> None:
        acc = self._accepted
        self._shown = self._order if acc is None else [i for i in self._order if acc[i]]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        col = self.columns[column]
        key = col.key or col.text
        keys: list[Any] = [key(r) for r in self._rows]
        try:  # a column of few distinct values (class, form, level): sort small numbers
            distinct = set(keys)
        except TypeError:  # unhashable keys: sorted as they are
            distinct = None
        if distinct is not None and len(distinct) * 4 < len(keys):
            rank = {k: i for i, k in enumerate(sorted(distinct))}
            keys = [rank[k] for k in keys]
        self.beginResetModel()
        self._order = sorted(
            range(len(keys)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._refresh_shown()
        self.endResetModel()

    # -- QAbstractTableModel ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._shown[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[column].text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.columns[column].text(row)
            return text if len(text) > TOOLTIP_FROM else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.tone(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[column].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
