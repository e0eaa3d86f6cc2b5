"""Typed refusals of the sync layer: a code (core/texts/system.py) and facts naming the file
and the failed check."""

from __future__ import annotations

from sxcounsel.core.errors import SxError


class SyncError(SxError):
    """A sync file (enrollment, request, bundle, acknowledgement) cannot be used."""

    kind = "sync"


class EnrollmentError(SyncError):
    kind = "enrollment"


class BundleRefused(SyncError):
    """The county refuses a bundle; ``check`` names the failed check (tests and the server)."""

    kind = "bundle_refused"
    required = ("check",)
    check: str
    # The county's current acknowledgement for the sending school, when the refusal means
    # the school's store is behind the county's chain (county/importer.py sets it).
    ack: bytes = b""


# Refusals of an enrolled school's genuine bundle at a seq where the county holds another:
# the school's store is behind the county's chain (restored from an older backup).
BEHIND_CHECKS = frozenset({"replay", "chain"})


class AckRefused(SyncError):
    kind = "ack_refused"


class ForeignBundle(AckRefused):
    """The county holds a bundle of this school that this store never wrote: someone else
    signed bundles with the school's key. The school stops (sync/ack.py); it does not
    continue after the county's chain unless its store was restored from a backup."""

    kind = "foreign_bundle"


class SyncRefused(SyncError):
    """The county answered and said no: sending the same bundle again will not help."""

    kind = "sync_refused"


class SyncUnreachable(SyncError):
    """The county could not be reached: try again later."""

    kind = "sync_unreachable"
