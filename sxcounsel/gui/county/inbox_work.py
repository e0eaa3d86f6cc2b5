"""The inbox's import run (a write operation: on its own connection, off the GUI thread): every
bundle in turn, one result per file, acknowledgements written atomically afterwards."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sxcounsel.core.errors import SxError
from sxcounsel.core.progress import Progress
from sxcounsel.county import data as county_data
from sxcounsel.county.importer import import_bundle, read_bundle_file
from sxcounsel.county.store import county_of
from sxcounsel.services.session import Session
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
    error: BaseException | None = None  # why it was refused (shown translated)


@dataclass(frozen=True)
class InboxRun:
    results: list[InboxResult]
    acks: list[Path]  # acknowledgement files written
    ack_error: BaseException | None = None
    names: dict[str, str] = field(default_factory=dict)  # school code -> name, after the run


def school_of(name: str) -> str:
    m = _NAME.fullmatch(name)
    return m.group(1) if m else ""


def import_files(
    session: Session, files: Sequence[Path], ack_dir: Path | None, progress: Progress
) -> InboxRun:
    """Import ``files`` in order; acknowledgements go to ``ack_dir`` (None: beside each file)."""
    results: list[InboxResult] = []
    acks: dict[tuple[Path, str], bytes] = {}
    county = county_of(session)
    progress.start(len(files), "import")
    for path in files:
        try:
            r = import_bundle(session, county, read_bundle_file(path), path.name)
        except (SxError, OSError) as exc:
            results.append(InboxResult(path.name, school_of(path.name), REFUSED, error=exc))
            if getattr(exc, "ack", b""):  # the school is behind the county (restored store)
                code = str(exc.facts["school_code"])
                acks[(Path(ack_dir) if ack_dir else path.parent, code)] = exc.ack
        else:
            status = IMPORTED if r.status == "imported" else ALREADY
            results.append(
                InboxResult(
                    path.name, r.school_code, status, r.records, r.quarantined, tuple(r.gaps)
                )
            )
            acks[(Path(ack_dir) if ack_dir else path.parent, r.school_code)] = r.ack
        progress.advance()
    names = {s.code: s.name for s in county_data.schools(session.store)}
    written: list[Path] = []
    try:
        for (folder, code), data in acks.items():
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(folder / ack_name(code), data)
            written.append(folder / ack_name(code))
    except OSError as exc:
        return InboxRun(results, written, exc, names)
    return InboxRun(results, written, names=names)
