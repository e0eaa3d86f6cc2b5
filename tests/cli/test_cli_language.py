"""The command says a refusal in the locale's language: Chinese under zh_*, else English.

The sentence comes from the refusal's code (``core.texts``), not from a translation of the
English one; the English stays word-for-word what it always was.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ADMIN, ADMIN_PASS

_LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG")


def _env(base: dict[str, str], lang: str) -> dict[str, str]:
    env = {k: v for k, v in base.items() if k not in _LOCALE}
    env["LANG"] = lang
    return env


def _refusal(env: dict[str, str], *args: str) -> str:
    res = subprocess.run(
        [sys.executable, "-m", "sxcounsel", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert res.returncode == 1, (res.stdout, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.stderr, res.stderr
    return lines[0]


def test_no_store_is_refused_in_the_locale_language(tmp_path):
    home = tmp_path / "home"
    base = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    base.update(SXCOUNSEL_HOME=str(home), SXCOUNSEL_USER=ADMIN, SXCOUNSEL_PASSPHRASE=ADMIN_PASS)
    assert (
        _refusal(_env(base, "zh_CN.UTF-8"), "verify") == "sxcounsel: 数据文件夹中还没有档案数据。"
    )
    assert _refusal(_env(base, "C"), "verify") == (
        f"sxcounsel: There is no sxcounsel store in {home}; run 'sxcounsel init' or "
        "'sxcounsel demo'."
    )


def test_disabling_oneself_is_refused_in_the_locale_language(cli_env):
    zh = _refusal(_env(cli_env, "zh_CN.UTF-8"), "user", "disable", ADMIN)
    assert zh == "sxcounsel: 不能停用自己的账户。"
    en = _refusal(_env(cli_env, "C"), "user", "disable", ADMIN)
    assert en == "sxcounsel: You cannot disable your own account."
