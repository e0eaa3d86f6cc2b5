"""Record identifiers: UUIDv7 (time-ordered, so new rows append to the primary-key b-tree)."""

from __future__ import annotations

from uuid6 import uuid7


def new_id() -> str:
    return str(uuid7())
