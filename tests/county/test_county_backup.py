"""The county store is backed up and restored like a school's: the county center's staff may
make backups (by hand, in Settings and on exit), and a restored county holds exactly the
records it had, its keys included (they live in the encrypted database)."""

from __future__ import annotations

from sxcounsel.county import data as county_data
from sxcounsel.county.importer import import_bundle, read_bundle_file
from sxcounsel.county.store import open_county
from sxcounsel.services.maintenance import make_backup, restore, verify
from sxcounsel.sync.export import export_to
from tests.sync.syncworld import COUNTY_PASS, COUNTY_USER, SCHOOL_A, add_students


def test_county_backup_and_restore_keep_every_record(world, tmp_path):
    with world.school(SCHOOL_A) as s:
        add_students(s, 4, prefix="B")
        out = export_to(s, tmp_path / "usb")
    with world.county() as (cs, county):
        for b in out.unacked:
            path = tmp_path / "usb" / f"{SCHOOL_A}-{b.seq}.sxb"
            import_bundle(cs, county, read_bundle_file(path), path.name)
        before = county_data.records_digest(cs.store)
        assert county_data.record_count(cs.store) >= 4
        size = make_backup(cs, tmp_path / "county.sxbak")
        keys = county.keys
    assert size > 0
    home = tmp_path / "restored"
    restore(home, tmp_path / "county.sxbak", username=COUNTY_USER, passphrase=COUNTY_PASS)
    session, restored = open_county(home, COUNTY_USER, COUNTY_PASS)
    with session:
        assert county_data.records_digest(session.store) == before
        assert restored.keys.to_meta() == keys.to_meta()
        assert verify(session).ok
