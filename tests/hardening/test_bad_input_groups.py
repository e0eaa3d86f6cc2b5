"""Bad-input sweep of the `print`, `sync` and `county` command groups (a subprocess per case),
judged as in test_bad_input_cli.py: exit 1 with one line (exit 2 for usage), no traceback, no
"unexpected error", no overlong line, and nothing written (the output folder, the bad files and
the data folder apart from the database stay the same; the county's records do not change).
`county import` may print one refusal line per bundle it was given.

Values V and files F are those of test_bad_input_cli.py, plus a random-bytes file and an empty
file named like a bundle (.sxb).

| command                                              | argument fed                    |
|------------------------------------------------------|---------------------------------|
| print homevisit-ledger --year 2025 -o out/l.pdf      | --class V (empty, 10k, control) |
| print homevisit-ledger --class 七年级(2)班 -o …      | --year V                        |
| print homevisit-ledger / concern-ledger              | -o V (empty, 10k, control, line breaks) |
| print session / referral / homevisit-record          | ID V                            |
| sync enroll F -o out/req.json                        | F, and V as the file            |
| sync import-ack                                      | F, and V as the file            |
| sync export -o                                       | V (10k, empty) |
| sync address                                         | V as the address                |
| county approve                                       | F, and V as the file            |
| county import                                        | F (not the empty folder: "no bundles", exit 0), V |
| county enrollment -o                                 | V (empty, 10k)                  |
| county init (fresh folder)                           | --county-code V, --county-name V (empty, 10k, control), --admin V (not 2025-02-30) |
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import COUNSELOR, COUNSELOR_PASS
from tests.hardening.badinput import TEXTS, judge, make_files, run, tree_digest

STORE_FILES = ("sxcounsel.db", "sxcounsel.db-wal", "sxcounsel.db-shm", "county.db")
BAD_NAMES = ("empty", "10k chars", "control chars", "line breaks")
ONE_LINE = ("empty", "10k chars", "control chars")


@pytest.fixture(scope="module")
def groups(tmp_path_factory):
    from tests.sync.syncworld import SCHOOL_A, add_students, build_world

    root = tmp_path_factory.mktemp("badgroups")
    w = build_world(root / "w")
    with w.school(SCHOOL_A) as s:  # changes to send: `sync export` gets as far as its folder
        add_students(s, 5, prefix="X")
    files = make_files(root / "files")
    (root / "files" / "random.sxb").write_bytes(os.urandom(5000))
    (root / "files" / "empty.sxb").write_bytes(b"")
    files["binary .sxb"] = root / "files" / "random.sxb"
    files["empty .sxb"] = root / "files" / "empty.sxb"
    (root / "out").mkdir()
    (root / "tmp").mkdir()
    base = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    base["TMPDIR"] = str(root / "tmp")
    return root, w, files, base, w.school_home(SCHOOL_A)


def _sweep(cwd: Path, watched: list[Path], cases, county_digest=None) -> list[str]:
    bad = []
    for label, env, argv, may_succeed, multi in cases:
        before = tree_digest(*watched, skip=STORE_FILES)
        digest = county_digest() if county_digest else None
        res = run(env, *argv, cwd=cwd)
        verdict = judge(res, may_succeed=may_succeed)
        if multi and verdict.endswith("lines on stderr"):
            lines = res.stderr.strip().splitlines()
            verdict = "" if all(x.startswith("sxcounsel: ") for x in lines) else verdict
        if not verdict and res.returncode != 0:
            if tree_digest(*watched, skip=STORE_FILES) != before:
                verdict = "files changed"
            elif county_digest and county_digest() != digest:
                verdict = "county records changed"
        if verdict:
            bad.append(f"{label}: {verdict}: {res.stderr.strip()[:200]!r}")
    return bad


@pytest.mark.slow
def test_print_commands(groups):
    root, _w, _files, base, school = groups
    env = {
        **base,
        "SXCOUNSEL_HOME": str(school),
        "SXCOUNSEL_USER": COUNSELOR,
        "SXCOUNSEL_PASSPHRASE": COUNSELOR_PASS,
    }
    out = root / "out"
    cases = []
    for vname, v in TEXTS.items():
        ledger = ["print", "homevisit-ledger", "--class", "七年级(2)班", "--year", "2025"]
        if vname in ONE_LINE:
            cases.append(
                (
                    f"homevisit-ledger --class {vname}",
                    env,
                    ["print", "homevisit-ledger", "--class", v, "--year", "2025", "-o", "l.pdf"],
                    False,
                    False,
                )
            )
        cases.append(
            (
                f"homevisit-ledger --year {vname}",
                env,
                ["print", "homevisit-ledger", "--class", "七年级(2)班", "--year", v, "-o", "l.pdf"],
                False,
                False,
            )
        )
        if vname in BAD_NAMES:
            cases.append((f"homevisit-ledger -o {vname}", env, [*ledger, "-o", v], False, False))
            cases.append(
                (
                    f"concern-ledger -o {vname}",
                    env,
                    ["print", "concern-ledger", "-o", v],
                    False,
                    False,
                )
            )
        for doc in ("session", "referral", "homevisit-record"):
            cases.append((f"{doc} {vname}", env, ["print", doc, v, "-o", "d.pdf"], False, False))
    bad = _sweep(out, [school, out, root / "files"], cases)
    assert bad == [], "\n".join(bad)
    assert list(out.iterdir()) == []


@pytest.mark.slow
def test_sync_commands(groups):
    root, _w, files, base, school = groups
    from tests.conftest import ADMIN, ADMIN_PASS

    env = {
        **base,
        "SXCOUNSEL_HOME": str(school),
        "SXCOUNSEL_USER": ADMIN,
        "SXCOUNSEL_PASSPHRASE": ADMIN_PASS,
    }
    cases = []
    inputs = [(n, str(p)) for n, p in files.items()] + [
        (n, v) for n, v in TEXTS.items() if n != "impossible date"
    ]
    for name, arg in inputs:
        cases.append(
            (f"sync enroll {name}", env, ["sync", "enroll", arg, "-o", "r.json"], False, False)
        )
        cases.append((f"sync import-ack {name}", env, ["sync", "import-ack", arg], False, False))
    for vname in ("empty", "10k chars"):  # control characters: legal file names
        cases.append(
            (f"sync export -o {vname}", env, ["sync", "export", "-o", TEXTS[vname]], False, False)
        )
    for vname, v in TEXTS.items():
        cases.append((f"sync address {vname}", env, ["sync", "address", v], False, False))
    cwd = root / "out-sync"
    cwd.mkdir()
    bad = _sweep(cwd, [school, cwd, root / "files"], cases)
    assert bad == [], "\n".join(bad)


@pytest.mark.slow
def test_county_commands(groups):
    root, w, files, base, _school = groups
    from tests.sync.syncworld import COUNTY_PASS, COUNTY_USER

    env = {
        **base,
        "SXCOUNSEL_HOME": str(w.county_home),
        "SXCOUNSEL_USER": COUNTY_USER,
        "SXCOUNSEL_PASSPHRASE": COUNTY_PASS,
    }
    cases = []
    inputs = [(n, str(p)) for n, p in files.items()] + [
        (n, v) for n, v in TEXTS.items() if n != "impossible date"
    ]
    for name, arg in inputs:
        cases.append((f"county approve {name}", env, ["county", "approve", arg], False, False))
        if name not in ("directory", "empty"):  # a folder ("" is "."): "no bundles", exit 0
            cases.append((f"county import {name}", env, ["county", "import", arg], False, True))
    for vname in ("empty", "10k chars"):  # control characters: an odd but legal file name
        cases.append(
            (
                f"county enrollment -o {vname}",
                env,
                ["county", "enrollment", "-o", TEXTS[vname]],
                False,
                False,
            )
        )
    good = {"--county-code": "610528", "--county-name": "富平县指导中心", "--admin": "xianzhongxin"}
    for field in good:
        for vname, v in TEXTS.items():
            if field == "--county-name" and vname not in ONE_LINE:
                continue  # line breaks fold to spaces; emoji and full-width are legal names
            if field == "--admin" and vname == "impossible date":
                continue
            fresh = root / f"county-{field[2:]}-{vname.replace(' ', '-')}"
            argv = ["--home", str(fresh), "county", "init"]
            for k, val in good.items():
                argv += [k, v if k == field else val]
            cases.append((f"county init {field}={vname}", env, argv, False, False))
    cwd = root / "out-county"
    cwd.mkdir()
    bad = _sweep(cwd, [w.county_home, cwd, root / "files"], cases, w.digest)
    assert bad == [], "\n".join(bad)
    assert not [p for p in root.iterdir() if p.name.startswith("county-")]  # no store begun
