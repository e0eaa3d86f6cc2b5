"""A school restores an older backup after the county already holds its later bundles.

Its next bundles reuse seqs the county holds with other content and are refused as replays;
the county's signed acknowledgement then lets the school continue after the county's chain
and send every change the county never confirmed to it, over USB files and over HTTPS.
"""

from __future__ import annotations

import json

import pytest

from sxcounsel.cli import main
from sxcounsel.county import data as county_data
from sxcounsel.county.importer import import_bundle
from sxcounsel.county.server import start_in_thread
from sxcounsel.services.maintenance import make_backup, restore
from sxcounsel.services.students import get_student, update_student
from sxcounsel.sync import ack
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.ack import apply_ack, import_ack_file
from sxcounsel.sync.client import push
from sxcounsel.sync.errors import AckRefused, BundleRefused
from sxcounsel.sync.export import export_to
from sxcounsel.sync.status import school_status
from tests.conftest import ADMIN, ADMIN_PASS
from tests.sync.syncworld import COUNTY_PASS, COUNTY_USER, SCHOOL_A, add_students


def deliver(world, folder):
    """Export to ``folder``, import every bundle at the county, apply the last ack."""
    with world.school() as s:
        made = export_to(s, folder)
    results = []
    with world.county() as (cs, county):
        for b in made.unacked:
            data = (folder / f"{SCHOOL_A}-{b.seq}.sxb").read_bytes()
            results.append(import_bundle(cs, county, data, f"{SCHOOL_A}-{b.seq}.sxb"))
    return results


def restored_behind(world, tmp_path):
    """Bundle 1 confirmed, backup, bundles 2 and 3 reach the county, restore the backup.

    Returns the ids the county holds that the restored store lost.
    """
    with world.school() as s:
        add_students(s, 3, "A")
    [r1] = deliver(world, tmp_path / "u1")
    with world.school() as s:
        apply_ack(s, r1.ack, "1.ack")
        make_backup(s, tmp_path / "before.sxbak")
        lost = add_students(s, 2, "B")
    [r2] = deliver(world, tmp_path / "u2")
    with world.school() as s:
        apply_ack(s, r2.ack, "2.ack")
        lost += add_students(s, 1, "C")
    deliver(world, tmp_path / "u3")  # bundle 3 reaches the county; its ack never comes back
    restore(world.school_home(SCHOOL_A), tmp_path / "before.sxbak", username=ADMIN,
            passphrase=ADMIN_PASS)  # fmt: skip
    return lost


def county_ids(world) -> set[str]:
    with world.county() as (cs, _):
        rows = cs.store.conn.execute(
            "SELECT id FROM county_records WHERE school_code = ?", (SCHOOL_A,)
        )
        return {r[0] for r in rows}


def test_usb_refusal_carries_the_ack_and_the_school_catches_up(world, tmp_path):
    lost = restored_behind(world, tmp_path)
    with world.school() as s:
        [new_id] = add_students(s, 1, "D")
        first = get_student(s, s.store.conn.execute("SELECT min(id) FROM students").fetchone()[0])
        first.name = "改名学生"
        update_student(s, first)
        made = export_to(s, tmp_path / "u4")
    assert made.new is not None and made.new.seq == 2  # the restored store reuses seq 2
    data = (tmp_path / "u4" / f"{SCHOOL_A}-2.sxb").read_bytes()
    before = world.digest()
    with world.county() as (cs, county), pytest.raises(BundleRefused) as refused:
        import_bundle(cs, county, data, f"{SCHOOL_A}-2.sxb")
    assert refused.value.check == "replay"
    assert world.digest() == before  # nothing of the refused bundle was applied
    assert refused.value.ack  # the county's current acknowledgement travels with the refusal

    with world.school() as s:
        r = apply_ack(s, refused.value.ack, f"{SCHOOL_A}.ack")
        assert r.rebased and r.acked_seq == 3
        st = school_status(s)
        assert st.acked_seq == 3 and not st.nothing_pending
        assert sync_outbox.unacked(s.store) == []  # the refused bundle 2 is gone
        again = export_to(s, tmp_path / "u5")
    assert again.new is not None and again.new.seq == 4
    assert again.new.record_count == 2  # the new student and the renamed one

    [r4] = deliver(world, tmp_path / "u6")
    assert (r4.status, r4.acked_seq, r4.gaps) == ("imported", 4, [])
    with world.school() as s:
        r = apply_ack(s, r4.ack, "4.ack")
        assert not r.rebased and r.newly_delivered == 1
        assert school_status(s).nothing_pending
    ids = county_ids(world)
    assert new_id in ids and set(lost) <= ids  # nothing the county held was lost
    with world.county() as (cs, _):
        _t, _v, data = county_data.record_data(cs.store, first.id)
        assert json.loads(data)["name"] == "改名学生"


def test_an_ack_is_still_applied_normally_and_an_old_ack_changes_nothing(world, tmp_path):
    with world.school() as s:
        add_students(s, 2)
    [r1] = deliver(world, tmp_path / "u1")
    with world.school() as s:
        add_students(s, 2, "X")
    r2 = deliver(world, tmp_path / "u2")[-1]  # bundle 1 again ("already imported"), then 2
    with world.school() as s:
        assert not apply_ack(s, r2.ack, "2.ack").rebased
        r = apply_ack(s, r1.ack, "1.ack")  # an older acknowledgement arrives late
        assert not r.rebased and r.newly_delivered == 0
        assert school_status(s).acked_seq == 2


