"""Parts shared by the small dialogs that run one piece of work off the GUI thread.

A ``WorkDialog`` holds the running ``Operation`` (``self.task``), a thin busy bar and an
OK/Cancel button box; while the work runs the buttons and the dialog's inputs are disabled and
Escape does nothing, so running work is never abandoned. ``role_boxes`` builds the column of
role check boxes used wherever an account's roles are chosen.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core.roles import assignable_roles
from sxcounsel.gui.labels import role_name
from sxcounsel.gui.operations import Operation


def thin_busy_bar(parent: QWidget) -> QProgressBar:
    """A hidden, text-less, indeterminate bar six pixels high."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


def role_boxes(parent: QWidget, object_prefix: str) -> tuple[QWidget, dict[str, QCheckBox]]:
    """A column with one check box per assignable role, named ``{object_prefix}{role}``."""
    roles = QWidget(parent)
    column = QVBoxLayout(roles)
    column.setContentsMargins(0, 0, 0, 0)
    boxes: dict[str, QCheckBox] = {}
    for role in assignable_roles():
        box = QCheckBox(role_name(role), roles)
        box.setObjectName(f"{object_prefix}{role}")
        column.addWidget(box)
        boxes[role] = box
    return roles, boxes


class WorkDialog(QDialog):
    """A dialog whose OK starts one ``Operation``; see the module docstring."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.task: Operation | None = None

    def add_work_parts(self, ok_text: str) -> QPushButton:
        """Create ``self.busy`` and ``self.buttons`` (OK submits); returns the OK button.

        Called after the fields are made, so the tab order runs fields first, then buttons.
        """
        self.busy = thin_busy_bar(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setProperty("primary", True)
        return ok

    def running(self) -> bool:
        return self.task is not None and self.task.running

    def submit(self) -> None:
        raise NotImplementedError

    def inputs(self) -> Iterable[QWidget]:
        """The fields disabled while the work runs (besides the buttons)."""
        return ()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)
        for w in self.inputs():
            w.setEnabled(not busy)

    def reject(self) -> None:
        if self.running():
            return
        super().reject()


__all__: list[str] = ["WorkDialog", "role_boxes", "thin_busy_bar"]
