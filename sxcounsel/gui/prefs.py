"""Per-user preferences kept with QSettings.

Only the interface's own state lives here (language, auto-lock delay, the last account name
used on this computer): never student data, never a key or passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from sxcounsel.gui.i18n import DEFAULT_LANGUAGE, LANGUAGES

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
