"""SIGKILL at random moments: the store opens, verifies, and holds every reported commit."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time

import pytest

from sxcounsel.services.account_session import Session
from sxcounsel.services.maintenance import verify
from tests.conftest import ADMIN, ADMIN_PASS

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.students import Student, create_student

    home, user, pw, prefix = sys.argv[1:5]
    s = Session.unlock(Path(home), user, pw)
    i = 0
    while True:
        create_student(s, Student(student_no=f"{prefix}-{i:06d}", name=f"测试{i}"))
        print(f"{prefix}-{i:06d}", flush=True)   # reported only after COMMIT returned
        i += 1
    """
)


@pytest.mark.slow
def test_sigkill_never_loses_a_reported_commit(school):
    rng = random.Random(20251128)
    reported: list[str] = []
    for round_no in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(school.home), ADMIN, ADMIN_PASS, f"R{round_no:02d}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ},
        )
        assert child.stdout is not None
        first = child.stdout.readline().strip()  # the child is writing now
        assert first, "child wrote nothing"
        reported.append(first)
        time.sleep(rng.uniform(0.0, 0.4))
        child.kill()  # SIGKILL on POSIX; TerminateProcess on Windows
        rest = child.stdout.read()
        child.wait()
        reported += [line for line in rest.split() if line]
        with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
            assert verify(s).ok
            present = {r[0] for r in s.store.conn.execute("SELECT student_no FROM students")}
            missing = [n for n in reported if n not in present]
            assert not missing, f"round {round_no}: lost {missing[:5]}"
    assert len(reported) > 20
