"""Secrets hygiene after a full workflow, run as a user would run it (real subprocesses).

Everything happens inside one sandbox folder: the data folder, HOME, the XDG config / cache /
data / state folders (QSettings and any cache land there), and TMPDIR/TMP/TEMP. The workflow:
init, users added, roster import, a roster dry run with bad rows, counseling sessions with
confidential notes, a home visit, backup, students find, print (a home-visit ledger and a
session record), commands that fail (wrong passphrase, damaged input files), the desktop app
unlocked and locked offscreen (it writes its preferences file), and every command locks at its
end. Then every file under the sandbox, every file name, and the stderr of every command
(crash output) are searched for the secrets: student names, 身份证号, 学籍号, the note text,
every passphrase, the recovery key (as printed and without dashes) and the data key (hex, both
cases, and raw), in UTF-8, UTF-16 and GB18030. Nothing may match — including inside the
encrypted store, its key-slot file and the backups. Only the files the user asked for are
exempt: the roster they imported and the PDFs they printed (they hold names by design), and
the standard output of `init` (the recovery key, once) and of `students find`.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap

import pytest

from tests.roster.rosterfiles import student, write_xlsx

ADMIN, ADMIN_PASS = "wangli", "Fuping-Secret-2025!"
COUNSELOR, COUNSELOR_PASS = "zhaomin", "Xinli#Room42-Secret"
TEACHER, TEACHER_PASS = "liujun", "Banzhuren-7a-Secret"
NOTE = "她说晚上总在想跳下去QXZNOTE"
CLASS = "七年级(2)班"

SESSIONS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.sessions import CounselingSession, SessionNotes, create_session
    from sxcounsel.services.homevisits import HomeVisit, create_home_visit
    from sxcounsel.services.students import list_students

    home, user, pw, note = sys.argv[1:5]
    with Session.unlock(Path(home), user, pw) as s:
        kids = list_students(s)[:3]
        for k in kids:
            made = create_session(s, CounselingSession(
                date="2025-10-09", form="个别", source="主动求助", student_ids=[k.id],
                categories=["情绪"]), SessionNotes(complaint=note, process=note, plan=note))
        create_home_visit(s, HomeVisit(student_id=kids[0].id, date="2025-10-10", method="实地",
            staff=["王老师"], met=[{"name": "张奶奶", "relation": "祖母"}], purpose=note))
        print(made.number)
        print(kids[0].id)
        print(s.store.data_key.hex())
    """
)

