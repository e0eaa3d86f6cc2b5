"""Issue 23, item 1: the real command, its output redirected to a file in a code page that cannot
hold every character (cp936 has no 䶮; cp437 has no Chinese at all), as a county IT script or a
scheduled task on Chinese or English Windows runs it. Nothing stops the command; ``init`` and
``county init`` write the recovery key first, in ASCII, on its own line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sxcounsel.store.paths import StorePaths
from tests.conftest import ADMIN, ADMIN_PASS, SchoolHome
from tests.roster.rosterfiles import student, write_xlsx

ENCODINGS = ["cp936", "cp437"]
NAME = "王䶮"  # 䶮 (U+4DAE) is outside GBK: cp936 cannot write it either
KEY = re.compile(r"^    ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$")
HEADER = "RECOVERY KEY (shown only this once; print it or write it down and lock it away):"


def run_redirected(env: dict[str, str], out: Path, *args: str) -> tuple[int, str, str]:
    """Run ``sxcounsel ARGS > out`` with stdout a real file; (exit code, the file's text read
    back in the code page it was written in, stderr read the same way)."""
    encoding = env["PYTHONIOENCODING"]
    with out.open("wb") as stdout:
        res = subprocess.run(
            [sys.executable, "-m", "sxcounsel", *args],
            env=env,
            stdout=stdout,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
    text = out.read_bytes().decode(encoding)  # strict: every byte is of that code page
    stderr = res.stderr.decode(encoding)
    assert "Traceback" not in stderr and "UnicodeEncodeError" not in stderr, stderr
    return res.returncode, text, stderr


def base_env(encoding: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SXCOUNSEL_", "PYTHONIO"))}
    env.update(PYTHONIOENCODING=encoding, SXCOUNSEL_HOME=str(home), LANG="C", LC_ALL="C")
    return env


def escaped(text: str, encoding: str) -> str:
    """``text`` as the command writes it in ``encoding``: what the code page lacks as \\uXXXX."""
    return text.encode(encoding, "backslashreplace").decode(encoding)


@pytest.fixture(scope="module")
def wang(school_template: SchoolHome, tmp_path_factory: pytest.TempPathFactory) -> SchoolHome:
    """One school store for the module, holding the student 王䶮 (imported through the real
    ``roster import``)."""
    home = tmp_path_factory.mktemp("encoding") / "home"
    shutil.copytree(school_template.home, home)
    row = student(7)
    row["姓名"] = NAME
    roster = write_xlsx(home.parent / "七年级(2)班.xlsx", [row])
    env = base_env("utf-8", home)
    env.update(SXCOUNSEL_USER=ADMIN, SXCOUNSEL_PASSPHRASE=ADMIN_PASS)
    res = subprocess.run(
        [sys.executable, "-m", "sxcounsel", "roster", "import", str(roster)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stderr
    return SchoolHome(home, school_template.recovery)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_init_writes_the_recovery_key_first(encoding: str, tmp_path: Path) -> None:
    env = {**base_env(encoding, tmp_path / "home"), "SXCOUNSEL_PASSPHRASE": ADMIN_PASS}
    code, text, stderr = run_redirected(
        env,
        tmp_path / "out.txt",
        "init",
        "--school-code",
        "3161012345",
        "--school-name",
        f"{NAME}小学",
        "--county-code",
        "610528",
        "--admin",
        ADMIN,
        "--name",
        "王丽",
    )
    assert code == 0, stderr
    lines = text.splitlines()
    assert lines[0] == HEADER and lines[1] == ""
    assert (key := KEY.match(lines[2])), lines[2]
    assert lines[3] == ""
    assert all(ord(c) < 128 for c in "\n".join(lines[:4]))
    # The rest follows, the name written with what the code page lacks escaped.
    assert escaped(f"for {NAME}小学 in", encoding) in lines[4]
    assert "cannot be recovered" in text
    assert StorePaths(tmp_path / "home").exists()
    assert key[1].replace("-", "") not in (tmp_path / "home" / "keyslots.json").read_text()


def test_county_init_writes_the_recovery_key_first(tmp_path: Path) -> None:
    env = {**base_env("cp437", tmp_path / "county"), "SXCOUNSEL_PASSPHRASE": ADMIN_PASS}
    code, text, stderr = run_redirected(
        env,
        tmp_path / "out.txt",
        *[
            "county",
            "init",
            "--county-code",
            "610528",
            "--county-name",
            "富平县",
            "--admin",
            "xian",
        ],
        *("--url", "https://192.168.1.10:8443"),
    )
    assert code == 0, stderr
    lines = text.splitlines()
    assert lines[0] == HEADER and KEY.match(lines[2]), lines[:3]
    assert escaped("county store for 富平县 in", "cp437") in lines[4]
    assert "https://192.168.1.10:8443" in text and "Next:" in text


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_students_find_writes_a_name_the_code_page_lacks(
    encoding: str, wang: SchoolHome, tmp_path: Path
) -> None:
    env = base_env(encoding, wang.home)
    env.update(SXCOUNSEL_USER=ADMIN, SXCOUNSEL_PASSPHRASE=ADMIN_PASS)
    code, text, stderr = run_redirected(env, tmp_path / "out.txt", "students", "find", NAME)
    assert code == 0, stderr
    number, name, cls, state = text.splitlines()[0].split("\t")
    assert number == student(7)["学籍号"]
    assert name == escaped(NAME, encoding) and "\\u4dae" in name
    assert cls == escaped("七年级(2)班", encoding)
    assert state == escaped("在校", encoding)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("args", [["--help"], ["init", "--help"]])
def test_help_redirected(encoding: str, args: list[str], tmp_path: Path) -> None:
    code, text, stderr = run_redirected(
        base_env(encoding, tmp_path / "home"), tmp_path / "out.txt", *args
    )
    assert code == 0, stderr
    assert text.startswith("usage: sxcounsel")
    if args == ["init", "--help"]:
        assert escaped("学校标识码", encoding) in text


def test_a_refusal_in_chinese_under_cp437_is_one_line(tmp_path: Path) -> None:
    """stderr too: a Chinese sentence (a zh_* locale) in a code page without Chinese."""
    env = {**base_env("cp437", tmp_path / "home"), "LANG": "zh_CN.UTF-8", "LC_ALL": ""}
    env["SXCOUNSEL_USER"], env["SXCOUNSEL_PASSPHRASE"] = ADMIN, ADMIN_PASS
    code, text, stderr = run_redirected(env, tmp_path / "out.txt", "students", "find", " ")
    assert code == 1 and text == ""
    assert len(stderr.strip().splitlines()) == 1 and stderr.startswith("sxcounsel: \\u")
