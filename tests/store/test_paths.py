"""store/paths.py: where the data folder is, and which files make a store."""

from __future__ import annotations

from pathlib import Path

from sxcounsel.store import paths
from sxcounsel.store.paths import DB_NAME, SLOTS_NAME, StorePaths, default_home


def test_the_home_comes_from_the_environment_first(monkeypatch, tmp_path):
    monkeypatch.setenv("SXCOUNSEL_HOME", str(tmp_path / "school"))
    assert default_home() == tmp_path / "school"


def test_without_it_the_home_is_the_users_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("SXCOUNSEL_HOME", raising=False)
    # no pointer to a chosen folder (the real user's, if any, is never read by tests)
    monkeypatch.setattr(paths, "pointer_path", lambda: tmp_path / "data-folder.json")
    home = default_home()
    assert home.name == "sxcounsel" and home.is_absolute()
    monkeypatch.setenv("SXCOUNSEL_HOME", "")  # empty counts as unset
    assert default_home() == home


def test_the_files_of_a_store(tmp_path):
    paths = StorePaths(tmp_path)
    assert (paths.db, paths.slots) == (tmp_path / DB_NAME, tmp_path / SLOTS_NAME)
    assert paths.sidecars == [tmp_path / "sxcounsel.db-wal", tmp_path / "sxcounsel.db-shm"]
    assert StorePaths(Path("a")) == StorePaths(Path("a"))


def test_a_store_exists_only_with_both_its_database_and_its_key_slots(tmp_path):
    paths = StorePaths(tmp_path)
    assert not paths.exists()
    paths.db.write_bytes(b"")
    assert not paths.exists()
    paths.slots.write_text("{}")
    assert paths.exists()
    paths.db.unlink()
    assert not paths.exists()
