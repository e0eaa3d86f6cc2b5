"""Supply chain: the hash-pinned lock file matches pyproject.toml; the SBOM names every
runtime dependency with a licence, and the bundled font."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "lock.txt"


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _locked() -> dict[str, tuple[str, int]]:
    """name → (version, number of hashes) from requirements/lock.txt."""
    text = LOCK.read_text(encoding="utf-8")
    out: dict[str, tuple[str, int]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        m = re.match(r"([A-Za-z0-9._-]+)==([^\s;\\]+)", block)
        if m:
            out[canonicalize_name(m.group(1))] = (m.group(2), block.count("--hash=sha256:"))
    return out


def test_every_dependency_is_locked_in_range_with_hashes():
    project = _pyproject()["project"]
    wanted = [Requirement(r) for r in project["dependencies"]]
    wanted += [Requirement(r) for r in project["optional-dependencies"]["test"]]
    locked = _locked()
    assert len(locked) >= len(wanted)
    problems = []
    for req in wanted:
        name = canonicalize_name(req.name)
        if name not in locked:
            problems.append(f"{req.name} is not in the lock file")
        elif not req.specifier.contains(locked[name][0], prereleases=True):
            problems.append(f"{req.name}=={locked[name][0]} is outside {req.specifier}")
    assert problems == [], "regenerate requirements/lock.txt (docs/supply-chain.md)"
    unhashed = [n for n, (_v, hashes) in locked.items() if hashes == 0]
    assert unhashed == []


def test_the_lock_file_is_fully_pinned():
    """Only `name==version` lines, hashes and comments: nothing a resolver could move."""
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if not s or s.startswith("#") or s.startswith("--hash=sha256:"):
            continue
        assert re.match(r"[A-Za-z0-9._-]+==[0-9][^\s]*( ;.*)? \\$", s), line


def test_sbom_lists_every_runtime_dependency_with_a_licence(tmp_path):
    md, csv_file = tmp_path / "sbom.md", tmp_path / "sbom.csv"
    res = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "sbom.py"),
            "--md",
            str(md),
            "--csv",
            str(csv_file),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert res.stderr == ""
    table = {}
    with csv_file.open(encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f))[1:]
    for name, version, licence, *_ in lines:
        table[canonicalize_name(name)] = (version, licence)
    for dep in _pyproject()["project"]["dependencies"]:
        name = canonicalize_name(Requirement(dep).name)
        assert name in table, name
        version, licence = table[name]
        assert version and version != "NOT INSTALLED", name
        assert licence and licence != "UNKNOWN", name
    # Transitive runtime dependencies are there too (cryptography → cffi, openpyxl → et-xmlfile).
    assert {"cffi", "et-xmlfile", "shiboken6"} <= set(table)
    # Test tools are not runtime dependencies.
    assert "pytest" not in table and "ruff" not in table
    font = [k for k in table if "wenquanyi" in k]
    assert font and "Apache-2.0" in table[font[0]][1]
    assert "| sqlcipher3 |" in md.read_text(encoding="utf-8")
    # The printed table names the same components.
    assert "WenQuanYi Micro Hei" in res.stdout and "sqlcipher3" in res.stdout


def test_the_committed_sbom_is_current():
    """docs/sbom.md lists the same components as a fresh run (regenerate it if not)."""
    committed = (ROOT / "docs" / "sbom.md").read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import sbom
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    for component in sbom.collect() + sbom.bundled():
        assert f"| {component.name} |" in committed, component.name
