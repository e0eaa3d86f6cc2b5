"""The Windows build's parts that can be checked on Linux: the icon and version resources
build.py makes, signing (only with a certificate, the password never shown), the ISCC command
line, the launcher of the windowed program, and the CI's encoding smoke test. The installer
script itself: tests/packaging/test_inno_script.py."""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SMOKE = [sys.executable, str(PACKAGING / "windows" / "encoding_smoke.py")]


def _load(name: str, path: Path):
    """A packaging/ script as a module, leaving sys.path as it was."""
    saved = list(sys.path)
    sys.path.insert(0, str(PACKAGING))
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved
    return module


winres = _load("sxcounsel_winres", PACKAGING / "winres.py")
signing = _load("sxcounsel_signing", PACKAGING / "signing.py")


# -- icon ------------------------------------------------------------------------------------
def test_the_icon_is_made_from_the_apps_svg_in_every_size_windows_asks_for(tmp_path):
    # In a process of its own, as build.py runs it: make_icon starts a QGuiApplication, which
    # must not become the application of the Qt tests that share this worker.
    ico = tmp_path / "sxcounsel.ico"
    make = "import sys, winres; winres.make_icon(*map(__import__('pathlib').Path, sys.argv[1:]))"
    subprocess.run(
        [sys.executable, "-c", make, str(ROOT / "resources/icons/sxcounsel.svg"), str(ico)],
        cwd=PACKAGING,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
        timeout=120,
    )
    images = winres.read_icon_sizes(ico)
    assert [(w, h) for w, h, _ in images] == [(s, s) for s in winres.ICON_SIZES]
    for w, _h, head in images:  # classic 32-bit DIBs (BITMAPINFOHEADER), 256 as PNG
        assert head.startswith(b"\x89PNG" if w == 256 else b"(\x00\x00\x00")
    image = pytest.importorskip("PIL.Image")  # Pillow (reportlab's dependency) reads it too
    with image.open(ico) as icon:
        assert {(s, s) for s in (16, 32, 48, 256)} <= set(icon.info["sizes"])
        icon.size = (48, 48)
        icon.load()
        pixel = icon.convert("RGBA").getpixel((24, 10))  # inside the teal rounded square
        assert pixel[3] == 255 and pixel[:3] != (0, 0, 0)


