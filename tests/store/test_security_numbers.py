"""The numbers SECURITY.md promises, read from SECURITY.md itself, against the code.

A constant that drifts from the page (Argon2id memory, the calibrated time, the free
failures and the waits after them) fails here; so does a calibration loop that stops short
of the documented time (checked with a clock of the test's own), and a store opened with
less than ``synchronous = FULL`` or an atomic write that skips an fsync.
"""

from __future__ import annotations

import math
import os
import re
import stat
from pathlib import Path

import pytest

from sxcounsel.core import passphrase
from sxcounsel.services.account_session import Session
from sxcounsel.store import atomic, connection, kdf, vault
from sxcounsel.store.paths import StorePaths
from tests.conftest import ADMIN, COUNSELOR, COUNSELOR_PASS

SECURITY = Path(__file__).resolve().parents[2] / "SECURITY.md"
_WORDS = {"a minute": 60.0, "an hour": 3600.0, "a day": 86400.0}


def _page() -> str:
    return " ".join(SECURITY.read_text(encoding="utf-8").split())  # line breaks as spaces


def _find(pattern: str) -> re.Match[str]:
    found = re.search(pattern, _page())
    assert found, f"SECURITY.md no longer says {pattern!r}: update it and this test together"
    return found


def _argon2() -> tuple[int, float]:
    """(MiB, seconds) from "Argon2id run (≥ 64 MiB, ≥ 0.3 s ...)"; every mention agrees."""
    found = re.findall(r"Argon2id[^(]{0,10}\(≥ (\d+) MiB, ≥ ([\d.]+) s", _page())
    assert found, "SECURITY.md no longer gives Argon2id's memory and time"
    assert len(set(found)) == 1, f"SECURITY.md gives different Argon2id figures: {found}"
    mib, seconds = found[0]
    return int(mib), float(seconds)


def _throttle() -> tuple[int, float, float]:
    """(free failures, first wait, cap) from "after 5, each attempt waits longer (30 s, then
    doubling, at most an hour)"."""
    m = _find(
        r"after (\d+), each attempt waits longer \((\d+) s, then doubling, at most "
        r"(\d+ s|a minute|an hour|a day)\)"
    )
    cap = m[3]
    return int(m[1]), float(m[2]), _WORDS.get(cap) or float(cap.split()[0])


DOC_MIB, DOC_SECONDS = _argon2()
DOC_FREE, DOC_FIRST_WAIT, DOC_MAX_WAIT = _throttle()


def test_the_page_still_says_what_this_test_reads():
    # Pinned once more by hand, so that a reworded page cannot silently weaken the numbers.
    assert (DOC_MIB, DOC_SECONDS) == (64, 0.3)
    assert (DOC_FREE, DOC_FIRST_WAIT, DOC_MAX_WAIT) == (5, 30.0, 3600.0)


def test_argon2id_constants_are_the_documented_ones():
    assert kdf.MIN_MEMORY_KIB == DOC_MIB * 1024
    assert kdf.TARGET_SECONDS == DOC_SECONDS
    params = kdf.KdfParams(kdf.MIN_MEMORY_KIB, 1, kdf.PARALLELISM, b"s" * 16)
    assert params.to_json()["alg"] == "argon2id"


def test_throttle_constants_and_waits_are_the_documented_ones():
    assert vault.FREE_FAILURES == DOC_FREE
    assert vault.BASE_WAIT_SECONDS == DOC_FIRST_WAIT
    assert vault.MAX_WAIT_SECONDS == DOC_MAX_WAIT
    assert [vault.wait_seconds(n) for n in range(DOC_FREE)] == [0.0] * DOC_FREE
    waits = [vault.wait_seconds(DOC_FREE + k) for k in range(20)]
    assert waits[:3] == [DOC_FIRST_WAIT, 2 * DOC_FIRST_WAIT, 4 * DOC_FIRST_WAIT]  # doubling
    assert max(waits) == DOC_MAX_WAIT and waits[-1] == DOC_MAX_WAIT  # capped, not beyond
    assert waits == sorted(waits)


def test_the_documented_free_failures_on_a_real_store(school):
    now = [2_000_000.0]
    paths = StorePaths(school.home)
    for n in range(1, DOC_FREE + 1):
        with pytest.raises(vault.UnlockError):
            Session.unlock(school.home, COUNSELOR, "Wrong-pass-9", clock=lambda: now[0])
        wait = vault.Vault(paths.slots, lambda: now[0]).retry_after(COUNSELOR)
        assert wait == (DOC_FIRST_WAIT if n == DOC_FREE else 0.0), n
    now[0] += DOC_FIRST_WAIT + 1
    Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS, clock=lambda: now[0]).lock()


def test_the_slots_of_a_real_store_meet_the_documented_cost(school):
    v = vault.Vault(StorePaths(school.home).slots)
    assert v.slots
    for slot in v.slots:
        params = kdf.KdfParams.from_json(slot.header["kdf"])
        assert params.memory_kib >= DOC_MIB * 1024, slot.header["user"]
        assert slot.header["kdf_seconds_at_creation"] >= DOC_SECONDS, slot.header["user"]


