"""The county's import run, shared by ``sxcounsel county import`` and the GUI's inbox (which runs
it as a write operation: on its own connection, off the GUI thread).

Every bundle in turn, one result per file (imported, already imported, or refused with its
sentence); a refused file does not stop the others. Acknowledgements are collected (one per
school, the newest) and written atomically afterwards, when asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sxcounsel.core.errors import SxError
from sxcounsel.core.progress import Progress
from sxcounsel.county import data as county_data
from sxcounsel.county.importer import ImportResult, bundle_files, import_bundle, read_bundle_file
from sxcounsel.county.store import county_of
from sxcounsel.services.account_session import Session
from sxcounsel.store.atomic import atomic_write_bytes
from sxcounsel.sync.ack import ack_name

IMPORTED, ALREADY, REFUSED = "imported", "already imported", "refused"
_NAME = re.compile(r"(\d{10})-\d+\.sxb")


@dataclass(frozen=True)
class InboxResult:
    file: str
    school_code: str
    status: str  # IMPORTED, ALREADY or REFUSED
    records: int = 0
    quarantined: int = 0
    gaps: tuple[int, ...] = ()
    error: BaseException | None = None  # why it was refused (the GUI shows it translated)
    imported: ImportResult | None = field(default=None, repr=False, compare=False)

    @property
    def sentence(self) -> str:
        """One line for a person: what was imported, or why the file was refused."""
        if self.imported is not None:
            return self.imported.line()
        if isinstance(self.error, SxError):
            return self.error.message
        if isinstance(self.error, OSError):
            where = f" {self.error.filename}" if self.error.filename else f" {self.file}"
            return f"could not use{where}: {self.error.strerror or self.error}."
        return f"{self.file}: {self.status}."

    @property
    def behind(self) -> bool:
        """Refused because the school is behind the county (its store was restored from an older
        backup): the acknowledgement written for it lets the school continue."""
        return self.status == REFUSED and bool(getattr(self.error, "ack", b""))


@dataclass(frozen=True)
class InboxRun:
    results: list[InboxResult]
    acks: list[Path]  # acknowledgement files written
    ack_error: BaseException | None = None
    names: dict[str, str] = field(default_factory=dict)  # school code -> name, after the run


def school_of(name: str) -> str:
    m = _NAME.fullmatch(name)
    return m.group(1) if m else ""


def _files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given (a missing or unreadable one is refused on its own), folders' bundles."""
    for p in map(Path, paths):
        yield from (bundle_files([p]) if p.is_dir() else [p])


def import_files(
    session: Session,
    paths: Iterable[Path],
    ack_dir: Path | None = None,
    progress: Progress | None = None,
    *,
    write_acks: bool = True,
    on_result: Callable[[InboxResult], None] | None = None,
) -> InboxRun:
    """Import the bundles in ``paths`` (files, and the ``*.sxb`` files of folders) in order.

    ``on_result`` sees each file's result as soon as it is known. Acknowledgements go to
    ``ack_dir`` (None: beside each bundle) unless ``write_acks`` is false; a failure to write
    them is returned as ``ack_error`` (the imports stand)."""
    files = list(_files(paths))
    progress = progress or Progress()
    results: list[InboxResult] = []
    acks: dict[tuple[Path, str], bytes] = {}
    county = county_of(session)
    progress.start(len(files), "import")
    for path in files:
        folder = Path(ack_dir) if ack_dir else path.parent
        try:
            r = import_bundle(session, county, read_bundle_file(path), path.name)
        except (SxError, OSError) as exc:
            result = InboxResult(path.name, school_of(path.name), REFUSED, error=exc)
            if behind := getattr(exc, "ack", b""):
                acks[(folder, str(exc.facts["school_code"]))] = behind
        else:
            status = IMPORTED if r.status == "imported" else ALREADY
            result = InboxResult(path.name, r.school_code, status, r.records, r.quarantined,
                                 tuple(r.gaps), imported=r)  # fmt: skip
            acks[(folder, r.school_code)] = r.ack
        results.append(result)
        if on_result is not None:
            on_result(result)
        progress.advance()
    names = {s.code: s.name for s in county_data.schools(session.store)}
    written: list[Path] = []
    if not write_acks:
        return InboxRun(results, written, names=names)
    try:
        for (folder, code), data in acks.items():
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(folder / ack_name(code), data)
            written.append(folder / ack_name(code))
    except (OSError, SxError) as exc:  # SxError: a file another program holds
        return InboxRun(results, written, exc, names)
    return InboxRun(results, written, names=names)
