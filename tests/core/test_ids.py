"""core/ids.py: record ids are UUIDv7 strings, unique, carrying the time, in creation order."""

from __future__ import annotations

import time
import uuid

from sxcounsel.core.ids import new_id


def test_an_id_is_a_version_7_uuid_in_canonical_text():
    rid = new_id()
    parsed = uuid.UUID(rid)
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert rid == str(parsed) and len(rid) == 36


def test_an_id_carries_the_millisecond_it_was_made():
    """Never earlier than the clock; a burst of ids steps one millisecond per id within a
    millisecond (to stay in order), so it may run a few seconds ahead of the clock."""
    before = time.time_ns() // 1_000_000
    rid = new_id()
    after = time.time_ns() // 1_000_000
    assert before <= uuid.UUID(rid).int >> 80 <= after + 60_000


def test_ids_are_unique_and_sort_in_creation_order():
    """New rows append to the primary-key b-tree: ids made one after another sort as made,
    also within one millisecond."""
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    assert sorted(ids) == ids
