"""The one application window: first-run wizard, unlock screen or the unlocked workspace.

Locking (Ctrl+L, the lock button, idle minutes, platform suspension) closes the session and
destroys the workspace with every page in it; the unlock screen takes its place.

The data folder (``home``) changes when the wizard keeps the records elsewhere or finds them
in another folder, and when Settings moves it (with the store locked): the window then takes
the new folder for this instance (``gui/instance.py``, one instance per data folder).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget, QWizard

from sxcounsel.gui import operations
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.idle import IDLE, IdleWatcher
from sxcounsel.gui.labels import fill
from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.unlock.unlock_screen import UnlockScreen
from sxcounsel.services.account_session import Session
from sxcounsel.store.paths import StorePaths, choosable

if TYPE_CHECKING:  # imported when first shown: the unlock screen comes up sooner
    from sxcounsel.gui.settings.move_dialog import MoveRequest
    from sxcounsel.gui.settings.restore_dialog import RestoreRequest
    from sxcounsel.gui.wizard.wizard import SetupWizard
    from sxcounsel.gui.workspace.workspace import Workspace
    from sxcounsel.services.data_folder import MoveResult

MIN_SIZE = (880, 480)  # fits 1366×768 at 150% scaling (911×512 logical)
RETRY_LOCK_MS = 300


class MainWindow(QMainWindow):
    """``choose_folder``: whether the wizard asks where to keep the records (by default when
    ``home`` is the user's to choose: not fixed by SXCOUNSEL_HOME or --home)."""

    def __init__(
        self,
        home: Path,
        prefs: Prefs,
        clock: Callable[[], float] = time.time,
        choose_folder: bool | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.home, self.prefs, self.clock = Path(home), prefs, clock
        self.choose_folder = choosable(self.home) if choose_folder is None else choose_folder
        self.session: Session | None = None
        self.view: QWidget | None = None
        self.setWindowTitle(self.tr("Counseling Room Records"))
        self.setMinimumSize(*MIN_SIZE)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock())
        self.addAction(self.lock_action)
        self._exit_backup_done = False
        self.idle = IdleWatcher(prefs.autolock_minutes, self)
        self.idle.idle.connect(self.lock_idle)
        prefs.autolock_changed.connect(self.idle.set_minutes)

    # -- views --------------------------------------------------------------------------------
    def start(self) -> None:
        if StorePaths(self.home).exists():
            self.show_unlock()
        else:
            self.show_wizard()

    def _set_view(self, widget: QWidget) -> None:
        old = self.view
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.view = widget
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        widget.setFocus()

    def show_wizard(self) -> SetupWizard:
        from sxcounsel.gui.wizard.wizard import SetupWizard

        wizard = SetupWizard(self.home, choose_folder=self.choose_folder, claim=self.take_home)
        wizard.created.connect(lambda user: self._wizard_done(wizard, user))
        wizard.existing.connect(self._found_records)
        self._set_view(wizard.embed())
        self.setWindowTitle(self.tr("Counseling Room Records"))
        return wizard

    def _wizard_done(self, wizard: SetupWizard, user: str) -> None:
        problem = wizard.remember_error
        if problem is None:
            self.show_unlock(preselect=user)
        else:
            self.show_unlock(user, error_text(problem), "error")

    def _found_records(self, home: Path, notice: str) -> None:
        """The wizard found records in the folder chosen (and took it): unlock them there."""
        if notice:
            self.show_unlock(notice=notice, notice_kind="error")
        else:
            text = self.tr("The records in %1 are used on this computer from now on.")
            self.show_unlock(notice=fill(text, str(home)))

    # -- the data folder ----------------------------------------------------------------------
    def take_home(self, home: Path) -> bool:
        """Make ``home`` this window's data folder; False if it is open in another instance
        of the program. A folder left that holds nothing (the wizard's earlier choice) goes."""
        from sxcounsel.services.data_folder import remove_if_empty

        home = Path(home)
        try:
            from sxcounsel.gui import instance
        except ImportError:  # pragma: no cover - the instance guard is part of the app
            instance = None  # type: ignore[assignment]
        guard = instance.current() if instance is not None else None
        if guard is not None and not instance.switch(home):  # type: ignore[union-attr]
            return False
        old, self.home = self.home, home
        if old != home and not StorePaths(old).exists():
            remove_if_empty(old)
        return True

    def show_unlock(
        self, preselect: str = "", notice: str = "", notice_kind: str = "info"
    ) -> UnlockScreen:
        screen = UnlockScreen(self.home, self.prefs, self.clock, preselect, notice, notice_kind)
        screen.unlocked.connect(self.enter)
        self._set_view(screen)
        self.setStatusBar(None)  # type: ignore[arg-type]  # drops the session's status bar
        self.setWindowTitle(self.tr("Counseling Room Records"))
        return screen

    def enter(self, session: Session) -> Workspace:
        from sxcounsel.gui.status_bar import SessionStatus
        from sxcounsel.gui.workspace.workspace import Workspace

        self.session = session
        status = SessionStatus(session, self)
        if session.store.meta("kind") == "county":
            from sxcounsel.gui.county.county_workspace import CountyWorkspace

            workspace = CountyWorkspace(session, self.prefs, status.sync_state.setText)
        else:
            workspace = Workspace(session, self.prefs, status.sync_state.setText)
        workspace.restore_requested.connect(self.restore_from)
        self._set_view(workspace)
        status.lock_button.clicked.connect(lambda: self.lock())
        self.setStatusBar(status)
        school = session.store.meta("school_name") or session.store.meta("county_name")
        self.setWindowTitle(fill(self.tr("Counseling Room Records — %1"), school))
        self.idle.start()
        if session.findings:
            self._warn_findings(session)
        return workspace

    def _warn_findings(self, session: Session) -> None:
        """The unlock found the account file or the audit log changed outside sxcounsel."""
        from PySide6.QtWidgets import QMessageBox

        from sxcounsel.gui.settings.slot_findings import findings_text

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Changed outside sxcounsel"),
            findings_text(session.findings),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("findingsBox")
        box.open()

    @property
    def wizard(self) -> SetupWizard | None:
        if self.view is None or self.view.objectName() != "wizardHost":
            return None
        return self.view.findChild(QWizard, "setupWizard")  # type: ignore[return-value]

    @property
    def workspace(self) -> Workspace | None:
        view = self.view
        return view if view is not None and view.objectName() == "workspace" else None  # type: ignore[return-value]

    @property
    def unlock_screen(self) -> UnlockScreen | None:
        return self.view if isinstance(self.view, UnlockScreen) else None

    # -- locking ------------------------------------------------------------------------------
    def lock(self, notice: str = "") -> bool:
        """Close the session and show the unlock screen; False if nothing was unlocked."""
        if self.session is None:
            return False
        if operations.busy():  # never close the store under a running write or backup
            QTimer.singleShot(RETRY_LOCK_MS, lambda: self.lock(notice))
            return False
        self.idle.stop()
        self._save_drafts()
        operations.stop_reads()  # their connections close before the store does
        session, self.session = self.session, None
        user = session.username
        try:
            session.lock()
        finally:
            self.show_unlock(preselect=user, notice=notice)
        return True

    def _save_drafts(self) -> None:
        """Unsaved form text goes into the encrypted store before it closes."""
        workspace = self.workspace
        if workspace is not None:
            workspace.ctx.save_drafts()

    def lock_idle(self) -> None:
        if self.idle.reason == IDLE:
            minutes = self.prefs.autolock_minutes
            notice = self.tr(
                "Locked after %n minute(s) without input, to protect the records.", "", minutes
            )
        else:  # the computer was locked, the user switched or logged off, or it went to sleep
            notice = self.tr(
                "Locked because the computer was locked, switched user or went to sleep."
            )
        self.lock(notice)

    # -- restore ------------------------------------------------------------------------------
    def restore_from(self, request: RestoreRequest | MoveRequest) -> None:
        """Settings asks for work that needs the store closed: a restore, or a move of the
        data folder (both come through the settings page's ``restore_requested``)."""
        from sxcounsel.gui.settings.move_dialog import MoveRequest

        if isinstance(request, MoveRequest):
            self.move_home(request)
            return
        self.lock()
        self._run_restore(request)

    def _run_restore(self, request: RestoreRequest) -> None:
        from sxcounsel.gui.widgets.busy import run_busy
        from sxcounsel.services.maintenance import restore

        screen = self.unlock_screen
        if screen is None:
            return
        home = self.home
        self.restore_task = run_busy(
            screen,
            self.tr("Checking and restoring the backup…"),
            operations.Operation(
                lambda: restore(
                    home,
                    request.file,
                    username=request.username,
                    passphrase=request.passphrase,
                    recovery_key=request.recovery_key,
                    allow_other_store=request.other_store,
                    allow_older=request.older,
                ),
                kind="job",
            ),
            lambda _result: self.show_unlock(
                request.username,
                self.tr("The backup was restored. Unlock it with the passphrase it was made with."),
            ),
            lambda exc: self._restore_failed(request, exc),
        )

    def _restore_failed(self, request: RestoreRequest, exc: BaseException) -> None:
        from dataclasses import replace

        from sxcounsel.services.maintenance import OlderBackup, OtherStoreBackup

        if isinstance(exc, OtherStoreBackup):
            text = self.tr(
                "This backup is of another store (another school or computer), not of the "
                "records on this computer. Restoring it replaces them by the backup's; they are "
                "kept aside in the data folder."
            )
            self.confirm_restore(text, replace(request, other_store=True))
        elif isinstance(exc, OlderBackup):
            text = self.tr(
                "This backup is older than the records on this computer: restoring it rolls "
                "back %n day(s) of records. The current records are kept aside in the data "
                "folder.",
                "",
                exc.days,
            )
            self.confirm_restore(text, replace(request, older=True))
        else:
            self.show_unlock(request.username, error_text(exc), "error")

    def confirm_restore(self, text: str, confirmed: RestoreRequest) -> QMessageBox:
        """Ask before a restore replaces more than one expects; yes runs it again."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore from a backup"),
            text,
            QMessageBox.StandardButton.NoButton,
            self.unlock_screen or self,
        )
        box.setObjectName("restoreConfirm")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one at a time
        yes = box.addButton(self.tr("Restore anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Do not restore"), QMessageBox.ButtonRole.RejectRole)

        def answered(button: object) -> None:
            self.restore_confirm = None  # deleted on close
            if button is yes:
                self._run_restore(confirmed)
            else:
                self.show_unlock(confirmed.username, self.tr("Nothing was restored."))

        box.buttonClicked.connect(answered)
        self.restore_confirm = box
        box.open()
        return box

    # -- moving the data folder ---------------------------------------------------------------
    def move_home(self, request: MoveRequest) -> None:
        """Lock (the move needs the store closed), move the store in the background behind a
        busy dialog, then show the unlock screen on the new folder."""
        from sxcounsel.core.progress import Progress
        from sxcounsel.gui.widgets.busy import run_busy
        from sxcounsel.services.data_folder import move_data_folder

        if self.session is not None:
            if operations.busy():  # a write or backup first ends; then the lock, then the move
                QTimer.singleShot(RETRY_LOCK_MS, lambda: self.move_home(request))
                return
            self.lock()
        screen = self.unlock_screen
        if screen is None:
            return
        old, chosen, progress = self.home, request.target, Progress()
        self.move_task = run_busy(
            screen,
            self.tr("Moving the records to the new folder…"),
            operations.Operation(
                lambda: move_data_folder(old, chosen, progress), kind="job", progress=progress
            ),
            lambda result: self._moved(request, result),
            lambda exc: self.show_unlock(request.username, error_text(exc), "error"),
        )

    def _moved(self, request: MoveRequest, result: MoveResult) -> None:
        if not self.take_home(result.home):  # another start took the new folder meanwhile
            self.home = result.home  # (its own guard keeps the store from two windows)
        text = self.tr("The records were moved to %1. Unlock them there.")
        self.show_unlock(request.username, fill(text, str(result.home)), "success")

    # -- exit ---------------------------------------------------------------------------------
    def _wants_exit_backup(self) -> bool:
        from sxcounsel.core import permissions

        return (
            self.session is not None
            and bool(self.prefs.autobackup_folder)
            and permissions.allowed(self.session.account, "make", "backups")
            and not self._exit_backup_done
        )

    def backup_then_close(self) -> None:
        """The automatic backup on exit, behind a busy dialog; the window closes after it."""
        from sxcounsel.gui.widgets.busy import run_busy
        from sxcounsel.services.autobackup import auto_backup

        self._exit_backup_done = True
        self._save_drafts()
        session = self.session
        assert session is not None
        folder, keep = Path(self.prefs.autobackup_folder), self.prefs.autobackup_keep
        self.exit_backup = run_busy(
            self,
            self.tr("Writing the automatic backup before closing…"),
            operations.Operation(
                lambda s: auto_backup(s, folder, keep), session=session, kind="write"
            ),
            lambda _path: self.close(),
            self._exit_backup_failed,
        )

    def _exit_backup_failed(self, exc: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Automatic backup"),
            fill(self.tr("The automatic backup was not made: %1"), error_text(exc)),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("exitBackupFailed")
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Close without backup"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Stay open"))

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Close:
                self.close()
            else:
                self._exit_backup_done = False

        box.finished.connect(answered)
        box.open()
        self.exit_backup_box = box

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._wants_exit_backup():
            event.ignore()
            self.backup_then_close()
            return
        operations.wait_all()
        if self.session is not None:
            self._save_drafts()
            session, self.session = self.session, None
            session.lock()
        self.idle.detach()
        super().closeEvent(event)


def place(window: QMainWindow) -> None:
    """Maximized on small screens (1366×768), a comfortable size on larger ones."""
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else None
    if area is None or area.width() <= 1440 or area.height() <= 900:
        if area is not None:
            window.setGeometry(area)  # where no window manager maximizes (kiosk, Xvfb)
        window.showMaximized()
    else:
        window.resize(1280, 800)
        window.show()
