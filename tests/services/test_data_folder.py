"""services/data_folder.py: choosing a data folder, and moving a real store there all or
nothing (a failure at any step leaves the old store whole and the pointer unchanged)."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from sxcounsel.core.errors import StoreError
from sxcounsel.core.progress import Cancelled, Progress
from sxcounsel.services import data_folder
from sxcounsel.services.account_session import Session
from sxcounsel.services.data_folder import (
    existing_store,
    move_data_folder,
    move_store,
    move_target,
    place_for,
    store_entries,
)
from sxcounsel.services.maintenance import make_backup, restore
from sxcounsel.services.students import Student, create_student, list_students
from sxcounsel.store import atomic
from sxcounsel.store.paths import StorePaths, default_home, remember_home
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS
from tests.store.user_dirs import redirect


@pytest.fixture
def dirs(monkeypatch, tmp_path):
    return redirect(monkeypatch, tmp_path / "user")


@pytest.fixture
def store(school, dirs):
    """The school's store in the folder the user chose before (remembered), with a student,
    a backup made before an upgrade and a store a restore kept aside."""
    home = dirs.platform.parent / "chosen"
    shutil.move(school.home, home)
    remember_home(home)
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        create_student(s, Student(student_no="S00001", name="李明", class_name="七年级(2)班"))
    (home / "backups").mkdir()
    (home / "backups" / "before-upgrade.sxbak").write_bytes(b"an encrypted backup")
    (home / "replaced-20250101-080000").mkdir()
    (home / "replaced-20250101-080000" / "sxcounsel.db").write_bytes(b"a store kept aside")
    (home / "notes.txt").write_text("not part of the store")
    return home


def fingerprint(home: Path) -> dict[str, str]:
    """Every file of the store with its hash."""
    out = {}
    for entry in store_entries(home):
        for f in [entry] if entry.is_file() else sorted(entry.rglob("*")):
            if f.is_file():
                out[str(f.relative_to(home))] = hashlib.sha256(f.read_bytes()).hexdigest()
    return out


def students_of(home: Path) -> list[str]:
    with Session.unlock(home, COUNSELOR, COUNSELOR_PASS) as s:
        return [st.student_no for st in list_students(s)]


def assert_untouched(home: Path, before: dict[str, str], target: Path) -> None:
    assert fingerprint(home) == before
    assert default_home() == home
    assert not target.exists()
    assert [p.name for p in home.iterdir() if p.name.startswith(".")] == []


# -- choosing ----------------------------------------------------------------------------------
def test_a_missing_or_empty_folder_is_used_as_it_is(tmp_path):
    assert place_for(tmp_path / "new" / "folder") == data_folder.Place(
        tmp_path / "new" / "folder", False
    )
    assert not (tmp_path / "new").exists()  # checked, not made
    (tmp_path / "empty").mkdir()
    assert place_for(tmp_path / "empty").home == tmp_path / "empty"


def test_a_folder_with_other_files_gets_a_subfolder(tmp_path):
    drive = tmp_path / "D"
    drive.mkdir()
    (drive / "课件.pptx").write_bytes(b"x")
    assert place_for(drive) == data_folder.Place(drive / "sxcounsel", False)
    (drive / "sxcounsel").mkdir()
    (drive / "sxcounsel" / "other.txt").write_text("x")
    with pytest.raises(StoreError) as caught:
        place_for(drive)
    assert caught.value.code == "folder.not_empty"
    assert caught.value.facts["folder"] == str(drive / "sxcounsel")


def test_a_folder_holding_records_is_found_in_it_or_its_subfolder(store, tmp_path):
    assert place_for(store) == data_folder.Place(store, True)
    assert existing_store(store) == store
    drive = tmp_path / "E"
    shutil.copytree(store, drive / "sxcounsel")
    (drive / "照片").mkdir()
    assert place_for(drive) == data_folder.Place(drive / "sxcounsel", True)
    assert existing_store(drive) == drive / "sxcounsel"


def test_no_records_no_store(tmp_path):
    with pytest.raises(StoreError) as caught:
        existing_store(tmp_path)
    assert caught.value.code == "folder.no_records"
    assert "没有档案数据" in caught.value.text("zh")


def test_part_of_a_store_is_never_built_beside(tmp_path):
    (tmp_path / "keyslots.json").write_text("{}")
    (tmp_path / "other").write_text("x")
    with pytest.raises(StoreError) as caught:
        place_for(tmp_path)
    assert (caught.value.code, caught.value.facts["folder"]) == ("folder.not_empty", str(tmp_path))


def test_a_file_is_not_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(StoreError) as caught:
        place_for(tmp_path / "a.txt")
    assert caught.value.code == "folder.not_a_folder"
    with pytest.raises(StoreError) as caught:
        place_for(tmp_path / "a.txt" / "below")
    assert caught.value.code == "folder.not_a_folder"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_a_folder_nothing_can_be_written_in():
    with pytest.raises(StoreError) as caught:
        place_for(Path("/proc/sxcounsel-records"))
    assert caught.value.code == "folder.not_writable"
    assert caught.value.text("zh").startswith("无法在 /proc/sxcounsel-records 中写入文件")


def test_the_platform_folder_may_hold_the_pointer(dirs):
    dirs.platform.mkdir(parents=True)
    (dirs.platform / "data-folder.json").write_text("{}")  # Windows: the same folder
    assert place_for(dirs.platform) == data_folder.Place(dirs.platform, False)


def test_move_targets_refused(store, tmp_path):
    drive = tmp_path / "E"
    shutil.copytree(store, drive / "sxcounsel")
    (drive / "课件").mkdir()
    for home, chosen, code in (
        (store, store, "folder.same"),
        (drive / "sxcounsel", drive, "folder.same"),  # E:\ means E:\sxcounsel
        (store, store / "inner", "folder.inside"),
        (store, store / "backups", "folder.inside"),  # its subfolder sxcounsel, inside
    ):
        with pytest.raises(StoreError) as caught:
            move_target(home, chosen)
        assert caught.value.code == code, chosen
    other = tmp_path / "other"
    shutil.copytree(store, other)
    with pytest.raises(StoreError) as caught:
        move_target(store, other)
    assert caught.value.code == "folder.has_records"


def test_a_folder_fixed_by_the_environment_is_not_moved(store, tmp_path, monkeypatch):
    monkeypatch.setenv("SXCOUNSEL_HOME", str(store))
    with pytest.raises(StoreError) as caught:
        move_data_folder(store, tmp_path / "D")
    assert caught.value.code == "folder.fixed"
    assert StorePaths(store).exists()


# -- moving ------------------------------------------------------------------------------------
def test_move_on_the_same_drive(store, tmp_path):
    before = fingerprint(store)
    target = tmp_path / "D" / "心理 档案"
    result = move_data_folder(store, target)
    assert (result.old, result.home, result.copied) == (store, target, False)
    assert fingerprint(target) == before
    assert store_entries(store) == []
    assert sorted(p.name for p in store.iterdir()) == ["notes.txt"]  # not the store's
    assert default_home() == target
    assert students_of(target) == ["S00001"]


def test_move_to_the_platform_folder_forgets_the_pointer(store, dirs):
    dirs.platform.mkdir(parents=True)
    move_data_folder(store, dirs.platform)
    assert not dirs.pointer.exists()
    assert default_home() == dirs.platform
    assert students_of(dirs.platform) == ["S00001"]


def test_move_by_copying_to_another_drive(store, tmp_path, monkeypatch):
    """Where a rename cannot move the files (another drive), they are copied, and the
    originals deleted only once the copies are complete and the new folder remembered."""
    monkeypatch.setattr(data_folder, "same_drive", lambda a, b: False)
    before = fingerprint(store)
    progress = Progress()
    result = move_data_folder(store, tmp_path / "USB" / "records", progress)
    assert result.copied and not result.left_behind
    assert fingerprint(result.home) == before
    assert sorted(p.name for p in store.iterdir()) == ["notes.txt"]
    snap = progress.snapshot()
    assert snap.total > 0 and snap.done == snap.total
    assert students_of(result.home) == ["S00001"]
    if os.name == "posix":
        assert (result.home / "keyslots.json").stat().st_mode & 0o077 == 0


def test_move_to_a_real_other_file_system(store):
    shm = Path("/dev/shm")
    if not shm.is_dir() or os.stat(shm).st_dev == os.stat(store).st_dev:
        pytest.skip("no second file system at hand")
    box = Path(tempfile.mkdtemp(prefix="sxcounsel-move-", dir=shm))
    try:
        before = fingerprint(store)
        result = move_data_folder(store, box / "records")
        assert result.copied and fingerprint(result.home) == before
        assert students_of(result.home) == ["S00001"]
        assert store_entries(store) == []
    finally:
        shutil.rmtree(box, ignore_errors=True)


def test_the_stores_a_restore_kept_aside_move_too(store, tmp_path):
    backup = tmp_path / "b.sxbak"
    with Session.unlock(store, ADMIN, ADMIN_PASS) as s:
        make_backup(s, backup)
    kept = restore(store, backup, username=ADMIN, passphrase=ADMIN_PASS).replaced
    assert kept is not None and kept in store_entries(store)
    target = move_data_folder(store, tmp_path / "D").home
    assert (target / kept.name / "sxcounsel.db").is_file()
    assert students_of(target) == ["S00001"]


class FailOn:
    """os.replace failing on its Nth call (1-based), as a full disk or a yanked drive would."""

    def __init__(self, n: int, error: OSError | None = None, times: int = 1) -> None:
        self.n, self.calls, self.times = n, 0, times
        self.error = error or OSError(errno.EIO, "Input/output error")
        self.real = os.replace

    def __call__(self, src, dst) -> None:
        self.calls += 1
        if self.n <= self.calls < self.n + self.times:
            raise self.error
        self.real(src, dst)


def entry_count(home: Path) -> int:
    return len(store_entries(home))


@pytest.mark.parametrize("copying", [False, True], ids=["rename", "copy"])
def test_a_failure_at_any_step_leaves_the_old_store_whole(store, tmp_path, monkeypatch, copying):
    """os.replace fails on its 1st, 2nd, … call: every file renamed until then goes back,
    copies are deleted, the pointer still names the old folder. The last call is the
    pointer's own write (a temp file renamed into place)."""
    if copying:
        monkeypatch.setattr(data_folder, "same_drive", lambda a, b: False)
    before = fingerprint(store)
    target = tmp_path / "D" / "records"
    steps = entry_count(store) + 1
    for n in range(1, steps + 1):
        fail = FailOn(n)
        monkeypatch.setattr(os, "replace", fail)
        with pytest.raises(StoreError) as caught:
            move_data_folder(store, target)
        monkeypatch.setattr(os, "replace", fail.real)
        assert caught.value.code == "folder.not_moved", n
        assert caught.value.facts["folder"] == str(store)
        assert "所有文件仍在原来的文件夹" in caught.value.text("zh")
        assert_untouched(store, before, tmp_path / "D")
    assert fail.calls > steps  # the last step failed, then everything went back
    assert students_of(store) == ["S00001"]


