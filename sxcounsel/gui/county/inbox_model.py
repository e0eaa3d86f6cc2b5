"""The inbox's result list: one row per bundle file (imported, already imported, refused)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from sxcounsel.county.inbox import ALREADY, IMPORTED, InboxResult
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists.base_model import ALERT, MUTED

Index = QModelIndex | QPersistentModelIndex
STATUS_COLUMN = 2


class InboxModel(QAbstractTableModel):
    def __init__(self, names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.names = names  # school code -> name
        self.results: list[InboxResult] = []
        self.titles = [self.tr("File"), self.tr("School"), self.tr("Result"), self.tr("Details")]

    def add(self, results: list[InboxResult]) -> None:
        """Newest run first."""
        self.beginResetModel()
        self.results = [*results, *self.results]
        self.endResetModel()

    def status_text(self, r: InboxResult) -> str:
        if r.status == IMPORTED:
            return self.tr("Imported")
        return self.tr("Already imported") if r.status == ALREADY else self.tr("Refused")

    def refusal_text(self, exc: BaseException) -> str:
        """Why a bundle was refused, by the check that failed (one translated sentence)."""
        check = getattr(exc, "check", "")
        texts = {
            "format": self.tr("This is not a valid sxcounsel bundle."),
            "truncated": self.tr("The file is truncated or damaged."),
            "size": self.tr("The file is too large to be a bundle."),
            "sender": self.tr("The school is not enrolled here, or the bundle is signed with another key."),
            "outer_signature": self.tr("The signature does not match: the file was changed after the school sealed it."),
            "inner_signature": self.tr("The signature does not match: the file was changed after the school sealed it."),
            "recipient": self.tr("The bundle is meant for another county center."),
            "decrypt": self.tr("The bundle is meant for another county center."),
            "replay": self.tr("A different bundle with this number was already imported (replayed or older)."),
            "chain": self.tr("The bundle does not follow this school's previous bundle."),
            "payload": self.tr("The content of the bundle is damaged."),
        }  # fmt: skip
        return texts.get(check) or error_text(exc)

    def detail_text(self, r: InboxResult) -> str:
        if r.error is not None:
            return self.refusal_text(r.error)
        if r.status == ALREADY:
            return self.tr("Nothing changed.")
        text = self.tr("%n record(s)", "", r.records)
        if r.quarantined:
            text += "；" + self.tr("%n set aside", "", r.quarantined)
        if r.gaps:
            text += "；" + fill(
                self.tr("still missing bundle %1"), "、".join(map(str, r.gaps[:10]))
            )
        return text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.results[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                r.file,
                self.names.get(r.school_code, r.school_code),
                self.status_text(r),
                self.detail_text(r),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN:
            return (
                ALERT
                if r.status not in (IMPORTED, ALREADY)
                else MUTED
                if r.status == ALREADY
                else None
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None
