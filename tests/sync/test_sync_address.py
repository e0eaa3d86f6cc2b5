"""When the county center's PC gets a new address, a school changes where it sends, without
enrolling again; and a county made without --url gives schools its network address, since
rural networks rarely resolve host names."""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys

import pytest

from sxcounsel.core.errors import PermissionDenied, ValidationError
from sxcounsel.county.server import start_in_thread
from sxcounsel.county.store import address_note, default_url, lan_address, port_note
from sxcounsel.services.account_session import Session
from sxcounsel.sync.client import push
from sxcounsel.sync.enrollment import enroll, enrollment_of, set_sync_url
from sxcounsel.sync.errors import SyncUnreachable
from sxcounsel.sync.status import school_status
from tests.conftest import ADMIN, ADMIN_PASS, TEACHER, TEACHER_PASS
from tests.sync.syncworld import FILE_URL, SCHOOL_A, add_students


def audit_details(s: Session) -> list[str]:
    rows = s.store.conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'update' AND record_type = 'county'"
    )
    return [r[0] for r in rows]


def test_a_new_address_is_kept_used_and_can_be_undone(world):
    with world.county() as (cs, county), world.school(SCHOOL_A) as s:
        add_students(s, 4, prefix="A")
        running = start_in_thread(cs, county)  # on a free port: not the enrollment file's
        try:
            with pytest.raises(SyncUnreachable):
                push(s, attempts=1, timeout=5)  # FILE_URL: nobody there
            assert set_sync_url(s, f"  {running.url}/ ") == running.url
            assert enrollment_of(s).url == running.url
            assert school_status(s).url == running.url
            result = push(s, attempts=1)
        finally:
            running.stop()
        assert result.sent >= 1 and school_status(s).nothing_pending
        assert set_sync_url(s, "") == FILE_URL
        assert school_status(s).url == FILE_URL
        assert audit_details(s) == [f"sync address {running.url}", "sync address from the enrollment file"]  # fmt: skip


def test_a_malformed_address_is_refused_and_nothing_changes(world):
    with world.school(SCHOOL_A) as s:
        for bad in ("192.168.1.20:8443", "https://", "ftp://10.1.2.3", "https://a b:8443",
                    "长" * 500, "http://192.168.1.20:8443"):  # fmt: skip
            with pytest.raises(ValidationError) as caught:
                set_sync_url(s, bad)
            assert len(caught.value.message) < 160
        assert school_status(s).url == FILE_URL
        assert audit_details(s) == []


def test_a_head_teacher_may_not_change_it(world):
    with (
        Session.unlock(world.school_home(SCHOOL_A), TEACHER, TEACHER_PASS) as s,
        pytest.raises(PermissionDenied),
    ):
        set_sync_url(s, "https://10.1.2.3:8443")


def test_enrolling_again_brings_the_files_address_back(world, tmp_path):
    with world.school(SCHOOL_A) as s:
        set_sync_url(s, "https://10.9.9.9:8443")
        enroll(s, world.enrollment, tmp_path / "again.json")
        assert enrollment_of(s).url == FILE_URL


def test_the_command(world):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env.update(
        SXCOUNSEL_HOME=str(world.school_home(SCHOOL_A)),
        SXCOUNSEL_USER=ADMIN,
        SXCOUNSEL_PASSPHRASE=ADMIN_PASS,
    )

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "sxcounsel", "sync", "address", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    assert run().stdout.strip() == f"Bundles go to {FILE_URL}."
    changed = run("https://192.168.1.20:8443")
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.strip() == "From now on bundles go to https://192.168.1.20:8443."
    assert "https://192.168.1.20:8443" in subprocess.run(
        [sys.executable, "-m", "sxcounsel", "sync", "status"],
        env=env, capture_output=True, text=True, timeout=300,
    ).stdout  # fmt: skip
    bad = run("192.168.1.20")
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.strip().splitlines() == [
        "sxcounsel: The sync URL '192.168.1.20' is not an address like https://10.1.2.3:8443."
    ]
    assert run("--reset").stdout.strip() == f"From now on bundles go to {FILE_URL}."
    assert run("--reset", "https://10.1.2.3:8443").returncode == 2


def test_the_county_gives_schools_its_network_address():
    found = lan_address()
    if found is None:  # a PC with no network at all: its host name is all there is
        assert default_url().endswith(":8443")
        return
    address = ipaddress.ip_address(found)
    assert address.version == 4 and not address.is_loopback and not address.is_link_local
    assert default_url() == f"https://{found}:8443"


def county(tmp_path, *args: str) -> subprocess.CompletedProcess:
    """Run ``sxcounsel county ARGS`` on the county store in ``tmp_path``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env.update(
        SXCOUNSEL_HOME=str(tmp_path / "county"),
        SXCOUNSEL_USER="xian",
        SXCOUNSEL_PASSPHRASE="County-Fuping-2025!",
    )
    cmd = [sys.executable, "-m", "sxcounsel", "county", *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)


INIT = ("init", "--county-code", "610528", "--county-name", "富平县", "--admin", "xian")


def test_county_init_says_where_schools_will_send(tmp_path):
    res = county(tmp_path, *INIT)
    assert res.returncode == 0, res.stderr
    assert f"Schools will send their bundles to {default_url()}." in res.stdout
    assert "fixed address" in res.stdout
    enrollment = county(tmp_path, "enrollment", "-o", str(tmp_path / "e.json"))
    assert f"(sync address {default_url()})" in enrollment.stdout


def test_county_staff_are_warned_when_schools_cannot_reach_this_server():
    assert address_note("https://127.0.0.1:8443") == ""
    assert address_note("https://county-pc:8443") == ""  # a name: only the network knows
    here = lan_address()
    if here is not None:
        assert address_note(f"https://{here}:8443") == ""
    moved = address_note("https://198.51.100.77:8443")  # TEST-NET-2: nobody's address
    assert "198.51.100.77, in the address schools send to" in moved
    assert "is not this PC's address" in moved
    assert (f"(this PC has {here})" in moved) == (here is not None)
    assert port_note("https://127.0.0.1:8443", 8443) == ""
    assert port_note("https://10.1.2.3", 443) == ""
    assert port_note("https://127.0.0.1:8443", 9443) == (
        "Schools send to port 8443 (https://127.0.0.1:8443), but this server listens on 9443"
    )


def test_county_init_warns_of_an_address_that_is_not_this_pcs(tmp_path):
    res = county(tmp_path, *INIT, "--url", "https://198.51.100.77:8443")
    assert res.returncode == 0, res.stderr
    (warning,) = res.stderr.strip().splitlines()
    assert warning.startswith("Warning: 198.51.100.77, in the address schools send to")
    assert warning.endswith("check it before handing out the enrollment file.")
