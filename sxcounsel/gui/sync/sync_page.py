"""The 同步 page: where the records stand with the county, and the ways to send them.

Online ("Sync now", and quietly in the background every few minutes when something waits),
or on a USB stick ("Export to USB", later "Import acknowledgement"). The school counts a
change as delivered only when the county's signed acknowledgement says so. Sync work runs on
a second connection to the store (Session.sibling), so it never mixes with a form being saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from sxcounsel.gui import operations
from sxcounsel.gui.context import PageContext
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.operations import Latest, Operation
from sxcounsel.gui.sync import sync_text
from sxcounsel.gui.widgets.busy import run_busy
from sxcounsel.gui.widgets.layout import STRETCH, button_row, column_layout
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.sync.ack import AckResult, import_ack_file
from sxcounsel.sync.client import push
from sxcounsel.sync.enrollment import (
    CountyKeyChanged,
    NotesPolicyChange,
    enroll,
    notes_policy,
    set_sync_url,
)
from sxcounsel.sync.errors import SyncUnreachable
from sxcounsel.sync.export import export_to
from sxcounsel.sync.status import SchoolStatus, school_status

BACKGROUND_MINUTES = 15


class SyncPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_sync")
        self.ctx = ctx
        self.status: SchoolStatus | None = None
        self.background: Operation | None = None
        self.task: Operation | None = None
        self.latest = Latest()  # only the newest count of what waits is shown
        title = QLabel(self.tr("Sync with the county center"), self)
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Records go to the county guidance center signed and encrypted, readable by "
                "the county alone. Counseling notes stay at the school unless the county's "
                "signed policy asks for them. A change counts as delivered only when the county "
                "confirms it."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        card = QFrame(self)
        card.setObjectName("card")
        self.grid = QGridLayout(card)
        self.grid.setContentsMargins(20, 16, 20, 16)
        self.grid.setHorizontalSpacing(18)
        self.values: dict[str, QLabel] = {}
        rows = [
            ("county", self.tr("County center")),
            ("pending", self.tr("Waiting to be sent")),
            ("unacked", self.tr("Bundles not yet confirmed")),
            ("export", self.tr("Last bundle written")),
            ("ack", self.tr("Last confirmation from the county")),
            ("gaps", self.tr("Reported by the county")),
        ]
        for i, (key, label) in enumerate(rows):
            name = QLabel(label, card)
            name.setObjectName("hint")
            value = QLabel(card)
            value.setObjectName(f"sync_{key}")
            value.setWordWrap(True)
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(value, i, 1)
            self.values[key] = value
        self.grid.setColumnStretch(1, 1)
        self.notes_line = QLabel(
            self.tr("County policy: counseling notes are sent to the county with every sync."),
            self,
        )
        self.notes_line.setObjectName("syncNotesPolicy")
        self.notes_line.setWordWrap(True)
        self.notes_line.setVisible(False)
        self.enroll_button = QPushButton(self.tr("&Enroll with the county…"), self)
        self.enroll_button.setObjectName("syncEnroll")
        self.enroll_button.clicked.connect(self.ask_enrollment_file)
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setProperty("primary", True)
        self.sync_button.clicked.connect(self.sync_now)
        self.export_button = QPushButton(self.tr("E&xport to USB…"), self)
        self.export_button.setObjectName("syncExport")
        self.export_button.clicked.connect(self.ask_export_folder)
        self.ack_button = QPushButton(self.tr("&Import acknowledgement…"), self)
        self.ack_button.setObjectName("syncImportAck")
        self.ack_button.clicked.connect(self.ask_ack_file)
        self.address_button = QPushButton(self.tr("County &address…"), self)
        self.address_button.setObjectName("syncAddress")
        self.address_button.clicked.connect(self.ask_address)
        buttons = button_row(
            self.enroll_button,
            self.sync_button,
            self.export_button,
            self.ack_button,
            self.address_button,
        )
        self.message = MessageLabel(self)
        self.message.setObjectName("syncMessage")
        column_layout(
            self,
            [title, intro, card, self.notes_line, buttons, self.message, STRETCH],
            spacing=12,
            margins=(28, 24, 28, 24),
        )
        self.timer = QTimer(self)
        self.timer.setInterval(BACKGROUND_MINUTES * 60_000)
        self.timer.timeout.connect(self.sync_in_background)
        self.loading: Operation = self.refresh()
        self.timer.start()

    # -- state --------------------------------------------------------------------------------
    def refresh(self) -> Operation:
        """Count what waits, on a connection of its own: with 100,000 records counting takes
        most of a second, which must hold up neither unlocking nor the page's buttons. Only
        the newest count is shown."""
        self.loading = self.latest.run(
            school_status,
            self.show_status,
            self._status_failed,
            session=self.ctx.session,
            parent=self,
        )
        return self.loading

    def _status_failed(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))

    def show_status(self, status: SchoolStatus) -> None:
        self.status = status
        enrolled = bool(status.enrolled_with)
        v = self.values
        v["county"].setText(
            fill(self.tr("%1 (%2)"), status.enrolled_with, status.url)
            if enrolled
            else self.tr("Not enrolled yet: ask the county center for its enrollment file.")
        )
        v["pending"].setText(
            self.tr("Nothing: the county has confirmed every change.")
            if status.nothing_pending
            else self.tr("%n changed record(s)", "", status.pending_changes)
        )
        v["unacked"].setText("、".join(map(str, status.unacked_bundles)) or self.tr("none"))
        v["export"].setText(sync_text.ago(status.last_export))
        v["ack"].setText(
            fill(self.tr("%1 (up to bundle %2)"), sync_text.ago(status.last_ack), status.acked_seq)
            if status.last_ack
            else sync_text.ago("")
        )
        problems = []
        if status.gaps:
            problems.append(fill(self.tr("missing bundles %1"), "、".join(map(str, status.gaps))))
        if status.quarantined:
            problems.append(self.tr("%n record(s) set aside", "", len(status.quarantined)))
        v["gaps"].setText("；".join(problems) or self.tr("no problems"))
        # Enrolled, the button stays for a new enrollment file (new county keys or policy:
        # each confirmed in a dialog first).
        self.enroll_button.setText(
            self.tr("New &enrollment file…") if enrolled else self.tr("&Enroll with the county…")
        )
        self.notes_line.setVisible(enrolled and self._notes_sent())
        for b in (self.sync_button, self.export_button, self.ack_button, self.address_button):
            b.setEnabled(enrolled)
        self.ctx.bus.sync_changed.emit(sync_text.summary(status))

    # -- enrollment ---------------------------------------------------------------------------
    def ask_enrollment_file(self) -> None:
        dialog = QFileDialog(self, self.tr("The enrollment file from the county center"))
        dialog.setObjectName("enrollmentFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.ask_request_file(Path(name)))
        dialog.open()

    def ask_request_file(self, enrollment: Path) -> None:
        dialog = QFileDialog(self, self.tr("Save the school's request for the county"))
        dialog.setObjectName("requestFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(f"{self.ctx.session.store.meta('school_code')}-request.json")
        dialog.fileSelected.connect(lambda name: self.enroll_with(enrollment, Path(name)))
        dialog.open()

    def enroll_with(
        self, enrollment: Path, request: Path, replace: bool = False, allow_notes: bool = False
    ) -> Operation:
        session = self.ctx.session
        return self._busy(
            self.tr("Checking the county's signature…"),
            operations.Operation(
                lambda s: enroll(s, enrollment, request, replace=replace, allow_notes=allow_notes),
                session=session,
                kind="write",
            ),
            lambda e: self._done(
                fill(
                    self.tr(
                        "Enrolled with %1. Give the file %2 to the county center; once they "
                        "approve it, records can be sent."
                    ),
                    e.county_name,
                    request,
                )
            ),
            lambda exc: self._enroll_failed(exc, enrollment, request, replace, allow_notes),
        )

    def _enroll_failed(
        self, exc: BaseException, enrollment: Path, request: Path, replace: bool, notes: bool
    ) -> None:
        if isinstance(exc, CountyKeyChanged):
            self.confirm_trust_change(
                "replaceCountyKeysBox",
                fill(
                    self.tr(
                        "The enrollment file %1 carries other keys for county %2 than the ones "
                        "this school holds.\n\nFingerprint held now: %3\nFingerprint in the "
                        "file: %4\n\nReplace them only when the county center has told you it "
                        "made new keys, and compare the new fingerprint with it by phone."
                    ),
                    enrollment.name,
                    exc.facts.get("county", ""),
                    exc.facts.get("held", ""),
                    exc.facts.get("new", ""),
                ),
                self.tr("Replace the county's keys"),
                lambda: self.enroll_with(enrollment, request, True, notes),
            )
        elif isinstance(exc, NotesPolicyChange):
            self.confirm_trust_change(
                "allowNotesBox",
                fill(
                    self.tr(
                        "The county center's policy in %1 asks for counseling notes: from now "
                        "on the notes of counseling sessions and their addenda are sent to the "
                        "county with every sync. Allow it only if the school has agreed to it."
                    ),
                    enrollment.name,
                ),
                self.tr("Send counseling notes"),
                lambda: self.enroll_with(enrollment, request, replace, True),
            )
        else:
            self._failed(exc)

    def confirm_trust_change(
        self, name: str, text: str, accept: str, go_on: Callable[[], object]
    ) -> QMessageBox:
        """Ask the administrator before the school trusts a new key or sends notes."""
        self.refresh()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Sync with the county center"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one at a time
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)

        def answered(button: object) -> None:
            self.trust_box = None  # deleted on close
            if button is yes:
                go_on()
            else:
                self.message.show_message(self.tr("Nothing was changed."))

        box.buttonClicked.connect(answered)
        self.trust_box = box
        box.open()
        return box

    def _notes_sent(self) -> bool:
        try:
            return notes_policy(self.ctx.session)
        except Exception:  # a store closed under us: the next refresh says it again
            return False

    # -- the county's address -----------------------------------------------------------------
    def ask_address(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("syncAddressDialog")
        dialog.setWindowTitle(self.tr("Address of the county center"))
        dialog.setLabelText(
            self.tr(
                "Where this school sends its records, e.g. https://192.168.1.20:8443.\n"
                "Change it only when the county center gives a new address; leave it empty "
                "to go back to the address in the enrollment file."
            )
        )
        dialog.setTextValue(self.status.url if self.status else "")
        dialog.resize(560, dialog.sizeHint().height())
        dialog.textValueSelected.connect(self.set_address)
        dialog.open()

    def set_address(self, url: str) -> None:
        try:
            now = set_sync_url(self.ctx.session, url)
        except Exception as exc:  # a malformed address: say so, keep the old one
            self.message.show_message(error_text(exc))
            return
        self._done(fill(self.tr("From now on records go to %1."), now))

    # -- sending ------------------------------------------------------------------------------
    def sync_now(self) -> Operation:
        session = self.ctx.session
        return self._busy(
            self.tr("Sending the changes to the county center…"),
            operations.Operation(lambda s: push(s, attempts=2), session=session, kind="write"),
            lambda r: self._done(
                self.tr("Nothing to send: the county has confirmed every change.")
                if not r.sent
                else self.tr(
                    "Sent; the county confirms everything up to bundle %n.", "", r.acked_seq
                )
            ),
        )

    def sync_in_background(self) -> None:
        """Quietly push what waits; a county that cannot be reached is simply tried later."""
        status = self.status
        busy = operations.busy()
        if status is None or not status.enrolled_with or status.nothing_pending or busy:
            return
        self.background = operations.write(
            lambda s: push(s, attempts=1),
            lambda _r: self.refresh(),
            self._background_failed,
            session=self.ctx.session,
            changes=None,
            parent=self,
        )

    def _background_failed(self, exc: BaseException) -> None:
        self.refresh()
        if not isinstance(exc, SyncUnreachable):  # unreachable: normal offline life
            self.message.show_message(error_text(exc))

    def ask_export_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder on the USB stick for the county"))
        dialog.setObjectName("exportFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda name: self.export_into(Path(name)))
        dialog.open()

    def export_into(self, folder: Path) -> Operation:
        session = self.ctx.session
        return self._busy(
            self.tr("Writing the bundle…"),
            operations.Operation(lambda s: export_to(s, folder), session=session, kind="write"),
            lambda r: self._done(
                fill(
                    self.tr(
                        "%1 bundle file(s) are in %2. Take them to the county center and bring "
                        "back its acknowledgement."
                    ),
                    len(r.unacked),
                    folder,
                )
                if r.unacked
                else self.tr("Nothing to send: the county has confirmed every change.")
            ),
        )

    def ask_ack_file(self) -> None:
        dialog = QFileDialog(self, self.tr("The acknowledgement from the county center"))
        dialog.setObjectName("ackFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.import_ack(Path(name)))
        dialog.open()

    def import_ack(self, path: Path) -> Operation:
        session = self.ctx.session
        return self._busy(
            self.tr("Checking the county's signature…"),
            operations.Operation(lambda s: import_ack_file(s, path), session=session, kind="write"),
            lambda r: self._done(self._ack_text(r)),
        )

    def _ack_text(self, r: AckResult) -> str:
        if r.rebased:
            return self.tr(
                "The county already holds this school's bundles up to %n (this store was "
                "restored from an older backup). The next export continues after them and "
                "sends again every change the county has not confirmed.",
                "",
                r.acked_seq,
            )
        return self.tr("The county confirms everything up to bundle %n.", "", r.acked_seq)

    # -- plumbing -----------------------------------------------------------------------------
    def _busy(
        self,
        text: str,
        work: Operation,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Operation:
        self.message.clear_message()
        self.task = run_busy(self, text, work, done, failed or self._failed)
        return self.task

    def _done(self, text: str) -> None:
        self.refresh()
        self.message.show_message(text, "success")

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        self.message.show_message(error_text(exc))
