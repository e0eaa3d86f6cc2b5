"""Authenticode signing of the Windows build: runs only when a certificate is provided.

An unsigned sxcounsel.exe makes SmartScreen say "unknown publisher" and antivirus programs
look harder at a PyInstaller executable; a signed one (and a signed Setup and uninstaller)
does not. build.py signs sxcounsel.exe and sxcounsel-cli.exe right after PyInstaller, and
Inno Setup signs Setup and the uninstaller through build.py (``SignTool=sxsign``, defined on
ISCC's command line), so one configuration serves both:

    SXCOUNSEL_SIGN_PFX         the .pfx (.p12) file holding the code-signing certificate and key
    SXCOUNSEL_SIGN_PASSWORD    its password (leave unset for a file without one)
    SXCOUNSEL_SIGN_THUMBPRINT  instead of a file: the SHA-1 thumbprint of a certificate in the
                               Windows certificate store (one on a hardware token, as code-signing
                               certificates issued since June 2023 are)
    SXCOUNSEL_SIGN_TIMESTAMP   RFC 3161 timestamp server (default http://timestamp.digicert.com),
                               so the signature stays valid after the certificate expires
    SXCOUNSEL_SIGNTOOL         signtool.exe (default: on PATH, else the newest Windows SDK one)

With neither SXCOUNSEL_SIGN_PFX nor SXCOUNSEL_SIGN_THUMBPRINT set nothing is signed, and the
build says so. The password travels to signtool only; it is never printed, not even when
signtool fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_TIMESTAMP = "http://timestamp.digicert.com"
DESCRIPTION = "心理辅导室档案 (sxcounsel)"


class SigningError(SystemExit):
    """Signing was asked for and did not happen: the build stops (no unsigned release)."""


@dataclass(frozen=True)
class SignConfig:
    pfx: Path | None
    thumbprint: str | None
    timestamp: str
    password: str | None = field(default=None, repr=False)


def config_from_env(env: Mapping[str, str]) -> SignConfig | None:
    """The signing configuration, or None when no certificate is provided."""
    pfx = env.get("SXCOUNSEL_SIGN_PFX", "").strip()
    thumbprint = env.get("SXCOUNSEL_SIGN_THUMBPRINT", "").strip().replace(" ", "")
    if not pfx and not thumbprint:
        return None
    if pfx and thumbprint:
        raise SigningError("set SXCOUNSEL_SIGN_PFX or SXCOUNSEL_SIGN_THUMBPRINT, not both")
    if pfx and not Path(pfx).is_file():
        raise SigningError(f"SXCOUNSEL_SIGN_PFX names no file: {pfx}")
    return SignConfig(
        pfx=Path(pfx) if pfx else None,
        thumbprint=thumbprint or None,
        timestamp=env.get("SXCOUNSEL_SIGN_TIMESTAMP", "").strip() or DEFAULT_TIMESTAMP,
        password=env.get("SXCOUNSEL_SIGN_PASSWORD"),
    )


def signtool_arguments(config: SignConfig, files: Sequence[Path]) -> list[str]:
    """signtool's arguments (after the program) that sign ``files`` with SHA-256 and an RFC
    3161 timestamp."""
    args = ["sign", "/fd", "SHA256", "/tr", config.timestamp, "/td", "SHA256"]
    args += ["/d", DESCRIPTION]
    if config.pfx is not None:
        args += ["/f", str(config.pfx)]
        if config.password:
            args += ["/p", config.password]
    else:
        args += ["/sha1", str(config.thumbprint)]
    return args + [str(f) for f in files]


def find_signtool(env: Mapping[str, str]) -> Path:
    chosen = env.get("SXCOUNSEL_SIGNTOOL", "").strip()
    if chosen:
        if not Path(chosen).is_file():
            raise SigningError(f"SXCOUNSEL_SIGNTOOL names no file: {chosen}")
        return Path(chosen)
    on_path = shutil.which("signtool")
    if on_path:
        return Path(on_path)
    kits = Path(env.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Windows Kits" / "10"
    found = sorted((kits / "bin").glob("10.*/x64/signtool.exe"), key=_sdk_version)
    if found:
        return found[-1]
    raise SigningError(
        "signtool.exe was not found: install the Windows SDK's signing tools or set "
        "SXCOUNSEL_SIGNTOOL"
    )


def _sdk_version(path: Path) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in path.parts[-3].split("."))
    except ValueError:
        return (0,)


def sign(files: Sequence[Path], config: SignConfig, env: Mapping[str, str] | None = None) -> None:
    """Sign ``files`` in place; raises SigningError (without the command line) on failure."""
    env = os.environ if env is None else env
    missing = [str(f) for f in files if not Path(f).is_file()]
    if missing:
        raise SigningError(f"nothing to sign at {', '.join(missing)}")
    tool = find_signtool(env)
    done = subprocess.run(
        [str(tool), *signtool_arguments(config, files)],
        capture_output=True,
        text=True,
        errors="replace",
        check=False,
    )
    if done.returncode != 0:
        # signtool's own output never repeats the password; the command line would.
        said = (done.stdout + done.stderr).strip()
        names = ", ".join(Path(f).name for f in files)
        raise SigningError(f"signtool could not sign {names} (exit {done.returncode}): {said}")
    for f in files:
        print(f"signed {f}")
