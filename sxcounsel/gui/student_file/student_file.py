"""The student file (一生一策): basics, family flags, guardians, and one timeline of every
record about the student, as the viewer's role may see it.

Buttons add a record for this student, only those the role may create (a counselor also
records a confidentiality break, 保密例外, from the heading); each timeline entry opens its
record. The file refreshes itself when any record is saved (``ctx.bus``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core import permissions
from sxcounsel.core.errors import NotFound, SxError
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.operations import Latest, Operation
from sxcounsel.gui.student_file.timeline_text import Line, lines
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services import concerns
from sxcounsel.services.account_session import Session
from sxcounsel.services.concerns import ConcernCase
from sxcounsel.services.student_file import Entry, timeline
from sxcounsel.services.students import Student, get_student

if TYPE_CHECKING:  # a type only: context.py opens forms (forms/opener.py)
    from sxcounsel.gui.page_context import PageContext

_ENTRY = Qt.ItemDataRole.UserRole
SIDE_WIDTH = 330


WIDE = 1200  # logical pixels from which the add buttons fit on one row


def _screen_width() -> int:
    screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry().width() if screen is not None else WIDE


class StudentFile(QDialog):
    kind = "student"

    def __init__(self, ctx: PageContext, student_id: str) -> None:
        super().__init__(ctx.host)
        self.setObjectName("studentFile")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.session, self.record_id = ctx, ctx.session, student_id
        self.student: Student = get_student(self.session, student_id)  # refuses other classes
        self.entries: list[Line] = []
        self.open_case: concerns.ConcernCase | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel(self)
        self.subheading.setObjectName("subtitle")
        self.flags = QLabel(self)
        self.flags.setObjectName("flagLine")
        self.edit = QPushButton(self.tr("&Edit basics…"), self)
        self.edit.setObjectName("editStudent")
        self.edit.clicked.connect(lambda: self._open_form())
        self.edit.setVisible(self._may("write", "students"))
        # 保密例外: notes told to someone because of risk (counselors only, kind "notes").
        self.disclose = QPushButton(self.tr("Record a confidentiality &break…"), self)
        self.disclose.setObjectName("recordDisclosure")
        self.disclose.setToolTip(
            self.tr("Counseling notes were told to someone because of risk: record whom and why.")
        )
        self.disclose.clicked.connect(lambda: self.add_record("disclosure"))
        self.disclose.setVisible(self._may("write", "notes"))
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        titles.addWidget(self.flags)
        head.addLayout(titles, 1)
        head.addWidget(self.disclose, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)

        self.basics = QGroupBox(self.tr("Basics"), self)
        self.basics_form = QFormLayout(self.basics)
        self.guardians = QGroupBox(self.tr("Guardians"), self)
        self.guardians_list = QLabel(self.guardians)
        self.guardians_list.setObjectName("guardianList")
        self.guardians_list.setWordWrap(True)
        self.guardians_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.guardians).addWidget(self.guardians_list)
        side = QWidget(self)
        side.setFixedWidth(SIDE_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.basics)
        side_layout.addWidget(self.guardians)
        side_layout.addStretch(1)

        records = QGroupBox(self.tr("Records, newest first"), self)
        # One row of buttons on a wide screen; on a narrow one (1366×768 at 150% scaling is
        # 911 logical pixels) they wrap into rows of two, so the file never runs off screen.
        self.buttons = QGridLayout()
        per_row = 2 if _screen_width() < WIDE else len(self._creatable())
        self.add_buttons: dict[str, QPushButton] = {}
        for i, (kind, text) in enumerate(self._creatable()):
            button = QPushButton(text, records)
            button.setObjectName(f"add_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.add_record(k))
            self.buttons.addWidget(button, i // per_row, i % per_row)
            self.add_buttons[kind] = button
        self.buttons.setColumnStretch(per_row, 1)
        self.list = QTreeWidget(records)
        self.list.setObjectName("timeline")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Record"), self.tr("Details")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.itemActivated.connect(lambda item, _c: self.open_entry(item.data(0, _ENTRY)))
        self.empty = QLabel(self.tr("No records yet."), records)
        self.empty.setObjectName("hint")
        self.message = MessageLabel(records)
        column = QVBoxLayout(records)
        column.addLayout(self.buttons)
        column.addWidget(self.message)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty)

        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(side)
        body.addWidget(records, 1)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 14)
        layout.addLayout(head)
        layout.addLayout(body, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self._size()
        self.refresh()
        self.latest = Latest()  # a refresh after a save; the newest wins
        self.loading: Operation | None = None
        ctx.bus.changed.connect(self.on_changed)

    def _size(self) -> None:
        screen = QGuiApplication.primaryScreen()
        width, height = 1160, 700
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(width, height)

    def _may(self, action: str, kind: str, record: object | None = None) -> bool:
        return permissions.allowed(self.session.account, action, kind, record)

    def _creatable(self) -> list[tuple[str, str]]:
        """The add buttons, those the role table lets this account use for this student."""
        offered = (
            ("session", "write", "sessions", self.tr("New &session")),
            ("home_visit", "write", "home_visits", self.tr("New &home visit")),
            ("concern", "write", "concerns", self.tr("&Key-concern case")),
            ("referral", "write", "referrals", self.tr("&Referral")),
            ("consent", "write", "consents", self.tr("C&onsent")),
            ("crisis", "report", "crises", self.tr("Report a &crisis")),
        )
        return [
            (record_kind, text)
            for record_kind, action, kind, text in offered
            if self._may(action, kind, self.student)
        ]

    # -- content ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the file at once (when it opens: one student's records, a quick read)."""
        try:
            student = get_student(self.session, self.record_id)
            entries = timeline(self.session, self.record_id)
            case = None
            if "concern" in self.add_buttons:
                case = concerns.find_open_case(self.session, self.record_id)
        except SxError as exc:
            self.message.show_message(error_text(exc))
            return
        self.show_file(student, entries, case)

    def show_file(self, student: Student, entries: list[Entry], case: ConcernCase | None) -> None:
        self.student, self.entries = student, lines(entries)
        s = self.student
        self.heading.setText(s.name)
        self.setWindowTitle(fill(self.tr("Student file: %1"), s.name))
        self.subheading.setText(
            " · ".join(
                p
                for p in (s.class_name, fill(self.tr("Student number %1"), s.student_no), s.status)
                if p
            )
        )
        self.flags.setText(
            fill(self.tr("Family situation: %1"), "、".join(s.flags)) if s.flags else ""
        )
        self.flags.setVisible(bool(s.flags))
        while self.basics_form.rowCount():
            self.basics_form.removeRow(0)
        for label, value in (
            (self.tr("Gender"), s.gender),
            (self.tr("Date of birth"), s.birth_date),
            (self.tr("ID card number"), s.id_number),
            (self.tr("Grade"), s.grade),
            (self.tr("Boarding"), "住校" if s.boarding else "走读"),
            (self.tr("Dormitory"), s.dormitory),
            (self.tr("Home address"), s.address),
        ):
            shown = QLabel(value or "—", self.basics)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.basics_form.addRow(label, shown)
        self.guardians_list.setText(
            "\n".join(
                "　".join(p for p in (g["name"], g["relation"], g["phone"]) if p)
                for g in s.guardians
            )
            or self.tr("None recorded.")
        )
        self._fill_timeline()
        concern = self.add_buttons.get("concern")
        if concern is not None:
            self.open_case = case
            concern.setText(
                self.tr("Open &key-concern case")
                if self.open_case
                else self.tr("New &key-concern case")
            )

    def _fill_timeline(self) -> None:
        self.list.clear()
        for e in self.entries:
            item = QTreeWidgetItem([e.date, e.what, e.detail])
            item.setData(0, _ENTRY, (e.kind, e.record_id))
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)

    def on_changed(self, _kind: str, _record_id: str) -> None:
        """A record was saved: read the file again in the background (newest read wins)."""
        if self.session.store.conn is None:
            return
        record_id, with_case = self.record_id, "concern" in self.add_buttons

        def gather(s: Session) -> tuple[Student, list[Entry], ConcernCase | None]:
            case = concerns.find_open_case(s, record_id) if with_case else None
            return get_student(s, record_id), timeline(s, record_id), case

        self.loading = self.latest.run(
            gather, self._gathered, self._failed, session=self.session, parent=self
        )

    def _gathered(self, found: tuple[Student, list[Entry], ConcernCase | None]) -> None:
        self.show_file(*found)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):  # the student was deleted: nothing left to show
            self.close()
            return
        self.message.show_message(error_text(exc))

    # -- opening ------------------------------------------------------------------------------
    def open_entry(self, data: tuple[str, str] | None) -> QWidget | None:
        if not data:
            return None
        return self.ctx.open_record(data[0], data[1])

    def add_record(self, kind: str) -> QWidget | None:
        if kind == "concern" and self.open_case is not None:
            return self.ctx.open_record("concern", self.open_case.id)
        return self.ctx.open_record(kind, None, student_id=self.record_id)

    def _open_form(self) -> QWidget:
        from sxcounsel.gui.forms.student_form import StudentForm

        form = StudentForm(self.ctx, self.record_id)
        form.show()
        return form
