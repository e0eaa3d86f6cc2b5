"""The status bar while unlocked: school, account and roles, and the lock button."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from sxcounsel.gui.labels import fill, role_names
from sxcounsel.services.account_session import Session


class SessionStatus(QStatusBar):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionStatus")
        self.setSizeGripEnabled(False)
        school = session.store.meta("school_name") or session.store.meta("county_name")
        text = self.tr("%1 · %2 (%3)")
        name = session.account.display_name or session.username
        self.summary = QLabel(
            fill(text, school, name, role_names(session.roles)),
            self,
        )
        self.summary.setObjectName("sessionSummary")
        self.lock_button = QPushButton(self.tr("Lock (Ctrl+L)"), self)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(self.tr("Lock now; unlock again with your passphrase."))
        self.sync_state = QLabel(self)
        self.sync_state.setObjectName("syncState")
        self.addWidget(self.summary, 1)
        self.addPermanentWidget(self.sync_state)
        self.addPermanentWidget(self.lock_button)
