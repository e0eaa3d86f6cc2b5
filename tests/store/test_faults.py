"""Damage and failure: every page is covered by verify; a failed backup leaves no file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from sxcounsel.services.account_session import Session
from sxcounsel.services.maintenance import check_connection
from sxcounsel.services.students import Student, create_student
from sxcounsel.store import connection
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import Vault
from tests.conftest import ADMIN, ADMIN_PASS

PAGE = 4096


def test_a_flipped_byte_in_any_page_is_caught(school):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        for i in range(400):
            create_student(s, Student(student_no=f"P{i:05d}", name=f"页{i}", address="x" * 200))
    keys, _ = Vault(StorePaths(school.home).slots).unlock(ADMIN, ADMIN_PASS.encode())
    db = StorePaths(school.home).db
    pristine = db.read_bytes()
    pages = len(pristine) // PAGE
    assert pages > 20
    missed = []
    for page in range(pages):
        data = bytearray(pristine)
        data[page * PAGE + (page * 37) % (PAGE - 64) + 32] ^= 0x10
        db.write_bytes(bytes(data))
        try:
            conn = connection.connect(db, keys.current)
        except Exception:
            continue  # page 1 damaged: the store does not open at all (also caught)
        try:
            if check_connection(conn).ok:
                missed.append(page + 1)
        finally:
            conn.close()
    db.write_bytes(pristine)
    assert missed == []


FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from sxcounsel.core.errors import SxError
    from sxcounsel.services.maintenance import make_backup
    from sxcounsel.services.account_session import Session

    home, user, pw, out, limit = sys.argv[1:6]
    with Session.unlock(Path(home), user, pw) as s:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # the write fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), resource.RLIM_INFINITY))
        try:
            make_backup(s, Path(out))
        except SxError as exc:
            print("REFUSED", exc.message)
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
    """
)


@pytest.mark.skipif(
    sys.platform == "win32", reason="a file-size limit (RLIMIT_FSIZE, SIGXFSZ) is POSIX-only"
)
def test_disk_full_during_backup_leaves_no_file_with_the_final_name(school, tmp_path):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        for i in range(300):
            create_student(s, Student(student_no=f"F{i:05d}", name=f"满{i}", address="y" * 300))
    db_size = StorePaths(school.home).db.stat().st_size
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    for limit in (db_size // 2, db_size + 2048):  # fails copying the store / writing the file
        out = out_dir / "school.sxbak"
        res = subprocess.run(
            [
                sys.executable,
                "-c",
                FULL_DISK,
                str(school.home),
                ADMIN,
                ADMIN_PASS,
                str(out),
                str(limit),
            ],
            capture_output=True,
            text=True,
            env=dict(os.environ),
            timeout=300,
        )
        assert "REFUSED" in res.stdout, (res.stdout, res.stderr)
        assert "nothing was saved" in res.stdout
        assert not out.exists()
        assert list(out_dir.iterdir()) == []
        assert [p.name for p in school.home.iterdir() if p.name.startswith(".tmp")] == []
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        assert check_connection(s.store.conn).ok
