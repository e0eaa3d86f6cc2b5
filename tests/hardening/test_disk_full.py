"""Disk full: a file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so a write fails with
EFBIG as on a full disk) set in a child process while it saves records, imports a roster,
writes a backup, exports sync bundles, or while the county imports them. Each time: one clear
sentence (exit 1 for the command), no file with its final name half-written, the store still
opens and verify passes, every save reported as done is there and nothing reported as failed
was committed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sxcounsel.services.account_session import Session
from sxcounsel.services.maintenance import verify
from sxcounsel.services.students import Student, create_student
from sxcounsel.store.paths import StorePaths
from tests.conftest import ADMIN, ADMIN_PASS
from tests.roster.rosterfiles import student, write_xlsx

# The disk fills through a file-size limit (RLIMIT_FSIZE, SIGXFSZ, preexec_fn): POSIX only.
resource = pytest.importorskip(
    "resource", reason="a file-size limit (RLIMIT_FSIZE, SIGXFSZ) is POSIX-only"
)

SAVE_UNTIL_FULL = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from sxcounsel.core.errors import SxError
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.students import Student, create_student

    home, user, pw, margin = sys.argv[1:5]
    s = Session.unlock(Path(home), user, pw)
    biggest = max(p.stat().st_size for p in Path(home).iterdir() if p.is_file())
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + int(margin), resource.RLIM_INFINITY))
    for i in range(100_000):
        try:
            create_student(s, Student(student_no=f"D{i:06d}", name=f"满{i}", address="y" * 150))
        except SxError as exc:
            print("REFUSED", exc.message, flush=True)
            break
        except BaseException as exc:
            print("OTHER", type(exc).__name__, flush=True)
            break
        print("SAVED", f"D{i:06d}", flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
    s.lock()
    """
)


def _student_nos(home: Path) -> set[str]:
    with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
        assert verify(s).ok, verify(s).problems
        return {r[0] for r in s.store.conn.execute("SELECT student_no FROM students")}


def _no_temp_files(*folders: Path) -> list[str]:
    return [
        p.name
        for f in folders
        for p in f.iterdir()
        if p.name.startswith(".") or p.suffix in (".tmp", ".part")
    ]


