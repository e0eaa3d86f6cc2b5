"""Core dumps are off in every sxcounsel process (a core file would hold decrypted records)."""

from __future__ import annotations

import subprocess
import sys

import pytest

resource = pytest.importorskip("resource")


def test_the_command_disables_core_dumps():
    code = (
        "import resource; from sxcounsel.core.hardening import disable_core_dumps;"
        "assert disable_core_dumps(); print(resource.getrlimit(resource.RLIMIT_CORE))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "(0, 0)"


def test_main_sets_the_limit_before_anything_else():
    code = (
        "import resource, sxcounsel.cli as c;"
        "c.main(['students', 'find', ''])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "(0, 0)"
