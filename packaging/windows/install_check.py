"""The installer on a real Windows, the way a school PC and a county IT script meet it.

    python packaging\\windows\\install_check.py SETUP VERSION ROOT

ROOT is a folder whose path has a space and Chinese characters (CI: C:\\测试 用户). In order:

1. a silent, non-administrator install into ROOT\\心理 辅导 (Chinese Setup): the programs,
   their version resource, the Start-menu 自检 shortcut, nothing added to PATH;
2. the installed program's self-test, run as the 自检 shortcut runs it (cmd, the program's
   quoted path), on the real ``windows`` platform plugin, with reportlab's accelerator;
3. a store made by the installed command line in ROOT\\已安装 数据;
4. an upgrade over it (with "add to PATH"): a stale file in _internal is gone, the user's PATH
   has the program folder, the store verifies;
5. a silent uninstall that must end within 5 minutes (no message box waits for a click): the
   program and the PATH entry are gone, the store is untouched byte for byte;
6. an install again over the kept data: the store verifies;
7. an all-users install (administrator) with the county-server task: the firewall rule
   exists; its silent uninstall removes the rule.

Run by .github/workflows/windows.yml; Windows only. Exit status 0 when every check passed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

PASSPHRASE = "Install-Check-2025!"
ADMIN = "installcheck"
FIREWALL_RULE = "sxcounsel county server"
GROUP = "心理辅导室档案"  # the Start-menu folder ({group})
SETUP_FLAGS = "/VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LANG=chinesesimplified"


def say(text: str) -> None:
    print(text, flush=True)


def clean_env() -> dict[str, str]:
    """The environment of a school PC: no test settings, the real platform plugin."""
    drop = ("QT_QPA_PLATFORM", "PYTHONUTF8", "PYTHONIOENCODING")
    return {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("SXCOUNSEL")}


def run(command: str | list[str], timeout: float, what: str, **extra: str) -> str:
    """Run ``command`` (a string is the exact Windows command line); its output, or fail."""
    try:
        done = subprocess.run(
            command,
            env={**clean_env(), **extra},
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(f"{what}: still running after {timeout:.0f} s") from None
    output = (done.stdout + done.stderr).decode("utf-8", "replace")
    if done.returncode != 0:
        raise SystemExit(f"{what}: exit {done.returncode}\n{output}")
    return output


def install(setup: Path, app: Path, log: Path, *flags: str) -> None:
    # One command line, quoted as Inno Setup documents it (/DIR="x:\dirname").
    line = f'"{setup}" {SETUP_FLAGS} {" ".join(flags)} /DIR="{app}" /LOG="{log}"'
    run(line, 900, f"silent install {' '.join(flags)} into {app}")
    for name in ("sxcounsel.exe", "sxcounsel-cli.exe", "unins000.exe", "_internal"):
        if not (app / name).exists():
            raise SystemExit(f"the install left no {name} in {app}")
    say(f"installed into {app} {' '.join(flags)}")


def uninstall(app: Path, log: Path) -> None:
    uninstaller = app / "unins000.exe"
    line = f'"{uninstaller}" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="{log}"'
    run(line, 300, "silent uninstall (a message box waiting for a click?)")
    deadline = time.monotonic() + 120  # the uninstaller's second phase runs from a temp copy
    while (app / "sxcounsel.exe").exists() or uninstaller.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"the silent uninstall left the program in {app}")
        time.sleep(1)
    say(f"uninstalled from {app}")


def product_version(path: Path) -> str:
    """The ProductVersion string of an executable's version resource."""
    import ctypes

    version = ctypes.WinDLL("version")  # type: ignore[attr-defined]
    size = version.GetFileVersionInfoSizeW(str(path), None)
    if not size:
        raise SystemExit(f"{path.name} has no version resource")
    data = ctypes.create_string_buffer(size)
    if not version.GetFileVersionInfoW(str(path), 0, size, data):
        raise SystemExit(f"{path.name}: its version resource cannot be read")
    value, length = ctypes.c_void_p(), ctypes.c_uint()
    for table in ("080404B0", "040904B0"):
        key = f"\\StringFileInfo\\{table}\\ProductVersion"
        found = version.VerQueryValueW(data, key, ctypes.byref(value), ctypes.byref(length))
        if found and length.value and value.value:
            return ctypes.wstring_at(value.value, length.value - 1)
    raise SystemExit(f"{path.name}: no ProductVersion in its version resource")


