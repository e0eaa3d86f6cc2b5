"""The roster wizard's table of the file's columns: what each is read as, and how.

A column the import reads by itself shows its field; a flag column offers the flag it sets
(是否享受一补 → 困境 or 低保); any other column can be mapped by hand to a field, or to
nothing. Every change updates the ``Layout`` and emits ``changed`` (the page checks again).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from sxcounsel.roster.columns import MEMBER_PREFIX, fold
from sxcounsel.roster.describe import FIELD_TERMS, reading
from sxcounsel.roster.layout import FLAG_NAMES, FLAG_PREFIX, HAND_FIELDS, Layout
from sxcounsel.roster.reader import Column

_FIXED_WHY = {"own_phone", "superseded"}


class ColumnTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("rosterMapping")
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Read as"), self.tr("How it is read")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.layout_ = Layout()
        self.combos: dict[str, QComboBox] = {}  # header as written -> its chooser

    def show_columns(self, columns: list[Column], layout: Layout, language: str) -> None:
        self.layout_ = layout
        self.combos.clear()
        self.setRowCount(len(columns))
        for i, col in enumerate(columns):
            self.setItem(i, 0, QTableWidgetItem(col.header or FIELD_TERMS.get(col.key or "", "")))
            self.setItem(i, 2, QTableWidgetItem(reading(col, layout, language)))
            combo = self._chooser(col)
            if combo is None:
                self.removeCellWidget(i, 1)
                self.setItem(i, 1, QTableWidgetItem(self._fixed_text(col)))
            else:
                self.setItem(i, 1, QTableWidgetItem(""))
                self.setCellWidget(i, 1, combo)
                self.combos[col.header] = combo
        self.resizeRowsToContents()

    def show_headers(self, headers: list[str], layout: Layout, language: str) -> None:
        """A file whose header was not recognised: every named column, to map by hand."""
        known = {fold(h): layout.columns.get(fold(h)) or None for h in headers if fold(h)}
        cols = [Column(h, known.get(fold(h)), "unknown") for h in headers if fold(h)]
        self.show_columns(cols, layout, language)

    def _fixed_text(self, col: Column) -> str:
        if col.key and col.key.startswith(MEMBER_PREFIX):
            return self.tr("Guardian")
        if col.key:
            return FIELD_TERMS.get(col.key, col.key)
        return self.tr("Not read")

    def _chooser(self, col: Column) -> QComboBox | None:
        if col.value or col.why in _FIXED_WHY or not col.header:
            return None
        if col.key and col.key.startswith(MEMBER_PREFIX):
            return None
        combo = QComboBox(self)
        combo.addItem(self.tr("Not read"), "")
        if col.key and col.key.startswith(FLAG_PREFIX):
            source = col.key[len(FLAG_PREFIX) :]
            for flag in FLAG_NAMES:
                combo.addItem(flag, flag)
            combo.setCurrentIndex(max(0, combo.findData(self.layout_.flag_for(source))))
            combo.currentIndexChanged.connect(
                lambda _i, s=source, c=combo: self._flag_chosen(s, c.currentData())
            )
            return combo
        for key in HAND_FIELDS:
            combo.addItem(FIELD_TERMS[key], key)
        combo.setCurrentIndex(max(0, combo.findData(col.key or "")))
        combo.currentIndexChanged.connect(
            lambda _i, h=col.header, c=combo: self._field_chosen(h, c.currentData())
        )
        return combo

    def _flag_chosen(self, source: str, flag: str) -> None:
        self.layout_.flags[source] = flag
        self.changed.emit()

    def _field_chosen(self, header: str, key: str) -> None:
        self.layout_.columns[fold(header)] = key
        self.changed.emit()
