"""Encoding smoke test of the command line, output redirected to files as a script does.

    python encoding_smoke.py WORK PROGRAM [ARG ...]
    python encoding_smoke.py "C:\\测试 用户\\encoding" .venv\\Scripts\\sxcounsel.exe
    python encoding_smoke.py --native "C:\\测试 用户\\frozen" "C:\\…\\sxcounsel-cli.exe"
    python3 packaging/windows/encoding_smoke.py /tmp/smoke python3 -m sxcounsel

For each output encoding (cp936: Chinese Windows, which has no 䶮; cp437: an English console,
which has no Chinese at all), with stdout and stderr going to files, not a console:

- ``--help`` exits 0 without a traceback (on Windows also through cmd's ``> file``);
- ``init`` of the school 王䶮小学 exits 0 and its output file holds the recovery key;
- ``students find 王䶮`` exits 0 without a traceback.

``--native`` sets no PYTHONIOENCODING: the program writes in the system's own code page (the
frozen build on the CI runner: cp1252). UTF-8 mode (PYTHONUTF8) is switched off either way, so
that nothing hides a character the code page lacks. Run by .github/workflows/windows.yml; it
runs the same on Linux. Exit status 0 when every check passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

SCHOOL = "王䶮小学"  # 䶮 (U+4DAE) is outside GBK: cp936 cannot write it
PASSPHRASE = "Smoke-Test-2025!"
FIND = ("students", "find", "王䶮")
RECOVERY_KEY = re.compile(rb"\b([A-HJ-NP-Z2-9]{4}-){7}[A-HJ-NP-Z2-9]{4}\b")


def run(
    command: Sequence[str], env: dict[str, str], out: Path, *args: str
) -> tuple[int, bytes, bytes]:
    """Run with stdout and stderr redirected to files (out.stdout.txt, out.stderr.txt)."""
    stdout, stderr = out.with_suffix(".stdout.txt"), out.with_suffix(".stderr.txt")
    with stdout.open("wb") as o, stderr.open("wb") as e:
        code = subprocess.run(
            [*command, *args], stdout=o, stderr=e, stdin=subprocess.DEVNULL, env=env, check=False
        ).returncode
    return code, stdout.read_bytes(), stderr.read_bytes()


def cmd_redirect(program: str, env: dict[str, str], out: Path) -> tuple[int, bytes]:
    """``PROGRAM --help > FILE`` through cmd's own redirection, as a .bat file does it. The
    whole command is quoted once more, so that cmd keeps the inner quotes (cmd /? on /c)."""
    comspec = os.environ.get("COMSPEC", "cmd.exe")
    line = f'"{comspec}" /d /c ""{program}" --help > "{out}""'
    code = subprocess.run(line, env=env, stdin=subprocess.DEVNULL, check=False).returncode
    return code, out.read_bytes() if out.exists() else b""


def smoke(command: Sequence[str], work: Path, encoding: str | None) -> list[str]:
    """Every failed check of one encoding (None: the system's own), as sentences."""
    label = encoding or "native"
    folder = work / label
    folder.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SXCOUNSEL_", "PYTHONIOENC"))}
    env.pop("PYTHONUTF8", None)
    if encoding:
        env["PYTHONIOENCODING"] = encoding
    home = folder / "学校 数据"
    failed: list[str] = []

    def check(name: str, code: int, err: bytes, ok: bool = True) -> None:
        if code != 0 or b"Traceback" in err or not ok:
            failed.append(f"{label}: {name} failed (exit {code}): {err[-600:]!r}")

    code, out, err = run(command, env, folder / "help", "--help")
    check("--help > file", code, err, b"usage:" in out)
    if sys.platform == "win32" and len(command) == 1:
        code, out = cmd_redirect(command[0], env, folder / "help-cmd.txt")
        check("cmd /c PROGRAM --help > file", code, b"", b"usage:" in out)

    init_env = {**env, "SXCOUNSEL_PASSPHRASE": PASSPHRASE}
    init = ("--home", str(home), "init", "--school-code", "3161000001", "--school-name", SCHOOL)
    code, out, err = run(
        command, init_env, folder / "init", *init, "--county-code", "610528", "--admin", "smoke"
    )
    check("init (school 王䶮小学) > file", code, err, RECOVERY_KEY.search(out) is not None)

    find_env = {**init_env, "SXCOUNSEL_USER": "smoke"}
    code, out, err = run(command, find_env, folder / "find", "--home", str(home), *FIND)
    check("students find 王䶮 > file", code, err)
    print(f"{label}: {'FAILED' if failed else 'ok'} ({folder})")
    return failed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--native", action="store_true", help="no PYTHONIOENCODING")
    parser.add_argument("--encodings", default="cp936,cp437", help="default: cp936,cp437")
    parser.add_argument("work", type=Path, help="a folder for the stores and output files")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the program and its arguments")
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # the CI log's code page has no Chinese
        stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    if not args.command:
        parser.error("name the program to test")
    encodings: list[str | None] = [None] if args.native else args.encodings.split(",")
    failed = [f for enc in encodings for f in smoke(args.command, args.work, enc)]
    for sentence in failed:
        print(sentence, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
