"""The filter in front of every record list: what the search box and the quick filters keep.

A query matches a row the way ``sxcounsel students find`` (services/search.py) matches a
student: any part of the name, 学籍号, class (七年级2班 is read as 七年级(2)班) or record
number; and, when it is Latin letters, the start of the full pinyin (``zhangxiaoming``,
spaces and apostrophes ignored, ü typed as v or u) or of the initials (``zxm``). The pinyin
keys are the ones the services store beside every student (services/name_keys.py).

The matching runs over the model's precomputed search keys in one pass and the model shows
the result (see base_model.py for why the proxy does not ask about rows one by one). Sorting
is forwarded to the model for the same reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.textnorm import normalize_text
from sxcounsel.gui.lists.base_model import ID_ROLE, RecordTableModel, Row
from sxcounsel.services import student_fields as sf

_PINYIN = re.compile(r"[a-z]+")
_PINYIN_NOISE = re.compile(r"[\s'’]")


def needles(query: str) -> list[str]:
    """The strings whose presence in a search key makes a row match ``query`` ([]: all)."""
    q = normalize_text(query) if isinstance(query, str) else ""
    if not q:
        return []
    letters = _PINYIN_NOISE.sub("", q).lower()
    if _PINYIN.fullmatch(letters):
        # the start of a pinyin/initials key, or part of a 学籍号 / number (upper case)
        return [f"\x01{letters}", letters.upper()]
    found = [q]
    if q.isascii():
        found.append(q.upper())
    try:
        canon = sf.class_name(q)
    except ValidationError:
        canon = q
    if canon and canon != q:
        found.append(canon)
    return list(dict.fromkeys(found))


def matches(keys: Sequence[str], query: str, within: list[bool] | None = None) -> list[bool] | None:
    """One flag per key (None when the query is blank: everything matches).

    ``within``: flags of an earlier query that this one only narrows (typing on): the keys
    it rejected are not looked at again."""
    wanted = needles(query)
    if not wanted:
        return None
    if within is not None:
        return [w and any(n in k for n in wanted) for w, k in zip(within, keys, strict=True)]
    if len(wanted) == 1:
        (a,) = wanted
        return [a in k for k in keys]
    if len(wanted) == 2:
        a, b = wanted
        return [a in k or b in k for k in keys]
    return [any(n in k for n in wanted) for k in keys]


def narrows(before: str, after: str) -> bool:
    """Whether every row matching ``after`` also matches ``before`` (pinyin typed on)."""
    old = _PINYIN_NOISE.sub("", normalize_text(before)).lower()
    new = _PINYIN_NOISE.sub("", normalize_text(after)).lower()
    return bool(old) and new.startswith(old) and all(map(_PINYIN.fullmatch, (old, new)))


class RecordFilterProxy(QSortFilterProxyModel):
    def __init__(self, model: RecordTableModel) -> None:
        super().__init__(model)
        self.model = model
        self.setSourceModel(model)
        self.text = ""
        # the last query, the keys it ran over and its flags (to narrow while typing on)
        self._text_flags: tuple[str, list[str] | None, list[bool] | None] = ("", None, None)
        self.quick: dict[str, Callable[[Row], bool]] = {}
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.refilter()

    def set_quick(self, name: str, predicate: Callable[[Row], bool] | None) -> None:
        if predicate is None:
            self.quick.pop(name, None)
        else:
            self.quick[name] = predicate
        self.refilter()

    def refilter(self) -> None:
        """Apply the query and the quick filters to the model's current rows."""
        model = self.model
        before, keys, flags = self._text_flags
        within = flags if keys is model.keys and narrows(before, self.text) else None
        accepted = matches(model.keys, self.text, within)
        self._text_flags = (self.text, model.keys, accepted)
        for predicate in self.quick.values():
            rows = model.rows
            if accepted is None:
                accepted = [predicate(r) for r in rows]
            else:
                accepted = [a and predicate(r) for a, r in zip(accepted, rows, strict=True)]
        model.show_only(accepted)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.model.sort(column, order)

    def resort(self) -> None:
        """After new rows arrived: the sort the user chose, then the filters."""
        if self.sort_column >= 0:
            self.model.sort(self.sort_column, self.sort_order)
        self.refilter()

    def record_id(self, index: QModelIndex) -> str:
        return str(index.data(ID_ROLE) or "") if index.isValid() else ""
