"""Render the main screens to PNG files, offscreen, for review and documentation.

    python -m sxcounsel.gui.screenshots OUTDIR [--scale 1.5] [--language en]

Creates a throw-away school in a temporary folder (real encryption, a few seconds), drives the
real widgets through setup, unlock, a throttled unlock and the workspace, and saves each view
at 1366×768 (the logical size is divided by --scale, as on a scaled screen).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


class Clock:
    """Real time plus an offset, so the throttle wait can be skipped."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m sxcounsel.gui.screenshots")
    p.add_argument("outdir", type=Path)
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--language", default="zh_CN")
    p.add_argument("--width", type=int, default=1366)
    p.add_argument("--height", type=int, default=768)
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sxcounsel-shots-") as tmp:
        saved = Shooter(args, Path(tmp)).run()
    for name in saved:
        print(name)
    return 0


class Shooter:
    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        from PySide6.QtCore import QSettings

        from sxcounsel.gui.app import application, configure
        from sxcounsel.gui.prefs import Prefs

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
        self.app = application([sys.argv[0]])
        self.prefs = Prefs()
        self.prefs.language = args.language
        configure(self.app, args.language)
        self.args, self.tmp = args, tmp
        self.size = (round(args.width / args.scale), round(args.height / args.scale))
        self.suffix = "" if args.scale == 1.0 else f"@{args.scale:g}x"
        self.saved: list[str] = []

    def wait(self, cond: Callable[[], object], timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise TimeoutError("the screen did not reach the expected state")
            self.app.processEvents()
            time.sleep(0.01)
        for _ in range(5):
            self.app.processEvents()

    def shot(self, widget, name: str) -> None:
        self.wait(lambda: True)
        path = self.args.outdir / f"{name}{self.suffix}.png"
        widget.grab().save(str(path))
        self.saved.append(str(path))

    def run(self) -> list[str]:
        from sxcounsel.gui.window import MainWindow

        clock = Clock()
        home = self.tmp / "school"
        win = MainWindow(home, self.prefs, clock)
        win.resize(*self.size)
        win.start()
        win.show()
        self.wizard(win)
        self.add_colleagues(home)
        self.unlock(win, clock)
        self.workspace(win)
        win.close()
        return self.saved

    def wizard(self, win) -> None:
        from sxcounsel.core.roles import Role
        from sxcounsel.gui.wizard.wizard import SetupWizard

        wiz: SetupWizard = win.wizard
        self.shot(win, "01-wizard-school-empty")
        wiz.school.code.setText("3161012345")
        wiz.school.name.setText("富平县示范中学")
        wiz.school.county.setText("61052")
        wiz.next()
        self.shot(win, "02-wizard-school-error")
        wiz.school.county.setText("610528")
        wiz.next()
        wiz.account.username.setText("wangli")
        wiz.account.role_boxes[Role.COUNSELOR].setChecked(True)
        self.shot(win, "03-wizard-account")
        wiz.next()
        wiz.passphrase.pair.first.setText("Fuping-2025!")
        wiz.passphrase.pair.second.setText("Fuping-2025")
        self.shot(win, "04-wizard-passphrase")
        wiz.passphrase.pair.second.setText("Fuping-2025!")
        wiz.next()
        self.shot(win, "05-wizard-creating")
        self.wait(lambda: wiz.currentPage() is wiz.recovery)
        self.shot(win, "06-wizard-recovery-key")
        wiz.recovery.kept.setChecked(True)
        wiz.accept()
        self.wait(lambda: win.unlock_screen is not None)

    def add_colleagues(self, home: Path) -> None:
        from sxcounsel.services.accounts import add_user
        from sxcounsel.services.session import Session

        with Session.unlock(home, "wangli", "Fuping-2025!") as s:
            add_user(s, "zhaomin", ["counselor"], "Xinli#Room42", display_name="赵敏")
            add_user(
                s, "liujun", ["head_teacher"], "Banzhuren-7a", ["七年级(2)班"], display_name="刘军"
            )

    def unlock(self, win, clock: Clock) -> None:
        screen = win.show_unlock(preselect="wangli")
        self.shot(win, "07-unlock")
        for attempt in range(5):
            screen.passphrase.setText(f"wrong-{attempt}")
            screen.try_unlock()
            self.wait(lambda: screen.task is not None and not screen.task.running)
            if attempt == 0:
                self.shot(win, "08-unlock-wrong-passphrase")
        self.wait(lambda: screen.throttle.active)
        self.shot(win, "09-unlock-countdown")
        screen.open_recovery()
        self.shot(screen.recovery_dialog, "10-recovery-dialog")
        screen.recovery_dialog.reject()
        clock.offset += 3600
        self.wait(lambda: not screen.throttle.active)
        screen.passphrase.setText("Fuping-2025!")
        screen.try_unlock()
        self.wait(lambda: win.workspace is not None)

    def workspace(self, win) -> None:
        from PySide6.QtWidgets import QScrollArea

        from sxcounsel.core.roles import Role

        ws = win.workspace
        self.shot(win, "11-main-dashboard")
        ws.show_page("students")
        self.shot(win, "12-main-students-placeholder")
        settings = ws.show_page("settings")
        self.shot(win, "13-settings")
        scroll = settings.findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        self.shot(win, "14-settings-scrolled")
        settings.my_account.open_dialog()
        self.shot(settings.my_account.dialog, "15-change-passphrase-dialog")
        settings.my_account.dialog.reject()
        settings.accounts.open_dialog()
        dialog = settings.accounts.dialog
        dialog.username.setText("chenjing")
        dialog.display_name.setText("陈静")
        dialog.role_boxes[Role.HEAD_TEACHER].setChecked(True)
        dialog.classes.setText("八年级(1)班")
        self.shot(dialog, "16-add-account-dialog")
        dialog.reject()
        settings.data.open_restore()
        self.shot(settings.data.restore_dialog, "17-restore-dialog")
        settings.data.restore_dialog.reject()
        win.lock()
        screen = win.unlock_screen
        screen.account.setCurrentText("liujun")
        screen.passphrase.setText("Banzhuren-7a")
        screen.try_unlock()
        self.wait(lambda: win.workspace is not None)
        self.shot(win, "18-main-head-teacher")
        win.lock_idle()
        self.shot(win, "19-unlock-after-autolock")


if __name__ == "__main__":
    raise SystemExit(main())
