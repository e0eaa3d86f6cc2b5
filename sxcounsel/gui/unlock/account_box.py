"""The unlock screen's account list: people by name, the login underneath.

Before the store is open only the key-slot file is readable, and it names accounts by login.
After each unlock the screen remembers, on this computer, how each account of the store is
called (王丽（心理教师）); the list shows that name from then on and keeps the login as the
item's data. ``currentText`` and ``setCurrentText`` speak logins, as the rest of the unlock
screen (and the recovery dialog) does.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from sxcounsel.gui.labels import role_names
from sxcounsel.gui.prefs import Prefs
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import list_accounts

_KEY = "unlock/people"  # {home folder: {login: label}} as JSON


def _known(prefs: Prefs) -> dict[str, dict[str, str]]:
    try:
        value = json.loads(str(prefs.get(_KEY, "") or "{}"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def remember_people(prefs: Prefs, home: Path, session: Session) -> None:
    """Keep each account's name and roles for the next unlock screen of ``home``."""
    people = {
        a.username: f"{a.display_name}（{role_names(a.roles)}）"
        for a in list_accounts(session)
        if a.display_name
    }
    known = _known(prefs)
    known[str(Path(home).resolve())] = people
    prefs.put(_KEY, json.dumps(known, ensure_ascii=False))


def known_people(prefs: Prefs, home: Path) -> dict[str, str]:
    """login -> 王丽（心理教师） for the accounts of ``home`` seen unlocked here."""
    people = _known(prefs).get(str(Path(home).resolve()), {})
    return {str(k): str(v) for k, v in people.items()} if isinstance(people, dict) else {}


class AccountBox(QComboBox):
    """Accounts by name; the login is the item's data and what ``currentText`` returns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def set_accounts(self, logins: list[str], labels: dict[str, str]) -> None:
        self.clear()
        for login in logins:
            self.addItem(labels.get(login, login), login)
            if login in labels:
                self.setItemData(self.count() - 1, login, Qt.ItemDataRole.ToolTipRole)

    def logins(self) -> list[str]:
        return [str(self.itemData(i)) for i in range(self.count())]

    def currentText(self) -> str:  # Qt's name, speaking logins
        """The chosen account's login."""
        data = self.currentData()
        return str(data) if data is not None else ""

    def setCurrentText(self, text: str) -> None:  # Qt's name, speaking logins
        """Choose the account by its login (or by the name shown)."""
        index = self.findData(text)
        if index < 0:
            index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)