GUI = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from sxcounsel.gui.app import application, configure
    from sxcounsel.gui.prefs import Prefs
    from sxcounsel.gui.window import MainWindow

    home, user, pw, usb = sys.argv[1:5]
    app = application()
    prefs = Prefs()
    configure(app, prefs.language)
    prefs.autobackup_folder = usb
    window = MainWindow(Path(home), prefs)
    window.start()
    window.show()
    screen = window.unlock_screen
    screen.account.setCurrentText(user)
    screen.passphrase.setText(pw)
    screen.try_unlock()
    deadline = time.time() + 60
    while window.session is None and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert window.session is not None, screen.message.text()
    window.lock()
    app.processEvents()
    prefs._s.sync()
    print("gui ok")
    """
)


def _needles(secrets: dict[str, str | bytes]) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for label, value in secrets.items():
        if isinstance(value, bytes):
            out.append((label, value))
            continue
        for enc in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
            with contextlib.suppress(UnicodeEncodeError):
                encoded = value.encode(enc)
                if (label, encoded) not in out:
                    out.append((label, encoded))
    return out


@pytest.mark.slow
def test_no_secret_anywhere_after_a_full_workflow(tmp_path):
    box = tmp_path / "sandbox"
    home, tmp, usb, out = box / "data", box / "tmp", box / "usb", box / "out"
    for d in (tmp, usb, out, box / "home", box / "config", box / "cache", box / "share"):
        d.mkdir(parents=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SXCOUNSEL_", "XDG_", "WIN_PD_OVERRIDE_"))
    }
    env.update(
        SXCOUNSEL_HOME=str(home),
        HOME=str(box / "home"),
        XDG_CONFIG_HOME=str(box / "config"),
        XDG_CACHE_HOME=str(box / "cache"),
        XDG_DATA_HOME=str(box / "share"),
        XDG_STATE_HOME=str(box / "share"),
        XDG_RUNTIME_DIR=str(tmp),
        # Windows: the same folders (platformdirs reads these instead of the XDG variables).
        USERPROFILE=str(box / "home"),
        WIN_PD_OVERRIDE_APPDATA=str(box / "config"),
        WIN_PD_OVERRIDE_LOCAL_APPDATA=str(box / "share"),
        TMPDIR=str(tmp),
        TMP=str(tmp),
        TEMP=str(tmp),
        QT_QPA_PLATFORM="offscreen",
        LANG="zh_CN.UTF-8",
    )
    errors: list[tuple[str, str]] = []  # (command, stderr) of every run

    def sx(*args: str, user: str = ADMIN, pw: str = ADMIN_PASS, ok: bool = True, **extra: str):
        e = {**env, "SXCOUNSEL_USER": user, "SXCOUNSEL_PASSPHRASE": pw, **extra}
        res = subprocess.run(
            [sys.executable, "-m", "sxcounsel", *args],
            env=e,
            capture_output=True,
            text=True,
            timeout=600,
            cwd=box,
        )
        errors.append((" ".join(args[:2]), res.stderr))
        assert (res.returncode == 0) == ok, (args, res.stdout, res.stderr)
        return res

    def py(code: str, *args: str) -> str:
        res = subprocess.run(
            [sys.executable, "-c", code, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            cwd=box,
        )
        errors.append(("python", res.stderr))
        assert res.returncode == 0, res.stderr[-3000:]
        return res.stdout

    # -- the workflow ---------------------------------------------------------------------------
    init = sx(
        "init",
        "--school-code",
        "3161012345",
        "--school-name",
        "富平县示范中学",
        "--county-code",
        "610528",
        "--admin",
        ADMIN,
    )
    recovery = next(w for w in init.stdout.split() if w.count("-") == 7)
    sx("user", "add", COUNSELOR, "--role", "counselor", SXCOUNSEL_NEW_PASSPHRASE=COUNSELOR_PASS)
    sx(
        "user",
        "add",
        TEACHER,
        "--role",
        "head_teacher",
        "--class",
        CLASS,
        SXCOUNSEL_NEW_PASSPHRASE=TEACHER_PASS,
    )
    rows = [student(i, CLASS) for i in range(40)]
    roster = write_xlsx(box / "roster.xlsx", rows)
    sx("roster", "import", str(roster))
    bad_rows = [dict(r) for r in rows[:5]]
    for r in bad_rows:
        r["身份证号"] = str(r["身份证号"])[:-1] + ("0" if str(r["身份证号"])[-1] != "0" else "1")
        r["出生日期"] = "2025-02-30"
    bad_roster = write_xlsx(box / "bad-roster.xlsx", bad_rows)
    sx("roster", "import", "--dry-run", str(bad_roster), ok=False)
    sx("roster", "import", "--dry-run", str(roster))
    lines = py(SESSIONS, str(home), COUNSELOR, COUNSELOR_PASS, NOTE).split()
    number, _student_id, data_key_hex = lines
    sx("backup", "-o", str(usb / "school.sxbak"))
    find = sx("students", "find", str(rows[3]["姓名"]))
    assert str(rows[3]["学籍号"]) in find.stdout
    sx(
        "print",
        "session",
        number,
        "-o",
        str(out / "session.pdf"),
        user=COUNSELOR,
        pw=COUNSELOR_PASS,
    )
    sx(
        "print",
        "homevisit-ledger",
        "--class",
        CLASS,
        "--year",
        "2025",
        "-o",
        str(out / "ledger.pdf"),
        user=TEACHER,
        pw=TEACHER_PASS,
    )
    sx("verify")
    # Failing commands: their stderr is the "crash output" scanned below.
    sx("students", "find", "张", pw="Wrong-Passphrase-1", ok=False)
    sx("restore", str(roster), ok=False)
    sx("roster", "import", str(usb / "school.sxbak"), ok=False)
    sx("print", "session", "2025-999", "-o", str(out / "none.pdf"), ok=False)
    sx("students", "find", "\x01" * 3 + str(rows[4]["姓名"]), ok=True)
    assert "gui ok" in py(GUI, str(home), ADMIN, ADMIN_PASS, str(usb))

    # -- the secrets ------------------------------------------------------------------------------
    secrets: dict[str, str | bytes] = {
        "note": NOTE,
        "note marker": "QXZNOTE",
        "admin passphrase": ADMIN_PASS,
        "counselor passphrase": COUNSELOR_PASS,
        "teacher passphrase": TEACHER_PASS,
        "recovery key": recovery,
        "recovery key (no dashes)": recovery.replace("-", ""),
        "data key hex": data_key_hex,
        "data key HEX": data_key_hex.upper(),
        "data key": bytes.fromhex(data_key_hex),
    }
    for i, r in enumerate(rows):
        secrets[f"name {i}"] = str(r["姓名"])
        secrets[f"身份证号 {i}"] = str(r["身份证号"])
        secrets[f"学籍号 {i}"] = str(r["学籍号"])
    # Short two-character names are common words; require three characters to avoid noise.
    secrets = {k: v for k, v in secrets.items() if not (k.startswith("name") and len(v) < 3)}
    assert sum(k.startswith("name") for k in secrets) >= 10
    needles = _needles(secrets)

    # The search would see them: the exempt outputs do hold some, in the encodings searched.
    assert any(n in find.stdout.encode() for label, n in needles if label.startswith("学籍号"))
    assert any(n in init.stdout.encode() for label, n in needles if label == "recovery key")
    assert len(data_key_hex) == 64

    exempt = {roster, bad_roster, out / "session.pdf", out / "ledger.pdf"}
    files = [p for p in box.rglob("*") if p.is_file() and p not in exempt]
    names = {p.name for p in files}
    assert {"sxcounsel.db", "keyslots.json", "school.sxbak"} <= names, names
    assert any(p.suffix in (".conf", ".ini") for p in files), names  # the GUI's preferences
    found = []
    for p in box.rglob("*"):
        for label, needle in needles:
            if needle in str(p.relative_to(box)).encode("utf-8"):
                found.append(f"{label} in the file name {p.relative_to(box)}")
    for p in files:
        data = p.read_bytes()
        for label, needle in needles:
            if needle in data:
                found.append(f"{label} in {p.relative_to(box)}")
    for command, stderr in errors:
        assert "Traceback" not in stderr, (command, stderr)
        for label, needle in needles:
            if needle in stderr.encode("utf-8"):
                found.append(f"{label} on the stderr of {command}")
    assert found == []
    leftovers = sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*") if p.is_file())
    assert leftovers == [], leftovers  # nothing left in the temp folder
    assert (out / "session.pdf").stat().st_size > 1000  # the prints really happened
