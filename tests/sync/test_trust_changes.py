"""Trust changes are explicit: new county keys and a policy that starts sending counseling
notes are refused unless an administrator asks for them, and both are audited."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sxcounsel.core.errors import PermissionDenied
from sxcounsel.county.enroll import enrollment_for
from sxcounsel.services.account_session import Session
from sxcounsel.sync.enrollment import (
    CountyKeyChanged,
    NotesPolicyChange,
    enroll,
    enrollment_file_of,
    notes_policy,
    parse_enrollment,
    write_enrollment,
)
from sxcounsel.sync.keys import KeyPairs
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS
from tests.sync.syncworld import SCHOOL_A


def rogue_file(world, path: Path, *, notes: bool = True) -> KeyPairs:
    """An enrollment file for the same county code, signed by keys the county never made
    (a valid signature: the file names its own key), asking for counseling notes."""
    e = parse_enrollment(world.enrollment.read_bytes(), world.enrollment.name)
    keys = KeyPairs.generate()
    rogue = dataclasses.replace(
        e,
        signing_key=keys.signing_public,
        encryption_key=keys.encryption_public,
        policy={**e.policy, "notes": notes},
    )
    write_enrollment(rogue, keys.signing, path)
    return keys


def county_file_with_notes(world, path: Path) -> None:
    """The real county's own keys, with a policy that asks for counseling notes."""
    with world.county() as (_, county):
        e = dataclasses.replace(enrollment_for(county), policy={"notes": True})
        write_enrollment(e, county.keys.signing, path)


def state(home: Path, user=ADMIN, pw=ADMIN_PASS) -> tuple[str, list[tuple[str, str]]]:
    with Session.unlock(home, user, pw) as s:
        rows = s.store.conn.execute(
            "SELECT action, detail FROM audit_log WHERE action = 'enroll' ORDER BY seq"
        ).fetchall()
        return s.store.meta("sync_enrollment"), [tuple(r) for r in rows]


def test_a_rogue_enrollment_file_is_refused_and_changes_nothing(world, tmp_path):
    home = world.school_home(SCHOOL_A)
    rogue = tmp_path / "enrollment.json"
    keys = rogue_file(world, rogue)
    before = state(home)
    with world.school() as s:
        held = enrollment_file_of(s).signing_id
        with pytest.raises(CountyKeyChanged) as refused:
            enroll(s, rogue, tmp_path / "request.json")
    message = refused.value.message
    assert held in message and keys.signing_id in message and "--replace" in message
    assert "\n" not in message
    assert not (tmp_path / "request.json").exists()
    assert state(home) == before
    with world.school() as s:
        assert not notes_policy(s)


def test_replacing_the_keys_on_purpose_is_audited_with_both_fingerprints(world, tmp_path):
    home = world.school_home(SCHOOL_A)
    rogue = tmp_path / "enrollment.json"
    keys = rogue_file(world, rogue, notes=False)
    with world.school() as s:
        old = enrollment_file_of(s)
    with (
        Session.unlock(home, COUNSELOR, COUNSELOR_PASS) as s,
        pytest.raises(PermissionDenied, match="replace the county's keys"),
    ):
        enroll(s, rogue, tmp_path / "request.json", replace=True)
    assert not (tmp_path / "request.json").exists()
    with world.school() as s:
        e = enroll(s, rogue, tmp_path / "request.json", replace=True)
        assert enrollment_file_of(s).signing_id == e.signing_id == keys.signing_id
        assert not notes_policy(s)
    request = json.loads((tmp_path / "request.json").read_text(encoding="utf-8"))
    assert request["body"]["county_key_id"] == keys.signing_id
    _, entries = state(home)
    [replaced] = [d for a, d in entries if "replaced" in d]
    assert old.signing_id in replaced and keys.signing_id in replaced
    assert old.encryption_id in replaced and keys.encryption_id in replaced


def test_a_policy_that_starts_sending_notes_needs_an_administrator(world, tmp_path):
    home = world.school_home(SCHOOL_A)
    asks = tmp_path / "notes.json"
    county_file_with_notes(world, asks)
    before = state(home)
    with world.school() as s, pytest.raises(NotesPolicyChange, match="--allow-notes"):
        enroll(s, asks, tmp_path / "request.json")
    with (
        Session.unlock(home, COUNSELOR, COUNSELOR_PASS) as s,
        pytest.raises(PermissionDenied, match="start sending counseling notes"),
    ):
        enroll(s, asks, tmp_path / "request.json", allow_notes=True)
    assert state(home) == before and not (tmp_path / "request.json").exists()
    with world.school() as s:
        enroll(s, asks, tmp_path / "request.json", allow_notes=True)
        assert notes_policy(s)
    _, entries = state(home)
    assert any("counseling notes are sent" in d for _, d in entries)
    # Going back to keeping notes at the school needs no confirmation, and is audited too.
    with world.school() as s:
        enroll(s, world.enrollment, tmp_path / "again.json")
        assert not notes_policy(s)
    assert any("notes stay at the school" in d for _, d in state(home)[1])


def test_the_same_file_again_needs_nothing(world, tmp_path):
    with world.school() as s:
        enroll(s, world.enrollment, tmp_path / "again.json")
    assert (tmp_path / "again.json").exists()


def _run(env, *args):
    res = subprocess.run(
        [sys.executable, "-m", "sxcounsel", *args], env=env, capture_output=True, text=True
    )
    assert "Traceback" not in res.stderr
    return res


def test_the_command_refuses_then_replaces_and_prints_both_fingerprints(world, tmp_path):
    home = world.school_home(SCHOOL_A)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env.update(SXCOUNSEL_HOME=str(home), SXCOUNSEL_USER=ADMIN, SXCOUNSEL_PASSPHRASE=ADMIN_PASS)
    rogue = tmp_path / "enrollment.json"
    keys = rogue_file(world, rogue)
    with world.school() as s:
        old = enrollment_file_of(s)
    before = state(home)
    req = str(tmp_path / "request.json")

    res = _run(env, "sync", "enroll", str(rogue), "-o", req)
    assert res.returncode == 1, res.stdout
    [line] = res.stderr.strip().splitlines()
    assert old.signing_id in line and keys.signing_id in line
    res = _run(env, "sync", "enroll", str(rogue), "-o", req, "--replace")
    assert res.returncode == 1  # the rogue file also asks for the notes
    [line] = res.stderr.strip().splitlines()
    assert "--allow-notes" in line
    assert state(home) == before and not Path(req).exists()

    res = _run(env, "sync", "enroll", str(rogue), "-o", req, "--replace", "--allow-notes")
    assert res.returncode == 0, res.stderr
    assert f"{old.signing_id} -> {keys.signing_id}" in res.stdout
    assert f"{old.encryption_id} -> {keys.encryption_id}" in res.stdout
    assert "counseling notes are now sent" in res.stdout
    _, entries = state(home)
    assert any(old.signing_id in d and keys.signing_id in d for _, d in entries)
    assert any("counseling notes are sent" in d for _, d in entries)


def test_the_command_with_a_usage_error(world):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    res = _run(env, "sync", "enroll", "--replace")
    assert res.returncode == 2
