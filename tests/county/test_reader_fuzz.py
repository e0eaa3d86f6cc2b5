"""Hypothesis fuzzes the bundle reader and the whole county import: whatever the bytes, the
only way out is a result or the typed refusal (BundleRefused), and the store is unchanged
unless a valid bundle went in."""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sxcounsel.county import data as county_data
from sxcounsel.county.importer import import_bundle
from sxcounsel.sync import bundle
from sxcounsel.sync.errors import BundleRefused
from sxcounsel.sync.export import export_to
from tests.sync.syncworld import SCHOOL_A, add_students, copy_world


@pytest.fixture(scope="module")
def opened(world_template, tmp_path_factory):
    world = copy_world(world_template, tmp_path_factory.mktemp("fuzz") / "w")
    out = world.root / "out"
    with world.school() as s:
        add_students(s, 5)
        export_to(s, out)
    good = (out / f"{SCHOOL_A}-1.sxb").read_bytes()
    with world.county() as (cs, county):
        yield good, cs, county


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.integers(0, 255)),
    st.tuples(st.just("length"), st.integers(0, 2), st.integers(0, 2**32 - 1)),
)


def mutate(data: bytes, ops) -> bytes:
    buf = bytearray(data)
    for op, pos, value in ops:
        if not buf:
            break
        i = pos % len(buf)
        if op == "flip":
            buf[i] ^= value
        elif op == "cut":
            del buf[i:]
        elif op == "insert":
            buf.insert(i, value)
        elif op == "length" and len(buf) >= 18:
            # Rewrite one of the length fields the reader trusts least.
            at = (8, 10, 14 + struct.unpack_from(">I", buf, 10)[0])[pos]
            if at + 4 <= len(buf):
                buf[at : at + (2 if at == 8 else 4)] = value.to_bytes(4, "big")[
                    (2 if at == 8 else 0) :
                ]
    return bytes(buf)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=st.lists(mutation, min_size=1, max_size=6))
def test_mutated_bundles_are_refused_with_the_typed_error(opened, ops):
    good, cs, county = opened
    data = mutate(good, ops)
    before = county_data.state_digest(cs.store)
    try:
        import_bundle(cs, county, data, "fuzz.sxb")
    except BundleRefused as exc:
        assert exc.message.startswith("fuzz.sxb: ")
        assert county_data.state_digest(cs.store) == before
    else:
        assert data == good  # only the genuine bundle gets in


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tail=st.binary(max_size=400), version=st.integers(0, 65535))
def test_arbitrary_bytes_after_the_mark_are_refused(opened, tail, version):
    _, cs, county = opened
    with pytest.raises(BundleRefused):
        bundle.parse(bundle.MAGIC + struct.pack(">H", version) + tail, "x.sxb")
    with pytest.raises(BundleRefused):
        import_bundle(cs, county, bundle.MAGIC + struct.pack(">H", version) + tail, "x.sxb")
