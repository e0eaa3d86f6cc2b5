"""Render the main screens to PNG files, offscreen, for review and documentation.

    python3 -m tools.screenshots OUTDIR [--scale 1.5] [--language en]   (from the repository root)

Creates a throw-away school in a temporary folder (real encryption, a few seconds), drives the
real widgets through setup, unlock and a throttled unlock, fills the school with the demo
school's synthetic records (tools.screenshots.pages), and saves each view at 1366×768 (the logical
size is divided by --scale, as on a scaled screen): the dashboard, every list, every form, a
student file, the roster import, sync, settings and the head teacher's view. A dialog is
drawn over the main window where it opens, under a plain title bar showing its window title.
"""

from __future__ import annotations

import argparse
import json
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
    p = argparse.ArgumentParser(prog="python3 -m tools.screenshots")
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
        offscreen_screen(Path(tmp), args.width, args.height)
        saved = Shooter(args, Path(tmp)).run()
    for name in saved:
        print(name)
    return 0


def offscreen_screen(tmp: Path, width: int, height: int) -> None:
    """Give the offscreen platform a screen of the shot's size (its default is 800×800), so
    that dialogs size themselves as they would on the school's screen."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config = tmp / "offscreen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def _quiet_offscreen(_mode, _context, message: str) -> None:
    """Qt's messages, less the offscreen platform's notes on window hints it cannot honour."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


class Shooter:
    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        from PySide6.QtCore import QSettings, qInstallMessageHandler

        from sxcounsel.gui.app import application, configure
        from sxcounsel.gui.prefs import Prefs

        qInstallMessageHandler(_quiet_offscreen)
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
        self._save(widget.grab(), name)

    def shot_over(self, win, dialog, name: str) -> None:
        """``dialog`` where it opened over ``win``, under a plain title bar (no window manager
        draws one offscreen)."""
        from PySide6.QtCore import QPoint, QRect, Qt
        from PySide6.QtGui import QColor, QPainter, QPen

        self.wait(lambda: True)
        canvas = win.grab()
        top = dialog.grab()
        bar = 30
        at = dialog.geometry().topLeft() - win.geometry().topLeft()
        at = QPoint(max(0, at.x()), max(bar, at.y()))
        frame = QRect(at.x(), at.y() - bar, dialog.width(), dialog.height() + bar)
        p = QPainter(canvas)
        p.fillRect(frame.adjusted(-1, -1, 1, 1), QColor("#8a8f98"))
        p.fillRect(QRect(frame.x(), frame.y(), frame.width(), bar), QColor("#e9ebee"))
        p.setPen(QPen(QColor("#1f2328")))
        title = QRect(frame.x() + 12, frame.y(), frame.width() - 24, bar)
        p.drawText(title, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   dialog.windowTitle().replace("[*]", ""))  # fmt: skip
        p.drawPixmap(at, top)
        p.end()
        self._save(canvas, name)

    def _save(self, pixmap, name: str) -> None:
        path = self.args.outdir / f"{len(self.saved) + 1:02d}-{name}{self.suffix}.png"
        pixmap.save(str(path))
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
        featured = self.add_colleagues_and_records(home)
        self.unlock(win, clock)
        self.workspace(win, featured)
        win.close()
        return self.saved

    def wizard(self, win) -> None:
        from sxcounsel.core.roles import Role
        from sxcounsel.gui.wizard.wizard import SetupWizard

        wiz: SetupWizard = win.wizard
        self.shot(win, "wizard-school-empty")
        wiz.school.code.setText("3161012345")
        wiz.school.name.setText("富平县示范中学")
        wiz.school.county.setText("61052")
        wiz.next()
        self.shot(win, "wizard-school-error")
        wiz.school.county.setText("610528")
        wiz.next()
        wiz.account.username.setText("wangli")
        wiz.account.display_name.setText("王丽")
        wiz.account.role_boxes[Role.COUNSELOR].setChecked(True)
        self.shot(win, "wizard-account")
        wiz.next()
        wiz.passphrase.pair.first.setText("Fuping-2025!")
        wiz.passphrase.pair.second.setText("Fuping-2025")
        self.shot(win, "wizard-passphrase")
        wiz.passphrase.pair.second.setText("Fuping-2025!")
        wiz.next()
        self.shot(win, "wizard-creating")
        self.wait(lambda: wiz.currentPage() is wiz.recovery)
        self.shot(win, "wizard-recovery-key")
        wiz.recovery.kept.setChecked(True)
        wiz.accept()
        self.wait(lambda: win.unlock_screen is not None)

    def add_colleagues_and_records(self, home: Path):
        from sxcounsel.services.account_session import Session
        from sxcounsel.services.accounts import add_user
        from sxcounsel.services.demo import TEACHER_USER
        from tools.screenshots.pages import TEACHER_CLASS, populate

        with Session.unlock(home, "wangli", "Fuping-2025!") as s:
            add_user(s, "zhaomin", ["counselor"], "Xinli#Room42", display_name="赵敏")
            add_user(s, TEACHER_USER, ["head_teacher"], "Banzhuren-7a", [TEACHER_CLASS],
                     display_name="刘军")  # fmt: skip
            return populate(s)

    def unlock(self, win, clock: Clock) -> None:
        screen = win.show_unlock(preselect="wangli")
        self.shot(win, "unlock")
        for attempt in range(5):
            screen.passphrase.setText(f"wrong-{attempt}")
            screen.try_unlock()
            self.wait(lambda: screen.task is not None and not screen.task.running)
            if attempt == 0:
                self.shot(win, "unlock-wrong-passphrase")
        self.wait(lambda: screen.throttle.active)
        self.shot(win, "unlock-countdown")
        screen.open_recovery()
        self.shot_over(win, screen.recovery_dialog, "recovery-dialog")
        screen.recovery_dialog.reject()
        clock.offset += 3600
        self.wait(lambda: not screen.throttle.active)
        screen.passphrase.setText("Fuping-2025!")
        screen.try_unlock()
        self.wait(lambda: win.workspace is not None)

    def workspace(self, win, featured) -> None:
        from sxcounsel.services.demo import TEACHER_USER
        from tools.screenshots.pages import RecordShots

        shots = RecordShots(self, win, featured)
        shots.counselor(self.tmp)
        self.settings(win)
        win.lock()
        screen = win.unlock_screen
        screen.account.setCurrentText(TEACHER_USER)
        screen.passphrase.setText("Banzhuren-7a")
        screen.try_unlock()
        self.wait(lambda: win.workspace is not None)
        shots.head_teacher()
        win.lock_idle()
        self.shot(win, "unlock-after-autolock")

    def settings(self, win) -> None:
        from PySide6.QtWidgets import QScrollArea

        from sxcounsel.core.roles import Role

        settings = win.workspace.show_page("settings")
        self.shot(win, "settings")
        scroll = settings.findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        self.shot(win, "settings-scrolled")
        settings.my_account.open_dialog()
        self.shot_over(win, settings.my_account.dialog, "change-passphrase-dialog")
        settings.my_account.dialog.reject()
        settings.accounts.open_dialog()
        dialog = settings.accounts.dialog
        dialog.username.setText("chenjing")
        dialog.display_name.setText("陈静")
        dialog.role_boxes[Role.HEAD_TEACHER].setChecked(True)
        dialog.classes.setText("八年级(1)班")
        self.shot_over(win, dialog, "add-account-dialog")
        dialog.reject()
        settings.data.open_restore()
        self.shot_over(win, settings.data.restore_dialog, "restore-dialog")
        settings.data.restore_dialog.reject()


if __name__ == "__main__":
    raise SystemExit(main())
