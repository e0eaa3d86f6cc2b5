"""Bad-input sweep of the real command (a subprocess per case).

Every case must end with exit 1 (one line on stderr) or 2 (usage), no traceback, no
"unexpected error", no line longer than 400 characters, and nothing written: the files of the
data folder other than the database (the key-slot file, backups, no new files) and the folder
of the bad files stay byte for byte the same, and at the end no record was changed (the change
log is where it was; the audit log gained only logins and locks).
Cases marked "ok or refused" may also succeed (a search for an emoji finds nothing).

Values (V) tried in each text argument:

| name           | value                                   |
|----------------|-----------------------------------------|
| empty          | ""                                      |
| 10k chars      | "长" × 10,000                           |
| control chars  | a\\x01b\\x07c\\x1b[31md\\x7f            |
| line breaks    | 第一行\\r\\n第二行                      |
| emoji          | 😀🏫👧🏻‍🎓                                 |
| full-width mix | ＡＢＣ１２３　七年级（２）班            |
| impossible date| 2025-02-30                              |

Files (F) tried in each file argument: an empty file, a directory, random bytes named .sxbak,
a PDF, a text file named .xlsx, random bytes named .csv, a missing file.

| command                                   | argument fed                  | expected          |
|-------------------------------------------|-------------------------------|-------------------|
| init (fresh folder)                       | --school-code V               | refused           |
| init                                      | --county-code V               | refused           |
| init                                      | --admin V (not 2025-02-30, a valid name) | refused |
| init                                      | --school-name V (empty, 10k, control) | refused   |
| init                                      | SXCOUNSEL_PASSPHRASE=V (empty, 10k, line breaks, emoji, date) | refused |
| user add                                  | USERNAME V (not 2025-02-30)   | refused           |
| user add                                  | --role V                      | refused           |
| user add --role head_teacher              | --class V (empty, 10k, control) | refused         |
| user add                                  | --display-name V (10k, control) | refused         |
| user add                                  | SXCOUNSEL_NEW_PASSPHRASE=V (empty, 10k, line breaks, emoji, date) | refused |
| user passwd (not empty: that is one's own) / user disable | USERNAME V    | refused           |
| backup -o                                 | V (empty, 10k, control, line breaks) | refused    |
| backup -o                                 | a folder that does not exist  | refused           |
| restore                                   | FILE V, F                     | refused           |
| roster import [--dry-run]                 | FILE V, F                     | refused           |
| students find                             | QUERY V                       | ok or refused     |
| students find --limit                     | V                             | usage (2)         |
| demo --students                           | V                             | usage (2)         |
| verify, as liujun                         | SXCOUNSEL_PASSPHRASE=V (4 values) | refused       |
| verify                                    | SXCOUNSEL_USER=V              | refused           |
| print / sync / county (when present)      | their FILE and text arguments | refused           |
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sxcounsel.services.account_session import Session
from tests.conftest import ADMIN, ADMIN_PASS, TEACHER, make_school
from tests.hardening.badinput import TEXTS, judge, make_files, run, tree_digest

STORE_FILES = ("sxcounsel.db", "sxcounsel.db-wal", "sxcounsel.db-shm")
SHORT = ("empty", "10k chars", "control chars", "line breaks")  # refused even in free text
ONE_LINE = ("empty", "10k chars", "control chars")  # refused in a name (line breaks fold)
ODD_PASSPHRASES = ("control chars", "full-width mix")  # long, 3 kinds of character: valid


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("badinput")
    home = root / "home"
    make_school(home)
    files = make_files(root / "files")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env.update(
        SXCOUNSEL_HOME=str(home),
        SXCOUNSEL_USER=ADMIN,
        SXCOUNSEL_PASSPHRASE=ADMIN_PASS,
        SXCOUNSEL_NEW_PASSPHRASE="Neu-Kouling-2025",
        TMPDIR=str(root / "tmp"),
    )
    (root / "tmp").mkdir()
    (root / "cwd").mkdir()
    return root, home, files, env


def _cases(files: dict[str, Path]) -> list[tuple[str, list[str], dict[str, str]]]:
    """(label, argv, extra env) of every case that must be refused."""
    cases: list[tuple[str, list[str], dict[str, str]]] = []
    for vname, v in TEXTS.items():
        cases += [
            (f"user add --role={vname}", ["user", "add", "newbie", "--role", v], {}),
            (f"user disable {vname}", ["user", "disable", v], {}),
            (f"restore {vname}", ["restore", v], {}),
            (f"roster import {vname}", ["roster", "import", v], {}),
            (f"roster import --dry-run {vname}", ["roster", "import", "--dry-run", v], {}),
            (f"verify SXCOUNSEL_USER={vname}", ["verify"], {"SXCOUNSEL_USER": v}),
        ]
        if vname not in ODD_PASSPHRASES:
            cases.append(
                (
                    f"user add NEW_PASSPHRASE={vname}",
                    ["user", "add", "newbie", "--role", "counselor"],
                    {"SXCOUNSEL_NEW_PASSPHRASE": v},
                )
            )
        if vname != "impossible date":  # 2025-02-30 is a valid account name
            cases.append(
                (f"user add USERNAME={vname}", ["user", "add", v, "--role", "counselor"], {})
            )
        if vname != "empty":  # `user passwd ""` is `user passwd`: one's own passphrase
            cases.append((f"user passwd {vname}", ["user", "passwd", v], {}))
        if vname in SHORT:
            cases.append((f"backup -o {vname}", ["backup", "-o", v], {}))
        if vname in ONE_LINE:
            cases.append(
                (
                    f"user add --class={vname}",
                    ["user", "add", "newbie", "--role", "head_teacher", "--class", v],
                    {},
                )
            )
        if vname in ("10k chars", "control chars"):
            cases.append(
                (
                    f"user add --display-name={vname}",
                    ["user", "add", "newbie", "--role", "counselor", "--display-name", v],
                    {},
                )
            )
    for fname, f in files.items():
        cases += [
            (f"restore {fname}", ["restore", str(f)], {}),
            (f"roster import {fname}", ["roster", "import", str(f)], {}),
            (f"roster import --dry-run {fname}", ["roster", "import", "--dry-run", str(f)], {}),
        ]
    cases.append(
        ("backup -o missing folder", ["backup", "-o", str(files["missing file"] / "b.sxbak")], {})
    )
    return cases


def _state(home: Path) -> tuple[int, int, list[str]]:
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        conn = s.store.conn
        seq = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
        users = conn.execute("SELECT count(*) FROM users").fetchone()[0]
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    return seq, users, actions


@pytest.mark.slow
def test_every_refusal_is_one_clear_line_and_writes_nothing(world):
    root, home, files, env = world
    before_seq, before_users, before_actions = _state(home)
    bad = []
    for label, argv, extra in _cases(files):
        watched = tree_digest(home, root / "files", root / "cwd", skip=STORE_FILES)
        res = run({**env, **extra}, *argv, cwd=root / "cwd")
        verdict = judge(res)
        if not verdict and tree_digest(home, root / "files", root / "cwd", skip=STORE_FILES) != (
            watched
        ):
            verdict = "files changed"
        if verdict:
            bad.append(f"{label}: {verdict}: {res.stderr.strip()[:200]!r}")
    assert bad == [], "\n".join(bad)
    after_seq, after_users, after_actions = _state(home)
    assert (after_seq, after_users) == (before_seq, before_users)
    new = after_actions[len(before_actions) :]
    assert set(new) <= {"login", "lock", "failed_login"}, set(new)
    assert list(root.joinpath("tmp").iterdir()) == []


def test_init_refuses_bad_values_and_leaves_no_folder(world):
    root, _home, _files, env = world
    good = {
        "--school-code": "3161012345",
        "--school-name": "富平县示范中学",
        "--county-code": "610528",
        "--admin": "wangli",
    }
    bad = []
    n = 0
    for field in good:
        for vname, v in TEXTS.items():
            if field == "--school-name" and vname not in ONE_LINE:
                continue
            if field == "--admin" and vname == "impossible date":
                continue  # 2025-02-30 is a valid account name
            n += 1
            fresh = root / f"init-{n}"
            argv = ["--home", str(fresh), "init"]
            for k, val in good.items():
                argv += [k, v if k == field else val]
            res = run(env, *argv)
            verdict = judge(res) or ("folder created" if fresh.exists() else "")
            if verdict:
                bad.append(f"init {field}={vname}: {verdict}: {res.stderr.strip()[:200]!r}")
    for vname, v in TEXTS.items():
        if vname in ODD_PASSPHRASES:
            continue
        fresh = root / f"init-pass-{vname}"
        argv = ["--home", str(fresh), "init", *[x for kv in good.items() for x in kv]]
        res = run({**env, "SXCOUNSEL_PASSPHRASE": v}, *argv)
        verdict = judge(res) or ("folder created" if fresh.exists() else "")
        if verdict:
            bad.append(f"init passphrase={vname}: {verdict}: {res.stderr.strip()[:200]!r}")
    assert bad == [], "\n".join(bad)


def test_searches_and_numbers(world):
    root, _home, _files, env = world
    bad = []
    for vname, v in TEXTS.items():
        res = run(env, "students", "find", v, cwd=root / "cwd")
        verdict = judge(res, may_succeed=vname != "empty")
        for argv in (["students", "find", "张", "--limit", v], ["demo", "--students", v]):
            r2 = run({**env, "SXCOUNSEL_HOME": str(root / "no-demo")}, *argv)
            if r2.returncode != 2 or judge(r2):
                verdict = verdict or f"{argv[0]}: exit {r2.returncode} {judge(r2)}"
        if verdict:
            bad.append(f"find/limit/students {vname}: {verdict}: {res.stderr.strip()[:200]!r}")
    assert not (root / "no-demo").exists()
    assert bad == [], "\n".join(bad)


def test_wrong_passphrases_of_every_shape(world):
    """Four shapes only: the fifth failure would start the wait (tested in tests/store)."""
    _root, home, _files, env = world
    bad = []
    for vname in ("empty", "10k chars", "control chars", "emoji"):
        slots_before = tree_digest(home, skip=STORE_FILES)
        res = run(
            {**env, "SXCOUNSEL_USER": TEACHER, "SXCOUNSEL_PASSPHRASE": TEXTS[vname]}, "verify"
        )
        verdict = judge(res)
        if not verdict and "passphrase" not in res.stderr:
            verdict = "does not name the passphrase"
        if verdict:
            bad.append(f"verify passphrase={vname}: {verdict}: {res.stderr.strip()[:200]!r}")
        assert tree_digest(home, skip=STORE_FILES) != slots_before  # the failure is counted
    assert bad == [], "\n".join(bad)
