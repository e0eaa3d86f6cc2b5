"""store/atomic.py: a file is replaced whole or not at all, and no temporary file is left."""

from __future__ import annotations

import pytest

from sxcounsel.store.atomic import atomic_write_bytes, atomic_writer, fsync_dir


def test_a_new_file_and_a_replaced_file_hold_exactly_the_bytes(tmp_path):
    path = tmp_path / "keyslots.json"
    atomic_write_bytes(path, b"first")
    assert path.read_bytes() == b"first"
    atomic_write_bytes(path, b"second, longer")
    assert path.read_bytes() == b"second, longer"
    atomic_write_bytes(path, b"")
    assert path.read_bytes() == b""
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]


def test_while_writing_the_final_name_is_untouched_and_the_temp_name_says_nothing(tmp_path):
    path = tmp_path / "sxcounsel.db"
    path.write_bytes(b"old")
    with atomic_writer(path) as fh:
        fh.write(b"new")
        others = [p.name for p in tmp_path.iterdir() if p != path]
        assert path.read_bytes() == b"old"
        assert len(others) == 1 and others[0].startswith(".tmp-")
        assert "sxcounsel" not in others[0]
    assert path.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["sxcounsel.db"]


@pytest.mark.parametrize("error", [OSError("disk full"), KeyboardInterrupt()])
def test_a_failed_write_keeps_the_old_file_and_removes_the_temp(tmp_path, error):
    path = tmp_path / "backup.sxbak"
    path.write_bytes(b"the old backup")
    with pytest.raises(type(error)), atomic_writer(path) as fh:
        fh.write(b"half of the new one")
        raise error
    assert path.read_bytes() == b"the old backup"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.sxbak"]


def test_a_failed_first_write_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError), atomic_writer(tmp_path / "new.bin") as fh:
        fh.write(b"x")
        raise RuntimeError
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_an_error_not_a_stray_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "gone" / "file.bin", b"x")
    assert list(tmp_path.iterdir()) == []
    fsync_dir(tmp_path)  # a folder can be synced on its own
