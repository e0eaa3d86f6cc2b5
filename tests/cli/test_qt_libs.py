"""Issue 23, item 8: a missing Qt system library on Linux is said in one sentence naming the
Debian package, before Qt is imported (sxcounsel/qt_libs.py and the desktop commands of cli.py).

Which libraries a machine lacks is the environment, not the code under test: the finder is
replaced by one that reports a chosen library missing."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

from sxcounsel import cli, qt_libs
from sxcounsel.cli_common import CliError
from sxcounsel.store.paths import StorePaths

X11 = {"DISPLAY": ":0"}
WAYLAND = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}


def lacking(*sonames: str):
    return lambda soname: soname not in sonames


def test_every_library_is_found_nothing_is_missing() -> None:
    assert qt_libs.missing_packages(lambda _s: True, X11, "linux") == []


def test_a_missing_xcb_library_names_its_package() -> None:
    missing = qt_libs.missing_packages(lacking("libxcb-cursor.so.0"), X11, "linux")
    assert missing == [("libxcb-cursor.so.0", "libxcb-cursor0")]
    assert qt_libs.install_command(missing) == "apt-get install libxcb-cursor0"


def test_several_missing_give_one_command_in_order() -> None:
    finder = lacking("libxkbcommon-x11.so.0", "libEGL.so.1", "libxcb-icccm.so.4")
    missing = qt_libs.missing_packages(finder, X11, "linux")
    assert [s for s, _p in missing] == ["libEGL.so.1", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]
    assert qt_libs.install_command(missing) == (
        "apt-get install libegl1 libxcb-icccm4 libxkbcommon-x11-0"
    )
    assert qt_libs.install_command(missing + missing[:1]) == qt_libs.install_command(missing)


def test_the_readme_list_is_what_is_checked() -> None:
    """Every package of the README's apt list is checked but libxcb-xinerama0, which Qt 6's
    xcb plugin no longer links (so its absence stops nothing)."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    listed = readme.split("`apt-get install ", 1)[1].split("`", 1)[0].split()
    assert set(listed) - set(qt_libs.XCB_LIBRARIES.values()) == {"libxcb-xinerama0"}
    assert set(qt_libs.XCB_LIBRARIES.values()) - set(listed) == {"libx11-xcb1"}


@pytest.mark.parametrize(
    ("env", "xcb"),
    [
        (X11, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96"}, True),
        ({"QT_QPA_PLATFORM": "xcb;wayland", **WAYLAND}, True),
        ({"QT_QPA_PLATFORM": "offscreen", **X11}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        (WAYLAND, False),
        ({**WAYLAND, "XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, True),
    ],
)
def test_xcb_libraries_only_for_the_xcb_plugin(env: dict[str, str], xcb: bool) -> None:
    assert qt_libs.uses_xcb(env) is xcb
    missing = qt_libs.missing_packages(lacking("libxcb-cursor.so.0"), env, "linux")
    assert bool(missing) is xcb
    # QtGui's own libraries are needed whatever the plugin.
    assert qt_libs.missing_packages(lacking("libGL.so.1"), env, "linux") == [
        ("libGL.so.1", "libgl1")
    ]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_nothing_is_checked_off_linux(platform: str) -> None:
    nothing = lacking(*qt_libs.GUI_LIBRARIES, *qt_libs.XCB_LIBRARIES)
    assert qt_libs.missing_packages(nothing, X11, platform) == []


def test_the_real_finder_asks_the_dynamic_linker() -> None:
    ctypes.CDLL("libc.so.6")  # present wherever the tests run (Linux)
    assert qt_libs.loads("libc.so.6")
    assert not qt_libs.loads("libsxcounsel-no-such-library.so.9")


def test_the_frozen_build_counts_its_own_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "libsxcounsel-bundled.so.1").write_bytes(b"")  # not loadable, but shipped
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert qt_libs.loads("libsxcounsel-bundled.so.1")
    assert not qt_libs.loads("libsxcounsel-no-such-library.so.9")


# -- the desktop commands ---------------------------------------------------------------------
@pytest.fixture
def x11_without_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """An X11 desktop on Linux whose libxcb-cursor0 is not installed."""
    monkeypatch.setattr(cli.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "LC_ALL", "LANG"):
        monkeypatch.delenv(name, raising=False)
    real = qt_libs.loads
    monkeypatch.setattr(qt_libs, "loads", lambda s: s != "libxcb-cursor.so.0" and real(s))


def test_check_desktop_names_the_package(x11_without_cursor: None) -> None:
    with pytest.raises(CliError) as caught:
        cli.check_desktop()
    assert caught.value.code == "cli.qt_libs_missing"
    assert caught.value.facts == {
        "libraries": ["libxcb-cursor.so.0"],
        "command": "apt-get install libxcb-cursor0",
    }


@pytest.mark.parametrize("argv", [[], ["demo"]])
def test_the_app_and_demo_stop_with_one_sentence(
    argv: list[str],
    x11_without_cursor: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``sxcounsel`` and ``sxcounsel demo``: exit 1, one line naming the package and the
    library, Qt never imported, and the demo not made."""
    home = tmp_path / "home"
    assert cli.main(["--home", str(home), *argv]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("sxcounsel: ")
    assert "apt-get install libxcb-cursor0" in err and "libxcb-cursor.so.0" in err
    assert not StorePaths(home).exists()


def test_the_sentence_in_both_languages() -> None:
    from sxcounsel.core import texts

    exc = CliError(
        "cli.qt_libs_missing",
        libraries=["libxcb-cursor.so.0", "libxcb-icccm.so.4"],
        command="apt-get install libxcb-cursor0 libxcb-icccm4",
    )
    assert texts.known(exc.code)
    for language in ("en", "zh"):
        sentence = exc.text(language)
        assert "'apt-get install libxcb-cursor0 libxcb-icccm4'" in sentence
        assert "libxcb-cursor.so.0" in sentence and "libxcb-icccm.so.4" in sentence
        assert "\n" not in sentence
