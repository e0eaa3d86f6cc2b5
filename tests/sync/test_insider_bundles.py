"""An insider signs bundles with the school's key (read out of the school store).

A forged record at an absurd version must not bury the school's own changes: the county
refuses a version no store writes, quarantines an implausible jump, and a school that learns
from an acknowledgement that the county holds a bundle it never wrote stops and says so
instead of continuing after the county's chain (only a restored store may, once).
"""

from __future__ import annotations

import json

import httpx
import pytest

from sxcounsel.cli import main
from sxcounsel.core.ids import new_id
from sxcounsel.county import data as county_data
from sxcounsel.county.importer import import_bundle
from sxcounsel.county.server import start_in_thread
from sxcounsel.services.students import get_student, update_student
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.ack import FOREIGN, RESTORED, apply_ack, foreign_sentence
from sxcounsel.sync.client import pinned_context, push
from sxcounsel.sync.enrollment import enrollment_of
from sxcounsel.sync.errors import BundleRefused, ForeignBundle
from sxcounsel.sync.export import export_to
from tests.conftest import ADMIN, ADMIN_PASS
from tests.sync.insider import crisis_line, forge, student_line
from tests.sync.syncworld import SCHOOL_A, add_students


def deliver(world, folder):
    """Export, import every bundle at the county, apply the last acknowledgement."""
    with world.school() as s:
        made = export_to(s, folder)
    with world.county() as (cs, county):
        results = [
            import_bundle(cs, county, (folder / f"{SCHOOL_A}-{b.seq}.sxb").read_bytes(), "b.sxb")
            for b in made.unacked
        ]
    with world.school() as s:
        apply_ack(s, results[-1].ack, "x.ack")
    return results


def rename(world, sid: str, name: str) -> None:
    with world.school() as s:
        st = get_student(s, sid)
        st.name = name
        update_student(s, st)


def county_record(world, rid: str):
    with world.county() as (cs, _):
        found = county_data.record_data(cs.store, rid)
    return None if found is None else (found[1], json.loads(found[2]))


@pytest.fixture
def enrolled(world, tmp_path):
    """School A with one student, bundle 1 delivered and acknowledged."""
    with world.school() as s:
        [sid] = add_students(s, 1, "V")
    deliver(world, tmp_path / "b1")
    return world, sid


def test_a_version_no_store_writes_refuses_the_forged_bundle_and_the_school_lands(
    enrolled, tmp_path
):
    world, sid = enrolled
    fake_crisis = new_id()
    forged = forge(
        world, [student_line(sid, 999999999999999999, "篡改"), crisis_line(fake_crisis, sid)]
    )
    before = world.digest()
    with world.county() as (cs, county), pytest.raises(BundleRefused) as refused:
        import_bundle(cs, county, forged, "forged.sxb")
    assert refused.value.check == "record_version"
    assert refused.value.message.startswith("forged.sxb: record line 1 carries version 9999")
    assert world.digest() == before

    rename(world, sid, "真名")  # the school's genuine change to that record
    [r2] = deliver(world, tmp_path / "b2")
    assert (r2.status, r2.seq, r2.quarantined) == ("imported", 2, 0)
    with world.school() as s:
        assert sync_outbox.unacked(s.store) == [] and not s.store.meta(FOREIGN)
    version, data = county_record(world, sid)
    assert (version, data["name"]) == (2, "真名")
    assert county_record(world, fake_crisis) is None


def test_the_forged_bundle_is_refused_over_https_and_push_lands(enrolled):
    world, sid = enrolled
    forged = forge(world, [student_line(sid, 10**12), crisis_line(new_id(), sid)])
    rename(world, sid, "真名")
    with world.county() as (cs, county):
        running = start_in_thread(cs, county)
        try:
            with world.school() as s:
                ctx = pinned_context(enrollment_of(s))
            with httpx.Client(verify=ctx) as c:
                r = c.post(running.url + "/v1/bundles", content=forged)
            assert (r.status_code, r.json()["check"]) == (422, "record_version")
            with world.school() as s:
                assert (push(s, url=running.url).acked_seq, sync_outbox.unacked(s.store)) == (2, [])
        finally:
            running.stop()
    assert county_record(world, sid)[1]["name"] == "真名"


