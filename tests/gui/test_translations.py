"""Translations: complete, current with the code, built on first run, and really shown."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sxcounsel.gui import i18n
from sxcounsel.gui.i18n import LANGUAGES, compiled, ts_path

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_path(language)).getroot()
    return [(ctx.findtext("name"), m) for ctx in root.iter("context") for m in ctx.iter("message")]


def texts(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_message_is_translated(language):
    found = messages(language)
    assert len(found) > 150
    for context, message in found:
        source = message.findtext("source")
        tr = message.find("translation")
        assert tr.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        for text in texts(message):
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(
                set(PLACEHOLDER.findall(source))
            ) or ("%n" in source and PLACEHOLDER.findall(text) == ["%n"]), (context, source, text)
            if language == "zh_CN" and re.search("[A-Za-z]{3,}", re.sub(r"%\d", "", source)):
                assert CJK.search(text) or (text == source and "(*." in source), (source, text)


def lupdate() -> str | None:
    """The lupdate of the PySide6 this interpreter imports: the binary inside the PySide6
    package (what the pyside6-lupdate script runs), else the pyside6-lupdate script installed
    beside ``sys.executable``. Not PATH: it may belong to another Python or another Qt."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = [
        Path(PySide6.__file__).resolve().parent / f"lupdate{suffix}",
        Path(sys.executable).parent / f"pyside6-lupdate{suffix}",
    ]
    return next((str(c) for c in candidates if c.is_file() and os.access(c, os.X_OK)), None)


def test_sources_match_the_code(tmp_path):
    """Every tr() string in sxcounsel/gui is in the .ts files, and nothing else is."""
    tool = lupdate()
    if tool is None:
        reason = f"pyside6-lupdate is not installed beside {sys.executable} nor in PySide6"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI must run this check)")
        pytest.skip(reason)
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool, "-silent", "-locations", "none", "-extensions", "py", str(ROOT / "sxcounsel/gui"),
         "-ts", str(fresh)],
        check=True,
    )  # fmt: skip
    root = ET.parse(fresh).getroot()
    in_code = {
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }
    for language in LANGUAGES:
        in_ts = {(c, m.findtext("source")) for c, m in messages(language)}
        assert in_code == in_ts, f"run pyside6-lupdate (translations/README.md) for {language}"


def test_qm_is_built_into_the_cache(gui_app, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    qm = compiled("zh_CN")
    assert qm is not None and qm.parent == tmp_path / "cache" and qm.stat().st_size > 1000
    assert compiled("zh_CN") == qm  # built once, then reused


def test_chinese_is_shown_by_default(school, make_window):
    window = make_window(school.home)
    screen = window.unlock_screen
    assert screen.button.text() == "解锁(&U)"
    assert window.windowTitle() == "心理辅导室档案"


def test_qt_file_dialog_speaks_chinese_too(qtbot, school, make_window):
    from PySide6.QtWidgets import QFileDialog, QLabel

    from sxcounsel.gui.qt_strings import qt_own_strings

    window = make_window(school.home)  # installs Qt's and our zh_CN translators
    assert all(CJK.search(text) for text in qt_own_strings())
    dialog = QFileDialog(window, "选择文件")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own, as on Linux
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert labels["fileNameLabel"] == "文件名称(&N)："  # Qt's own translation still applies
