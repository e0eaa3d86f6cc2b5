"""Import order does not matter; a killed import leaves all of a bundle or none of it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sxcounsel.county import data as county_data
from sxcounsel.county.importer import import_bundle
from sxcounsel.services.students import get_student, update_student
from sxcounsel.store import records
from sxcounsel.sync.export import export_to
from tests.sync.syncworld import COUNTY_PASS, COUNTY_USER, SCHOOL_A, add_students, copy_world


@pytest.fixture(scope="module")
def bundles(world_template, tmp_path_factory):
    """Four bundles of one school with updates and a delete across them, and the county
    digest after importing them once, in order."""
    world = copy_world(world_template, tmp_path_factory.mktemp("perm") / "w")
    out = world.root / "out"
    with world.school() as s:
        ids = add_students(s, 6)
        export_to(s, out)
        for name in ("一", "二"):
            st_ = get_student(s, ids[0])
            update_student(s, st_.__class__(**{**st_.__dict__, "name": f"改{name}"}))
        from sxcounsel.services.students import delete_student

        delete_student(s, ids[1])
        export_to(s, out)
        add_students(s, 3, prefix="P")
        export_to(s, out)
        st_ = get_student(s, ids[0])
        update_student(s, st_.__class__(**{**st_.__dict__, "name": "最后"}))
        export_to(s, out)
    files = [(out / f"{SCHOOL_A}-{n}.sxb").read_bytes() for n in (1, 2, 3, 4)]
    fresh = copy_world(world_template, tmp_path_factory.mktemp("perm") / "fresh")
    ordered = copy_world(fresh, tmp_path_factory.mktemp("perm") / "ordered")
    with ordered.county() as (cs, county):
        for i, data in enumerate(files):
            import_bundle(cs, county, data, f"{i + 1}.sxb")
        expected = county_data.state_digest(cs.store)
        assert county_data.record_count(cs.store) == 9
    return fresh, files, expected


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_order_with_duplicates_gives_the_same_county(bundles, tmp_path_factory, data):
    fresh, files, expected = bundles
    order = data.draw(st.permutations(range(4)))
    extra = data.draw(st.lists(st.integers(0, 3), max_size=4))
    sequence = list(order)
    for dup in extra:
        sequence.insert(data.draw(st.integers(0, len(sequence))), dup)
    w = copy_world(fresh, tmp_path_factory.mktemp("p") / "w")
    with w.county() as (cs, county):
        for n in sequence:
            import_bundle(cs, county, files[n], f"{n + 1}.sxb")
        assert county_data.state_digest(cs.store) == expected, sequence
    shutil.rmtree(w.root)


def test_sigkill_during_import_leaves_all_or_nothing(world, tmp_path):
    n = 4000
    with world.school() as s, s.store.transaction() as conn:
        records.insert_many(
            conn,
            "students",
            "student",
            [
                {"student_no": f"K{i:05d}", "name": f"学生{i}", "class_name": "八年级(1)班"}
                for i in range(n)
            ],
            s.username,
        )
    with world.school() as s:
        export_to(s, tmp_path / "usb")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env.update(SXCOUNSEL_USER=COUNTY_USER, SXCOUNSEL_PASSPHRASE=COUNTY_PASS)
    bundle_file = tmp_path / "usb" / f"{SCHOOL_A}-1.sxb"

    def run(home, kill_after=None):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sxcounsel",
                "--home",
                str(home),
                "county",
                "import",
                str(bundle_file),
                "--ack-dir",
                str(tmp_path / "acks"),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started = time.monotonic()
        if kill_after is not None:
            time.sleep(kill_after)
            proc.kill()  # SIGKILL on POSIX; TerminateProcess on Windows
        proc.wait(timeout=300)
        return proc.returncode, time.monotonic() - started

    # One full run tells how long an import takes on this machine; kill points spread over it.
    full = copy_world(world, tmp_path / "full")
    code, took = run(full.county_home)
    assert code == 0
    outcomes = set()
    for i, fraction in enumerate((0.2, 0.45, 0.6, 0.7, 0.8, 0.9, 0.97)):
        w = copy_world(world, tmp_path / f"k{i}")
        run(w.county_home, kill_after=took * fraction)
        with w.county() as (cs, _):
            count = county_data.record_count(cs.store)
            imported = county_data.received_seqs(cs.store, SCHOOL_A)
        assert (count, imported) in ((0, []), (n, [1])), (fraction, count, imported)
        outcomes.add(count)
        shutil.rmtree(w.root)
    assert outcomes  # at least one kill landed; which ones applied depends on timing
