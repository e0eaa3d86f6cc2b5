"""Wizard page 0: where to keep the records (数据保存位置).

The usual folder of this computer (``%LOCALAPPDATA%\\sxcounsel`` on Windows), another folder
or drive, or a folder that already holds the records: after a restore card (还原卡) wiped
drive C: the records on D: are still there, only this computer forgot where they are. The
choice is remembered only once it worked: a new store created there, or the records found.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from sxcounsel.core.errors import SxError
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.widgets.folder_row import INDENT, FolderRow, restore_card_warning
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services import data_folder
from sxcounsel.store import paths


class FolderPage(QWizardPage):
    """``claim(home)`` takes the folder for this window (one instance per data folder);
    ``existing(home, notice)`` is emitted when the chosen folder already holds records."""

    existing = Signal(object, str)

    def __init__(self, home: Path, claim: Callable[[Path], bool]) -> None:
        super().__init__()
        self.setObjectName("folderPage")
        self.setTitle(self.tr("Where to keep the records"))
        self.setSubTitle(
            self.tr(
                "The records are kept, encrypted, in one folder. Keep the usual folder of this "
                "computer, or choose another folder or drive."
            )
        )
        self.home = Path(home)
        self._claim = claim
        self.usual = QRadioButton(self.tr("The &usual folder of this computer"), self)
        self.usual.setObjectName("folderUsual")
        usual_path = QLabel(str(paths.platform_home()), self)
        usual_path.setObjectName("usualFolderPath")
        usual_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        usual_path.setWordWrap(True)
        usual_path.setIndent(INDENT)
        self.other = QRadioButton(self.tr("&Another folder or drive"), self)
        self.other.setObjectName("folderOther")
        self.other_row = FolderRow("otherFolder", self.tr("Folder for the records"), self)
        self.found = QRadioButton(
            self.tr("Records al&ready kept in a folder (this computer was reset, or is new)"),
            self,
        )
        self.found.setObjectName("folderExisting")
        self.found_row = FolderRow("existingFolder", self.tr("Folder holding the records"), self)
        self.group = QButtonGroup(self)
        for button in (self.usual, self.other, self.found):
            self.group.addButton(button)
        for button, row in ((self.other, self.other_row), (self.found, self.found_row)):
            row.edited.connect(lambda button=button: button.setChecked(True))
            row.chosen.connect(lambda _f, button=button: button.setChecked(True))
        self.other_row.chosen.connect(self._other_chosen)
        self.group.buttonToggled.connect(lambda *_: self.message.clear_message())
        self.warning = restore_card_warning(self)
        self.message = MessageLabel(self)
        self.message.setObjectName("folderMessage")

        layout = QVBoxLayout(self)
        for widget in (
            self.usual,
            usual_path,
            self.other,
            self.other_row,
            self.found,
            self.found_row,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        self._start_with(self.home)

    def _start_with(self, home: Path) -> None:
        if paths.same_folder(home, paths.platform_home()):
            found = data_folder.found_elsewhere()
            if not found:
                self.usual.setChecked(True)
                return
            # Drive C: was restored (the pointer with it); the records are on another disk.
            self.found.setChecked(True)
            self.found_row.path.setText(str(found[0]))
            text = self.tr("Records were found in %1. Press Next to use them, or choose below.")
            self.message.show_message(fill(text, str(found[0])), "info")
            return
        # A remembered folder without records: a drive not plugged in, most likely.
        self.found.setChecked(True)
        self.found_row.path.setText(str(home))
        self.message.show_message(
            fill(
                self.tr(
                    "No records were found in %1, the folder this computer remembers. If it "
                    "is on a USB drive or another disk, connect it, then press Next; or choose "
                    "another option."
                ),
                str(home),
            ),
            "info",
        )

    def _other_chosen(self, folder: str) -> None:
        """Show at once where the records will go (D:\\ gives D:\\sxcounsel)."""
        self.message.clear_message()
        try:
            place = data_folder.place_for(Path(folder))
        except SxError as exc:
            self.message.show_message(error_text(exc))
            return
        if place.existing:
            self.found.setChecked(True)
            self.found_row.path.setText(str(place.home))
            self.message.show_message(
                self.tr("This folder already holds records: press Next to use them."), "info"
            )
        else:
            self.other_row.path.setText(str(place.home))

    # -- leaving the page ---------------------------------------------------------------------
    def validatePage(self) -> bool:
        self.message.clear_message()
        try:
            place = self._place()
        except SxError as exc:
            self.message.show_message(error_text(exc))
            return False
        if place is None:
            self.message.show_message(self.tr("Type the full path of a folder, or choose one."))
            return False
        if not self._claim(place.home):
            self.message.show_message(
                self.tr("The records in this folder are open in another sxcounsel window.")
            )
            return False
        if place.existing:
            notice = ""
            try:
                data_folder.remember(place.home)
            except SxError as exc:
                notice = error_text(exc)
            self.existing.emit(place.home, notice)
            return False  # the window shows the unlock screen in the wizard's place
        self.home = place.home
        return True

    def _place(self) -> data_folder.Place | None:
        if self.usual.isChecked():
            return data_folder.place_for(paths.platform_home())
        if self.other.isChecked():
            folder = self.other_row.folder()
            return None if folder is None else data_folder.place_for(folder)
        folder = self.found_row.folder()
        if folder is None:
            return None
        return data_folder.Place(data_folder.existing_store(folder), True)
