"""store/paths.py: the data folder the user chose, remembered outside it; SXCOUNSEL_HOME wins,
then the remembered folder, then the platform's folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sxcounsel.store import paths
from sxcounsel.store.paths import choosable, default_home, remember_home, remembered_home
from tests.store.user_dirs import redirect


def test_environment_then_pointer_then_platform(monkeypatch, tmp_path):
    dirs = redirect(monkeypatch, tmp_path)
    assert default_home() == dirs.platform
    chosen = tmp_path / "D" / "心理档案"
    remember_home(chosen)
    assert json.loads(dirs.pointer.read_text(encoding="utf-8")) == {"home": str(chosen)}
    assert default_home() == chosen
    monkeypatch.setenv("SXCOUNSEL_HOME", str(tmp_path / "env"))
    assert default_home() == tmp_path / "env"
    monkeypatch.setenv("SXCOUNSEL_HOME", "")  # empty counts as unset
    assert default_home() == chosen


def test_choosing_the_platform_folder_again_removes_the_pointer(monkeypatch, tmp_path):
    dirs = redirect(monkeypatch, tmp_path)
    remember_home(tmp_path / "D")
    remember_home(dirs.platform)
    assert not dirs.pointer.exists()
    assert default_home() == dirs.platform
    remember_home(dirs.platform)  # nothing to remove: still fine


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b'["D:/x"]', b'{"home": 3}', b'{"home": "relative/x"}', b"\xff\xfe"],
)
def test_a_damaged_pointer_falls_back_to_the_platform_folder(monkeypatch, tmp_path, content):
    dirs = redirect(monkeypatch, tmp_path)
    dirs.pointer.parent.mkdir(parents=True)
    dirs.pointer.write_bytes(content)
    assert remembered_home() is None
    assert default_home() == dirs.platform


def test_the_pointer_names_a_folder_and_nothing_else(monkeypatch, tmp_path):
    dirs = redirect(monkeypatch, tmp_path)
    remember_home(tmp_path / "records")
    assert list(json.loads(dirs.pointer.read_text(encoding="utf-8"))) == ["home"]
    assert [p.name for p in dirs.pointer.parent.iterdir()] == [paths.POINTER_NAME]  # no temp


def test_only_the_folder_default_home_gives_may_be_chosen(monkeypatch, tmp_path):
    dirs = redirect(monkeypatch, tmp_path)
    assert choosable(dirs.platform)
    assert not choosable(tmp_path / "elsewhere")  # --home
    remember_home(tmp_path / "D")
    assert choosable(tmp_path / "D") and not choosable(dirs.platform)
    monkeypatch.setenv("SXCOUNSEL_HOME", str(tmp_path / "D"))
    assert not choosable(tmp_path / "D")  # fixed by the environment


def test_the_real_platformdirs_follow_the_xdg_folders(monkeypatch, tmp_path):
    """Without any monkeypatching of paths: the pointer lives in the user's configuration
    folder, the default data folder in the user's data folder (Linux: XDG variables)."""
    if sys.platform in ("win32", "darwin"):
        pytest.skip("XDG variables are how Linux places the user's folders")
    monkeypatch.delenv("SXCOUNSEL_HOME", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert paths.pointer_path() == tmp_path / "config" / "sxcounsel" / "data-folder.json"
    assert default_home() == tmp_path / "share" / "sxcounsel"
    remember_home(tmp_path / "usb" / "sxcounsel")
    assert default_home() == tmp_path / "usb" / "sxcounsel"


def test_the_command_line_uses_the_remembered_folder(school, tmp_path):
    """`sxcounsel` without --home and SXCOUNSEL_HOME opens the store the pointer names."""
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the child's folders are redirected with XDG variables (Linux)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SXCOUNSEL_", "XDG_"))}
    config = tmp_path / "config"
    env.update(
        XDG_CONFIG_HOME=str(config),
        XDG_DATA_HOME=str(tmp_path / "share"),
        SXCOUNSEL_USER="wangli",
        SXCOUNSEL_PASSPHRASE="Fuping-2025!",
        LANG="C.UTF-8",
    )
    (config / "sxcounsel").mkdir(parents=True)
    pointer = config / "sxcounsel" / "data-folder.json"
    pointer.write_text(json.dumps({"home": str(school.home)}), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "sxcounsel", "user", "list"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert run.returncode == 0, run.stderr
    assert "zhaomin" in run.stdout
    assert not (tmp_path / "share" / "sxcounsel").exists()
