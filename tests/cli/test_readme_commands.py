"""Issue 23, item 8: the README's two commands work where a user runs them (a virtual
environment: Debian 12, UOS and Kylin refuse pip installs into the system's Python), and
``.ci/run`` runs the README's test command verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    """The one-line command of every fenced ``language`` block of the README's "Two commands"."""
    section = README.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return [b.strip() for b in re.findall(rf"```{language}\n(.*?)```", section, re.S)]


def test_both_linux_commands_use_the_clone_s_environment() -> None:
    demo, tests = blocks("sh")
    for command in (demo, tests):
        assert "\n" not in command
        steps = command.split(" && ")
        assert steps[0].startswith("python3 -m venv ") and steps[0].endswith(" .venv")
        # Nothing after the first step runs the system's Python or a program from PATH.
        assert all(step.startswith(".venv/bin/") for step in steps[1:]), steps
    assert demo.endswith(".venv/bin/sxcounsel demo")
    assert "--require-hashes -r requirements/lock.txt" in tests


def test_the_windows_spelling_stands_beside_each() -> None:
    demo, tests = blocks("powershell")
    for command in (demo, tests):
        steps = command.split("; ")
        assert steps[0] == "py -3.11 -m venv .venv"
        assert all(step.startswith(".venv\\Scripts\\") for step in steps[1:]), steps
    linux_tests = blocks("sh")[1]
    assert tests.split("; ", 1)[1] == linux_tests.split(" && ", 1)[1].replace(
        ".venv/bin/", ".venv\\Scripts\\"
    ).replace(" && ", "; ")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    (assigned,) = re.findall(r"^readme_test_command='([^']*)'$", CI_RUN, re.M)
    assert assigned == blocks("sh")[1]
    assert 'bash -c "$readme_test_command"' in CI_RUN
    # The package build after the tests runs with the environment's Python.
    build = CI_RUN.index("bash packaging/linux/ci.sh")
    assert CI_RUN.index('export PATH="$VIRTUAL_ENV/bin:$PATH"') < build
    assert "python3-venv" in CI_RUN.split("need=(", 1)[1].split(")", 1)[0]