def test_a_failure_while_copying_deletes_the_copies(store, tmp_path, monkeypatch):
    monkeypatch.setattr(data_folder, "same_drive", lambda a, b: False)
    before = fingerprint(store)
    real, calls = os.fsync, []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(StoreError) as caught:
        move_data_folder(store, tmp_path / "USB" / "records")
    assert caught.value.code == "folder.not_moved"
    assert "No space left" in caught.value.message
    assert_untouched(store, before, tmp_path / "USB")


def test_a_cancel_while_copying_puts_nothing_anywhere(store, tmp_path, monkeypatch):
    monkeypatch.setattr(data_folder, "same_drive", lambda a, b: False)
    before = fingerprint(store)
    progress = Progress()
    real_advance = progress.advance

    def advance(n: int = 1) -> None:
        progress.cancel()  # the user presses Cancel while the first file is copied
        real_advance(n)

    progress.advance = advance  # type: ignore[method-assign]
    with pytest.raises(Cancelled):
        move_data_folder(store, tmp_path / "USB" / "records", progress)
    assert_untouched(store, before, tmp_path / "USB")


def test_too_little_room_on_the_other_drive(store, tmp_path, monkeypatch):
    monkeypatch.setattr(data_folder, "same_drive", lambda a, b: False)
    monkeypatch.setattr(
        data_folder.shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 10**9, 10**6)
    )
    with pytest.raises(StoreError) as caught:
        move_data_folder(store, tmp_path / "USB" / "records")
    assert caught.value.code == "folder.no_space"
    assert caught.value.facts["free_mb"] == 1
    assert StorePaths(store).exists() and not (tmp_path / "USB").exists()