def test_a_county_that_holds_another_confirmed_bundle_is_refused(world, tmp_path):
    with world.school() as s:
        add_students(s, 2)
    [r1] = deliver(world, tmp_path / "u1")
    with world.school() as s:
        apply_ack(s, r1.ack, "1.ack")
    with world.county() as (_cs, county):
        forged = ack.build_ack(
            county.keys.signing,
            county_code=county.code,
            school_code=SCHOOL_A,
            seqs=[1],
            acked_hash="0" * 64,
            quarantined=[],
        )
    with world.school() as s:
        with pytest.raises(AckRefused, match="different bundle 1 than the one it confirmed"):
            apply_ack(s, forged, "odd.ack")
        assert school_status(s).acked_seq == 1


def test_cli_county_import_writes_the_ack_for_a_school_behind(world, tmp_path, monkeypatch, capsys):
    restored_behind(world, tmp_path)
    with world.school() as s:
        add_students(s, 1, "D")
    usb = tmp_path / "usb"
    with world.school() as s:
        export_to(s, usb)
    monkeypatch.setenv("SXCOUNSEL_USER", COUNTY_USER)
    monkeypatch.setenv("SXCOUNSEL_PASSPHRASE", COUNTY_PASS)
    code = main(["--home", str(world.county_home), "county", "import", str(usb)])
    err = capsys.readouterr().err
    assert code != 0 and "already imported with different content" in err
    assert "restored from an older backup" in err and "Traceback" not in err
    ack_file = usb / f"{SCHOOL_A}.ack"
    assert ack_file.is_file()

    monkeypatch.setenv("SXCOUNSEL_USER", ADMIN)
    monkeypatch.setenv("SXCOUNSEL_PASSPHRASE", ADMIN_PASS)
    home = str(world.school_home(SCHOOL_A))
    assert main(["--home", home, "sync", "import-ack", str(ack_file)]) == 0
    out = capsys.readouterr().out
    assert "already holds this school's bundles up to 3" in out
    with world.school() as s:
        assert import_ack_file(s, ack_file).acked_seq == 3  # applying it again is harmless
        made = export_to(s, tmp_path / "usb2")
    assert made.new is not None and made.new.seq == 4


def test_push_over_https_catches_up_by_itself(world, tmp_path):
    lost = restored_behind(world, tmp_path)
    with world.school() as s:
        [new_id] = add_students(s, 1, "D")
    with world.county() as (cs, county):
        running = start_in_thread(cs, county, max_body=8 * 1024 * 1024)
        try:
            with world.school() as s:
                result = push(s, url=running.url)
                assert (result.sent, result.acked_seq) == (1, 4)
                assert school_status(s).nothing_pending
                assert push(s, url=running.url).sent == 0
        finally:
            running.stop()
    ids = county_ids(world)
    assert new_id in ids and set(lost) <= ids


def test_push_of_a_bundle_the_county_holds_already_then_catches_up(world, tmp_path):
    # The backup is taken after bundle 2 was written but before its acknowledgement came back.
    with world.school() as s:
        add_students(s, 2)
        export_to(s, tmp_path / "u1")
        make_backup(s, tmp_path / "mid.sxbak")
    with world.county() as (cs, county):
        data = (tmp_path / "u1" / f"{SCHOOL_A}-1.sxb").read_bytes()
        import_bundle(cs, county, data, f"{SCHOOL_A}-1.sxb")
    with world.school() as s:
        add_students(s, 1, "L")
    deliver(world, tmp_path / "u2")  # bundle 2 at the county; the school loses it below
    restore(world.school_home(SCHOOL_A), tmp_path / "mid.sxbak", username=ADMIN,
            passphrase=ADMIN_PASS)  # fmt: skip
    with world.county() as (cs, county):
        running = start_in_thread(cs, county, max_body=8 * 1024 * 1024)
        try:
            with world.school() as s:
                result = push(s, url=running.url)
                # bundle 1 again ("already imported"), then its changes once more as bundle 3
                assert (result.sent, result.already, result.acked_seq) == (2, 1, 3)
                assert school_status(s).nothing_pending
        finally:
            running.stop()


def test_county_inbox_writes_the_ack_for_a_school_behind(world, tmp_path):
    from sxcounsel.core.progress import Progress
    from sxcounsel.county.inbox import REFUSED, import_files

    restored_behind(world, tmp_path)
    with world.school() as s:
        add_students(s, 1, "D")
        export_to(s, tmp_path / "usb")
    acks = tmp_path / "acks"
    with world.county() as (cs, _county):
        run = import_files(cs, sorted((tmp_path / "usb").glob("*.sxb")), acks, Progress())
    assert [r.status for r in run.results] == [REFUSED]
    assert run.acks == [acks / f"{SCHOOL_A}.ack"]
    with world.school() as s:
        r = import_ack_file(s, acks / f"{SCHOOL_A}.ack")
        assert r.rebased and r.acked_seq == 3
