"""Passphrase policy for staff accounts, and a rough strength score for the meter in the GUI.

Policy: at least 8 characters and at least 3 of 4 classes: lowercase letters, uppercase letters,
digits, and everything else (symbols, spaces, Chinese characters). The passphrase is NFC
normalized first, as ``services.account_session.passphrase_bytes`` does before deriving keys.
Errors never carry the passphrase itself, only its length and class count.
"""

from __future__ import annotations

import bisect
import math
import string
import unicodedata

from sxcounsel.core.errors import ValidationError

MIN_LENGTH = 8
MIN_CLASSES = 3

# Casefolded. Matched against the whole passphrase and against its core (what remains after
# stripping leading and trailing digits and symbols), so "Password2024!" counts as common too.
COMMON = frozenset(
    {
        "password", "password1", "password1!", "p@ssw0rd", "passw0rd", "12345678",
        "123456789", "1234567890", "11111111", "88888888", "66666666", "87654321",
        "aa123456", "aa123456!", "qwer1234", "qwer1234!", "qwertyuiop", "1qaz2wsx",
        "1qaz@wsx", "abc123456", "abcd1234", "admin", "admin123", "admin@123", "woaini",
        "woaini1314", "5201314", "iloveyou", "welcome", "zxcv1234", "asdf1234", "huawei",
        "qwer", "asdf", "zxcv", "qwerty", "abc", "abcd", "aa", "qq", "a",
    }
)  # fmt: skip
_SYMBOLS = string.digits + string.punctuation + string.whitespace
# Bits thresholds for scores 1, 2, 3 and 4.
_THRESHOLDS = (28, 40, 56, 72)


class WeakPassphraseError(ValidationError):
    kind = "weak_passphrase"


def _classes(p: str) -> int:
    lower = any(c.islower() for c in p)
    upper = any(c.isupper() for c in p)
    digit = any(c.isdecimal() for c in p)
    other = any(not (c.islower() or c.isupper() or c.isdecimal()) for c in p)
    return lower + upper + digit + other


def check_passphrase(p: str) -> None:
    """Raise WeakPassphraseError unless ``p`` meets the policy."""
    p = unicodedata.normalize("NFC", p)
    length, classes = len(p), _classes(p)
    if length >= MIN_LENGTH and classes >= MIN_CLASSES:
        return
    raise WeakPassphraseError(
        "passphrase.weak",
        field="passphrase",
        reason="too_short" if length < MIN_LENGTH else "too_few_classes",
        length=length,
        classes=classes,
    )


def is_common(p: str) -> bool:
    """Whether ``p`` is, or is built around, one of the best-known passwords."""
    folded = unicodedata.normalize("NFC", p).casefold()
    return folded in COMMON or folded.strip(_SYMBOLS) in COMMON


def _pool_size(p: str) -> int:
    pool = 0
    pool += 26 if any("a" <= c <= "z" for c in p) else 0
    pool += 26 if any("A" <= c <= "Z" for c in p) else 0
    pool += 10 if any(c.isdecimal() for c in p) else 0
    pool += 33 if any(c.isascii() and not c.isalnum() for c in p) else 0
    pool += 1000 if any(not c.isascii() and not c.isdecimal() for c in p) else 0
    return max(pool, 1)


def _effective_length(p: str) -> float:
    """Length, discounting repeats (aaaa), runs (1234, abcd) and reused characters."""
    total, seen, prev = 0.0, set(), None
    for c in p:
        if prev is not None and abs(ord(c) - ord(prev)) <= 1:
            total += 0.25
        elif c in seen:
            total += 0.5
        else:
            total += 1.0
        seen.add(c)
        prev = c
    return total


def passphrase_strength(p: str) -> int:
    """0 (very weak) .. 4 (strong), a rough entropy estimate for a strength meter.

    Common passwords score 0; anything the policy refuses scores at most 1.
    """
    p = unicodedata.normalize("NFC", p)
    if not p or is_common(p):
        return 0
    bits = _effective_length(p) * math.log2(_pool_size(p))
    score = bisect.bisect_right(_THRESHOLDS, bits)
    if len(p) < MIN_LENGTH or _classes(p) < MIN_CLASSES:
        score = min(score, 1)
    return score
