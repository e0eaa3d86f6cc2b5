"""Settings: back up now, verify the store, restore from a backup file, move the data folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from sxcounsel.core import permissions
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.operations import Operation
from sxcounsel.gui.settings.move_dialog import MoveDialog
from sxcounsel.gui.settings.restore_dialog import RestoreDialog
from sxcounsel.gui.widgets.busy import run_busy
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.account_session import Session
from sxcounsel.services.maintenance import VerifyReport, make_backup, verify
from sxcounsel.store.paths import choosable


class DataBox(QGroupBox):
    # Work that needs the store closed, done by the window: a RestoreRequest or a MoveRequest.
    restore_requested = Signal(object)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(self.tr("Data safety"), parent)
        self.setObjectName("dataBox")
        self.session = session
        can_backup = permissions.allowed(session.account, "make", "backups")
        intro = QLabel(
            self.tr(
                "Make a backup at least once a week and keep it apart from this computer, "
                "for example on a USB stick. Backups are encrypted."
            )
            if can_backup
            else self.tr("Check that the records on this computer are whole and unaltered."),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.backup = QPushButton(self.tr("&Back up now…"), self)
        self.backup.setObjectName("backupNow")
        self.backup.clicked.connect(self.ask_backup_file)
        self.verify = QPushButton(self.tr("Chec&k the store"), self)
        self.verify.setObjectName("verifyStore")
        self.verify.clicked.connect(self.run_verify)
        self.restore = QPushButton(self.tr("&Restore from a backup…"), self)
        self.restore.setObjectName("restoreBackup")
        self.restore.clicked.connect(self.open_restore)
        self.move = QPushButton(self.tr("&Move data folder…"), self)
        self.move.setObjectName("moveDataFolder")
        self.move.clicked.connect(self.open_move)
        home = session.store.paths.home
        if not choosable(home):
            self.move.setEnabled(False)
            self.move.setToolTip(
                self.tr(
                    "The data folder was given when the program was started (SXCOUNSEL_HOME "
                    "or --home); change it there."
                )
            )
        self.message = MessageLabel(self)
        row = QHBoxLayout()
        for button in (self.backup, self.verify, self.restore, self.move):
            row.addWidget(button)
        row.addStretch(1)
        self.backup.setVisible(can_backup)
        self.restore.setVisible(can_backup)
        self.move.setVisible(can_backup)  # those who may restore the records may move them
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.message)

    # -- backup -------------------------------------------------------------------------------
    def ask_backup_file(self) -> None:
        self.message.clear_message()
        dialog = QFileDialog(self, self.tr("Save the backup"))
        dialog.setObjectName("backupFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("sxcounsel backups (*.sxbak)"))
        dialog.setDefaultSuffix("sxbak")
        dialog.selectFile(f"sxcounsel-{date.today():%Y%m%d}.sxbak")
        dialog.fileSelected.connect(lambda name: self.backup_to(Path(name)))
        dialog.open()

    def backup_to(self, path: Path):
        session = self.session
        return run_busy(
            self,
            self.tr("Writing the backup…"),
            Operation(lambda s: make_backup(s, path), session=session, kind="write"),
            lambda size: self._backed_up(path, size),
            self._failed,
        )

    def _backed_up(self, path: Path, size: int) -> None:
        text = self.tr("Backup saved to %1 (%2 MB). Keep it apart from this computer.")
        self.message.show_message(fill(text, path, f"{size / 1e6:.1f}"), "success")

    # -- verify -------------------------------------------------------------------------------
    def run_verify(self):
        self.message.clear_message()
        session = self.session
        return run_busy(
            self,
            self.tr("Checking every page of the store and the audit log…"),
            Operation(verify, session=session, kind="write"),  # locking waits for it
            self._verified,
            self._failed,
        )

    def _verified(self, report: VerifyReport) -> None:
        if report.ok:
            text = self.tr(
                "The store is sound: every page checks out and the audit log of %n "
                "entries is intact.",
                "",
                report.audit_entries,
            )
            self.message.show_message(text, "success")
            return
        text = self.tr("The store is damaged (%1). Restore the newest backup.")
        self.message.show_message(fill(text, "; ".join(report.problems)))

    # -- restore ------------------------------------------------------------------------------
    def open_restore(self) -> None:
        self.message.clear_message()
        dialog = RestoreDialog(self.session.username, self)
        dialog.requested.connect(self.restore_requested)
        dialog.open()
        self.restore_dialog = dialog

    # -- move the data folder -----------------------------------------------------------------
    def open_move(self) -> MoveDialog:
        self.message.clear_message()
        dialog = MoveDialog(self.session.store.paths.home, self.session.username, self)
        dialog.requested.connect(self.restore_requested)
        dialog.open()
        self.move_dialog = dialog
        return dialog

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))