def test_a_school_told_of_a_bundle_it_never_wrote_stops(enrolled, tmp_path, monkeypatch, capsys):
    world, sid = enrolled
    fake_crisis = new_id()
    # Below the absolute bound, far above what the county holds: that record is quarantined,
    # the rest of the signed bundle (the made-up crisis event) is the school's as far as the
    # county can tell, and it takes bundle 2.
    forged = forge(world, [student_line(sid, 50_000, "篡改"), crisis_line(fake_crisis, sid)])
    with world.county() as (cs, county):
        res = import_bundle(cs, county, forged, "forged.sxb")
    assert (res.status, res.records, res.quarantined) == ("imported", 1, 1)
    [q] = json.loads(res.ack)["body"]["quarantined"]
    assert (
        q["id"] == sid
        and "more than 10,000 above the version the county holds (1)" in (q["reason"])
    )
    assert county_record(world, sid)[0] == 1

    rename(world, sid, "真名")
    with world.school() as s:
        made = export_to(s, tmp_path / "b2")
    assert made.new.seq == 2
    data = (tmp_path / "b2" / f"{SCHOOL_A}-2.sxb").read_bytes()
    with world.county() as (cs, county), pytest.raises(BundleRefused) as refused:
        import_bundle(cs, county, data, f"{SCHOOL_A}-2.sxb")
    assert refused.value.check == "replay" and refused.value.ack

    with world.school() as s:
        outbox = sync_outbox.unacked(s.store), sync_outbox.last_bundle(s.store)
        with pytest.raises(ForeignBundle) as stopped:
            apply_ack(s, refused.value.ack, f"{SCHOOL_A}.ack")
        assert stopped.value.message == foreign_sentence(2)
        assert "this PC never wrote" in stopped.value.message
        # Nothing changed: no rebase, bundle 2 is still the school's own and still waiting.
        assert (sync_outbox.unacked(s.store), sync_outbox.last_bundle(s.store)) == outbox
        assert json.loads(s.store.meta(FOREIGN))["seq"] == 2

    ack_file = tmp_path / f"{SCHOOL_A}.ack"
    ack_file.write_bytes(refused.value.ack)
    monkeypatch.setenv("SXCOUNSEL_USER", ADMIN)
    monkeypatch.setenv("SXCOUNSEL_PASSPHRASE", ADMIN_PASS)
    home = str(world.school_home(SCHOOL_A))
    assert main(["--home", home, "sync", "import-ack", str(ack_file)]) == 1
    err = capsys.readouterr().err
    assert foreign_sentence(2) in err and "Traceback" not in err

    with world.county() as (cs, county):
        running = start_in_thread(cs, county)
        try:
            with world.school() as s, pytest.raises(ForeignBundle, match="never wrote"):
                push(s, url=running.url, attempts=1)
        finally:
            running.stop()
    with world.school() as s:
        assert (sync_outbox.unacked(s.store), sync_outbox.last_bundle(s.store)) == outbox
    assert county_record(world, sid)[0] == 1  # the county kept the school's own version


def test_a_bundle_far_ahead_stops_the_school_after_its_own_lands(enrolled, tmp_path):
    world, sid = enrolled
    forged = forge(world, [crisis_line(new_id(), sid)], seq=9)
    with world.county() as (cs, county):
        assert import_bundle(cs, county, forged, "forged.sxb").gaps == list(range(2, 9))
    rename(world, sid, "真名")
    with world.school() as s:
        export_to(s, tmp_path / "b2")
    with world.county() as (cs, county):
        data = (tmp_path / "b2" / f"{SCHOOL_A}-2.sxb").read_bytes()
        r2 = import_bundle(cs, county, data, "b2.sxb")
    assert (r2.status, r2.acked_seq) == ("imported", 2)  # the school's own bundle lands
    with world.school() as s:
        with pytest.raises(ForeignBundle) as stopped:
            apply_ack(s, r2.ack, "2.ack")
        assert stopped.value.message == foreign_sentence(9)
        assert [b.seq for b in sync_outbox.unacked(s.store)] == [2]  # not marked delivered


def test_a_restored_store_continues_after_the_county_once(enrolled, tmp_path):
    world, sid = enrolled
    with world.county() as (cs, county):
        import_bundle(cs, county, forge(world, [crisis_line(new_id(), sid)]), "c2.sxb")
    rename(world, sid, "改一")
    with world.school() as s:
        export_to(s, tmp_path / "b2")
        # What services/maintenance.py restore writes after rolling a store back.
        s.store.set_meta(RESTORED, "2026-03-01T00:00:00.000Z")
    with world.county() as (cs, county), pytest.raises(BundleRefused) as refused:
        import_bundle(cs, county, (tmp_path / "b2" / f"{SCHOOL_A}-2.sxb").read_bytes(), "b2")
    with world.school() as s:
        r = apply_ack(s, refused.value.ack, "behind.ack")
        assert r.rebased and r.acked_seq == 2
        assert not s.store.meta(RESTORED)  # once
    [r3] = deliver(world, tmp_path / "b3")
    assert (r3.status, r3.seq) == ("imported", 3)
    assert county_record(world, sid)[1]["name"] == "改一"

    # A second forged bundle after that: no marker any more, so the school stops.
    with world.county() as (cs, county):
        import_bundle(cs, county, forge(world, [crisis_line(new_id(), sid)]), "c4.sxb")
    rename(world, sid, "改二")
    with world.school() as s:
        export_to(s, tmp_path / "b4")
    with world.county() as (cs, county), pytest.raises(BundleRefused) as refused:
        import_bundle(cs, county, (tmp_path / "b4" / f"{SCHOOL_A}-4.sxb").read_bytes(), "b4")
    with world.school() as s, pytest.raises(ForeignBundle, match="bundle 4 from this school"):
        apply_ack(s, refused.value.ack, "foreign.ack")