def test_passphrase_policy_and_recovery_key_are_the_documented_ones():
    m = _find(r"the policy asks for (\d+)\+ characters in (\d+) classes")
    assert (int(m[1]), int(m[2])) == (passphrase.MIN_LENGTH, passphrase.MIN_CLASSES)
    m = _find(
        r"recovery key\*\* is (\d+) characters \((\d+) bits\) from an alphabet without ([^,]+),"
    )
    chars, bits, banned = int(m[1]), int(m[2]), m[3].split("/")
    seen: set[str] = set()
    for _ in range(200):
        key = vault.new_recovery_key()
        groups = key.split("-")
        assert all(len(g) == 4 for g in groups) and len("".join(groups)) == chars
        seen |= set("".join(groups))
    assert not seen & set(banned)
    assert chars * math.log2(32) == bits and len(seen) <= 32  # 5 bits a character


# -- the calibration loop, timed by the test's clock ------------------------------------------
class FakeMachine:
    """A clock and an Argon2id stand-in: each run moves the clock by ``per_iteration`` seconds
    per iteration, times ``slow`` for runs the test wants noisy."""

    def __init__(self, per_iteration: float, slow=lambda run: 1.0) -> None:
        self.per_iteration, self.slow = per_iteration, slow
        self.now = 1000.0
        self.runs: list[kdf.KdfParams] = []

    def timer(self) -> float:
        return self.now

    def hash_fn(self, secret: bytes, params: kdf.KdfParams) -> bytes:
        self.now += params.iterations * self.per_iteration * self.slow(len(self.runs))
        self.runs.append(params)
        return bytes(32)


@pytest.mark.parametrize("per_iteration", [0.001, 0.0123, 0.05, 0.29])
def test_calibration_reaches_the_documented_time(per_iteration):
    m = FakeMachine(per_iteration)
    iterations, elapsed = kdf.measure(timer=m.timer, hash_fn=m.hash_fn)
    assert elapsed >= DOC_SECONDS
    assert elapsed == pytest.approx(iterations * per_iteration)
    # not far beyond it either: at most the 10% the loop aims above, and one more iteration
    assert iterations <= math.ceil(DOC_SECONDS * 1.1 / per_iteration) + 1
    assert {p.memory_kib for p in m.runs} == {DOC_MIB * 1024}
    assert {p.parallelism for p in m.runs} == {kdf.PARALLELISM}
    assert m.runs[0].iterations == 1  # the warm-up run, not timed


def test_a_machine_slower_than_the_target_keeps_one_iteration():
    m = FakeMachine(0.8)
    assert kdf.measure(timer=m.timer, hash_fn=m.hash_fn) == (1, pytest.approx(0.8))


def test_the_count_holds_on_the_faster_of_two_runs():
    # Every first run of a pair is three times slower (a busy machine); the count accepted
    # must reach the target on the fast run too, or guessing would be cheaper than promised.
    m = FakeMachine(0.01, slow=lambda run: 3.0 if run % 2 == 1 else 1.0)
    iterations, elapsed = kdf.measure(timer=m.timer, hash_fn=m.hash_fn)
    assert iterations * 0.01 >= DOC_SECONDS
    assert elapsed == pytest.approx(iterations * 0.01)


def test_less_memory_than_documented_is_never_used():
    m = FakeMachine(0.05)
    kdf.measure(DOC_SECONDS, 1024, timer=m.timer, hash_fn=m.hash_fn)
    assert {p.memory_kib for p in m.runs} == {DOC_MIB * 1024}


def test_new_slot_parameters_use_the_documented_memory():
    params = kdf.new_params()
    assert params.memory_kib == DOC_MIB * 1024 and len(params.salt) == 16
    assert params.iterations == kdf.calibrate() >= 1


# -- durability -------------------------------------------------------------------------------
FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA (DESIGN.md asks for FULL)


def test_connections_are_synchronous_full(tmp_path):
    conn = connection.connect(tmp_path / "x.db", os.urandom(32), create=True)
    try:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == FULL
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"
    finally:
        conn.close()


def test_an_unlocked_store_and_its_sibling_are_synchronous_full(school):
    with Session.unlock(school.home, ADMIN, "Fuping-2025!") as s:
        assert s.store.conn.execute("PRAGMA synchronous").fetchone()[0] == FULL
        sibling = s.sibling()
        try:
            assert sibling.store.conn.execute("PRAGMA synchronous").fetchone()[0] == FULL
        finally:
            sibling.store.close()


@pytest.mark.skipif(os.name == "nt", reason="Windows does not fsync folders")
def test_atomic_write_fsyncs_the_file_then_the_folder(tmp_path, monkeypatch):
    target = tmp_path / "slots.json"
    target.write_bytes(b"old")
    old_ino = target.stat().st_ino
    seen: list[tuple[str, int, int]] = []
    real_fsync = os.fsync

    def observed_fsync(fd: int) -> None:  # records what is synced, then really syncs it
        st = os.fstat(fd)
        kind = "dir" if stat.S_ISDIR(st.st_mode) else "file"
        seen.append((kind, st.st_ino, target.stat().st_ino))  # and what the name holds then
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", observed_fsync)
    atomic.atomic_write_bytes(target, b"new content")
    monkeypatch.undo()
    assert target.read_bytes() == b"new content"
    new_ino, folder_ino = target.stat().st_ino, tmp_path.stat().st_ino
    # the new file's data is synced before it takes the final name, the folder after
    assert seen == [("file", new_ino, old_ino), ("dir", folder_ino, new_ino)]