def test_no_icon_is_committed():
    tracked = subprocess.run(
        ["git", "ls-files", "*.ico"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert tracked.stdout.strip() == ""


# -- version resource ---------------------------------------------------------------------------
def test_version_numbers_from_the_package_version():
    assert winres.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert winres.version_numbers("1.2") == (1, 2, 0, 0)
    assert winres.version_numbers("2.0.1rc1") == (2, 0, 1, 0)
    assert winres.version_numbers("1.2.3.4.5") == (1, 2, 3, 4)
    with pytest.raises(ValueError):
        winres.version_numbers("latest")


def _strings(text: str) -> list[dict[str, str]]:
    """The string tables of a version file, read as the Python expression it is."""
    tree = ast.parse(text, mode="eval")
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    tables = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringTable":
            rows = node.args[1].elts
            tables.append({r.args[0].value: r.args[1].value for r in rows})
    return tables


def test_each_program_has_its_version_resource(tmp_path):
    from sxcounsel import __version__

    made = winres.write_version_files(tmp_path, __version__)
    assert [p.name for p in made] == ["version-sxcounsel.txt", "version-sxcounsel-cli.txt"]
    for path, exe in zip(made, ("sxcounsel.exe", "sxcounsel-cli.exe"), strict=True):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# -*- coding: utf-8 -*-")
        zh, en = _strings(text)
        for table in (zh, en):
            assert table["ProductVersion"] == table["FileVersion"] == __version__
            assert table["OriginalFilename"] == exe
            assert table["ProductName"] == "心理辅导室档案 (sxcounsel)"
        assert zh["FileDescription"].startswith("心理辅导室档案")
        assert "filevers=(0, 1, 0, 0)" in text or __version__ != "0.1.0"
        assert "VarStruct('Translation', [0x0804, 1200, 0x0409, 1200])" in text


def test_pyinstaller_reads_the_version_file_and_writes_the_resource(tmp_path):
    """PyInstaller's own reader and serializer (pure Python; on Linux without the Windows-only
    imports it needs only to patch an executable)."""
    try:
        spec = importlib.util.find_spec("PyInstaller.utils.win32.versioninfo")
    except ImportError:
        spec = None
    if spec is None or spec.origin is None:
        pytest.skip("PyInstaller is not installed (packaging/linux/ci.sh installs it)")
    source = Path(spec.origin).read_text(encoding="utf-8")
    for windows_only in ("import pefile\n", "from PyInstaller.compat import win32api\n"):
        source = source.replace(windows_only, "")
    namespace: dict = {"__name__": "pyinstaller_versioninfo"}
    exec(compile(source, spec.origin, "exec"), namespace)
    path = winres.write_version_files(tmp_path, "1.2.3")[1]
    info = namespace["load_version_info_from_text_file"](str(path))
    raw = info.toRaw()
    assert b"\xbd\x04\xef\xfe" in raw  # VS_FIXEDFILEINFO's signature
    for text in ("心理辅导室档案（命令行）", "1.2.3", "sxcounsel-cli.exe", "080404B0"):
        assert text.encode("utf-16-le") in raw


# -- signing ------------------------------------------------------------------------------------
def test_nothing_is_signed_without_a_certificate():
    assert signing.config_from_env({}) is None
    assert signing.config_from_env({"SXCOUNSEL_SIGN_PASSWORD": "x"}) is None


def test_a_certificate_file_signs_with_sha256_and_a_timestamp(tmp_path):
    pfx = tmp_path / "code.pfx"
    pfx.write_bytes(b"not really a certificate")
    env = {"SXCOUNSEL_SIGN_PFX": str(pfx), "SXCOUNSEL_SIGN_PASSWORD": "pfx-Secret-1"}
    config = signing.config_from_env(env)
    assert "pfx-Secret-1" not in repr(config)
    args = signing.signtool_arguments(config, [Path("a.exe"), Path("b.exe")])
    assert args[:7] == ["sign", "/fd", "SHA256", "/tr", signing.DEFAULT_TIMESTAMP, "/td", "SHA256"]
    assert args[args.index("/f") + 1] == str(pfx)
    assert args[args.index("/p") + 1] == "pfx-Secret-1"
    assert args[-2:] == ["a.exe", "b.exe"]


def test_a_certificate_in_the_store_is_chosen_by_thumbprint():
    config = signing.config_from_env(
        {"SXCOUNSEL_SIGN_THUMBPRINT": "ab cd 12", "SXCOUNSEL_SIGN_TIMESTAMP": "http://ts.example"}
    )
    args = signing.signtool_arguments(config, [Path("a.exe")])
    assert args[args.index("/sha1") + 1] == "abcd12"
    assert args[args.index("/tr") + 1] == "http://ts.example"
    assert "/f" not in args and "/p" not in args


def test_a_wrong_signing_configuration_stops_the_build(tmp_path):
    with pytest.raises(signing.SigningError, match="names no file"):
        signing.config_from_env({"SXCOUNSEL_SIGN_PFX": str(tmp_path / "missing.pfx")})
    pfx = tmp_path / "code.pfx"
    pfx.write_bytes(b"x")
    with pytest.raises(signing.SigningError, match="not both"):
        signing.config_from_env({"SXCOUNSEL_SIGN_PFX": str(pfx), "SXCOUNSEL_SIGN_THUMBPRINT": "ab"})


def _signtool(tmp_path: Path, code: int) -> Path:
    """A stand-in for signtool.exe: records its arguments, answers like signtool."""
    tool = tmp_path / "signtool"
    tool.write_text(
        f"#!{sys.executable}\n"
        + textwrap.dedent(
            f"""
            import sys
            from pathlib import Path
            Path({str(tmp_path / "args.txt")!r}).write_text("\\n".join(sys.argv[1:]))
            print("SignTool Error: An unexpected internal error has occurred." if {code} else
                  "Successfully signed")
            sys.exit({code})
            """
        ),
        encoding="utf-8",
    )
    tool.chmod(0o755)
    return tool


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in signtool is a #! script")
def test_a_failed_signing_never_shows_the_password(tmp_path, capsys):
    pfx, exe = tmp_path / "code.pfx", tmp_path / "sxcounsel.exe"
    pfx.write_bytes(b"x")
    exe.write_bytes(b"MZ")
    env = {"SXCOUNSEL_SIGN_PFX": str(pfx), "SXCOUNSEL_SIGN_PASSWORD": "pfx-Secret-1"}
    config = signing.config_from_env(env)
    tool = _signtool(tmp_path, code=1)
    with pytest.raises(signing.SigningError) as failed:
        signing.sign([exe], config, {"SXCOUNSEL_SIGNTOOL": str(tool)})
    said = str(failed.value)
    assert "signtool could not sign sxcounsel.exe (exit 1)" in said
    assert "unexpected internal error" in said
    assert "pfx-Secret-1" not in said + capsys.readouterr().out
    assert "pfx-Secret-1" in (tmp_path / "args.txt").read_text()  # it did reach signtool
    signing.sign([exe], config, {"SXCOUNSEL_SIGNTOOL": str(_signtool(tmp_path, code=0))})
    assert capsys.readouterr().out == f"signed {exe}\n"


# -- build.py: ISCC and signing through Inno Setup ------------------------------------------------
def test_iscc_gets_the_version_and_signs_through_build_py(tmp_path):
    build = _load("sxcounsel_build", PACKAGING / "build.py")
    plain = build.iscc_command(Path("ISCC.exe"), "0.1.0", None, python="py.exe")
    assert plain == [
        "ISCC.exe",
        "/Qp",
        "/DAppVersion=0.1.0",
        "/DAppVersionNumbers=0.1.0.0",
        str(PACKAGING / "windows" / "sxcounsel.iss"),
    ]
    pfx = tmp_path / "code.pfx"
    pfx.write_bytes(b"x")
    config = signing.config_from_env(
        {"SXCOUNSEL_SIGN_PFX": str(pfx), "SXCOUNSEL_SIGN_PASSWORD": "pfx-Secret-1"}
    )
    signed = build.iscc_command(Path("ISCC.exe"), "0.1.0", config, python="C:/Py/python.exe")
    assert "/DSign" in signed
    sign_tool = next(a for a in signed if a.startswith("/Ssxsign="))
    assert sign_tool == (f"/Ssxsign=$qC:/Py/python.exe$q $q{PACKAGING / 'build.py'}$q --sign $f")
    assert not any("pfx-Secret-1" in a for a in signed)


def test_iscc_is_found_where_env_iscc_says(tmp_path):
    build = _load("sxcounsel_build", PACKAGING / "build.py")
    iscc = tmp_path / "Inno Setup 7" / "ISCC.exe"
    iscc.parent.mkdir()
    iscc.write_bytes(b"")
    assert build.find_iscc({"ISCC": str(iscc)}) == iscc
    assert build.find_iscc({"ProgramFiles": str(tmp_path)}) == iscc


# -- launcher ------------------------------------------------------------------------------------
def test_the_launcher_gives_a_program_without_streams_a_sink(monkeypatch):
    launcher = _load("sxcounsel_launcher", PACKAGING / "launcher.py")
    assert launcher.attach_parent_console(["sxcounsel", "--version"]) is False
    assert sys.stdout is not None
    monkeypatch.setattr(sys, "stdout", None)  # a windowed program started from Explorer
    monkeypatch.setattr(sys, "stderr", None)
    assert launcher.attach_parent_console(["sxcounsel"]) is False
    sink = sys.stdout
    print("nowhere to go")  # neither fails nor shows
    sys.stderr.write("nor this\n")
    assert sink.name == os.devnull
    sink.close()
    sys.stderr.close()


# -- the CI's encoding smoke test -----------------------------------------------------------------
def test_the_encoding_smoke_test_passes_the_command_line(tmp_path):
    done = subprocess.run(
        [*SMOKE, str(tmp_path), sys.executable, "-m", "sxcounsel"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[0].startswith("cp936: ok")
    key = (tmp_path / "cp437" / "init.stdout.txt").read_bytes()
    assert b"RECOVERY KEY" in key


def test_the_encoding_smoke_test_catches_a_program_that_stops_on_chinese(tmp_path):
    # Prints its arguments without a replacement handler, as sxcounsel did before issue 23.
    naive = "import sys; print('usage: naive'); print(' '.join(sys.argv[1:]))"
    done = subprocess.run(
        [*SMOKE, "--encodings=cp437", str(tmp_path), sys.executable, "-c", naive],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 1
    assert "cp437: init (school 王䶮小学) > file failed (exit 1)" in done.stderr
    assert "UnicodeEncodeError" in done.stderr
