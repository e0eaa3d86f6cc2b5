"""county/inbox.py, the import run shared by ``sxcounsel county import`` and the GUI's inbox, on
real bundles: files and folders in order, one result per file, a refused file does not stop the
others, acknowledgements written once per school (or not at all when not asked for)."""

from __future__ import annotations

from sxcounsel.core.progress import Progress
from sxcounsel.county.inbox import ALREADY, IMPORTED, REFUSED, import_files, school_of
from sxcounsel.sync.ack import ack_name
from sxcounsel.sync.export import export_to
from tests.sync.syncworld import SCHOOL_A, SCHOOL_B, add_students


def export(world, code, folder, n=2, prefix="I"):
    with world.school(code) as s:
        add_students(s, n, prefix=prefix)
        return folder / f"{code}-{export_to(s, folder).new.seq}.sxb"


def test_folders_and_files_in_order_with_acks(world, tmp_path):
    usb = tmp_path / "usb"
    a1 = export(world, SCHOOL_A, usb, prefix="A")
    a2 = export(world, SCHOOL_A, usb, prefix="B")
    b1 = export(world, SCHOOL_B, tmp_path / "other", n=3)
    (usb / "9999999999-1.sxb").write_bytes(b"not a bundle")
    (usb / "notes.txt").write_text("not a bundle either")
    seen, progress, acks = [], Progress(), tmp_path / "acks"
    with world.county() as (cs, _county):
        run = import_files(cs, [usb, b1], acks, progress, on_result=seen.append)
    assert [(r.file, r.status) for r in run.results] == [
        (a1.name, IMPORTED),
        (a2.name, IMPORTED),
        ("9999999999-1.sxb", REFUSED),
        (b1.name, IMPORTED),
    ]
    assert seen == run.results  # each result as soon as it is known
    assert progress.snapshot().done == progress.snapshot().total == 4
    a, _a2, bad, b = run.results
    assert (a.school_code, a.records, b.school_code, b.records) == (SCHOOL_A, 2, SCHOOL_B, 3)
    assert a.sentence.startswith(f"{a1.name}: imported 2 records from school {SCHOOL_A}")
    assert bad.school_code == "9999999999" and bad.error is not None and not bad.behind
    assert bad.sentence == bad.error.message
    assert run.acks == [acks / ack_name(SCHOOL_A), acks / ack_name(SCHOOL_B)]  # one per school
    assert run.ack_error is None and {SCHOOL_A, SCHOOL_B} <= run.names.keys()

    with world.county() as (cs, _county):  # the same bundles again: nothing changes
        again = import_files(cs, [a1, a2], write_acks=False)
    assert [r.status for r in again.results] == [ALREADY, ALREADY]
    assert again.results[0].sentence.endswith("already imported (school 3161012345, bundle 1); nothing changed.")  # fmt: skip
    assert again.acks == []


def test_acks_beside_each_bundle_and_an_unreadable_file_refused_alone(world, tmp_path):
    a1 = export(world, SCHOOL_A, tmp_path / "usb")
    missing = tmp_path / "usb" / f"{SCHOOL_B}-1.sxb"
    with world.county() as (cs, _county):
        run = import_files(cs, [missing, a1])
    assert [r.status for r in run.results] == [REFUSED, IMPORTED]
    gone = run.results[0]
    assert isinstance(gone.error, OSError) and gone.school_code == SCHOOL_B
    assert gone.sentence.startswith("could not use") and str(missing) in gone.sentence
    assert run.acks == [a1.parent / ack_name(SCHOOL_A)] and run.acks[0].is_file()


def test_an_ack_folder_that_cannot_be_written_leaves_the_imports_standing(world, tmp_path):
    a1 = export(world, SCHOOL_A, tmp_path / "usb")
    blocked = tmp_path / "acks"
    blocked.write_text("a file where the folder should be")
    with world.county() as (cs, _county):
        run = import_files(cs, [a1], blocked)
    assert [r.status for r in run.results] == [IMPORTED]
    assert isinstance(run.ack_error, OSError) and run.acks == []
    with world.county() as (cs, _county):
        assert [r.status for r in import_files(cs, [a1], write_acks=False).results] == [ALREADY]


def test_school_of_reads_the_bundle_name():
    assert school_of(f"{SCHOOL_A}-12.sxb") == SCHOOL_A
    assert school_of("bundle.sxb") == school_of(f"{SCHOOL_A}-1.sxb.part") == ""
