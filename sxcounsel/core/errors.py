"""Typed errors a user can act on.

Every refusal the GUI or CLI shows is one of these: a stable ``code`` for programs and tests,
a one-sentence English ``message`` (translated by the GUI), and the facts (row, field, file)
that make it actionable. The message never contains student data or key material.
"""

from __future__ import annotations


class SxError(Exception):
    """Base class for every error a user can understand and fix."""

    code: str = "error"

    def __init__(self, message: str, **facts: object) -> None:
        super().__init__(message)
        self.message = message
        self.facts = facts

    def __str__(self) -> str:
        return self.message


class ValidationError(SxError):
    code = "invalid"


class StoreError(SxError):
    """The store cannot be opened or used (missing, damaged, too new, SQLCipher too old)."""

    code = "store"


class UnlockError(SxError):
    """Wrong passphrase, unknown or disabled account."""

    code = "unlock"


class ThrottledError(UnlockError):
    """Too many failed unlocks: the next attempt must wait."""

    code = "throttled"

    def __init__(self, message: str, *, wait_seconds: float, **facts: object) -> None:
        super().__init__(message, wait_seconds=wait_seconds, **facts)
        self.wait_seconds = wait_seconds


class PermissionDenied(SxError):
    code = "forbidden"


class NotFound(SxError):
    code = "not_found"


class IntegrityError(SxError):
    """verify found damage: a bad page, a broken audit chain, a corrupt backup."""

    code = "integrity"
