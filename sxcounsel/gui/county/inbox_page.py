"""收件箱: bring the schools' bundles in — chosen files, a whole folder (a USB stick), files
dropped on the page, or a watched folder that is checked every few seconds.

Every import is a write operation (gui/operations.py) with a progress bar; each file gets one line in the result
list (imported / already imported / refused with the reason). Acknowledgements go to the
folder the operator chose (or beside each bundle) for the school to take back. Bundles that
``county serve`` receives online are imported by the server itself and appear in 学校.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core.errors import SxError
from sxcounsel.core.progress import Progress
from sxcounsel.county import data as county_data
from sxcounsel.county.importer import bundle_files
from sxcounsel.county.inbox import REFUSED, InboxRun, import_files
from sxcounsel.gui import operations
from sxcounsel.gui.county.inbox_model import InboxModel
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.operations import Operation
from sxcounsel.gui.widgets.busy import run_busy
from sxcounsel.gui.widgets.layout import button_row, column_layout
from sxcounsel.gui.widgets.messages import MessageLabel

if TYPE_CHECKING:
    from sxcounsel.gui.county.county_context import CountyContext

WATCH_SECONDS = 10
ACK_PREF, WATCH_PREF = "county/ack_folder", "county/watch_folder"


class InboxPage(QWidget):
    def __init__(self, ctx: CountyContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_inbox")
        self.setAcceptDrops(True)
        self.ctx = ctx
        self.task: Operation | None = None
        self.seen: set[tuple[str, int, float]] = set()  # watched files already handled
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Import the bundles schools bring on a USB stick or send by file: choose files "
                "or a folder, or drop them here. Each bundle is checked (signature, sender, "
                "order) before anything is stored; importing one twice changes nothing."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.files_button = QPushButton(self.tr("Import &files…"), self)
        self.files_button.setObjectName("importFiles")
        self.files_button.setProperty("primary", True)
        self.files_button.clicked.connect(self.ask_files)
        self.folder_button = QPushButton(self.tr("Import a f&older…"), self)
        self.folder_button.setObjectName("importFolder")
        self.folder_button.clicked.connect(self.ask_folder)
        buttons = button_row(self.files_button, self.folder_button)

        card = QFrame(self)
        card.setObjectName("card")
        grid = QVBoxLayout(card)
        grid.setContentsMargins(16, 12, 16, 12)
        self.ack_label = QLabel(card)
        self.ack_label.setObjectName("ackFolder")
        self.ack_label.setWordWrap(True)
        ack_button = QPushButton(self.tr("&Acknowledgements to…"), card)
        ack_button.setObjectName("chooseAckFolder")
        ack_button.clicked.connect(self.ask_ack_folder)
        self.watch_label = QLabel(card)
        self.watch_label.setObjectName("watchFolder")
        self.watch_label.setWordWrap(True)
        watch_button = QPushButton(self.tr("&Watch a folder…"), card)
        watch_button.setObjectName("chooseWatchFolder")
        watch_button.clicked.connect(self.ask_watch_folder)
        self.stop_button = QPushButton(self.tr("Stop watching"), card)
        self.stop_button.setObjectName("stopWatching")
        self.stop_button.clicked.connect(lambda: self.set_watch_folder(None))
        for label, *row_buttons in ((self.ack_label, ack_button),
                                    (self.watch_label, watch_button, self.stop_button)):  # fmt: skip
            row = QHBoxLayout()
            row.addWidget(label, 1)
            for b in row_buttons:
                row.addWidget(b)
            grid.addLayout(row)

        self.drop_hint = QLabel(
            self.tr("Drop bundle files (*.sxb) or folders anywhere on this page."), self
        )
        self.drop_hint.setObjectName("hint")
        self.model = InboxModel(self._names(), self)
        self.table = QTableView(self)
        self.table.setObjectName("inboxResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 210, 120)):
            self.table.setColumnWidth(column, width)
        self.message = MessageLabel(self)
        self.message.setObjectName("inboxMessage")

        parts = [heading, intro, buttons, card, self.message, self.drop_hint, (self.table, 1)]
        column_layout(self, parts)
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_SECONDS * 1000)
        self.timer.timeout.connect(self.check_watched)
        self._show_folders()
        if self.watch_folder() is not None:
            self.timer.start()

    # -- folders --------------------------------------------------------------------------------
    def ack_folder(self) -> Path | None:
        text = str(self.ctx.prefs.get(ACK_PREF, "") or "")
        return Path(text) if text else None

    def watch_folder(self) -> Path | None:
        text = str(self.ctx.prefs.get(WATCH_PREF, "") or "")
        return Path(text) if text else None

    def _show_folders(self) -> None:
        ack, watch = self.ack_folder(), self.watch_folder()
        self.ack_label.setText(
            fill(self.tr("Acknowledgements are written to %1."), str(ack))
            if ack
            else self.tr("Acknowledgements are written beside each bundle.")
        )
        self.watch_label.setText(
            fill(self.tr("Bundles arriving in %1 are imported automatically."), str(watch))
            if watch
            else self.tr("No folder is watched.")
        )
        self.stop_button.setVisible(watch is not None)

    def _folder_dialog(self, title: str, name: str, chosen) -> None:
        dialog = QFileDialog(self, title)
        dialog.setObjectName(name)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: chosen(Path(folder)))
        dialog.open()

    def ask_ack_folder(self) -> None:
        self._folder_dialog(
            self.tr("Folder for the acknowledgements"), "ackFolderDialog", self.set_ack_folder
        )

    def set_ack_folder(self, folder: Path | None) -> None:
        self.ctx.prefs.put(ACK_PREF, str(folder) if folder else "")
        self._show_folders()

    def ask_watch_folder(self) -> None:
        self._folder_dialog(
            self.tr("Folder to watch for bundles"), "watchFolderDialog", self.set_watch_folder
        )

    def set_watch_folder(self, folder: Path | None) -> None:
        self.ctx.prefs.put(WATCH_PREF, str(folder) if folder else "")
        self.seen.clear()
        self._show_folders()
        if folder is None:
            self.timer.stop()
        else:
            self.timer.start()
            self.check_watched()

    def check_watched(self) -> Operation | None:
        """Import the bundles that appeared in the watched folder since the last look."""
        folder = self.watch_folder()
        if folder is None or operations.busy() or not folder.is_dir():
            return None
        new = []
        for path in bundle_files([folder]):
            st = path.stat()
            mark = (path.name, st.st_size, st.st_mtime)
            if mark not in self.seen:
                self.seen.add(mark)
                new.append(path)
        if not new:
            return None
        session, ack = self.ctx.session, self.ack_folder()
        self.task = operations.write(
            lambda s: import_files(s, new, ack, Progress()),
            self._done,
            self._failed,
            session=session,
            changes=("", ""),
            parent=self,
        )
        return self.task

    # -- importing ------------------------------------------------------------------------------
    def ask_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Bundles from the schools"))
        dialog.setObjectName("bundleFilesDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([self.tr("Bundles (*.sxb)"), self.tr("All files (*)")])
        dialog.filesSelected.connect(lambda names: self.import_paths([Path(n) for n in names]))
        dialog.open()

    def ask_folder(self) -> None:
        self._folder_dialog(self.tr("Folder with bundles (a USB stick)"), "bundleFolderDialog",
                            lambda folder: self.import_paths([folder]))  # fmt: skip

    def import_paths(self, paths: list[Path]) -> Operation | None:
        self.message.clear_message()
        try:
            files = bundle_files(paths)
        except SxError as exc:
            self.message.show_message(error_text(exc))
            return None
        if not files:
            self.message.show_message(self.tr("No bundles (*.sxb) were found there."), "info")
            return None
        session, ack, progress = self.ctx.session, self.ack_folder(), Progress()
        self.task = run_busy(
            self,
            self.tr("Checking and importing %n bundle(s)…", "", len(files)),
            Operation(
                lambda s: import_files(s, files, ack, progress),
                session=session,
                kind="write",
                changes=("", ""),
                progress=progress,
            ),
            self._done,
            self._failed,
        )
        return self.task

    def _done(self, run: InboxRun) -> None:
        self.model.names = run.names
        self.model.add(run.results)
        for r in run.results:
            if r.status == REFUSED and r.school_code:
                self.ctx.refused[r.school_code] = self.ctx.refused.get(r.school_code, 0) + 1
        refused = sum(r.status == REFUSED for r in run.results)
        if run.ack_error is not None:
            self.message.show_message(error_text(run.ack_error))
        elif refused:
            self.message.show_message(
                self.tr("%n bundle(s) were refused; see the reasons below.", "", refused)
            )
        else:
            self.message.show_message(
                fill(self.tr("Done. Acknowledgements written: %1."), len(run.acks)), "success"
            )

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc))

    def _names(self) -> dict[str, str]:
        return {s.code: s.name for s in county_data.schools(self.ctx.session.store)}

    # -- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
