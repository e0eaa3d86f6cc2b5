"""Power loss during an upgrade: a child process opens a store of the current schema with a
newer sxcounsel (one more, slow, many-statement migration) and is killed with SIGKILL at
13 moments spread over the time it takes to back up and migrate (jittered). After each kill the store is at the old or the
new version, never between: at the old version the migration left no trace, at the new one all
of it is there; verify passes either way, and a backup made before the upgrade under its final
name is whole.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sxcounsel.services.account_session import Session, open_vault, passphrase_bytes
from sxcounsel.services.maintenance import check_connection
from sxcounsel.services.students import Student, create_student
from sxcounsel.store import backup, connection, migrations
from sxcounsel.store.db import UPGRADE_BACKUPS
from tests.conftest import ADMIN, ADMIN_PASS

ROWS, BATCHES = 4_000, 8  # rows per INSERT statement, and INSERT statements

# The newer release: the real migrations plus one that creates, fills, alters and indexes.
NEWER = textwrap.dedent(
    f"""
    import sys, time
    from pathlib import Path
    from sxcounsel.store import migrations
    from sxcounsel.store.db import Store
    from sxcounsel.services.account_session import open_vault, passphrase_bytes

    def slow(conn):
        conn.execute("CREATE TABLE upgrade_probe (n INTEGER PRIMARY KEY, pad TEXT NOT NULL)")
        for b in range({BATCHES}):
            conn.execute(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {ROWS}) "
                "INSERT INTO upgrade_probe SELECT x + ? * {ROWS}, hex(randomblob(64)) FROM c",
                (b,),
            )
        conn.execute("ALTER TABLE upgrade_probe ADD COLUMN done INTEGER NOT NULL DEFAULT 1")
        conn.execute("CREATE INDEX upgrade_probe_pad ON upgrade_probe (pad)")
        conn.execute("UPDATE students SET dormitory = dormitory || ''")

    migrations.MIGRATIONS.append(slow)
    migrations.LATEST = len(migrations.MIGRATIONS)
    home, user, pw = sys.argv[1:4]
    _paths, vault = open_vault(Path(home))
    keys, _ = vault.unlock(user, passphrase_bytes(pw))
    print("KEYS", flush=True)
    t = time.perf_counter()
    store = Store.open(Path(home), keys, vault)
    print("OPENED", time.perf_counter() - t, flush=True)
    store.close()
    """
)


def _old_and_new(home: Path) -> tuple[int, int | None, bool]:
    """(schema version, rows of the probe table or None, verify ok) read without migrating."""
    _paths, vault = open_vault(home)
    keys, _ = vault.unlock(ADMIN, passphrase_bytes(ADMIN_PASS))
    conn = connection.connect(home / "sxcounsel.db", keys.current)
    try:
        version = migrations.current_version(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        rows = None
        if "upgrade_probe" in tables:
            cols = [r[1] for r in conn.execute("PRAGMA table_info(upgrade_probe)")]
            rows = conn.execute("SELECT count(*) FROM upgrade_probe").fetchone()[0]
            assert "done" in cols and "upgrade_probe_pad" in tables
        return version, rows, check_connection(conn).ok
    finally:
        conn.close()


def _backups_whole(home: Path) -> list[str]:
    folder = home / UPGRADE_BACKUPS
    if not folder.exists():
        return []
    names = []
    for p in folder.iterdir():
        if p.suffix == ".sxbak":
            bf = backup.read_backup(p)  # raises on a cut or altered file
            assert bf.header["schema"] == migrations.LATEST
            names.append(p.name)
    return names


@pytest.mark.slow
def test_sigkill_at_random_moments_during_an_upgrade(school, tmp_path):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        for i in range(300):
            create_student(s, Student(student_no=f"U{i:05d}", name=f"升{i}", dormitory="1-101"))
    pristine = tmp_path / "pristine"
    shutil.copytree(school.home, pristine)
    args = [sys.executable, "-c", NEWER, str(school.home), ADMIN, ADMIN_PASS]

    # One undisturbed run: how long opening (backup + migration) takes.
    done = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    took = float(done.stdout.split("OPENED")[1])
    assert _old_and_new(school.home) == (migrations.LATEST + 1, ROWS * BATCHES, True)

    # Moments spread over the whole open (KDF done → backup → migration → commit), jittered.
    rng = random.Random(20251009)
    fractions = [0.02, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.5, 2.5]
    seen = {"old": 0, "new": 0}
    for attempt, fraction in enumerate(fractions):
        shutil.rmtree(school.home)
        shutil.copytree(pristine, school.home)
        child = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
        )
        assert child.stdout.readline().strip() == "KEYS"
        time.sleep(took * fraction * rng.uniform(0.9, 1.1))
        child.kill()  # SIGKILL on POSIX; TerminateProcess on Windows
        child.wait(timeout=60)
        child.stdout.close()
        child.stderr.close()
        version, rows, ok = _old_and_new(school.home)
        assert ok, f"attempt {attempt}: verify failed"
        if version == migrations.LATEST:
            assert rows is None, f"attempt {attempt}: the old schema has part of the new one"
            seen["old"] += 1
        else:
            assert version == migrations.LATEST + 1
            assert rows == ROWS * BATCHES, f"attempt {attempt}: {rows} rows"
            seen["new"] += 1
        _backups_whole(school.home)
        # The killed store still opens with this release (old) or is refused as newer (new).
        if version == migrations.LATEST:
            with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
                count = s.store.conn.execute("SELECT count(*) FROM students").fetchone()[0]
                assert count == 300
    print("kill outcomes", seen, "open took", took)
    assert seen["old"] >= 1, seen  # some kills did land before the commit
