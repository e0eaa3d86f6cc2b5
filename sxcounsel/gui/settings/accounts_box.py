"""Settings (administrators): the staff accounts of this school, and adding one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill, role_names
from sxcounsel.gui.settings.add_user_dialog import AddUserDialog
from sxcounsel.gui.settings.slot_findings import findings_text
from sxcounsel.gui.widgets.layout import button_row, column_layout
from sxcounsel.gui.widgets.messages import MessageLabel
from sxcounsel.services.account_session import Account, Session
from sxcounsel.services.accounts import list_accounts


class AccountsBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Accounts"), parent)
        self.setObjectName("accountsBox")
        self.session = session
        self.table = QTreeWidget(self)
        self.table.setObjectName("accountList")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Account"), self.tr("Name"), self.tr("Roles"), self.tr("Classes")]
        )
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.add = QPushButton(self.tr("&Add account…"), self)
        self.add.setObjectName("addAccount")
        self.add.clicked.connect(self.open_dialog)
        self.message = MessageLabel(self)
        column_layout(
            self, [self.table, button_row(self.add), self.message], spacing=None, margins=None
        )
        self.dialog: AddUserDialog | None = None
        self.reload()

    def reload(self) -> None:
        self.table.clear()
        try:
            accounts = list_accounts(self.session)
        except Exception as exc:
            self.message.show_message(error_text(exc))
            return
        for account in accounts:
            self.table.addTopLevelItem(QTreeWidgetItem(self._row(account)))
        problems = self.session.store.vault.problems()  # planted, duplicate, waiting slots
        if problems:
            kind = "info" if all(p.code == "waiting" for p in problems) else "error"
            self.message.show_message(findings_text(problems), kind)

    def _row(self, account: Account) -> list[str]:
        roles = role_names(account.roles)
        if account.disabled:
            roles = fill(self.tr("%1 (disabled)"), roles)
        return [account.username, account.display_name, roles, "、".join(account.classes)]

    def open_dialog(self) -> None:
        self.message.clear_message()
        self.dialog = AddUserDialog(self.session, self)
        self.dialog.added.connect(self._added)
        self.dialog.open()

    def _added(self, account: Account) -> None:
        self.reload()
        self.message.show_message(
            self.tr("Added the account %1. Give its passphrase to its owner in person.").replace(
                "%1", account.username
            ),
            "success",
        )
