"""Settings: auto-lock, language, own passphrase, accounts (admin), risk levels (counselors,
administrators), backup/verify/restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sxcounsel import __version__
from sxcounsel.core import permissions
from sxcounsel.gui.i18n import LANGUAGES
from sxcounsel.gui.prefs import MAX_AUTOLOCK_MINUTES, MIN_AUTOLOCK_MINUTES, Prefs
from sxcounsel.gui.settings.account_box import MyAccountBox
from sxcounsel.gui.settings.accounts_box import AccountsBox
from sxcounsel.gui.settings.autobackup_box import AutoBackupBox
from sxcounsel.gui.settings.data_box import DataBox
from sxcounsel.gui.settings.risk_levels_box import RiskLevelsBox
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.account_session import Session


class SettingsPage(QWidget):
    restore_requested = Signal(object)

    def __init__(self, session: Session, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings")
        self.prefs = prefs
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")

        content = QWidget()
        content.setObjectName("scrollContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(14)
        column.addWidget(self._general())
        self.my_account = MyAccountBox(session, content)
        column.addWidget(self.my_account)
        self.accounts: AccountsBox | None = None
        if permissions.allowed(session.account, "manage", "accounts"):
            self.accounts = AccountsBox(session, content)
            column.addWidget(self.accounts)
        self.risk_levels: RiskLevelsBox | None = None
        if permissions.allowed(session.account, "write", "risk_levels"):
            self.risk_levels = RiskLevelsBox(session, content)
            column.addWidget(self.risk_levels)
        self.data = DataBox(session, content)
        self.data.restore_requested.connect(self.restore_requested)
        column.addWidget(self.data)
        self.auto_backup: AutoBackupBox | None = None
        if permissions.allowed(session.account, "make", "backups"):
            self.auto_backup = AutoBackupBox(prefs, content)
            column.addWidget(self.auto_backup)
        column.addWidget(self._about(session))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 16, 12)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(scroll, 1)

    def _general(self) -> QGroupBox:
        box = QGroupBox(self.tr("General"))
        self.autolock = QSpinBox(box)
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setRange(MIN_AUTOLOCK_MINUTES, MAX_AUTOLOCK_MINUTES)
        self.autolock.setValue(self.prefs.autolock_minutes)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.valueChanged.connect(self._set_autolock)
        autolock_hint = QLabel(
            self.tr("Lock after this many minutes without keyboard or mouse input."), box
        )
        autolock_hint.setObjectName("hint")
        autolock_hint.setWordWrap(True)
        self.language = QComboBox(box)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(self.prefs.language))
        self.language.currentIndexChanged.connect(self._set_language)
        self.language_message = MessageLabel(box)
        self.autolock.setMinimumWidth(130)
        self.language.setMinimumWidth(200)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout(box)
        autolock_row = QWidget(box)
        row = QHBoxLayout(autolock_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.autolock)
        row.addWidget(autolock_hint, 1)
        form.addRow(self.tr("&Auto-lock:"), autolock_row)
        label = form.labelForField(autolock_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.autolock)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_message)
        return box

    def _set_autolock(self, minutes: int) -> None:
        self.prefs.autolock_minutes = minutes

    def _set_language(self, index: int) -> None:
        self.prefs.language = str(self.language.itemData(index))
        self.language_message.show_message(
            self.tr("The new language is used from the next start of the program."), "info"
        )

    def _about(self, session: Session) -> QGroupBox:
        box = QGroupBox(self.tr("About"))
        form = QFormLayout(box)
        version = QLabel(__version__, box)
        folder = QLabel(str(session.store.paths.home), box)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        form.addRow(self.tr("Version:"), version)
        form.addRow(self.tr("Data folder:"), folder)
        return box
