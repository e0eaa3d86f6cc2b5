"""The county server for real on 127.0.0.1 (TLS with the county certificate) and sync push."""

from __future__ import annotations

import shutil
import socket
import threading

import httpx
import pytest

from sxcounsel.county import data as county_data
from sxcounsel.county import importer, tls
from sxcounsel.county.enroll import approve
from sxcounsel.county.server import start_in_thread
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.ack import PROOF_HEADER, request_message
from sxcounsel.sync.client import fetch_ack, pinned_context, push
from sxcounsel.sync.enrollment import enroll, enrollment_of, school_keys
from sxcounsel.sync.errors import SyncRefused, SyncUnreachable
from sxcounsel.sync.export import make_bundle
from sxcounsel.sync.keys import b64
from sxcounsel.sync.status import school_status
from tests.sync.syncworld import SCHOOL_A, SCHOOL_B, SCHOOL_C, World, add_students


@pytest.fixture
def served(world):
    with world.county() as (cs, county):
        running = start_in_thread(cs, county, max_body=8 * 1024 * 1024)
        try:
            yield world, running, cs
        finally:
            running.stop()


def test_push_over_https_is_acknowledged(served):
    world, running, cs = served
    with world.school() as s:
        add_students(s, 12)
        result = push(s, url=running.url)
        assert (result.sent, result.acked_seq) == (1, 1)
        assert school_status(s).nothing_pending
        add_students(s, 3, prefix="M")
        assert push(s, url=running.url).acked_seq == 2
        assert push(s, url=running.url).sent == 0
    assert county_data.record_count(cs.store, SCHOOL_A) == 15


def test_oversized_body_gets_413(world):
    with world.county() as (cs, county):
        running = start_in_thread(cs, county, max_body=1024)
        try:
            with world.school() as s:
                ctx = pinned_context(enrollment_of(s))
                add_students(s, 40)
                with pytest.raises(SyncRefused, match="larger than the server accepts"):
                    push(s, url=running.url)
                assert sync_outbox.unacked(s.store)  # still waiting at the school
            with httpx.Client(verify=ctx) as c:
                # Streamed without a length: the limit holds while reading too.
                def chunks():
                    for _ in range(10):
                        yield b"x" * 512

                r = c.post(running.url + "/v1/bundles", content=chunks())
                assert r.status_code == 413
        finally:
            running.stop()


def test_unsigned_body_is_refused_before_any_decryption(served):
    world, running, _ = served
    with world.school() as s:
        add_students(s, 2)
        made = make_bundle(s)
        data = sync_outbox.bundle_bytes(s.store, made.seq)
        ctx = pinned_context(enrollment_of(s))
    attempts = []
    importer.before_decrypt.append(attempts.append)
    try:
        with httpx.Client(verify=ctx) as c:
            unsigned = data[:-64] + bytes(64)
            r = c.post(running.url + "/v1/bundles", content=unsigned)
            assert r.status_code == 422
            assert r.json()["check"] == "outer_signature"
            assert r.json()["error"].startswith("the uploaded bundle: ")
            r = c.post(running.url + "/v1/bundles", content=b"hello")
            assert (r.status_code, r.json()["check"]) == (422, "format")
            assert attempts == []
            r = c.post(running.url + "/v1/bundles", content=data)
            assert r.status_code == 200 and r.headers["x-sxcounsel-status"] == "imported"
            assert len(attempts) == 1
    finally:
        importer.before_decrypt.remove(attempts.append)


def test_an_acknowledgement_goes_only_to_its_school(served):
    world, running, _ = served
    with world.school() as s:
        add_students(s, 2)
        assert push(s, url=running.url).acked_seq == 1
        ctx = pinned_context(enrollment_of(s))
        own = school_keys(s).signing
    with world.school(SCHOOL_B) as s:
        other = school_keys(s).signing  # enrolled too, but another school
    url = running.url + f"/v1/acks/{SCHOOL_A}"

    def proof(key, nonce: str) -> dict[str, str]:
        signature = key.sign(request_message(SCHOOL_A, nonce))
        return {PROOF_HEADER: f"{nonce}.{b64(signature)}"}

    with httpx.Client(verify=ctx) as c:
        r = c.get(url)  # no proof: a challenge, and nothing about the school
        assert r.status_code == 401 and r.json()["check"] == "auth"
        assert b"sxcounsel-ack" not in r.content
        nonce = r.json()["nonce"]
        r = c.get(url, headers=proof(other, nonce))
        assert r.status_code == 401 and b"sxcounsel-ack" not in r.content
        r = c.get(url, headers=proof(own, nonce))  # the challenge was used up by that try
        assert r.status_code == 401
        r = c.get(url, headers=proof(own, "made-up-nonce"))
        assert r.status_code == 401
        r = c.get(url, headers={PROOF_HEADER: "garbage"})
        assert r.status_code == 401
        nonce = c.get(url).json()["nonce"]
        r = c.get(url, headers=proof(own, nonce))
        assert r.status_code == 200 and b"sxcounsel-ack" in r.content
        r = c.get(url, headers=proof(own, nonce))  # a recorded answer does not work twice
        assert r.status_code == 401
    with world.school() as s:
        assert fetch_ack(s, url=running.url) == 1  # the client answers the challenge itself


