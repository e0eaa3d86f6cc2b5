"""Build the one-folder package: compile the translations, make the Windows icon and version
resources, run PyInstaller, sign on Windows when a certificate is provided, and (on Windows,
with --installer) compile the Inno Setup installer.

    python3 packaging/build.py                ->  build/dist/sxcounsel/sxcounsel[.exe]
    python packaging/build.py --installer     ->  also build/sxcounsel-setup-<version>.exe
    python packaging/build.py --sign FILE...  ->  sign these files only (Inno Setup calls this)

Signing: see packaging/signing.py (SXCOUNSEL_SIGN_PFX + SXCOUNSEL_SIGN_PASSWORD, or
SXCOUNSEL_SIGN_THUMBPRINT). Inno Setup: ISCC from env ISCC, PATH, or the usual install folders
(Inno Setup 7.0.2 or newer: the first with the official Simplified Chinese translation).

Prints the size of the result and its largest parts (what dominates the package).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
WINRES = BUILD / "winres"
DIST = BUILD / "dist" / "sxcounsel"
ISS = ROOT / "packaging" / "windows" / "sxcounsel.iss"
WINDOWS = sys.platform == "win32"
EXECUTABLES = ("sxcounsel.exe", "sxcounsel-cli.exe")

# packaging/ (this file's helpers) and the checkout (its sxcounsel, installed or not).
for _folder in (ROOT, Path(__file__).resolve().parent):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

import signing  # noqa: E402  (packaging/, beside this file)
import winres  # noqa: E402


def compile_translations(out: Path) -> list[Path]:
    from sxcounsel.gui.i18n import lrelease

    tool = lrelease()
    if tool is None:
        raise SystemExit("lrelease (from PySide6) was not found; install PySide6 first.")
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def package_version() -> str:
    from sxcounsel import __version__

    return __version__


def make_windows_resources(out: Path, version: str) -> Path:
    """The .ico (from the app's SVG icon) and the exe version resources; made on every
    platform, so that the Linux CI build checks them too. Returns the icon."""
    winres.write_version_files(out, version)
    return winres.make_icon(ROOT / "resources" / "icons" / "sxcounsel.svg", out / "sxcounsel.ico")


def size_of(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def report(dist: Path) -> None:
    total = size_of(dist)
    print(f"one-folder build: {dist} ({total / 1e6:.0f} MB)")
    internal = dist / "_internal"
    parts = sorted(
        ((size_of(p) if p.is_dir() else p.stat().st_size, p) for p in internal.iterdir()),
        reverse=True,
    )
    for size, part in parts[:8]:
        print(f"  {size / 1e6:6.1f} MB  {part.relative_to(dist)}")


def sign_executables(config: signing.SignConfig | None) -> None:
    if not WINDOWS:
        if config is not None:
            print("not signed: Authenticode signing is for the Windows build only")
    elif config is None:
        print("not signed: no certificate (SXCOUNSEL_SIGN_PFX / SXCOUNSEL_SIGN_THUMBPRINT)")
    else:
        signing.sign([DIST / name for name in EXECUTABLES], config)


def find_iscc(env: Mapping[str, str]) -> Path:
    candidates = [env.get("ISCC"), shutil.which("iscc")]
    for base in (
        env.get("ProgramFiles"),
        env.get("ProgramFiles(x86)"),
        str(Path(env.get("LOCALAPPDATA", "")) / "Programs") if env.get("LOCALAPPDATA") else None,
    ):
        if base:
            candidates += [str(Path(base) / f"Inno Setup {v}" / "ISCC.exe") for v in (7, 6)]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise SystemExit("ISCC.exe (Inno Setup 7.0.2 or newer) was not found; set ISCC to its path.")


def iscc_command(
    iscc: Path, version: str, config: signing.SignConfig | None, python: str = sys.executable
) -> list[str]:
    """The ISCC command line. Signing goes through this script (``--sign $f``), so that the
    password reaches signtool from the environment, never on ISCC's command line or log."""
    numbers = ".".join(str(n) for n in winres.version_numbers(version))
    command = [str(iscc), "/Qp", f"/DAppVersion={version}", f"/DAppVersionNumbers={numbers}"]
    if config is not None:
        here = Path(__file__).resolve()
        command += ["/DSign", f"/Ssxsign=$q{python}$q $q{here}$q --sign $f"]
    return [*command, str(ISS)]


def build_installer(version: str, config: signing.SignConfig | None) -> Path:
    if not WINDOWS:
        raise SystemExit("--installer: Inno Setup runs on Windows only.")
    subprocess.run(iscc_command(find_iscc(os.environ), version, config), check=True)
    setup = BUILD / f"sxcounsel-setup-{version}.exe"
    if not setup.is_file():
        raise SystemExit(f"ISCC ended without writing {setup}")
    print(f"installer: {setup} ({setup.stat().st_size / 1e6:.0f} MB)")
    return setup


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--installer", action="store_true", help="also build the installer")
    parser.add_argument("--sign", nargs="+", type=Path, metavar="FILE", help="only sign FILEs")
    args = parser.parse_args(argv)
    config = signing.config_from_env(os.environ)
    if args.sign:
        if config is None:
            raise SystemExit("--sign: no certificate (SXCOUNSEL_SIGN_PFX / _THUMBPRINT)")
        signing.sign(args.sign, config)
        return 0
    version = package_version()
    qm = compile_translations(BUILD / "qm")
    print(f"compiled {len(qm)} translations")
    icon = make_windows_resources(WINRES, version)
    print(f"made {icon.name} and the version resources of sxcounsel {version}")
    env = dict(os.environ, SXCOUNSEL_QM_DIR=str(BUILD / "qm"), SXCOUNSEL_WINRES_DIR=str(WINRES))
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "sxcounsel.spec"),
        ],
        check=True,
        env=env,
    )  # fmt: skip
    sign_executables(config)
    report(DIST)
    if args.installer:
        build_installer(version, config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
