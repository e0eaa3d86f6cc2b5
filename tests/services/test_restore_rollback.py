"""A restore is all or nothing: stopped while moving the store's files (Windows refuses to move a
file another program holds), it moves back what it moved and says the store was left as it
was; only when moving back fails too does it say where the files are, and nothing is lost.

Linux never refuses a move for a held file: the refusal is made the way Windows makes it, a
PermissionError with winerror 32 from os.replace for the chosen file, on every try."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from sxcounsel.core.errors import StoreError
from sxcounsel.services.account_session import Session
from sxcounsel.services.maintenance import make_backup, restore
from sxcounsel.services.students import Student, create_student
from sxcounsel.store import atomic
from sxcounsel.store.paths import StorePaths
from tests.conftest import ADMIN, ADMIN_PASS


def records(home: Path) -> list[tuple]:
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        rows = s.store.conn.execute("SELECT id, student_no, version FROM students ORDER BY id")
        return [tuple(r) for r in rows]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backed_up(school, tmp_path, monkeypatch):
    """A school store with records, a backup of it, and a record made after the backup (the
    one a restore would lose): (home, backup file)."""
    monkeypatch.setattr(atomic, "PAUSES", (0.01, 0.01))  # a held file stays held here
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        for i in range(5):
            create_student(
                s, Student(student_no=f"S{i:03d}", name=f"李{i}", class_name="七年级(2)班")
            )
        make_backup(s, tmp_path / "周五备份.sxbak")
        create_student(s, Student(student_no="LATE", name="迟到", class_name="七年级(2)班"))
    return school.home, tmp_path / "周五备份.sxbak"


def store_files(home: Path) -> dict[str, str]:
    """The store's files in the data folder, by name, with their content's digest."""
    paths = StorePaths(home)
    return {p.name: digest(p) for p in (paths.db, *paths.sidecars, paths.slots) if p.exists()}


class Mover:
    """os.replace that refuses, as Windows does for a held file, the ``nth`` move of the
    restore's swap (a move into the data folder or into its replaced-… folder) and every
    later try of the same file, and then also every move whose source is in ``also``."""

    def __init__(self, monkeypatch, home: Path, nth: int, also: tuple[str, ...] = ()):
        self.real, self.home, self.nth, self.also = os.replace, home, nth, also
        self.moves: list[tuple[str, str]] = []
        self.held: Path | None = None
        monkeypatch.setattr(os, "replace", self)

    def swap_move(self, dst: Path) -> bool:
        return dst.parent == self.home or dst.parent.name.startswith("replaced-")

    def __call__(self, src, dst, **kwargs):
        src, dst = Path(src), Path(dst)
        if self.held is not None and (
            src == self.held or f"{src.parent.name}/{src.name}".startswith(self.also)
        ):
            raise self.refusal(src)
        if self.swap_move(dst):
            self.moves.append((src.name, dst.parent.name))
            if len(self.moves) == self.nth:
                self.held = src
                raise self.refusal(src)
        return self.real(src, dst, **kwargs)

    @staticmethod
    def refusal(src: Path) -> PermissionError:
        exc = PermissionError(errno.EACCES, "The process cannot access the file", str(src))
        exc.winerror = 32  # ERROR_SHARING_VIOLATION
        return exc


def assert_left_as_it_was(home: Path, files: dict[str, str], before: list[tuple]) -> None:
    assert store_files(home) == files
    leftovers = [p.name for p in home.iterdir() if p.name.startswith(("replaced-", ".restore-"))]
    assert leftovers == []
    assert records(home) == before  # opens with the original passphrase, the late record too
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        actions = [r[0] for r in s.store.conn.execute("SELECT action FROM audit_log")]
    assert "restore" not in actions


def test_a_restore_stopped_at_the_second_move_puts_the_first_back(backed_up, monkeypatch):
    home, backup = backed_up
    before, files = records(home), store_files(home)
    mover = Mover(monkeypatch, home, nth=2)
    with pytest.raises(StoreError) as caught:
        restore(home, backup, username=ADMIN, passphrase=ADMIN_PASS)
    monkeypatch.undo()
    exc = caught.value
    assert exc.code == "restore.rolled_back"
    # sxcounsel.db went aside, the next file was refused, sxcounsel.db came back
    assert mover.moves[0] == ("sxcounsel.db", mover.moves[0][1])
    assert mover.moves[0][1].startswith("replaced-") and len(mover.moves) == 3
    assert mover.moves[2] == ("sxcounsel.db", home.name)
    held = mover.moves[1][0]
    assert exc.message == (
        f"Nothing was restored from 周五备份.sxbak; the store was left as it was: {held} could "
        "not be moved (another program holds it). If another sxcounsel window or an antivirus "
        "scan holds it, close the other sxcounsel windows or wait a moment, then try again."
    )
    zh = exc.text("zh")
    assert "未从 周五备份.sxbak 恢复任何内容，现有数据保持原样" in zh and f"“{held}”" in zh
    assert "杀毒软件" in zh
    assert_left_as_it_was(home, files, before)


def test_a_restore_stopped_after_the_backup_moved_in_moves_it_out_again(backed_up, monkeypatch):
    """The last move (the backup's key-slot file into place) is refused: the backup's database,
    already in place, goes back to the staging folder and every live file back home."""
    home, backup = backed_up
    before, files = records(home), store_files(home)
    moves = len(files) + 2  # the live files aside, then the backup's two files in
    mover = Mover(monkeypatch, home, nth=moves)
    with pytest.raises(StoreError) as caught:
        restore(home, backup, username=ADMIN, passphrase=ADMIN_PASS)
    monkeypatch.undo()
    assert caught.value.code == "restore.rolled_back"
    assert caught.value.facts["held"] == "keyslots.json"
    assert len(mover.moves) == moves + len(files)  # and each live file moved back home
    assert_left_as_it_was(home, files, before)


def test_a_failed_roll_back_says_where_the_files_are_and_loses_none(backed_up, monkeypatch):
    """The second move is refused and moving the database back is refused too: the error names
    the replaced-… folder and the file in it; moved back by hand, the store is whole."""
    home, backup = backed_up
    before, files = records(home), store_files(home)
    Mover(monkeypatch, home, nth=2, also=("replaced-",))
    with pytest.raises(StoreError) as caught:
        restore(home, backup, username=ADMIN, passphrase=ADMIN_PASS)
    monkeypatch.undo()
    exc = caught.value
    assert exc.code == "restore.rollback_failed"
    [folder] = [p for p in home.iterdir() if p.name.startswith("replaced-")]
    assert exc.facts["folder"] == folder.name and exc.facts["files"] == ["sxcounsel.db"]
    assert sorted(p.name for p in folder.iterdir()) == ["sxcounsel.db"]
    assert folder.name in exc.message and "sxcounsel.db" in exc.message
    assert "nothing was deleted" in exc.message
    zh = exc.text("zh")
    assert folder.name in zh and "sxcounsel.db" in zh and "未删除任何文件" in zh
    # nothing lost: every file of the store is in the data folder or in the replaced-… folder
    where = {p.name: digest(p) for p in (*home.iterdir(), *folder.iterdir()) if p.name in files}
    assert where == files
    assert not [p for p in home.iterdir() if p.name.startswith(".restore-")]
    # what the sentence tells the user to do gives the store back whole
    os.replace(folder / "sxcounsel.db", home / "sxcounsel.db")
    folder.rmdir()
    assert_left_as_it_was(home, files, before)


def test_a_restore_onto_an_empty_folder_stopped_halfway_leaves_it_empty(
    backed_up, tmp_path, monkeypatch
):
    _, backup = backed_up
    new = tmp_path / "new-pc"
    Mover(monkeypatch, new, nth=2)  # the backup's database moved in, its key slots refused
    with pytest.raises(StoreError) as caught:
        restore(new, backup, username=ADMIN, passphrase=ADMIN_PASS)
    monkeypatch.undo()
    assert caught.value.code == "restore.rolled_back"
    assert [p.name for p in new.iterdir() if not p.name.endswith(".lock")] == []
    restore(new, backup, username=ADMIN, passphrase=ADMIN_PASS)  # and then it can be done
    assert len(records(new)) == 5


def test_a_restore_that_waits_out_a_brief_hold_succeeds(backed_up, monkeypatch):
    home, backup = backed_up
    real, refused = os.replace, []

    def brief(src, dst, **kwargs):
        if Path(dst).name == "keyslots.json" and Path(dst).parent == home and len(refused) < 1:
            refused.append(dst)
            raise Mover.refusal(Path(src))
        return real(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", brief)
    result = restore(home, backup, username=ADMIN, passphrase=ADMIN_PASS)
    monkeypatch.undo()
    assert refused and result.replaced is not None
    assert len(records(home)) == 5  # the backup's records: the late one is gone
