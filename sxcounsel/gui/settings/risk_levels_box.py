"""Settings (counselors, administrators): the school's risk levels (预警等级), most severe
first. Levels can be renamed, added, reordered and removed; the service refuses to drop a
level a live record still uses, and its refusal is shown as one sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.gui import operations
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.account_session import Session
from sxcounsel.services.risklevels import MAX_LEVELS, get_risk_levels, set_risk_levels

_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class RiskLevelsBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Risk levels"), parent)
        self.setObjectName("riskLevelsBox")
        self.session = session
        self.pending: operations.Operation | None = None
        intro = QLabel(
            self.tr(
                "The warning levels of key-concern cases, referrals and sessions, most severe "
                "first. Double-click a level to rename it. A level still used by a record "
                "cannot be removed."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("riskLevelList")
        self.list.setMaximumWidth(220)
        self.list.setSpacing(2)
        self.list.setMinimumHeight(150)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.list.itemChanged.connect(lambda _i: self._edited())
        self.add = self._button(self.tr("&Add level"), "addRiskLevel", self.add_level)
        self.remove = self._button(self.tr("Remove"), "removeRiskLevel", self.remove_level)
        self.up = self._button(self.tr("Move up"), "riskLevelUp", lambda: self.move(-1))
        self.down = self._button(self.tr("Move down"), "riskLevelDown", lambda: self.move(1))
        self.save = self._button(self.tr("Save risk levels"), "saveRiskLevels", self.save_levels)
        self.save.setProperty("primary", True)
        self.message = MessageLabel(self)
        buttons = QVBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.stored: tuple[str, ...] = ()
        self.reload()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())  # type: ignore[operator]
        return button

    # -- content ------------------------------------------------------------------------------
    def levels(self) -> list[str]:
        """The levels as shown, most severe first (trimmed; empty rows left out)."""
        texts = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return [t for t in texts if t]

    def show_levels(self, levels: tuple[str, ...] | list[str]) -> None:
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for level in levels:
                item = QListWidgetItem(level)
                item.setFlags(_EDITABLE)
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        self._update_buttons()

    def reload(self) -> None:
        try:
            self.stored = get_risk_levels(self.session)
        except Exception as exc:  # one sentence, never a traceback
            self.message.show_message(error_text(exc))
            return
        self.show_levels(self.stored)

    def _edited(self) -> None:
        self.message.clear_message()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        busy = self.pending is not None and self.pending.running
        self.add.setEnabled(not busy and count < MAX_LEVELS)
        self.remove.setEnabled(not busy and row >= 0 and count > 1)
        self.up.setEnabled(not busy and row > 0)
        self.down.setEnabled(not busy and 0 <= row < count - 1)
        self.save.setEnabled(not busy and tuple(self.levels()) != self.stored)

    # -- editing ------------------------------------------------------------------------------
    def add_level(self) -> None:
        item = QListWidgetItem("")
        item.setFlags(_EDITABLE)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self._edited()

    def remove_level(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._edited()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._edited()

    def save_levels(self) -> operations.Operation | None:
        """Save the list as shown (a write operation); a refusal is shown as one sentence."""
        if self.pending is not None and self.pending.running:
            return None
        self.message.clear_message()
        levels = self.levels()

        def saved(stored: tuple[str, ...]) -> None:
            self.stored = tuple(stored)
            self.show_levels(self.stored)
            self.message.show_message(self.tr("The risk levels were saved."), "success")

        def refused(exc: BaseException) -> None:
            self.message.show_message(error_text(exc))
            self._update_buttons()

        self.pending = operations.write(
            lambda s: set_risk_levels(s, levels),
            saved,
            refused,
            session=self.session,
            changes=("setting", "risk_levels"),
            parent=self,
        )
        self._update_buttons()
        return self.pending
