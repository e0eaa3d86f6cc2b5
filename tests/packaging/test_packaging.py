"""Packaging files: desktop entry, AppStream metainfo, Inno Setup script, and the self-test.

The builds themselves (PyInstaller one-folder, .deb, dpkg -i, self-test from /usr/bin) run in
packaging/linux/ci.sh, called by .ci/run after the tests.
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "cn.sxcounsel.Sxcounsel"


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Exec"] == "sxcounsel" and d["Terminal"] == "false"
    assert d["Icon"] == "sxcounsel" and (ROOT / "resources/icons/sxcounsel.svg").is_file()
    assert "心理" in d["Name[zh_CN]"]
    assert d["Categories"].endswith(";") and "Education" in d["Categories"].split(";")


def test_metainfo_names_the_desktop_entry():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "sxcounsel"
    from sxcounsel import __version__

    assert root.find("releases/release").get("version") == __version__


def test_inno_setup_script_is_complete():
    """No Inno Setup compiler runs on Linux: check the script's structure and promises."""
    text = (ROOT / "packaging/windows/sxcounsel.iss").read_text(encoding="utf-8-sig")
    sections = re.findall(r"^\[(\w+)\]", text, re.M)
    assert sections == [
        "Setup", "Languages", "CustomMessages", "Tasks", "InstallDelete", "Files", "Icons",
        "Run", "UninstallRun", "UninstallDelete", "Code",
    ]  # fmt: skip
    setup = dict(re.findall(r"^(\w+)=(.*)$", text.split("[Languages]")[0], re.M))
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-([0-9A-F]{4}-){3}[0-9A-F]{12}\}", setup["AppId"])
    assert setup["PrivilegesRequired"] == "lowest"  # per-user without admin rights
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert "{#Dist}\\*" in text and 'build\\dist\\sxcounsel"' in text
    uninstall = text.split("[UninstallDelete]")[1].split("[Code]")[0]
    assert "localappdata" not in uninstall.lower() and "userappdata" not in uninstall.lower()
    assert "'%LOCALAPPDATA%\\sxcounsel'" in text  # the message says where the records stay
    assert text.count("begin") == text.count("end;")


def test_self_test_passes_from_source(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env.update(TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "sxcounsel", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line.split()[1] for line in lines if line.startswith("ok")] == [
        "store", "pdf", "sync", "qt",
    ]  # fmt: skip
    assert lines[-1] == "self-test passed"
    assert list(tmp_path.glob("sxcounsel-selftest-*")) == []  # its temporary folder is gone
