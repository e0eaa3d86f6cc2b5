"""Enrollment checks, re-keying, store kinds, and counseling notes staying at the school."""

from __future__ import annotations

import json
import shutil
import zlib
from datetime import date

import pytest

from sxcounsel.core.errors import PermissionDenied, StoreError
from sxcounsel.county import data as county_data
from sxcounsel.county.enroll import approve
from sxcounsel.county.importer import import_bundle
from sxcounsel.county.store import open_county
from sxcounsel.services import sessions
from sxcounsel.services.account_session import Session
from sxcounsel.services.session_notes import add_addendum, sign_session
from sxcounsel.sync import bundle
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.enrollment import enroll
from sxcounsel.sync.errors import EnrollmentError
from sxcounsel.sync.export import make_bundle
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS
from tests.sync.syncworld import FILE_URL, SCHOOL_A, add_students

CANARY = "NOTECANARY-SYNC"


def test_altered_or_foreign_enrollment_files_are_refused(world, tmp_path):
    text = world.enrollment.read_text(encoding="utf-8")
    altered = tmp_path / "altered.json"
    altered.write_text(text.replace(FILE_URL, "https://10.6.6.6:8443"), encoding="utf-8")
    with world.school() as s:
        with pytest.raises(EnrollmentError, match=r"altered\.json: the county's signature"):
            enroll(s, altered, tmp_path / "r.json")
        s.store.set_meta("county_code", "610100")
        with pytest.raises(EnrollmentError, match="is for county 610528"):
            enroll(s, world.enrollment, tmp_path / "r.json")
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x00\x01 not json")
    with (
        world.school() as s,
        pytest.raises(EnrollmentError, match=r"junk\.json is not an sxcounsel enrollment file"),
    ):
        enroll(s, junk, tmp_path / "r.json")
    assert not (tmp_path / "r.json").exists()


def test_a_second_key_for_an_enrolled_school_needs_rekey(world, tmp_path):
    copy = world.root / "copy"
    shutil.copytree(world.school_home(SCHOOL_A), copy)
    with Session.unlock(copy, ADMIN, ADMIN_PASS) as s:
        s.store.set_meta("sync_signing_key", "")  # a reinstalled PC makes new keys
        enroll(s, world.enrollment, tmp_path / "new.json")
    req = tmp_path / "new.json"
    doc = json.loads(req.read_text(encoding="utf-8"))
    doc["body"]["school_name"] = "冒名学校"
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with world.county() as (cs, county):
        with pytest.raises(EnrollmentError, match=r"forged\.json: the school's signature"):
            approve(cs, county, forged)
        with pytest.raises(EnrollmentError, match="already enrolled with a different key"):
            approve(cs, county, req)
        before = county_data.school(cs.store, SCHOOL_A)
        assert approve(cs, county, req, rekey=True)[1] == "rekeyed"
        after = county_data.school(cs.store, SCHOOL_A)
        assert after.key_id != before.key_id and after.rekeyed_at


def test_each_side_refuses_the_other_kind_of_store(world, tmp_path):
    with pytest.raises(StoreError, match="is a school's; county commands need a county store"):
        open_county(world.school_home(SCHOOL_A), ADMIN, ADMIN_PASS)
    with world.county() as (cs, _), pytest.raises(StoreError, match="is not a school's"):
        enroll(cs, world.enrollment, tmp_path / "r.json")


def _session_with_notes(world):
    with Session.unlock(world.school_home(SCHOOL_A), COUNSELOR, COUNSELOR_PASS) as s:
        [sid] = add_students(s, 1, prefix="N")
        made = sessions.create_session(
            s,
            sessions.CounselingSession(
                date=date.today().isoformat(),
                form="个别",
                source="主动求助",
                student_ids=[sid],
                categories=["情绪"],
            ),
            sessions.SessionNotes(CANARY, CANARY, CANARY, CANARY),
        )
        sign_session(s, made.id)
        add_addendum(s, made.id, f"addendum {CANARY}")
        return made.id


def _payload(world, data):
    with world.county() as (_, county):
        b = bundle.parse(data, "n.sxb")
        return zlib.decompress(
            bundle._SUITE.decrypt(
                b.ciphertext, county.keys.encryption, info=bundle.INFO_CONTEXT + b.header_bytes
            )[64:]
        )


def test_counseling_notes_stay_at_the_school(world):
    session_id = _session_with_notes(world)
    with world.school() as s:
        made = make_bundle(s)
        data = sync_outbox.bundle_bytes(s.store, made.seq)
    payload = _payload(world, data)
    assert CANARY.encode() not in payload
    assert session_id.encode() in payload  # the session's metadata does travel
    assert b"session_addendum" not in payload
    with world.county() as (cs, county):
        res = import_bundle(cs, county, data, "n.sxb")
        assert res.quarantined == 0
        rtype, _, stored = county_data.record_data(cs.store, session_id)
        assert rtype == "counseling_session" and "notes" not in json.loads(stored)


def test_notes_travel_only_when_the_signed_policy_asks(world):
    session_id = _session_with_notes(world)
    with world.school() as s:
        e = json.loads(s.store.meta("sync_enrollment"))
        e["policy"] = {"notes": True}  # what a county enrollment with --ask-notes carries
        s.store.set_meta("sync_enrollment", json.dumps(e))
        # Notes are sealed under the counselor key: an administrator cannot send them …
        with pytest.raises(PermissionDenied, match="only a counselor can export"):
            make_bundle(s)
    with Session.unlock(world.school_home(SCHOOL_A), COUNSELOR, COUNSELOR_PASS) as s:
        made = make_bundle(s)  # … a counselor can
        data = sync_outbox.bundle_bytes(s.store, made.seq)
    payload = _payload(world, data)
    assert CANARY.encode() in payload and b"session_addendum" in payload
    # This county's policy does not ask for notes: it sets those records aside.
    with world.county() as (cs, county):
        res = import_bundle(cs, county, data, "n.sxb")
        assert res.quarantined == 2
        assert county_data.record_data(cs.store, session_id) is None
