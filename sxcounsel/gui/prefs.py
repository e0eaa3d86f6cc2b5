"""Per-user preferences kept with QSettings.

Only the interface's own state lives here (language, auto-lock delay, the last account name
used on this computer): never student data, never a key or passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from sxcounsel.gui.i18n import DEFAULT_LANGUAGE, LANGUAGES
from sxcounsel.services.autobackup import DEFAULT_KEEP, MAX_KEEP, MIN_KEEP

DEFAULT_AUTOLOCK_MINUTES = 10
MIN_AUTOLOCK_MINUTES, MAX_AUTOLOCK_MINUTES = 1, 120


class Prefs(QObject):
    autolock_changed = Signal(int)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._s = settings if settings is not None else QSettings()

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else DEFAULT_LANGUAGE)
        self._s.sync()

    @property
    def autolock_minutes(self) -> int:
        try:
            value = int(self._s.value("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES))
        except (TypeError, ValueError):
            value = DEFAULT_AUTOLOCK_MINUTES
        return min(max(value, MIN_AUTOLOCK_MINUTES), MAX_AUTOLOCK_MINUTES)

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        value = min(max(int(value), MIN_AUTOLOCK_MINUTES), MAX_AUTOLOCK_MINUTES)
        self._s.setValue("security/autolock_minutes", value)
        self._s.sync()
        self.autolock_changed.emit(value)

    @property
    def last_user(self) -> str:
        return str(self._s.value("session/last_user", ""))

    @last_user.setter
    def last_user(self, value: str) -> None:
        self._s.setValue("session/last_user", value)
        self._s.sync()

    # -- automatic backup on exit (a folder path, never data) --------------------------------
    @property
    def autobackup_folder(self) -> str:
        return str(self._s.value("backup/auto_folder", "") or "")

    @autobackup_folder.setter
    def autobackup_folder(self, value: str) -> None:
        self._s.setValue("backup/auto_folder", value)
        self._s.sync()

    @property
    def autobackup_keep(self) -> int:
        try:
            value = int(self._s.value("backup/auto_keep", DEFAULT_KEEP))
        except (TypeError, ValueError):
            value = DEFAULT_KEEP
        return min(max(value, MIN_KEEP), MAX_KEEP)

    @autobackup_keep.setter
    def autobackup_keep(self, value: int) -> None:
        self._s.setValue("backup/auto_keep", min(max(int(value), MIN_KEEP), MAX_KEEP))
        self._s.sync()

    # -- interface state kept by pages (column widths, quick filters) ------------------------
    def get(self, key: str, default: object = None) -> object:
        return self._s.value(key, default)

    def put(self, key: str, value: object) -> None:
        self._s.setValue(key, value)
        self._s.sync()