def test_refused_is_not_retried_and_unreachable_is(served, world_template):
    world, running, _ = served
    with world.school(SCHOOL_C) as s:  # enrolled, never approved
        add_students(s, 1)
        slept = []
        with pytest.raises(SyncRefused, match="not enrolled"):
            push(s, url=running.url, sleep=slept.append)
        assert slept == []
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    with world.school() as s:
        add_students(s, 1)
        slept = []
        with pytest.raises(SyncUnreachable, match="could not be reached") as info:
            push(
                s,
                url=f"https://127.0.0.1:{closed}",
                attempts=4,
                base_delay=0.01,
                sleep=slept.append,
            )
        assert "will be sent later" in info.value.message
        assert len(slept) == 3 and all(0 <= d <= 0.01 * 2**i for i, d in enumerate(slept))
        assert [b.seq for b in sync_outbox.unacked(s.store)] == [1]


def test_a_server_without_the_pinned_certificate_is_refused(served):
    world, running, cs = served
    with world.school() as s:
        # The school was enrolled with another certificate than the one this server shows.
        import json

        other_cert, _, _ = tls.make_certificate("610528", "https://127.0.0.1:1")
        body = json.loads(s.store.meta("sync_enrollment"))
        body.update(tls_certificate=other_cert, tls_fingerprint=tls.fingerprint(other_cert))
        s.store.set_meta("sync_enrollment", json.dumps(body))
        add_students(s, 1)
        with pytest.raises(SyncRefused, match="pinned certificate"):
            push(s, url=running.url, attempts=2, sleep=lambda _d: None)
    assert county_data.record_count(cs.store) == 0


def _more_schools(world: World, n: int) -> list[str]:
    """n further enrolled schools: copies of school A with their own code and keys."""
    from sxcounsel.services.account_session import Session
    from tests.conftest import ADMIN, ADMIN_PASS

    codes = []
    with world.county() as (cs, county):
        for i in range(n):
            code = f"31620000{i:02d}"
            home = world.school_home(code)
            shutil.copytree(world.school_home(SCHOOL_A), home)
            with Session.unlock(home, ADMIN, ADMIN_PASS) as s:
                s.store.set_meta("school_code", code)
                s.store.set_meta("sync_signing_key", "")
                s.store.set_meta("sync_encryption_key", "")
                enroll(s, world.enrollment, world.root / f"req-{code}.json")
            approve(cs, county, world.root / f"req-{code}.json")
            codes.append(code)
    return codes


def test_fifty_concurrent_uploads_from_ten_schools_land_exactly_once(world):
    codes = _more_schools(world, 10)
    uploads = []
    for code in codes:
        with world.school(code) as s:
            for b in range(5):
                add_students(s, 2, prefix=f"C{b}")
                made = make_bundle(s)
                uploads.append((code, made.seq, sync_outbox.bundle_bytes(s.store, made.seq)))
            ctx = pinned_context(enrollment_of(s))
    with world.county() as (cs, county):
        running = start_in_thread(cs, county)
        try:
            statuses: list[tuple[int, str]] = []
            guard = threading.Lock()
            barrier = threading.Barrier(len(uploads) * 2)

            def upload(data: bytes) -> None:
                with httpx.Client(verify=ctx, timeout=120) as c:
                    barrier.wait()
                    r = c.post(running.url + "/v1/bundles", content=data)
                with guard:
                    statuses.append((r.status_code, r.headers.get("x-sxcounsel-status", "")))

            # Every bundle twice, all at once: each lands once, its twin is "already imported".
            threads = [threading.Thread(target=upload, args=(u[2],)) for u in uploads * 2]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            running.stop()
        assert len(statuses) == 100 and {s for s, _ in statuses} == {200}
        kinds = [k for _, k in statuses]
        assert kinds.count("imported") == 50 and kinds.count("already imported") == 50
        for code in codes:
            assert county_data.received_seqs(cs.store, code) == [1, 2, 3, 4, 5]
            assert county_data.record_count(cs.store, code) == 10
