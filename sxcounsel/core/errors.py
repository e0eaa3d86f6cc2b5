"""Typed errors a user can act on.

Every refusal the GUI or CLI shows is one of these: a stable ``code`` (``core.texts`` turns it
into an English or a Chinese sentence) and the facts (row, field, file) that make it
actionable. The sentence never contains student data or key material: facts a template does
not name (the offending value) are for programs only.
"""

from __future__ import annotations

from sxcounsel.core import texts


class SxError(Exception):
    """Base class for every error a user can understand and fix.

    Raised with a code of ``core.texts`` and its facts: ``ValidationError("field.empty",
    field="purpose")``. ``message`` is the English sentence (logs, the CLI, tests);
    ``text(language)`` the sentence in any language, built from the code and the facts.
    ``kind`` is the family (a class attribute) for programs that only need that much.
    """

    kind: str = "error"
    # Facts a subclass cannot do without; each is also an attribute (``exc.wait_seconds``).
    required: tuple[str, ...] = ()

    def __init__(self, code: str, /, **facts: object) -> None:
        missing = [name for name in self.required if name not in facts]
        if missing:
            raise TypeError(f"{type(self).__name__} needs the facts {missing}")
        for name in self.required:
            setattr(self, name, facts[name])
        self.code = code
        self.facts = facts
        self.message = self.text("en")
        super().__init__(self.message)

    def text(self, language: str = "en", field_label: str = "") -> str:
        """The sentence in ``language``; ``field_label`` names the field as a form shows it."""
        return texts.text(self.code, language, field_label=field_label, **self.facts)

    def __str__(self) -> str:
        return self.message


class ValidationError(SxError):
    kind = "invalid"


class StoreError(SxError):
    """The store cannot be opened or used (missing, damaged, too new, SQLCipher too old)."""

    kind = "store"


class UnlockError(SxError):
    """Wrong passphrase, unknown or disabled account."""

    kind = "unlock"


class ThrottledError(UnlockError):
    """Too many failed unlocks: the next attempt must wait."""

    kind = "throttled"
    required = ("wait_seconds",)
    wait_seconds: float


class PermissionDenied(SxError):
    kind = "forbidden"


class NotFound(SxError):
    kind = "not_found"


class IntegrityError(SxError):
    """verify found damage: a bad page, a broken audit chain, a corrupt backup."""

    kind = "integrity"
