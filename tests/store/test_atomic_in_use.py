"""store/atomic.py on a file another program holds: Windows refuses os.replace and os.unlink
with winerror 32 (sharing violation), 33 (lock violation) or 5 (access denied) while a PDF viewer,
Excel, WPS or an antivirus holds the file. Linux never refuses for that reason, so the refusal
is made here the way Windows makes it: a PermissionError carrying ``winerror``, from the real
os.replace / os.unlink a few times, then the real call."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from sxcounsel.core import texts
from sxcounsel.core.errors import StoreError
from sxcounsel.store import atomic


def sharing_violation(path: object, winerror: int = 32) -> PermissionError:
    """The exception Windows raises for a held file (errno EACCES, and its winerror)."""
    exc = PermissionError(errno.EACCES, "The process cannot access the file", str(path))
    exc.winerror = winerror  # set by Windows' OSError; absent on POSIX
    return exc


class Held:
    """Makes ``os.<name>`` refuse ``times`` times (all calls when None) for paths named
    ``target``, as Windows does while another program holds the file; other paths pass."""

    def __init__(self, monkeypatch, name: str, target: str, times: int | None, winerror=32):
        self.real = getattr(os, name)
        self.target, self.left, self.winerror = target, times, winerror
        self.refused = 0
        monkeypatch.setattr(os, name, self)

    def __call__(self, *args, **kwargs):
        if Path(args[-1]).name == self.target and (self.left is None or self.left > 0):
            if self.left is not None:
                self.left -= 1
            self.refused += 1
            raise sharing_violation(args[-1], self.winerror)
        return self.real(*args, **kwargs)


@pytest.fixture
def pauses(monkeypatch) -> list[float]:
    """The pauses taken between tries (recorded, not slept: the count is what matters)."""
    taken: list[float] = []
    monkeypatch.setattr(atomic.time, "sleep", taken.append)
    return taken


@pytest.mark.parametrize("winerror", [32, 33, 5])
def test_replace_waits_out_a_brief_hold(tmp_path, monkeypatch, pauses, winerror):
    src, dst = tmp_path / "new.pdf", tmp_path / "家访台账.pdf"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    held = Held(monkeypatch, "replace", "家访台账.pdf", times=2, winerror=winerror)
    atomic.replace(src, dst)
    assert held.refused == 2 and len(pauses) == 2
    assert dst.read_bytes() == b"new" and not src.exists()


def test_remove_waits_out_a_brief_hold(tmp_path, monkeypatch, pauses):
    path = tmp_path / "keyslots.json"
    path.write_bytes(b"{}")
    held = Held(monkeypatch, "unlink", "keyslots.json", times=2)
    atomic.remove(path)
    assert held.refused == 2 and not path.exists()


@pytest.mark.parametrize(
    ("name", "code", "program", "en", "zh"),
    [
        ("家访台账.pdf", "file.in_use_pdf", "pdf", "in the PDF viewer", "PDF 阅读器"),
        ("名单.XLSX", "file.in_use_sheet", "sheet", "in Excel or WPS", "Excel 或 WPS"),
        ("roster.csv", "file.in_use_sheet", "sheet", "in Excel or WPS", "Excel 或 WPS"),
        ("keyslots.json", "file.in_use_other", "other", "antivirus", "杀毒软件"),
        ("sxcounsel.db", "file.in_use_other", "other", "another sxcounsel window", "sxcounsel"),
    ],
)
def test_a_file_held_for_good_is_named_with_the_program_that_probably_holds_it(
    tmp_path, monkeypatch, pauses, name, code, program, en, zh
):
    src, dst = tmp_path / "new", tmp_path / name
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    held = Held(monkeypatch, "replace", name, times=None)
    with pytest.raises(StoreError) as caught:
        atomic.replace(src, dst)
    exc = caught.value
    assert held.refused == len(atomic.PAUSES) + 1  # every pause taken, then one last try
    assert pauses == list(atomic.PAUSES) and 1.5 <= sum(pauses) <= 3
    assert exc.code == code and exc.facts["program"] == program
    assert exc.facts["file"] == name  # the name only, never the folder
    assert str(tmp_path) not in exc.message + exc.text("zh")
    assert name in exc.message and en in exc.message
    assert name in exc.text("zh") and zh in exc.text("zh")
    assert dst.read_bytes() == b"old" and src.read_bytes() == b"new"


def test_the_sentences_read_as_the_brief_asks():
    pdf = atomic.in_use_error(Path("C:/Users/王老师/Documents/家访台账.pdf"))
    assert pdf.message == (
        "Close 家访台账.pdf in the PDF viewer, then try again; it is open in another program."
    )
    assert (
        pdf.text("zh") == "请先在 PDF 阅读器中关闭“家访台账.pdf”，再重试；该文件正被其他程序占用。"
    )
    for code in ("file.in_use_pdf", "file.in_use_sheet", "file.in_use_other"):
        assert texts.known(code)


def test_remove_of_a_file_held_for_good_names_it(tmp_path, monkeypatch, pauses):
    path = tmp_path / "sxcounsel-auto-20250101-000000.sxbak"
    path.write_bytes(b"backup")
    Held(monkeypatch, "unlink", path.name, times=None)
    with pytest.raises(StoreError) as caught:
        atomic.remove(path)
    assert caught.value.code == "file.in_use_other" and path.name in caught.value.message
    assert path.exists()


def test_posix_refusals_and_missing_files_are_raised_at_once(tmp_path, monkeypatch, pauses):
    """No winerror: a real permission problem or a missing file, nothing to wait for."""
    with pytest.raises(FileNotFoundError):
        atomic.remove(tmp_path / "gone.pdf")
    with pytest.raises(FileNotFoundError):
        atomic.replace(tmp_path / "gone", tmp_path / "b.pdf")

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(args[-1]))

    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(PermissionError):
        atomic.replace(tmp_path / "a", tmp_path / "b.pdf")
    assert pauses == []


def test_an_atomic_write_over_a_held_file_keeps_it_and_leaves_no_temp(
    tmp_path, monkeypatch, pauses
):
    path = tmp_path / "名单.xlsx"
    path.write_bytes(b"the old export")
    Held(monkeypatch, "replace", path.name, times=None)
    with pytest.raises(StoreError) as caught:
        atomic.atomic_write_bytes(path, b"the new export")
    assert caught.value.code == "file.in_use_sheet"
    assert path.read_bytes() == b"the old export"
    assert [p.name for p in tmp_path.iterdir()] == ["名单.xlsx"]


def test_an_atomic_write_succeeds_once_the_viewer_lets_go(tmp_path, monkeypatch, pauses):
    path = tmp_path / "家访台账.pdf"
    path.write_bytes(b"old")
    Held(monkeypatch, "replace", path.name, times=3)
    atomic.atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["家访台账.pdf"]


def test_a_failed_write_whose_temp_is_held_raises_the_write_error(tmp_path, monkeypatch, pauses):
    """The temp file's clean-up never hides why the write failed, and never fails by itself."""
    path = tmp_path / "out.pdf"

    def held_temp(p, *args, **kwargs):
        raise sharing_violation(p)

    monkeypatch.setattr(os, "unlink", held_temp)
    with pytest.raises(OSError, match="disk full"), atomic.atomic_writer(path) as fh:
        fh.write(b"half")
        raise OSError(errno.ENOSPC, "disk full")
    monkeypatch.undo()
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(".tmp-")  # says nothing about its content


@pytest.mark.parametrize("error", [FileNotFoundError, PermissionError, IsADirectoryError])
def test_discard_never_raises(tmp_path, monkeypatch, pauses, error):
    def fails(p, *args, **kwargs):
        raise error(errno.EACCES, "no", str(p))

    monkeypatch.setattr(os, "unlink", fails)
    atomic.discard(tmp_path / ".tmp-x")
    Held(monkeypatch, "unlink", ".tmp-y", times=None)
    atomic.discard(tmp_path / ".tmp-y")
