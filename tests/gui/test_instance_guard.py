"""One instance per data folder (gui/instance.py): the lock file, the activation request, a
lock left by a killed process, and moving the guard to another folder."""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from guitools import WAIT_KDF_MS
from PySide6.QtCore import QDir, QLockFile

from sxcounsel.gui import instance
from sxcounsel.gui.instance import LOCK_NAME, InstanceGuard, server_name

ROOT = Path(__file__).resolve().parents[2]

# A process that takes the data folder as the app does, says so, and waits to be killed.
HOLD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from sxcounsel.gui.instance import InstanceGuard

app = QCoreApplication([])
guard = InstanceGuard(Path(sys.argv[1]))
print("HELD" if guard.acquire() and guard.listening else "REFUSED", flush=True)
time.sleep(3600)
"""


@pytest.fixture
def guard_for(gui_app, monkeypatch) -> Iterator[Callable[[Path], InstanceGuard]]:
    """New guards, all released at teardown (so no lock or server outlives its test), in a
    process that holds no data folder yet (whatever other tests left current is set aside)."""
    monkeypatch.setattr(instance, "_current", None)
    made: list[InstanceGuard] = []

    def make(home: Path) -> InstanceGuard:
        made.append(InstanceGuard(home))
        return made[-1]

    yield make
    for guard in made:
        guard.release()
    if instance.current() is not None:  # made by switch()
        instance.current().release()


def test_second_guard_is_refused_and_wakes_the_first(qtbot, tmp_path, guard_for):
    home = tmp_path / "school"  # not there yet: the guard creates it
    first = guard_for(home)
    assert first.acquire() and first.held and first.listening
    assert instance.current() is first
    assert (home / LOCK_NAME).is_file()

    with qtbot.waitSignal(first.activate_requested, timeout=WAIT_KDF_MS):
        second = guard_for(home)
        assert not second.acquire()
        assert second.reached_other and not second.held
    assert instance.current() is first

    first.release()
    assert not (home / LOCK_NAME).exists()
    assert instance.current() is None
    third = guard_for(home)
    assert third.acquire() and third.listening


def test_the_same_folder_by_another_path_is_refused(qtbot, tmp_path, guard_for):
    home = tmp_path / "school"
    assert guard_for(home).acquire()
    (tmp_path / "link").symlink_to(home, target_is_directory=True)
    for other in (tmp_path / "link", home / "sub" / ".."):
        (home / "sub").mkdir(exist_ok=True)
        assert server_name(other) == server_name(home)
        assert not guard_for(other).acquire(activate=False)


def test_a_refusal_without_activation_sends_nothing(qtbot, tmp_path, guard_for):
    first = guard_for(tmp_path)
    assert first.acquire()
    with qtbot.assertNotEmitted(first.activate_requested, wait=300):
        second = guard_for(tmp_path)
        assert not second.acquire(activate=False)
        assert not second.reached_other


def test_server_name_names_no_folder_and_no_user(tmp_path):
    home = tmp_path / "王䶮小学-records"
    name = server_name(home)
    assert name.startswith("sxcounsel-") and len(name) == len("sxcounsel-") + 32
    assert name.isascii() and name.replace("-", "").isalnum()
    for clear in ("王䶮", "records", tmp_path.name, getpass.getuser(), Path.home().name):
        assert clear not in name
    assert server_name(tmp_path / "other") != name
    assert server_name(Path(os.path.relpath(home))) == name


def test_a_folder_that_cannot_hold_a_lock_is_not_refused(tmp_path, guard_for):
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    guard = guard_for(blocker / "school")  # cannot be created: its parent is a file
    assert guard.acquire()
    assert not guard.held and not guard.listening


def hold_in_child(home: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(home)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "HELD"
    return proc


def test_the_lock_of_a_killed_process_does_not_block(qtbot, tmp_path, guard_for):
    home = tmp_path / "school"
    proc = hold_in_child(home)
    try:
        assert not guard_for(home).acquire(activate=False)  # while it lives
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
    assert (home / LOCK_NAME).is_file()  # left behind by the killed process
    if sys.platform != "win32":  # so is its socket file
        assert Path(QDir.tempPath(), server_name(home)).exists()

    guard = guard_for(home)
    assert guard.acquire()
    assert guard.held and guard.listening  # the dead socket file was replaced
    with qtbot.waitSignal(guard.activate_requested, timeout=WAIT_KDF_MS):
        assert not guard_for(home).acquire()


def test_a_lock_naming_a_reused_process_id_does_not_block(qtbot, tmp_path, guard_for):
    """The crashed instance's process id now belongs to another live process of the same
    name: Qt alone takes the lock file for live; the guard sees nobody holds it."""
    home = tmp_path / "school"
    home.mkdir()
    lock_path = home / LOCK_NAME
    probe = QLockFile(str(lock_path))
    assert probe.tryLock(0)
    written = lock_path.read_bytes().split(b"\n")  # pid, program, host, machine and boot ids
    probe.unlock()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])
    try:
        lock_path.write_bytes(b"\n".join([str(sleeper.pid).encode(), *written[1:]]))
        plain = QLockFile(str(lock_path))
        plain.setStaleLockTime(0)
        assert not plain.tryLock(0)  # what Qt alone concludes
        guard = guard_for(home)
        assert guard.acquire() and guard.held
    finally:
        sleeper.kill()
        sleeper.wait()


def test_switch_moves_the_guard_and_keeps_its_connections(qtbot, tmp_path, guard_for):
    old, new = tmp_path / "old", tmp_path / "new"
    guard = guard_for(old)
    assert guard.acquire()

    assert instance.switch(new)
    assert instance.current() is guard and guard.home == new and guard.held
    assert (new / LOCK_NAME).is_file() and not (old / LOCK_NAME).exists()
    with qtbot.waitSignal(guard.activate_requested, timeout=WAIT_KDF_MS):
        assert not guard_for(new).acquire()  # the request reaches the same object

    other = guard_for(old)
    assert other.acquire(), "the old folder is free again"
    assert instance.current() is guard
    with qtbot.assertNotEmitted(other.activate_requested, wait=300):
        assert not instance.switch(old)
    assert guard.home == new and guard.held and (new / LOCK_NAME).is_file()
    same = new / "sub" / ".."
    (new / "sub").mkdir()
    assert instance.switch(same) and guard.home == same and (new / LOCK_NAME).is_file()


def test_switch_without_a_guard_makes_one(tmp_path, guard_for):
    assert instance.current() is None
    assert instance.switch(tmp_path / "school")
    guard = instance.current()
    assert guard is not None and guard.home == tmp_path / "school" and guard.held
    guard.release()
    assert instance.current() is None
