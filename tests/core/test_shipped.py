"""core/shipped.py: the fonts, style sheet and translations are found in a source checkout, an
installed wheel (inside the package) and a PyInstaller bundle (under sys._MEIPASS), in that
order of preference: bundle, package, checkout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sxcounsel.core import shipped

CHECKOUT = Path(__file__).resolve().parents[2]


def test_a_source_checkout_finds_the_repository_folders():
    assert shipped.data_dir("resources") == CHECKOUT / "resources"
    assert shipped.data_dir("translations") == CHECKOUT / "translations"
    assert shipped.resource("style.qss") == CHECKOUT / "resources" / "style.qss"
    assert shipped.resource("style.qss").is_file()
    assert shipped.resource("fonts").is_dir()


def test_a_folder_inside_the_package_comes_before_the_checkout(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "sxcounsel"
    (package / "resources").mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()
    monkeypatch.setattr(shipped, "PACKAGE", package)
    assert shipped.data_dir("resources") == package / "resources"
    assert shipped.resource("icons", "a.svg") == package / "resources" / "icons" / "a.svg"


def test_a_pyinstaller_bundle_comes_first_when_it_has_the_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert shipped.data_dir("resources") == CHECKOUT / "resources"  # not in the bundle: next
    (tmp_path / "resources").mkdir()
    assert shipped.data_dir("resources") == tmp_path / "resources"


def test_a_missing_folder_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(shipped, "PACKAGE", tmp_path / "sxcounsel")
    with pytest.raises(FileNotFoundError, match="the resources folder of sxcounsel is missing"):
        shipped.data_dir("resources")
    with pytest.raises(FileNotFoundError, match="no_such_thing"):
        shipped.data_dir("no_such_thing")
