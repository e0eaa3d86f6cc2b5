"""Shown on the unlock screen when the store is damaged: the newest backup, and a button that
restores it (the damaged store is kept aside by the restore, never deleted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.operations import Operation, job
from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.damage import FoundBackup, find_backups
from sxcounsel.services.maintenance import restore


class DamagedPanel(QWidget):
    restored = Signal(str)  # the account that restored it
    busy_changed = Signal(bool)

    def __init__(self, home: Path, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedPanel")
        self.home, self.prefs = Path(home), prefs
        self.newest: FoundBackup | None = None
        self.task: Operation | None = None
        self.text = MessageLabel(self)
        self.text.setObjectName("damagedText")
        self.button = QPushButton(self.tr("Restore from the newest backup"), self)
        self.button.setObjectName("restoreNewestButton")
        self.button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.hide()

    def show_damage(self) -> None:
        """Say the store is damaged and name the newest backup, if there is one."""
        found = find_backups(self.home, self.prefs.autobackup_folder)
        self.newest = found[0] if found else None
        if self.newest is None:
            self.text.show_message(
                self.tr(
                    "The records on this computer are damaged and no backup was found in the "
                    "automatic-backup folder or the data folder. Plug in the USB stick with the "
                    "backups and try again, or restore a backup file from the command line. Do "
                    "not delete the data folder."
                )
            )
            self.button.hide()
        else:
            kind = (
                self.tr("automatic backup")
                if self.newest.kind == "automatic"
                else self.tr("backup made before an upgrade")
            )
            made = self.newest.made.astimezone().strftime("%Y-%m-%d %H:%M")
            self.text.show_message(
                fill(
                    self.tr(
                        "The records on this computer are damaged. The newest backup is the "
                        "%1 of %2. Enter the passphrase it was made with and restore it; the "
                        "damaged records are kept aside in the data folder."
                    ),
                    kind,
                    made,
                )
            )
            self.button.show()
        self.show()

    def restore(self, username: str, passphrase: str) -> bool:
        """Restore the newest backup off the GUI thread; False if there is nothing to do."""
        if self.newest is None or (self.task is not None and self.task.running):
            return False
        home, file = self.home, self.newest.path
        self.busy_changed.emit(True)
        self.button.setEnabled(False)
        self.task = job(
            lambda: restore(home, file, username=username, passphrase=passphrase),
            lambda _result: self._done(username),
            self._failed,
            parent=self,
        )
        return True

    def _done(self, username: str) -> None:
        self.busy_changed.emit(False)
        self.button.setEnabled(True)
        self.text.clear_message()
        self.button.hide()
        self.hide()
        self.restored.emit(username)

    def _failed(self, exc: BaseException) -> None:
        self.busy_changed.emit(False)
        self.button.setEnabled(True)
        self.text.show_message(error_text(exc))