def windows_in_use() -> OSError:
    """What Windows raises while an antivirus or another program holds a file."""
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION
    return exc


def test_a_file_held_briefly_by_another_program_still_moves(store, tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "PAUSES", (0.0,) * 8, raising=False)
    monkeypatch.setattr(os, "replace", FailOn(2, windows_in_use(), times=3))
    result = move_data_folder(store, tmp_path / "D")
    assert students_of(result.home) == ["S00001"]


def test_a_file_held_by_another_program_is_named(store, tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "PAUSES", (0.0,) * 8, raising=False)
    before = fingerprint(store)
    real = os.replace

    def replace(src, dst) -> None:  # keyslots.json stays held by an antivirus
        if Path(src).name == "keyslots.json":
            raise windows_in_use()
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(StoreError) as caught:
        move_data_folder(store, tmp_path / "D")
    monkeypatch.setattr(os, "replace", real)
    assert caught.value.code == "folder.not_moved_in_use"
    assert caught.value.facts["file"] == "keyslots.json"
    assert "正被其他程序占用" in caught.value.text("zh")
    assert fingerprint(store) == before


def test_a_rollback_that_fails_says_where_the_files_are(store, tmp_path, monkeypatch):
    """The worst case: the move fails and putting one file back fails too. Nothing is
    deleted, and the error names both folders."""
    target = tmp_path / "D"
    fail = FailOn(3, times=3)  # the 3rd rename fails, then the first two renames back
    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(StoreError) as caught:
        move_data_folder(store, target)
    monkeypatch.setattr(os, "replace", fail.real)
    exc = caught.value
    assert exc.code == "folder.half_moved"
    assert (exc.facts["folder"], exc.facts["target"]) == (str(store), str(target))
    moved = sorted(p.name for p in target.iterdir())
    assert len(moved) == 2  # both still there, never deleted
    for name in moved:
        os.replace(target / name, store / name)  # what the sentence tells the user to do
    assert students_of(store) == ["S00001"]


def test_the_old_folder_goes_once_empty(store, tmp_path):
    (store / "notes.txt").unlink()
    move_data_folder(store, tmp_path / "D")
    assert data_folder.remove_if_empty(store)
    assert not store.exists()
    assert not data_folder.remove_if_empty(store)


def test_moving_a_folder_without_a_store(tmp_path):
    with pytest.raises(StoreError) as caught:
        move_store(tmp_path, tmp_path / "x")
    assert caught.value.code == "folder.no_store"


def test_records_at_the_top_of_other_disks_are_found(store, tmp_path, monkeypatch):
    disks = [tmp_path / "D" / "sxcounsel", store, tmp_path / "F" / "sxcounsel"]
    (tmp_path / "F" / "sxcounsel").mkdir(parents=True)
    monkeypatch.setattr(data_folder, "_drive_folders", lambda: disks)
    assert data_folder.found_elsewhere() == [store]


@pytest.mark.skipif(sys.platform == "win32", reason="drive letters are looked at on Windows")
def test_no_drive_letters_elsewhere():
    assert data_folder._drive_folders() == []
