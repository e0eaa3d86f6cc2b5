"""Field adapters: one widget of a record form, read and written as plain JSON values.

A form reads every field with ``value()`` (for the service call and for drafts) and fills it
with ``set_value()`` (from the record, from defaults, from a restored draft). Dates are typed
as text (2025-09-01): the services parse and check them, so an empty optional date is simply
empty.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QWidget,
)


def fit_rows(tree: QTreeWidget, most: int = 8) -> None:
    """Make a small list inside a form tall enough for its rows (up to ``most``, then it
    scrolls), so that no row shows cut in half."""
    rows = min(max(tree.topLevelItemCount(), 2), most)
    row = max(tree.sizeHintForRow(0), tree.fontMetrics().height() + 8)
    frame = tree.header().sizeHint().height() + 2 * tree.frameWidth() + 4
    tree.setMinimumHeight(frame + rows * row)


def today() -> str:
    return date.today().isoformat()


def now_minute() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M")


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a property it selects on (readOnly) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Field:
    """Base: ``widget`` goes into the form, ``focus_widget`` takes focus on an error."""

    widget: QWidget

    @property
    def focus_widget(self) -> QWidget:
        return self.widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)
        # A locked record's choices are read, not greyed out (style.qss: [readOnly="true"]).
        self.widget.setProperty("readOnly", read_only)
        repolish(self.widget)

    def on_change(self, callback: Callable[[], None]) -> None:
        raise NotImplementedError


class LineField(Field):
    def __init__(self, parent: QWidget, placeholder: str = "", max_length: int = 200) -> None:
        self.widget = QLineEdit(parent)
        self.widget.setPlaceholderText(placeholder)
        self.widget.setMaxLength(max_length)

    def value(self) -> str:
        return self.widget.text()

    def set_value(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)
        repolish(self.widget)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(lambda _t: callback())


class DateField(LineField):
    """A date typed as 2025-09-01 (or with a time: 2025-09-01 14:30)."""

    def __init__(self, parent: QWidget, with_time: bool = False) -> None:
        # A sample date as placeholder read like a real value: show the pattern instead.
        shape = (
            QCoreApplication.translate("Fields", "YYYY-MM-DD hh:mm")
            if with_time
            else QCoreApplication.translate("Fields", "YYYY-MM-DD")
        )
        super().__init__(parent, shape, 16)
        self.shape = shape
        self.widget.setMaximumWidth(200)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        # Read-only and empty: nothing was entered, and no pattern should suggest otherwise.
        self.widget.setPlaceholderText("" if read_only else self.shape)


class ListTextField(LineField):
    """Several short names in one line, separated by 、 or commas (visiting staff)."""

    SEPARATORS = "、，,;；"

    def value(self) -> list[str]:
        text = self.widget.text()
        for sep in self.SEPARATORS:
            text = text.replace(sep, "\n")
        return [part.strip() for part in text.splitlines() if part.strip()]

    def set_value(self, value: Any) -> None:
        names = value if isinstance(value, list) else [str(value or "")]
        self.widget.setText("、".join(str(n) for n in names if n))


class _TextEdit(QPlainTextEdit):
    """A multi-line text box of a fixed number of lines (the style sheet sets no height)."""

    def __init__(self, parent: QWidget, lines: int) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * self.lines + 18)

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.Polish:  # after the style sheet's min-height
            self.fix_height()
        return done

    def fix_height(self) -> None:
        self.setMinimumHeight(self.sizeHint().height())


class TextField(Field):
    def __init__(self, parent: QWidget, lines: int = 3, placeholder: str = "") -> None:
        self.widget = _TextEdit(parent, lines)
        self.widget.setTabChangesFocus(True)
        self.widget.setPlaceholderText(placeholder)

    def value(self) -> str:
        return self.widget.toPlainText()

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)
        repolish(self.widget)
        self.widget.fix_height()

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(callback)


class ChoiceField(Field):
    """One of ``options`` (value, shown text); ``empty`` adds a first item for ''."""

    def __init__(
        self, parent: QWidget, options: Sequence[tuple[str, str]], empty: str | None = None
    ) -> None:
        self.widget = QComboBox(parent)
        if empty is not None:
            self.widget.addItem(empty, "")
        for value, text in options:
            self.widget.addItem(text, value)

    def value(self) -> str:
        data = self.widget.currentData()
        return "" if data is None else str(data)

    def set_value(self, value: Any) -> None:
        i = self.widget.findData("" if value is None else str(value))
        if i < 0 and value:  # a value no longer offered (a removed level): keep it visible
            self.widget.addItem(str(value), str(value))
            i = self.widget.count() - 1
        if i >= 0:
            self.widget.setCurrentIndex(i)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(lambda _i: callback())


def plain(values: Sequence[str]) -> list[tuple[str, str]]:
    """Options shown as stored (the Chinese terms of the records)."""
    return [(v, v) for v in values]


class ChecksField(Field):
    """Several of ``options``, as check boxes in ``columns`` columns."""

    def __init__(
        self, parent: QWidget, options: Sequence[tuple[str, str]], columns: int = 4
    ) -> None:
        self.widget = QWidget(parent)
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (value, text) in enumerate(options):
            box = QCheckBox(text, self.widget)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[value] = box

    @property
    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self.widget)

    def value(self) -> list[str]:
        return [v for v, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for v, box in self.boxes.items():
            box.setChecked(v in chosen)

    def on_change(self, callback: Callable[[], None]) -> None:
        for box in self.boxes.values():
            box.toggled.connect(lambda _c: callback())


class BoolField(Field):
    def __init__(self, parent: QWidget, text: str) -> None:
        self.widget = QCheckBox(text, parent)

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.toggled.connect(lambda _c: callback())


class NumberField(Field):
    def __init__(self, parent: QWidget, low: int, high: int, suffix: str = "") -> None:
        self.widget = QSpinBox(parent)
        self.widget.setRange(low, high)
        self.widget.setSuffix(suffix)
        self.widget.setMaximumWidth(160)

    def value(self) -> int:
        return self.widget.value()

    def set_value(self, value: Any) -> None:
        with contextlib.suppress(TypeError, ValueError):
            self.widget.setValue(int(value))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)
        repolish(self.widget)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(lambda _v: callback())


class RowsField(Field):
    """A few rows of short texts (guardians, people met): a list of dicts, empty rows dropped."""

    def __init__(self, parent: QWidget, columns: Sequence[tuple[str, str]], rows: int = 3) -> None:
        self.widget = QWidget(parent)
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.keys = [k for k, _ in columns]
        for c, (_key, title) in enumerate(columns):
            head = QLabel(title, self.widget)
            head.setObjectName("hint")
            grid.addWidget(head, 0, c)
        self.edits: list[dict[str, QLineEdit]] = []
        for r in range(rows):
            row = {}
            for c, key in enumerate(self.keys):
                edit = QLineEdit(self.widget)
                edit.setMaxLength(60)
                grid.addWidget(edit, r + 1, c)
                row[key] = edit
            self.edits.append(row)

    @property
    def focus_widget(self) -> QWidget:
        return self.edits[0][self.keys[0]]

    def value(self) -> list[dict[str, str]]:
        out = []
        for row in self.edits:
            entry = {k: e.text().strip() for k, e in row.items()}
            if any(entry.values()):
                out.append(entry)
        return out

    def set_value(self, value: Any) -> None:
        entries = value if isinstance(value, list) else []
        for i, row in enumerate(self.edits):
            entry = entries[i] if i < len(entries) and isinstance(entries[i], dict) else {}
            for k, edit in row.items():
                edit.setText(str(entry.get(k, "") or ""))

    def set_read_only(self, read_only: bool) -> None:
        for row in self.edits:
            for edit in row.values():
                edit.setReadOnly(read_only)
                repolish(edit)

    def on_change(self, callback: Callable[[], None]) -> None:
        for row in self.edits:
            for edit in row.values():
                edit.textChanged.connect(lambda _t: callback())
