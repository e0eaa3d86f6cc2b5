"""Roster wizard, step 3: the import itself, with a progress bar, and its summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWizardPage

from sxcounsel.core.progress import Progress
from sxcounsel.gui import operations
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.operations import Operation
from sxcounsel.gui.widgets.busy import show_progress
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.roster.layout import Layout
from sxcounsel.services.roster import ImportSummary, import_roster

if TYPE_CHECKING:
    from sxcounsel.gui.page_context import PageContext

POLL_MS = 100


class ImportPage(QWizardPage):
    def __init__(
        self,
        ctx: PageContext,
        path: Callable[[], Path],
        parent=None,
        layout: Callable[[], Layout] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.layout_of = layout or Layout
        self.task: Operation | None = None
        self.progress: Progress | None = None
        self.summary: ImportSummary | None = None
        self.setTitle(self.tr("Importing the roster"))
        self.setSubTitle(
            self.tr(
                "The students are written in one step: if anything goes wrong, none of them is."
            )
        )
        self.bar = QProgressBar(self)
        self.bar.setObjectName("rosterProgress")
        self.bar.setRange(0, 0)
        self.status = MessageLabel(self)
        self.status.setObjectName("rosterResult")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def running(self) -> bool:
        return self.task is not None and self.task.running

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.status.show_message(self.tr("Cancelling…"), "info")

    def initializePage(self) -> None:
        self.summary = None
        self.progress = progress = Progress()
        session, path, layout = self.ctx.session, self.path(), self.layout_of()
        self.status.show_message(self.tr("Writing the students…"), "info")
        self.bar.show()
        self.timer.start()
        self.task = operations.write(
            lambda s: import_roster(s, path, progress=progress, layout=layout),
            self._done,
            self._failed,
            session=session,
            changes=("student", ""),  # every page listening hears it once
            parent=self,
            progress=progress,
        )

    def isComplete(self) -> bool:
        return not self.running()

    def _poll(self) -> None:
        show_progress(self.bar, self.progress)

    def _finish(self) -> None:
        self.timer.stop()
        self.bar.hide()
        self.completeChanged.emit()

    def _done(self, summary: ImportSummary) -> None:
        self.summary = summary
        self._finish()
        self.status.show_message(
            fill(
                self.tr(
                    "The roster was imported: %1 new students, %2 updated, %3 unchanged. The "
                    "import is recorded in the audit log."
                ),
                summary.new,
                summary.updated,
                summary.unchanged,
            ),
            "success",
        )

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.status.show_message(
            error_text(exc) + " " + self.tr("No student was written."), "error"
        )