@pytest.mark.parametrize("margin", [8_192, 65_536, 300_000])
def test_saving_records_until_the_disk_is_full(school, margin):
    res = subprocess.run(
        [sys.executable, "-c", SAVE_UNTIL_FULL, str(school.home), ADMIN, ADMIN_PASS, str(margin)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    lines = res.stdout.splitlines()
    saved = {line.split()[1] for line in lines if line.startswith("SAVED")}
    assert (
        lines[-1] == "REFUSED The disk is full or cannot be written; the last change was not saved."
    )
    failed = f"D{len(saved):06d}"
    stored = _student_nos(school.home)
    assert saved <= stored  # every save reported as done survived
    assert failed not in stored  # the refused one was not committed
    assert {n for n in stored if n.startswith("D")} == saved
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:  # and the store takes more
        create_student(s, Student(student_no="AFTER1", name="之后"))
    assert "AFTER1" in _student_nos(school.home)


def _limited(limit: int):
    def setup() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # inherited through exec
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return setup


def _cli(env, limit: int, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sxcounsel", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=_limited(limit),
        cwd=cwd,
    )


def _one_line(res: subprocess.CompletedProcess) -> str:
    assert res.returncode == 1, (res.stdout, res.stderr)
    assert "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    return lines[0]


def test_roster_import_on_a_full_disk(school, cli_env, tmp_path):
    roster = write_xlsx(tmp_path / "roster.xlsx", [student(i) for i in range(400)])
    db = StorePaths(school.home).db
    before = _student_nos(school.home)
    for limit in (16_384, db.stat().st_size):
        line = _one_line(_cli(cli_env, limit, "roster", "import", str(roster)))
        assert "disk is full" in line
        assert _student_nos(school.home) == before  # all or nothing: nothing
        assert _no_temp_files(school.home, tmp_path) == []
    res = _cli(cli_env, resource.RLIM_INFINITY, "roster", "import", str(roster))
    assert res.returncode == 0, res.stderr
    assert len(_student_nos(school.home)) == len(before) + 400


def test_backup_command_on_a_full_disk(school, cli_env, tmp_path):
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        for i in range(200):
            create_student(s, Student(student_no=f"B{i:05d}", name=f"备{i}", address="z" * 300))
    size = StorePaths(school.home).db.stat().st_size
    usb = tmp_path / "usb"
    usb.mkdir()
    for limit in (size // 3, size + 1024):
        line = _one_line(_cli(cli_env, limit, "backup", "-o", str(usb / "school.sxbak")))
        assert "nothing was saved" in line or "disk is full" in line, line
        assert list(usb.iterdir()) == []  # no half file under the final name, no temp file
        assert _no_temp_files(school.home) == []
    assert len(_student_nos(school.home)) == 200
    res = _cli(cli_env, resource.RLIM_INFINITY, "backup", "-o", str(usb / "school.sxbak"))
    assert res.returncode == 0, res.stderr
    assert [p.name for p in usb.iterdir()] == ["school.sxbak"]


def test_the_limit_really_bites(tmp_path):
    """The harness works: a plain write past the limit fails with EFBIG in the child."""
    code = (
        "import sys\n"
        "try:\n"
        "    open(sys.argv[1], 'wb').write(b'x' * 100_000)\n"
        "except OSError as e:\n"
        "    print(e.errno)\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "f")],
        capture_output=True,
        text=True,
        preexec_fn=_limited(10_000),
        timeout=60,
    )
    import errno

    assert res.stdout.strip() == str(errno.EFBIG)
    assert os.path.getsize(tmp_path / "f") == 10_000


# -- sync export and county import ------------------------------------------------------------
@pytest.fixture(scope="module")
def sync_world(tmp_path_factory):
    from tests.sync.syncworld import SCHOOL_A, add_students, build_world

    w = build_world(tmp_path_factory.mktemp("fullsync") / "w")
    with w.school(SCHOOL_A) as s:
        add_students(s, 600, prefix="Q")
    return w


def _env_for(home: Path, user: str, pw: str, tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    tmp.mkdir(exist_ok=True)
    return {
        **env,
        "SXCOUNSEL_HOME": str(home),
        "SXCOUNSEL_USER": user,
        "SXCOUNSEL_PASSPHRASE": pw,
        "TMPDIR": str(tmp),
    }


def test_sync_export_and_county_import_on_a_full_disk(sync_world, tmp_path):
    from tests.sync.syncworld import COUNTY_PASS, COUNTY_USER, SCHOOL_A

    w = sync_world
    school = _env_for(w.school_home(SCHOOL_A), ADMIN, ADMIN_PASS, tmp_path / "tmp")
    county = _env_for(w.county_home, COUNTY_USER, COUNTY_PASS, tmp_path / "tmp")
    usb = tmp_path / "usb"
    usb.mkdir()
    status = _cli(school, resource.RLIM_INFINITY, "sync", "status")
    assert status.returncode == 0, status.stderr
    for limit in (4_096, 20_000, 65_536):  # opening fails; the bundle or the outbox write fails
        line = _one_line(_cli(school, limit, "sync", "export", "-o", str(usb)))
        assert "disk is full" in line or "could not be written" in line, line
        assert list(usb.iterdir()) == []  # no bundle under its final name, no temp file
        assert _cli(school, resource.RLIM_INFINITY, "sync", "status").stdout == status.stdout
    res = _cli(school, resource.RLIM_INFINITY, "verify")
    assert res.returncode == 0, res.stderr
    res = _cli(school, resource.RLIM_INFINITY, "sync", "export", "-o", str(usb))
    assert res.returncode == 0, res.stderr
    bundles = sorted(usb.glob("*.sxb"))
    assert bundles

    before = w.digest()
    for limit in (4_096, 20_000, 65_536):
        res = _cli(county, limit, "county", "import", str(usb))
        assert res.returncode == 1, (res.stdout, res.stderr)
        assert "Traceback" not in res.stderr and "unexpected error" not in res.stderr
        lines = res.stderr.strip().splitlines()
        assert lines and all(x.startswith("sxcounsel: ") for x in lines), res.stderr
        assert "disk is full" in lines[0] or "could not be written" in lines[0], lines[0]
        assert w.digest() == before  # nothing of a refused import was committed
        assert sorted(usb.iterdir()) == bundles  # and no acknowledgement was written
    res = _cli(county, resource.RLIM_INFINITY, "county", "import", str(usb))
    assert res.returncode == 0, res.stderr
    assert w.digest() != before
