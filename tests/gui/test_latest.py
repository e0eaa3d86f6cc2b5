"""Only the newest of a series of background loads delivers (gui.operations.Latest): a page whose
school year is changed while the previous load still runs must not be overwritten by that
older result arriving last."""

from __future__ import annotations

import threading

from sxcounsel.gui.operations import Latest


def test_an_older_load_finishing_last_is_dropped(qtbot):
    release = threading.Event()
    shown: list[str] = []
    latest = Latest()

    def slow() -> str:
        release.wait(10)
        return "2026—2027学年"

    older = latest.run(slow, shown.append, lambda e: shown.append(f"error {e}"))
    newer = latest.run(lambda: "2025—2026学年", shown.append, lambda e: shown.append(f"error {e}"))
    qtbot.waitUntil(lambda: not newer.running, timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: not older.running, timeout=10_000)
    assert shown == ["2025—2026学年"]


def test_an_older_failure_is_dropped_too(qtbot):
    release = threading.Event()
    shown: list[str] = []
    latest = Latest()

    def slow_failure() -> str:
        release.wait(10)
        raise OSError("gone")

    older = latest.run(slow_failure, shown.append, lambda e: shown.append("error"))
    newer = latest.run(lambda: "ok", shown.append, lambda e: shown.append("error"))
    qtbot.waitUntil(lambda: not newer.running, timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: not older.running, timeout=10_000)
    assert shown == ["ok"]
