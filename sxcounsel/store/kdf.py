"""Argon2id key derivation, calibrated on the machine that creates a key slot."""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw

MIN_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.3
PARALLELISM = 2
KEY_LEN = 32


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    parallelism: int
    salt: bytes

    def to_json(self) -> dict:
        d = asdict(self)
        d["salt"] = self.salt.hex()
        d["alg"] = "argon2id"
        return d

    @classmethod
    def from_json(cls, d: dict) -> KdfParams:
        if d.get("alg") != "argon2id":
            raise ValueError("unsupported KDF")
        return cls(
            memory_kib=int(d["memory_kib"]),
            iterations=int(d["iterations"]),
            parallelism=int(d["parallelism"]),
            salt=bytes.fromhex(d["salt"]),
        )


def derive(secret: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret,
        params.salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )


_calibrated: dict[tuple[int, float], tuple[int, float]] = {}

Timer = Callable[[], float]
HashFn = Callable[[bytes, KdfParams], bytes]


def calibrate(target: float = TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB) -> int:
    """Return the iteration count that makes one derivation take at least ``target`` seconds."""
    return calibration(target, memory_kib)[0]


def calibration(
    target: float = TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB
) -> tuple[int, float]:
    """(iterations, seconds measured for them). Measured once per process (the machine does
    not change while it runs); the count returned was seen to take at least ``target`` in
    the faster of two runs."""
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    cached = _calibrated.get((memory_kib, target))
    if cached:
        return cached
    result = measure(target, memory_kib)
    _calibrated[(memory_kib, target)] = result
    return result


def measure(
    target: float = TARGET_SECONDS,
    memory_kib: int = MIN_MEMORY_KIB,
    *,
    timer: Timer = time.perf_counter,
    hash_fn: HashFn = derive,
) -> tuple[int, float]:
    """The calibration loop, uncached: ``timer`` and ``hash_fn`` are the clock and the
    Argon2id run it times (tests give a clock of their own). Never below MIN_MEMORY_KIB."""
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    iterations = 1
    salt = os.urandom(16)
    hash_fn(b"warm-up", KdfParams(memory_kib, 1, PARALLELISM, salt))  # first touch is slow

    def timed() -> float:
        start = timer()
        hash_fn(b"calibration", KdfParams(memory_kib, iterations, PARALLELISM, salt))
        return timer() - start

    while True:
        # The faster of two runs: a count chosen on one slow run would undershoot later.
        elapsed = min(timed(), timed())
        if elapsed >= target:
            break
        # Aim 10% above the target so one noisy measurement does not leave us short.
        guess = math.ceil(iterations * target * 1.1 / max(elapsed, 1e-3))
        iterations = max(iterations + 1, guess)
    return iterations, elapsed


def new_params() -> KdfParams:
    return KdfParams(MIN_MEMORY_KIB, calibrate(), PARALLELISM, os.urandom(16))


def measured_seconds() -> float:
    """What the calibration behind new_params() measured (recorded in slot headers)."""
    return calibration()[1]
