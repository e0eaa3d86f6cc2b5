"""The acceptance walk-through with the real command: files first, then HTTPS push to a real
`county serve` on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from sxcounsel.services.account_session import Session
from tests.sync.syncworld import add_students

COUNTY = {"SXCOUNSEL_USER": "xian", "SXCOUNSEL_PASSPHRASE": "County-Fuping-2025!"}
DEMO = {"SXCOUNSEL_USER": "demo", "SXCOUNSEL_PASSPHRASE": "Demo-2025!"}


def run(env, *args):
    res = subprocess.run(
        [sys.executable, "-m", "sxcounsel", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in res.stderr
    return res


def ok(env, *args):
    res = run(env, *args)
    assert res.returncode == 0, (args, res.stdout, res.stderr)
    return res.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_county_and_school_end_to_end(tmp_path):
    base = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    county_env = {**base, **COUNTY, "SXCOUNSEL_HOME": str(tmp_path / "county")}
    school_env = {**base, **DEMO, "SXCOUNSEL_HOME": str(tmp_path / "school")}
    port = free_port()
    out = ok(
        county_env,
        "county",
        "init",
        "--county-code",
        "610528",
        "--county-name",
        "富平县",
        "--admin",
        "xian",
        "--url",
        f"https://127.0.0.1:{port}",
    )
    assert "RECOVERY KEY" in out
    ok(county_env, "county", "enrollment", "-o", str(tmp_path / "enroll.json"))
    ok(school_env, "demo", "--students", "40", "--no-gui")
    out = ok(
        school_env,
        "sync",
        "enroll",
        str(tmp_path / "enroll.json"),
        "-o",
        str(tmp_path / "req.json"),
    )
    assert "Enrolled with 富平县" in out
    assert "approved" not in out
    assert "enrolled" in ok(county_env, "county", "approve", str(tmp_path / "req.json"))
    # Approving the same request again is harmless; another key for the same code is not.
    assert "already enrolled" in ok(county_env, "county", "approve", str(tmp_path / "req.json"))

    out = ok(school_env, "sync", "export", "-o", str(tmp_path / "usb"))
    assert "6105280917-1.sxb" in out
    out = ok(county_env, "county", "import", str(tmp_path / "usb"))
    assert "imported" in out and "6105280917.ack" in out
    again = ok(county_env, "county", "import", str(tmp_path / "usb" / "6105280917-1.sxb"))
    assert "already imported" in again
    ok(school_env, "sync", "import-ack", str(tmp_path / "usb" / "6105280917.ack"))
    status = ok(school_env, "sync", "status")
    assert "Nothing pending" in status, status
    assert "Nothing to send" in ok(school_env, "sync", "export", "-o", str(tmp_path / "usb2"))

    # More changes, then push over HTTPS to the real server.
    with Session.unlock(tmp_path / "school", "demo", "Demo-2025!") as s:
        add_students(s, 7, prefix="E")
    assert "Pending changes: 7" in ok(school_env, "sync", "status")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sxcounsel",
            "county",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=county_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"https://127.0.0.1:{port}/v1/health", verify=False, timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read()
                assert time.monotonic() < deadline
                time.sleep(0.2)
        out = ok(school_env, "sync", "push")
        assert "confirms everything up to bundle 2" in out, out
        assert "Nothing pending" in ok(school_env, "sync", "status")
    finally:
        server.terminate()
        server.wait(timeout=30)
    said = server.stdout.read()
    assert f"Schools send to https://127.0.0.1:{port}." in said, said
    assert "Warning" not in server.stderr.read()  # the address schools have is this server's
    status = ok(county_env, "county", "status")
    assert "6105280917" in status and "bundles up to 2" in status and "MISSING" not in status

    # Refusals are one clear line, exit 1.
    bad = tmp_path / "bad.sxb"
    bad.write_bytes(b"SXBUNDLE garbage")
    res = run(county_env, "county", "import", str(bad))
    assert res.returncode == 1 and res.stderr.count("\n") == 1 and "bad.sxb" in res.stderr
    res = run(school_env, "sync", "push")
    assert res.returncode == 0 and "Nothing to send" in res.stdout
    res = run(county_env, "county", "serve", "--host", "0.0.0.0", "--plain-http")
    assert res.returncode == 1 and "127.0.0.1 only" in res.stderr
