"""Helpers for the print tests (imported as ``printtools``: tests/gui is on sys.path).

One small school (listdata.build) serves every print test: printing changes no record, only
the audit log, which the tests read before and after. The system viewer is replaced: it is
outside the app.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from guitools import WAIT_KDF_MS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QWidget

from sxcounsel.gui.context import PageContext
from sxcounsel.gui.operations import Operation
from sxcounsel.gui.printing import runner
from sxcounsel.services.account_session import Session
from sxcounsel.store.audit import verify_chain

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


@pytest.fixture
def viewer(monkeypatch) -> list[Path]:
    """The files the app asked the system viewer to open."""
    opened: list[Path] = []
    monkeypatch.setattr(runner, "open_in_viewer", lambda path: opened.append(path) or True)
    return opened


@pytest.fixture
def outdir(tmp_path) -> Path:
    """An empty folder for the printed files (tmp_path also holds the preferences)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def ctx_on(qtbot, prefs) -> Callable[[Path, str, str], PageContext]:
    """A PageContext for ``user`` on ``home`` (its session locked at teardown)."""
    opened: list[Session] = []

    def make(home: Path, user: str, passphrase: str) -> PageContext:
        session = Session.unlock(home, user, passphrase)
        opened.append(session)
        host = QWidget()
        qtbot.addWidget(host)
        host.resize(1366, 768)
        host.show()
        return PageContext(session, prefs, host)

    yield make
    for session in opened:
        session.lock()


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_dialog(qtbot, owner: QWidget) -> QFileDialog:
    """The save dialog the print opened (the test types the file name in it)."""
    found: list[QFileDialog] = []

    def shown() -> bool:
        found[:] = [d for d in owner.findChildren(QFileDialog, "printFileDialog") if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def choose_file(qtbot, owner: QWidget, path: Path) -> QFileDialog:
    """Type ``path`` in the save dialog and accept it, as a user does."""
    dialog = save_dialog(qtbot, owner)
    dialog.selectFile(str(path))
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    if name is not None and name.hasFocus():  # selectFile leaves a name being typed alone
        name.setText(str(path))
    dialog.accept()
    return dialog


def wait(qtbot, task: Operation | None) -> None:
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_KDF_MS)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def audit_since(session: Session, seq: int) -> list[tuple]:
    """Audit entries after ``seq``: (actor, action, record_type, record_id, result, detail)."""
    conn = session.store.conn
    assert verify_chain(conn) is None  # the chain holds across both connections
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT actor, action, record_type, record_id, result, detail FROM audit_log "
            "WHERE seq > ? AND action IN ('print', 'export') ORDER BY seq",
            (seq,),
        )
    ]


def audit_mark(session: Session) -> int:
    return session.store.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM audit_log").fetchone()[0]


def read_only_folder(tmp_path: Path) -> Path:
    """A folder files cannot be created in: a read-only one, or (as root, who may write
    anywhere) /sys."""
    if sys.platform == "win32":
        pytest.skip("POSIX-only: Windows ignores a folder's read-only flag and has no /sys")
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except PermissionError:
        return folder
    (folder / "probe").unlink()
    folder.chmod(0o755)
    sys_folder = Path("/sys")
    try:
        (sys_folder / "sxcounsel-probe").touch()
    except OSError:
        return sys_folder
    pytest.skip("no folder here refuses to be written")
