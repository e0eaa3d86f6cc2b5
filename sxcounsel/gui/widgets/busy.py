"""A modal busy dialog for long work running off the GUI thread.

It polls a ``core.progress.Progress`` (when the work takes one) from a timer, shows a
determinate bar once the total is known, and offers Cancel only for cancellable work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core.progress import Progress
from sxcounsel.gui.operations import Operation

POLL_MS = 100


def show_progress(bar: QProgressBar, progress: Progress | None) -> None:
    """Show how far ``progress`` is on ``bar``, once its total is known (else the bar stays
    indeterminate)."""
    if progress is None:
        return
    snap = progress.snapshot()
    if snap.total > 0:
        bar.setRange(0, snap.total)
        bar.setValue(min(snap.done, snap.total))


class BusyDialog(QDialog):
    def __init__(self, parent: QWidget, text: str, progress: Progress | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyDialog")
        self.setWindowTitle(self.tr("Please wait"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.progress = progress
        self._done = False
        layout = QVBoxLayout(self)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        if progress is not None:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
            buttons.rejected.connect(self._cancel)
            layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        show_progress(self.bar, self.progress)

    def _cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:  # Escape: cancel if possible, never just hide running work
        if self._done:
            super().reject()
        else:
            self._cancel()

    def finish(self) -> None:
        self._done = True
        self._timer.stop()
        self.accept()


def run_busy(
    parent: QWidget,
    text: str,
    op: Operation,
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Operation:
    """Start ``op`` (not started yet) behind a BusyDialog polling its progress; the callbacks
    run after the dialog closes."""
    dialog = BusyDialog(parent, text, op.progress)
    op.finished.connect(dialog.finish)
    op.finished.connect(dialog.deleteLater)
    op.succeeded.connect(on_success)
    op.failed.connect(on_error)
    dialog.open()
    return op.start()


__all__ = ["BusyDialog", "run_busy", "show_progress"]
