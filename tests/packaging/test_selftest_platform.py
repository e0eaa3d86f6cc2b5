"""``sxcounsel --self-test``: the Qt check tests the platform plugin the desktop app would use
(never offscreen when there is a display), says which, and fails with a sentence, not an
abort, when that plugin does not load; the PDF check says whether reportlab's C accelerator
loads, and fails without it in a frozen build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sxcounsel import selftest
from sxcounsel.gui.selftest_qt import platform_plan


def test_windows_always_tests_the_real_windows_plugin():
    plan = platform_plan({}, "win32")
    assert plan.value == "windows;offscreen"  # offscreen only so that a failure is a sentence
    assert plan.wanted == ("windows",)
    assert platform_plan({"DISPLAY": ":0"}, "win32").wanted == ("windows",)


def test_linux_tests_x11_or_wayland_when_there_is_a_display():
    assert platform_plan({"DISPLAY": ":0"}, "linux").value == "xcb;offscreen"
    wayland = platform_plan({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux")
    assert wayland.value == "wayland;xcb;offscreen"
    assert wayland.wanted == ("wayland", "xcb")
    assert "WAYLAND_DISPLAY" in wayland.why


def test_offscreen_only_without_a_display():
    plan = platform_plan({}, "linux")
    assert (plan.value, plan.wanted) == ("offscreen", ("offscreen",))
    assert "no display" in plan.why


def test_qt_qpa_platform_chooses_as_it_does_for_the_app():
    plan = platform_plan({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux")
    assert (plan.value, plan.wanted, plan.why) == (
        "offscreen",
        ("offscreen",),
        "set by QT_QPA_PLATFORM",
    )
    assert platform_plan({"QT_QPA_PLATFORM": "xcb:dpi=96;offscreen"}, "win32").wanted == (
        "xcb",
        "offscreen",
    )


def test_macos_tests_cocoa():
    assert platform_plan({}, "darwin").value == "cocoa;offscreen"


def _self_test(tmp_path: Path, *wrapper: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SXCOUNSEL_")
        and k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    clean.update(TMPDIR=str(tmp_path), HOME=str(tmp_path), **env)
    return subprocess.run(
        [*wrapper, sys.executable, "-m", "sxcounsel", "--self-test"],
        capture_output=True,
        text=True,
        env=clean,
        timeout=300,
    )


def _qt_line(done: subprocess.CompletedProcess) -> str:
    return next(line for line in done.stdout.splitlines() if line.split()[1:2] == ["qt"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 display names are Linux")
def test_a_display_that_does_not_answer_fails_the_qt_check_with_a_sentence(tmp_path):
    # No X server listens on this display: Qt cannot load xcb and, instead of aborting the
    # whole self-test, falls back to offscreen, which the check reports as a failure.
    assert not Path("/tmp/.X11-unix/X4093").exists()
    done = _self_test(tmp_path, DISPLAY=":4093")
    assert done.returncode == 1, done.stdout + done.stderr
    line = _qt_line(done)
    assert line.startswith("FAIL qt")
    assert "the xcb platform plugin did not load (DISPLAY is set)" in line
    assert "fell back to offscreen" in line
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].endswith("from source)")
    assert lines[-1] == "self-test FAILED: qt"
    assert [line.split()[1] for line in lines if line.startswith("ok")] == ["store", "pdf", "sync"]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (.ci/run installs it)")
def test_with_a_display_the_real_xcb_plugin_is_tested(tmp_path):
    done = _self_test(tmp_path, "xvfb-run", "-a")
    assert done.returncode == 0, done.stdout + done.stderr
    line = _qt_line(done)
    assert line.startswith("ok   qt")
    assert "started on the xcb platform plugin (DISPLAY is set), a window opened" in line


def test_without_a_display_the_line_says_offscreen(tmp_path):
    done = _self_test(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    if sys.platform == "win32":  # Windows has no "no display": the real plugin, always
        assert "on the windows platform plugin (the Windows desktop)" in _qt_line(done)
    else:
        assert "on the offscreen platform plugin (no display" in _qt_line(done)


def test_the_pdf_check_says_reportlab_is_accelerated(tmp_path):
    accelerated, said = selftest.rl_accel_state()
    assert accelerated, said  # rl-accel is a dependency (pyproject.toml, the lock)
    assert said.startswith("reportlab accelerated by _rl_accel (")
    assert said in selftest.check_pdf(tmp_path)


def test_without_rl_accel_a_source_install_only_reports(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "_rl_accel", None)  # as if rl-accel were not installed
    monkeypatch.delattr(sys, "frozen", raising=False)
    accelerated, said = selftest.rl_accel_state()
    assert not accelerated
    assert said.startswith("_rl_accel does not load (")
    assert said.endswith("reportlab runs on pure Python")
    assert said in selftest.check_pdf(tmp_path)


def test_without_rl_accel_a_frozen_build_fails(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "_rl_accel", None)  # the spec lost the hidden import
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert selftest.frozen()
    with pytest.raises(AssertionError, match=r"_rl_accel does not load .*should include it"):
        selftest.check_pdf(tmp_path)
