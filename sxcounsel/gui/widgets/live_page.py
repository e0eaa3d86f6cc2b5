"""A page that reads its figures in the background and keeps them current cheaply."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LivePage(QWidget):
    """Records changed while the page is shown reload it at once; changed while it is hidden,
    they mark it stale and it reloads the next time it is shown (also the first time)."""

    _stale = True

    def reload(self) -> Any:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload_or_mark_stale(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True


__all__ = ["LivePage"]
