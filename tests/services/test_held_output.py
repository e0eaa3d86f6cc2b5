"""Output files another program holds (Windows: a PDF open in a viewer, an old backup under a
virus scan): a print says which program to close, in the GUI's words too; a backup whose temp
copy or old backups stay held is still a finished backup.

Linux never refuses for a held file: the refusal is made the way Windows makes it, a
PermissionError with winerror 32 from os.replace / os.unlink for the chosen file."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from sxcounsel.core.errors import StoreError
from sxcounsel.gui.printing.runner import print_error_text
from sxcounsel.services import printing
from sxcounsel.services.account_session import Session
from sxcounsel.services.autobackup import auto_backup, auto_backups
from sxcounsel.services.maintenance import make_backup
from sxcounsel.services.students import Student, create_student
from sxcounsel.store import atomic
from sxcounsel.store.backup import read_backup
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS


def held(monkeypatch, name: str, matches):
    """os.<name> refuses, for good, every path ``matches`` accepts (winerror 32); returns the
    real function."""
    real = getattr(os, name)

    def refusing(*args, **kwargs):
        path = Path(args[-1] if name == "replace" else args[0])
        if matches(path):
            exc = PermissionError(errno.EACCES, "The process cannot access the file", str(path))
            exc.winerror = 32
            raise exc
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, refusing)
    return real


CLASS = "七年级(2)班"


@pytest.fixture(autouse=True)
def short_pauses(monkeypatch):
    monkeypatch.setattr(atomic, "PAUSES", (0.01, 0.01))


@pytest.fixture
def school(school):
    """The school store with one student in the class its ledgers print."""
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s:
        create_student(s, Student(student_no="S001", name="张三", class_name=CLASS))
    return school


@contextlib.contextmanager
def gui_language(language: QLocale.Language) -> Iterator[None]:
    """The GUI's language (gui/errors.py reads Qt's default locale), restored afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def prints(session: Session) -> int:
    return session.store.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'print'"
    ).fetchone()[0]


def test_a_print_over_a_pdf_open_in_a_viewer_names_the_viewer(school, tmp_path, monkeypatch):
    (tmp_path / "documents").mkdir()
    out = tmp_path / "documents" / "家访台账.pdf"
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s:
        printing.homevisit_ledger(s, CLASS, 2025, out)
        first, count = out.read_bytes(), prints(s)
        held(monkeypatch, "replace", lambda p: p == out)
        with pytest.raises(StoreError) as caught:
            printing.homevisit_ledger(s, CLASS, 2025, out)
        monkeypatch.undo()
        assert prints(s) == count  # no audit entry for a file that was not written
    assert out.read_bytes() == first
    assert [p.name for p in out.parent.iterdir()] == ["家访台账.pdf"]  # no temp file left
    exc = caught.value
    assert exc.code == "file.in_use_pdf"
    english = "Close 家访台账.pdf in the PDF viewer, then try again; it is open in another program."
    assert exc.message == english
    # The GUI's print runner says it as error_text does, not as a folder that cannot be written.
    with gui_language(QLocale.Language.English):
        assert print_error_text(exc) == english
    with gui_language(QLocale.Language.Chinese):
        assert print_error_text(exc) == (
            "请先在 PDF 阅读器中关闭“家访台账.pdf”，再重试；该文件正被其他程序占用。"
        )


def test_an_xlsx_open_in_excel_names_excel_or_wps(school, tmp_path, monkeypatch):
    out = tmp_path / "家访台账.xlsx"
    held(monkeypatch, "replace", lambda p: p == out)
    out.write_bytes(b"an export still open in Excel")
    with (
        Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s,
        pytest.raises(StoreError) as caught,
    ):
        printing.homevisit_ledger(s, CLASS, 2025, out)
    assert caught.value.code == "file.in_use_sheet"
    with gui_language(QLocale.Language.Chinese):
        assert "Excel 或 WPS" in print_error_text(caught.value)
    assert out.read_bytes() == b"an export still open in Excel"


def test_a_held_temp_copy_never_fails_a_finished_backup(school, tmp_path, monkeypatch):
    """The backup's temp copy in the data folder stays held (a virus scan): the backup is
    written and whole; the temp file left behind has a name that says nothing."""
    out = tmp_path / "backup.sxbak"
    held(monkeypatch, "unlink", lambda p: p.parent == school.home and p.name.startswith(".tmp-"))
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        size = make_backup(s, out)
    monkeypatch.undo()
    assert size == out.stat().st_size and read_backup(out).vault is not None
    temps = [p.name for p in school.home.iterdir() if p.name.startswith(".tmp-")]
    assert len(temps) == 1 and "sxcounsel" not in temps[0]


def test_a_held_old_backup_stays_and_the_new_one_counts(school, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    seconds = iter(range(10, 13))
    monkeypatch.setattr(
        "sxcounsel.services.autobackup.utc_now",
        lambda: datetime(2025, 9, 1, 8, 0, next(seconds), tzinfo=UTC),
    )
    with Session.unlock(school.home, ADMIN, ADMIN_PASS) as s:
        first = auto_backup(s, stick, keep=1)
        real = held(monkeypatch, "unlink", lambda p: p == first)
        second = auto_backup(s, stick, keep=1)  # the old one stays held: no error
        assert auto_backups(stick) == [first, second]
        assert read_backup(second).vault is not None
        monkeypatch.setattr(os, "unlink", real)  # the scan is over
        third = auto_backup(s, stick, keep=1)
    assert auto_backups(stick) == [third]  # the held one went the next time
