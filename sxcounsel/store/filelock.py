"""An exclusive lock on a file's companion ``<name>.lock``, across processes (POSIX and Windows).

Used around read-modify-write of the key-slot file, so that parallel unlock attempts and
account changes never drop each other's update.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised by the Windows CI job
    import msvcrt

    def _lock(fd: int) -> None:
        while True:
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for ~10 s, then raises
                return
            except OSError:
                time.sleep(0.05)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


_local = threading.local()  # re-entrant within one thread; other threads and processes wait


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the lock of ``path`` (the lock file is created beside it, never removed)."""
    lock_path = Path(path).with_name(Path(path).name + ".lock")
    key = str(lock_path.resolve())
    held: set[str] = _local.__dict__.setdefault("held", set())
    if key in held:
        yield
        return
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
        held.add(key)
        try:
            yield
        finally:
            held.discard(key)
            _unlock(fd)
    finally:
        os.close(fd)
