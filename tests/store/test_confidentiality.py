"""A canary written through the store never appears in clear on disk."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ADMIN, ADMIN_PASS

CANARY = "祁砚舟QXZCANARY"
WORKLOAD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sxcounsel.services.maintenance import make_backup
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.students import Student, create_student, update_student

    home, user, pw, canary, out = sys.argv[1:6]
    with Session.unlock(Path(home), user, pw) as s:
        made = []
        for i in range(2000):
            made.append(create_student(s, Student(
                student_no=f"L{i:09d}", name=f"{canary}{i}", class_name="七年级(2)班",
                address=f"{canary} 富平县庄里镇 {i} 号")))
        for n in range(8000):
            st = made[n % len(made)]
            st.address = f"{canary} 第{n}次修改"
            update_student(s, st)
        s.store.conn.execute("VACUUM")
        make_backup(s, Path(out))
    print("done")
    """
)


def needles() -> list[bytes]:
    out = []
    for text in (CANARY, "祁砚舟", "QXZCANARY"):
        for enc in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
            with contextlib.suppress(UnicodeEncodeError):
                out.append(text.encode(enc))
    return out


@pytest.mark.slow
def test_canary_is_nowhere_on_disk(school, tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    backup = tmp_path / "backups" / "b.sxbak"
    backup.parent.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "TMP": str(tmp), "TEMP": str(tmp)}
    res = subprocess.run(
        [sys.executable, "-c", WORKLOAD, str(school.home), ADMIN, ADMIN_PASS, CANARY, str(backup)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"sxcounsel.db", "keyslots.json", "b.sxbak"} <= names
    for p in files:
        data = p.read_bytes()
        for needle in needles():
            assert needle not in data, f"{needle!r} found in {p.relative_to(tmp_path)}"
        assert "CANARY" not in str(p) and "祁" not in str(p)
    db = (school.home / "sxcounsel.db").read_bytes()
    assert not db.startswith(b"SQLite format 3")
    # and the records really are there, readable with the key
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.students import count_students

    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        assert count_students(s) == 2000
        row = s.store.conn.execute("SELECT name FROM students WHERE student_no = 'L000000007'")
        assert row.fetchone()[0] == f"{CANARY}7"


def test_paths_are_as_expected(school):
    assert Path(school.home, "sxcounsel.db").exists()
