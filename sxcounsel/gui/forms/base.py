"""The frame every record form shares.

Fields sit in sections (a titled box with a QFormLayout); each field has its own message line
under it, where a service's refusal naming that field (``facts["field"]``) is shown. Save
keeps the dialog open, whatever happens: on a refusal nothing typed is lost; on success the
record is read back (numbers, derived dates) and the form turns into the saved record.

Saves and the buttons' actions are write operations (gui/operations.py): the service call runs
off the GUI thread on the operation's own session, the form is busy meanwhile (its Save and
action buttons disabled), and what follows a save comes back as a callback on the GUI thread.
The operation announces the change once (``changes``): the forms announce nothing themselves.

Drafts: while a form is open it registers a saver in ``ctx.draft_savers``. When the store
locks (or the form is closed with unsaved changes) the field values go into the encrypted
store (``services.drafts``); opening the same form again restores them, with a notice and a
button to discard them. Saving clears the draft.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core import permissions
from sxcounsel.core.errors import SxError
from sxcounsel.gui import operations
from sxcounsel.gui.forms.fields import Field
from sxcounsel.gui.forms.form_errors import field_error, form_error
from sxcounsel.gui.labels import fill
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services import drafts
from sxcounsel.services.account_session import Session

if TYPE_CHECKING:  # a type only: context.py opens forms (forms/opener.py)
    from sxcounsel.gui.page_context import PageContext

FORM_WIDTH, FORM_HEIGHT = 820, 700


@dataclass
class Row:
    key: str
    label: str
    field: Field
    error: MessageLabel
    holder: QWidget


class RecordForm(QDialog):
    """Subclasses set ``kind``, build their fields in ``build()``, and implement ``read()``
    (the stored record as field values) and ``write()`` (call the service with the write
    operation's own session, return what it returned)."""

    kind = ""
    table_kind = ""  # the kind in the role table (core/permissions.py), for Delete
    deleter: Callable[[Session, str], object] | None = None  # staticmethod(svc.delete_...)
    saved = Signal(str)  # the record id

    def __init__(
        self, ctx: PageContext, record_id: str | None = None, defaults: dict | None = None
    ) -> None:
        super().__init__(ctx.host)
        self.setObjectName(f"form_{self.kind}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.session = ctx, ctx.session
        self.record_id = record_id or ""
        self.rows: dict[str, Row] = {}
        self._aliases: dict[str, str] = {}
        self._baseline: dict[str, Any] = {}
        self._loading = False
        self.draft_restored = False
        self.pending: operations.Operation | None = None  # the save or action running
        self._buttons: list[QPushButton] = []
        self.confirm: QMessageBox | None = None  # the question open (delete, sign, ...)

        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel(self)
        self.subheading.setObjectName("subtitle")
        self.subheading.setWordWrap(True)
        self.message = MessageLabel(self)
        self.discard = QPushButton(self.tr("Discard the draft"), self)
        self.discard.setObjectName("discardDraft")
        self.discard.setProperty("link", True)
        self.discard.hide()
        self.discard.clicked.connect(self.discard_draft)
        notice = QHBoxLayout()
        notice.addWidget(self.message, 1)
        notice.addWidget(self.discard)
        self.content = QWidget(self)
        self.content.setObjectName("scrollContent")
        self.sections = QVBoxLayout(self.content)
        self.sections.setContentsMargins(0, 0, 8, 0)
        self.sections.setSpacing(4)
        self.scroll = scroll = QScrollArea(self)
        scroll.setObjectName("formScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.content)
        self.actions = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(notice)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.actions)
        self._size()

        self.build()  # fields first, then the buttons: the tab order follows the form
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.close)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save_clicked)
        self.delete_button = self.action_button(self.tr("&Delete…"), "deleteRecord")
        self.delete_button.clicked.connect(self.ask_delete)
        self.actions.addStretch(1)
        self.actions.addWidget(self.close_button)
        self.actions.addWidget(self.save_button)
        self.sections.addStretch(1)
        self.reload({**self.initial(), **self.adapt(dict(defaults or {}))})
        self._restore_draft()
        self.ctx.draft_savers.append(self.keep_draft)

    # -- to be provided by each form ----------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def read(self) -> dict[str, Any]:
        """The stored record as field values (``self.record_id`` is set)."""
        raise NotImplementedError

    def write(self, s: Session, values: dict[str, Any]) -> Any:
        """Create or update the record from ``values``, on a worker thread with the write
        operation's own session ``s`` (never ``self.session``); returns what the service
        returned (``saved_id`` finds the record's id in it)."""
        raise NotImplementedError

    @staticmethod
    def saved_id(result: Any) -> str:
        """The id of the record ``write`` saved, from what it returned."""
        return result.id

    def written(self, result: Any) -> None:
        """Back on the GUI thread after a save, before the record is read back."""

    def after_save(self) -> None:
        """After a save went through and the form shows the saved record."""

    def initial(self) -> dict[str, Any]:
        """Field values of a new record (today, the current user, ...)."""
        return {}

    def adapt(self, defaults: dict[str, Any]) -> dict[str, Any]:
        """``open_record`` defaults as field values (e.g. ``student_id`` -> ``students``)."""
        return defaults

    def editable(self) -> bool:
        return True

    def title(self) -> str:
        return ""

    def refresh(self) -> None:
        """Called after every load and save: headings, extra panels, buttons."""

    # -- building -----------------------------------------------------------------------------
    def section(self, title: str, name: str = "") -> QFormLayout:
        box = QGroupBox(title, self.content)
        if name:
            box.setObjectName(name)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(12)
        self.sections.addWidget(box)
        return form

    def add(self, form: QFormLayout, key: str, label: str, field: Field, *aliases: str) -> Field:
        """Put ``field`` in ``form``; refusals naming ``key`` or an alias are shown under it."""
        holder = QWidget(form.parentWidget())
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        field.widget.setParent(holder)
        column.addWidget(field.widget)
        error = MessageLabel(holder)
        error.setObjectName(f"error_{key}")
        column.addWidget(error)
        field.widget.setObjectName(f"field_{key}")
        form.addRow(label, holder)
        self.rows[key] = Row(key, label, field, error, holder)
        for name in (key, *aliases):
            self._aliases[name] = key
        field.on_change(self._changed)
        return field

    def field(self, key: str) -> Field:
        return self.rows[key].field

    def set_row_visible(self, key: str, visible: bool) -> None:
        row = self.rows[key]
        form = row.holder.parentWidget().layout()
        if isinstance(form, QFormLayout):
            form.setRowVisible(row.holder, visible)

    def action_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        self.actions.addWidget(button)  # extra actions sit left of Close and Save
        self._buttons.append(button)
        return button

    def _size(self) -> None:
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - 60 if screen is not None else FORM_HEIGHT
        self.resize(FORM_WIDTH, min(FORM_HEIGHT, room))

    # -- values -------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {key: row.field.value() for key, row in self.rows.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, value in values.items():
                if key in self.rows:
                    self.rows[key].field.set_value(value)
        finally:
            self._loading = False

    def dirty(self) -> bool:
        return self.values() != self._baseline

    def _changed(self) -> None:
        if not self._loading:
            self.window().setWindowModified(self.dirty())

    def reload(self, defaults: dict[str, Any] | None = None) -> None:
        """Fill the fields from the stored record (or ``defaults`` for a new one)."""
        if self.record_id:
            self.set_values({**self.initial(), **self.read()})
        elif defaults:
            self.set_values(defaults)
        self._baseline = self.values()
        can_edit = self.editable()
        for row in self.rows.values():
            row.field.set_read_only(not can_edit or self.fixed(row.key))
        self.save_button.setVisible(can_edit)
        self.heading.setText(self.title())
        self.setWindowTitle(self.title() + "[*]")
        self.refresh()
        self.delete_button.setVisible(self.may_delete())
        self.subheading.setVisible(bool(self.subheading.text()))

    def fixed(self, key: str) -> bool:
        """Whether ``key`` cannot change on this record (e.g. the student of a saved one)."""
        return False

    # -- saving -------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.message.clear_message()
        for row in self.rows.values():
            row.error.clear_message()

    def show_error(self, exc: BaseException) -> None:
        """Beside the field the refusal names, else at the top of the form."""
        field = exc.facts.get("field") if isinstance(exc, SxError) else None
        key = self._aliases.get(str(field)) if field else None
        if key is None:
            self.message.show_message(form_error(exc))
            return
        row = self.rows[key]
        row.error.show_message(field_error(exc, row.label))
        row.field.focus_widget.setFocus()

    def busy(self) -> bool:
        """Whether a save or an action of this form is running."""
        return self.pending is not None and self.pending.running

    def _set_busy(self, busy: bool) -> None:
        for button in (self.save_button, *self._buttons):
            button.setEnabled(not busy)

    def _write(
        self,
        work: Callable[[Session], Any],
        done: Callable[[Any], None],
        refused: Callable[[BaseException], None],
        changes: operations.Changes | None,
    ) -> operations.Operation:
        self._set_busy(True)

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            refused(exc)

        self.pending = operations.write(
            work, succeeded, failed, session=self.session, changes=changes, parent=self
        )
        return self.pending

    def run(
        self,
        work: Callable[[Session], Any],
        success: str = "",
        then: Callable[[Any], None] | None = None,
        *,
        failed: Callable[[], None] | None = None,
        changes: operations.Changes | None = None,
    ) -> operations.Operation | None:
        """Run one service call for a button as a write operation: ``work(s)`` with the
        operation's own session. A refusal is shown (then ``failed()``); when it went through
        the record is read back, ``success`` shown and ``then(result)`` called."""
        if self.busy():
            return None
        self.clear_errors()

        def done(result: Any) -> None:
            self.reload()
            if success:
                self.message.show_message(success, "success")
            if then is not None:
                then(result)

        def refused(exc: BaseException) -> None:  # one sentence, never a traceback
            self.show_error(exc)
            if failed is not None:
                failed()

        return self._write(work, done, refused, changes or (self.kind, self.record_id))

    def _save_clicked(self) -> None:
        self.save()

    def save(self, then: Callable[[], None] | None = None) -> operations.Operation | None:
        """Save the fields as a write operation; ``then()`` runs once it went through. None
        when there is nothing to save (not editable, or a save already running)."""
        if not self.editable() or self.busy():
            return None
        self.clear_errors()
        values, kind, saved_id = self.values(), self.kind, self.saved_id
        was_new = not self.record_id
        write = self.write

        def work(s: Session) -> Any:
            result = write(s, values)
            with contextlib.suppress(SxError):  # the record is saved; a draft left is harmless
                drafts.clear_draft(s, kind, saved_id(result))
                if was_new:
                    drafts.clear_draft(s, kind, None)
            return result

        def done(result: Any) -> None:
            self.written(result)
            self.record_id = saved_id(result)
            self.reload()
            self.window().setWindowModified(False)
            self.message.show_message(self.tr("Saved."), "success")
            self.saved.emit(self.record_id)
            self.after_save()
            if then is not None:
                then()

        return self._write(work, done, self.show_error, lambda result: (kind, saved_id(result)))

    def settle(self) -> None:
        """After an action the fields equal the stored record: no draft to keep."""
        self._baseline = self.values()
        self.window().setWindowModified(False)
        self._clear_drafts(False)

    # -- deleting -----------------------------------------------------------------------------
    # Delete: a form naming its service's delete function (``deleter``) shows it on a saved
    # record the account may write; once confirmed, the record is deleted and the form closes.
    def delete_question(self) -> str:  # each form with a ``deleter`` names what it deletes
        return self.tr("Delete this record? It cannot be restored on this computer.")

    def stored(self) -> object | None:  # the saved record permissions are asked about
        return None

    def may_delete(self) -> bool:
        return bool(self.record_id and self.deleter and self.table_kind) and permissions.allowed(
            self.session.account, "write", self.table_kind, self.stored()
        )

    def ask(self, title: str, text: str, yes: str, then: Callable[[], None]) -> None:
        """A window-modal question (``self.confirm``); ``then()`` runs when ``yes`` is clicked."""
        b = QMessageBox.StandardButton
        self.confirm = box = QMessageBox(
            QMessageBox.Icon.Question, title, text, b.Yes | b.Cancel, self
        )
        box.button(b.Yes).setText(yes)
        box.button(b.Yes).clicked.connect(then)
        box.button(b.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(b.Cancel)
        box.open()

    def ask_delete(self) -> None:  # the button shows only if may_delete(), idle only
        self.ask(self.tr("Delete"), self.delete_question(), self.tr("Delete"), self.delete)

    def delete(self) -> operations.Operation | None:
        """Delete the record (``deleter``) as a write operation, then close the form."""
        deleter, record_id = self.deleter, self.record_id
        if deleter is None or not record_id or self.busy():
            return None
        self.clear_errors()

        def done(_result: Any) -> None:
            self.settle()  # no draft of a deleted record is kept
            self.close()

        work: Callable[[Session], Any] = lambda s: deleter(s, record_id)  # noqa: E731
        return self._write(work, done, self.show_error, (self.kind, record_id))

    # -- drafts -------------------------------------------------------------------------------
    def keep_draft(self) -> None:
        """Keep unsaved text as an encrypted draft (on lock, or on closing a changed form)."""
        if not self.editable() or not self.dirty() or self.session.store.conn is None:
            return
        with contextlib.suppress(SxError):  # a draft is a courtesy; the form is still open
            drafts.save_draft(self.session, self.kind, self.record_id or None, self.values())

    def _clear_drafts(self, was_new: bool) -> None:
        with contextlib.suppress(SxError):
            drafts.clear_draft(self.session, self.kind, self.record_id)
            if was_new:
                drafts.clear_draft(self.session, self.kind, None)

    def _restore_draft(self) -> None:
        if not self.editable():
            return
        try:
            draft = drafts.load_draft(self.session, self.kind, self.record_id or None)
        except SxError:
            return
        if draft is None:
            return
        self.set_values(draft.values)
        self.draft_restored = True
        self.window().setWindowModified(self.dirty())
        text = self.tr("The text that was not saved at %1 is back. Check it and save.")
        self.message.show_message(fill(text, local_time(draft.saved_at)), "info")
        self.discard.show()
        self.refresh()

    def discard_draft(self) -> None:
        drafts.clear_draft(self.session, self.kind, self.record_id or None)
        self.set_values(self._baseline)
        self.draft_restored = False
        self.discard.hide()
        self.message.clear_message()
        self.window().setWindowModified(False)
        self.refresh()

    def reject(self) -> None:
        """Escape, Close and closing the window end here (QDialog.closeEvent calls it): the
        unsaved text is kept as a draft. (Calling close() from here refused every close.)"""
        self.keep_draft()
        if self.keep_draft in self.ctx.draft_savers:
            self.ctx.draft_savers.remove(self.keep_draft)
        super().reject()


def local_time(stamp: str) -> str:
    """A stored UTC stamp as local 2025-09-01 14:30."""
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
