"""Files on a USB stick: export → county import → acknowledgement → delivered."""

from __future__ import annotations

import json

import pytest

from sxcounsel.county import data as county_data
from sxcounsel.county.importer import import_bundle
from sxcounsel.services.students import Student, delete_student, update_student
from sxcounsel.sync.ack import apply_ack
from sxcounsel.sync.errors import AckRefused
from sxcounsel.sync.export import export_to
from sxcounsel.sync.status import school_status
from tests.sync.syncworld import SCHOOL_A, add_students


def export(world, out, code=SCHOOL_A):
    with world.school(code) as s:
        return export_to(s, out)


def import_dir(world, folder):
    results = []
    with world.county() as (cs, county):
        for f in sorted(folder.glob("*.sxb"), key=lambda p: int(p.stem.split("-")[1])):
            results.append(import_bundle(cs, county, f.read_bytes(), f.name))
    return results


def test_export_import_ack_round_trip(world, tmp_path):
    with world.school() as s:
        ids = add_students(s, 25)
    usb = tmp_path / "usb"
    made = export(world, usb)
    assert made.new is not None and made.new.record_count == 25
    assert [p.name for p in usb.iterdir()] == [f"{SCHOOL_A}-1.sxb"]
    [res] = import_dir(world, usb)
    assert (res.status, res.records, res.acked_seq) == ("imported", 25, 1)
    with world.county() as (cs, _):
        assert county_data.record_count(cs.store, SCHOOL_A) == 25
        rtype, version, data = county_data.record_data(cs.store, ids[3])
        assert rtype == "student" and version == 1 and json.loads(data)["name"] == "学生3"
    with world.school() as s:
        assert not school_status(s).nothing_pending
        r = apply_ack(s, res.ack, "a.ack")
        assert (r.acked_seq, r.newly_delivered) == (1, 1)
        st = school_status(s)
        assert st.nothing_pending and st.acked_seq == 1, st
    # Nothing new: export says so and writes no file.
    again = export(world, tmp_path / "usb2")
    assert again.new is None and again.unacked == []
    assert not (tmp_path / "usb2").exists()


def test_unacknowledged_bundles_are_written_again_and_updates_win_by_version(world, tmp_path):
    with world.school() as s:
        ids = add_students(s, 5)
    export(world, tmp_path / "one")
    with world.school() as s:
        st = s.store
        from sxcounsel.services.students import get_student

        student = get_student(s, ids[0])
        update_student(s, Student(**{**student.__dict__, "name": "改名"}))
        delete_student(s, ids[1])
        del st
    both = export(world, tmp_path / "two")
    # Bundle 1 was never acknowledged: it is written again beside bundle 2.
    assert [b.seq for b in both.unacked] == [1, 2]
    results = import_dir(world, tmp_path / "two")
    assert [r.status for r in results] == ["imported", "imported"]
    with world.county() as (cs, _):
        _, version, data = county_data.record_data(cs.store, ids[0])
        assert version == 2 and json.loads(data)["name"] == "改名"
        assert county_data.record_data(cs.store, ids[1])[1] == 2
    with world.school() as s:
        assert apply_ack(s, results[-1].ack, "b.ack").newly_delivered == 2
        assert school_status(s).nothing_pending


def test_same_bundle_twice_changes_nothing(world, tmp_path):
    with world.school() as s:
        add_students(s, 3)
    export(world, tmp_path / "usb")
    import_dir(world, tmp_path / "usb")
    before = world.digest()
    [again] = import_dir(world, tmp_path / "usb")
    assert again.status == "already imported"
    assert "already imported" in again.line()
    assert world.digest() == before


def test_gap_is_reported_until_filled(world, tmp_path):
    for i in range(3):
        with world.school() as s:
            add_students(s, 2, prefix=f"G{i}")
        export(world, tmp_path / "all")  # bundles 1..3 accumulate, none acknowledged
    files = {int(p.stem.split("-")[1]): p for p in (tmp_path / "all").glob("*.sxb")}
    assert sorted(files) == [1, 2, 3]
    with world.county() as (cs, county):
        r1 = import_bundle(cs, county, files[1].read_bytes(), files[1].name)
        r3 = import_bundle(cs, county, files[3].read_bytes(), files[3].name)
        assert (r3.acked_seq, r3.gaps) == (1, [2])
        assert "missing bundle(s) 2" in r3.line()
    with world.school() as s:
        res = apply_ack(s, r3.ack, "gap.ack")
        assert res.acked_seq == 1 and res.gaps == [2]
        st = school_status(s)
        assert st.gaps == [2] and st.unacked_bundles == [2, 3]
        assert any("missing bundle(s): 2" in line for line in st.lines())
    with world.county() as (cs, county):
        r2 = import_bundle(cs, county, files[2].read_bytes(), files[2].name)
        assert (r2.acked_seq, r2.gaps) == (3, [])
        assert county_data.record_count(cs.store, SCHOOL_A) == 6
    with world.school() as s:
        apply_ack(s, r2.ack, "full.ack")
        st = school_status(s)
        assert st.nothing_pending and st.gaps == []
        del r1


def test_ack_from_elsewhere_is_refused(world, tmp_path):
    with world.school() as s:
        add_students(s, 2)
    export(world, tmp_path / "usb")
    [res] = import_dir(world, tmp_path / "usb")
    tampered = res.ack.replace(b'"acked_seq": 1', b'"acked_seq": 0')
    assert tampered != res.ack
    with world.school() as s, pytest.raises(AckRefused, match="signature"):
        apply_ack(s, tampered, "t.ack")
    with world.school("3161099999") as s, pytest.raises(AckRefused, match="another school"):
        apply_ack(s, res.ack, "other.ack")