def user_path() -> str:
    import winreg  # type: ignore[import-not-found]

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, "Environment") as key:  # type: ignore[attr-defined]
        try:
            return str(winreg.QueryValueEx(key, "Path")[0])  # type: ignore[attr-defined]
        except FileNotFoundError:
            return ""


def on_path(app: Path) -> bool:
    return str(app).lower() in [p.rstrip("\\").lower() for p in user_path().split(";")]


def check_shortcut() -> None:
    programs = Path(os.environ["APPDATA"]) / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    link = programs / GROUP / "自检.lnk"
    if not link.is_file():
        raise SystemExit(f"no 自检 shortcut at {link}")
    data = link.read_bytes()
    for part in ("/k ", "sxcounsel-cli.exe", "--self-test"):
        if part.encode("utf-16-le") not in data:
            raise SystemExit(f"the 自检 shortcut does not hold {part!r}")
    say(f"Start-menu shortcut {link.name}: cmd /k … sxcounsel-cli.exe --self-test")


def self_test_as_the_shortcut_runs_it(app: Path) -> None:
    # The shortcut's arguments (sxcounsel.iss), with /c instead of /k so that cmd ends.
    line = f'"{os.environ.get("COMSPEC", "cmd.exe")}" /c ""{app}\\sxcounsel-cli.exe" --self-test"'
    output = run(line, 600, "the installed program's self-test")
    say(output)
    for needed in (
        "on the windows platform plugin",
        "accelerated by _rl_accel",
        "self-test passed",
    ):
        if needed not in output:
            raise SystemExit(f"the installed self-test does not say {needed!r}")


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


def firewall_rule_exists() -> bool:
    done = subprocess.run(
        f'netsh advfirewall firewall show rule name="{FIREWALL_RULE}"',
        capture_output=True,
        timeout=120,
        check=False,
    )
    return done.returncode == 0


def main(argv: list[str]) -> int:
    if sys.platform != "win32":
        raise SystemExit("install_check.py runs on Windows only")
    for stream in (sys.stdout, sys.stderr):  # the CI log's code page has no Chinese
        stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    setup, version, root = Path(argv[0]), argv[1], Path(argv[2])
    app, data, logs = root / "心理 辅导", root / "已安装 数据", root / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    cli = [str(app / "sxcounsel-cli.exe"), "--home", str(data)]
    creds = {"SXCOUNSEL_USER": ADMIN, "SXCOUNSEL_PASSPHRASE": PASSPHRASE}

    install(setup, app, logs / "1-install.log", "/CURRENTUSER")
    for exe in ("sxcounsel.exe", "sxcounsel-cli.exe"):
        if product_version(app / exe) != version:
            raise SystemExit(f"{exe} says version {product_version(app / exe)}, not {version}")
    if on_path(app):
        raise SystemExit("PATH has the program folder, but that task is unticked by default")
    check_shortcut()
    self_test_as_the_shortcut_runs_it(app)

    school = ["init", "--school-code", "3161000002", "--school-name", "王䶮小学"]
    run([*cli, *school, "--county-code", "610528", "--admin", ADMIN], 300, "init", **creds)
    stale = app / "_internal" / "stale-from-an-older-version.txt"
    stale.write_text("left by an older version", encoding="utf-8")

    install(setup, app, logs / "2-upgrade.log", "/CURRENTUSER", '/MERGETASKS="addtopath"')
    if stale.exists():
        raise SystemExit("the upgrade kept a stale file in _internal ([InstallDelete])")
    if not on_path(app):
        raise SystemExit("the 'add to PATH' task did not put the program folder on PATH")
    run([*cli, "verify"], 300, "verify after the upgrade", **creds)
    kept = digest(data)

    uninstall(app, logs / "3-uninstall.log")
    if on_path(app):
        raise SystemExit("the uninstall left the program folder on PATH")
    if digest(data) != kept:
        raise SystemExit(f"the uninstall changed the data folder {data}")
    say(f"data kept: {', '.join(sorted(kept))}")

    install(setup, app, logs / "4-reinstall.log", "/CURRENTUSER")
    run([*cli, "verify"], 300, "verify after installing again", **creds)
    uninstall(app, logs / "5-uninstall.log")

    county = root / "全体 用户" / "sxcounsel"
    install(setup, county, logs / "6-allusers.log", "/ALLUSERS", '/MERGETASKS="countyserver"')
    if not firewall_rule_exists():
        raise SystemExit("the county-server task added no firewall rule")
    uninstall(county, logs / "7-allusers-uninstall.log")
    if firewall_rule_exists():
        raise SystemExit("the uninstall left the county server's firewall rule")
    say("county server firewall rule added and removed")
    say("install check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
