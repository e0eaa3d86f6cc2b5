"""Choosing a student by what one remembers: pinyin, initials, name, 学籍号 or class.

``StudentPicker`` is a line edit with a completion popup filled from
``services.search.find_students`` (a head teacher finds only own classes). Choosing a line
sets the student; typing again clears the choice. ``StudentField`` and ``StudentsField`` wrap
it for the record forms (one student; several, for group sessions).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core.errors import SxError
from sxcounsel.gui.forms.fields import Field, repolish
from sxcounsel.services.account_session import Session
from sxcounsel.services.search import find_students
from sxcounsel.services.students import Student, get_student

SEARCH_DELAY_MS = 150
LIMIT = 20
_ID = Qt.ItemDataRole.UserRole


def describe(s: Student, columns: bool = False) -> str:
    """张小明　七年级(2)班　G610…; ``columns`` pads the name so that lines align."""
    name = f"{s.name:\u3000<4}" if columns else s.name
    return "\u3000".join(p for p in (name, s.class_name, s.student_no) if p)


class StudentPicker(QLineEdit):
    chosen = Signal(object)  # the Student, or None when the choice is cleared

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studentPicker")
        self.session = session
        self.student: Student | None = None
        self.setPlaceholderText(self.tr("Name, pinyin (zxm), 学籍号 or class"))
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(self)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        if self.student is not None:
            self.student = None
            self.chosen.emit(None)
        self.timer.start()

    def search(self) -> list[Student]:
        """Fill the popup with the students matching the text; returns them."""
        self.timer.stop()
        try:
            found = find_students(self.session, self.text(), LIMIT) if self.text() else []
        except SxError:
            found = []
        self.model.clear()
        for s in found:
            item = QStandardItem(describe(s, columns=True))
            item.setData(s.id, _ID)
            item.setEditable(False)
            self.model.appendRow(item)
        self._found = {s.id: s for s in found}
        if found and self.isVisible():
            self.completer.complete()
        else:
            self.completer.popup().hide()
        return found

    def _activated(self, index: QModelIndex) -> None:
        sid = index.data(_ID)
        student = getattr(self, "_found", {}).get(sid)
        if student is not None:
            self.choose(student)

    def choose(self, student: Student | None) -> None:
        self.student = student
        self.setText(describe(student) if student else "")
        self.completer.popup().hide()
        self.chosen.emit(student)

    def student_id(self) -> str:
        return self.student.id if self.student else ""

    def set_student_id(self, student_id: str) -> None:
        if not student_id:
            self.choose(None)
            return
        try:
            self.choose(get_student(self.session, student_id))
        except SxError:
            self.choose(None)


class StudentField(Field):
    def __init__(self, session: Session, parent: QWidget) -> None:
        self.widget = StudentPicker(session, parent)

    def value(self) -> str:
        return self.widget.student_id()

    def set_value(self, value: Any) -> None:
        self.widget.set_student_id(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)
        repolish(self.widget)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.chosen.connect(lambda _s: callback())


class StudentsBox(QWidget):
    """Several students: a picker that adds to a list, and a button to remove one."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = StudentPicker(session, self)
        self.picker.chosen.connect(self._add)
        self.list = QListWidget(self)
        self.list.setObjectName("chosenStudents")
        self.list.setMaximumHeight(92)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setObjectName("removeStudent")
        self.remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.picker)
        layout.addLayout(row)

    def _add(self, student: Student | None) -> None:
        if student is None:
            return
        if student.id not in self.ids():
            item = QListWidgetItem(describe(student), self.list)
            item.setData(_ID, student.id)
            self.changed.emit()
        self.picker.clear()
        self.picker.student = None

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def ids(self) -> list[str]:
        return [self.list.item(i).data(_ID) for i in range(self.list.count())]

    def set_ids(self, ids: list[str]) -> None:
        self.list.clear()
        for sid in ids:
            try:
                student = get_student(self.picker.session, sid)
            except SxError:
                continue
            item = QListWidgetItem(describe(student), self.list)
            item.setData(_ID, student.id)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.picker.setVisible(not read_only)
        self.remove.setVisible(not read_only)


class StudentsField(Field):
    def __init__(self, session: Session, parent: QWidget) -> None:
        self.widget = StudentsBox(session, parent)

    @property
    def focus_widget(self) -> QWidget:
        return self.widget.picker

    def value(self) -> list[str]:
        return self.widget.ids()

    def set_value(self, value: Any) -> None:
        self.widget.set_ids([str(v) for v in value or []])

    def set_read_only(self, read_only: bool) -> None:
        self.widget.set_read_only(read_only)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.changed.connect(callback)
