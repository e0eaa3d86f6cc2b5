"""Settings → Move the data folder: choose the new folder; the window then locks, moves the
store (all or nothing) and shows the unlock screen on the new folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from sxcounsel.core.errors import SxError
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.widgets.folder_row import FolderRow, restore_card_warning
from sxcounsel.gui.widgets.layout import STRETCH, column_layout
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services import data_folder
from sxcounsel.store import paths


@dataclass(frozen=True)
class MoveRequest:
    """Move the store to ``target`` (checked when asked, checked again when moving)."""

    target: Path
    username: str


class MoveDialog(QDialog):
    requested = Signal(object)  # MoveRequest

    def __init__(self, home: Path, username: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Move the data folder"))
        self.home, self.username = Path(home), username
        intro = QLabel(
            self.tr(
                "The records, their account file and the backups kept beside them move to the "
                "new folder. The program locks first; afterwards you unlock the records in "
                "their new place. Choose an empty folder or a new one, on a drive that is not "
                "wiped at restart."
            ),
            self,
        )
        intro.setWordWrap(True)
        now = QLabel(str(self.home), self)
        now.setObjectName("currentFolder")
        now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        now.setWordWrap(True)
        self.row = FolderRow("moveTarget", self.tr("New folder for the records"), self)
        self.row.layout().setContentsMargins(0, 0, 0, 0)
        self.row.chosen.connect(self._chosen)
        self.usual = QPushButton(self.tr("&Usual folder"), self)
        self.usual.setObjectName("moveToUsual")
        self.usual.setToolTip(str(paths.platform_home()))
        self.usual.clicked.connect(lambda: self._chosen(str(paths.platform_home())))
        self.usual.setVisible(not paths.same_folder(self.home, paths.platform_home()))
        self.row.layout().addWidget(self.usual)
        form = QFormLayout()
        form.addRow(self.tr("Now in:"), now)
        form.addRow(self.tr("Move &to:"), self.row)
        label = form.labelForField(self.row)
        if isinstance(label, QLabel):
            label.setBuddy(self.row.path)
        self.warning = restore_card_warning(self)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        parts = (intro, form, self.warning, self.message, STRETCH, self.buttons)
        column_layout(self, parts, spacing=None, margins=None)
        self.setMinimumWidth(560)

    def _chosen(self, folder: str) -> None:
        """Show at once where the records would go (D:\\ gives D:\\sxcounsel), or why not."""
        self.message.clear_message()
        try:
            target = data_folder.move_target(self.home, Path(folder))
        except SxError as exc:
            self.row.path.setText(folder)
            self.message.show_message(error_text(exc))
            return
        self.row.path.setText(str(target))

    def accept(self) -> None:
        self.message.clear_message()
        folder = self.row.folder()
        if folder is None:
            self.message.show_message(self.tr("Type the full path of a folder, or choose one."))
            self.row.path.setFocus()
            return
        try:
            target = data_folder.move_target(self.home, folder)
        except SxError as exc:
            self.message.show_message(error_text(exc))
            return
        self.requested.emit(MoveRequest(target, self.username))
        super().accept()
