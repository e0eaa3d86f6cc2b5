"""What one client may cost the county server, against the real server on 127.0.0.1 (TLS):
stalled uploads, stalled request heads, too many uploads or connections, and replays."""

from __future__ import annotations

import socket
import ssl
import tracemalloc
from urllib.parse import urlsplit

import httpx
import pytest

from sxcounsel.county.server import Limits, start_in_thread
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.client import pinned_context, push
from sxcounsel.sync.enrollment import enrollment_of
from sxcounsel.sync.export import make_bundle
from tests.sync.syncworld import SCHOOL_A, add_students

WAIT = 120.0  # seconds a test socket waits for the server before the test fails (never hangs)
MIB = 1024 * 1024


@pytest.fixture
def pinned(world):
    with world.school() as s:
        return pinned_context(enrollment_of(s))


def connect(url: str, ctx: ssl.SSLContext) -> ssl.SSLSocket:
    parts = urlsplit(url)
    raw = socket.create_connection((parts.hostname, parts.port), timeout=WAIT)
    return ctx.wrap_socket(raw)


def stalled_upload(url: str, ctx: ssl.SSLContext, body: bytes) -> ssl.SSLSocket:
    """Headers promising 32 MiB, then ``body``, then nothing."""
    sock = connect(url, ctx)
    head = f"POST /v1/bundles HTTP/1.1\r\nHost: county\r\nContent-Length: {32 * MIB}\r\n\r\n"
    sock.sendall(head.encode() + body)
    return sock


def answer(sock: ssl.SSLSocket) -> bytes:
    """Everything the server sends until it closes the connection."""
    out = b""
    try:
        while chunk := sock.recv(65536):
            out += chunk
    except (ssl.SSLError, ConnectionResetError):
        pass  # a TLS connection closed without close_notify: the server hung up
    return out


def status(raw: bytes) -> int:
    return int(raw.split(b" ", 2)[1]) if raw.startswith(b"HTTP/1.1 ") else 0


def health(url: str, ctx: ssl.SSLContext) -> int:
    with httpx.Client(verify=ctx, timeout=WAIT) as c:  # a new connection each time
        return c.get(url + "/v1/health").status_code


def test_fifty_stalled_uploads_cost_bounded_memory_and_health_answers(world, pinned):
    limits = Limits(spool_memory=64 * 1024, body_timeout=15.0, max_connections=128)
    big = bytes(4 * MIB)
    with world.county() as (cs, county):
        running = start_in_thread(cs, county, limits=limits)
        socks: list[ssl.SSLSocket] = []
        try:
            assert health(running.url, pinned) == 200
            # Fifty clients promise 32 MiB each, send a few bytes and stall.
            for i in range(50):
                socks.append(stalled_upload(running.url, pinned, b"SXBUNDLE"))
                if i % 10 == 9:
                    assert health(running.url, pinned) == 200
            tracemalloc.start()
            base = tracemalloc.get_traced_memory()[0]
            # Half of them go on with 4 MiB more, and stall again: 100 MiB in all, which a
            # server that kept bodies in memory would hold until it gave up on them.
            for sock in socks[1::2]:
                sock.sendall(big)
            assert health(running.url, pinned) == 200
            answers = [answer(sock) for sock in socks]  # the server gives up on each: 408
            assert health(running.url, pinned) == 200
            grown = tracemalloc.get_traced_memory()[1] - base
            tracemalloc.stop()
        finally:
            for sock in socks:
                sock.close()
            running.stop()
    sent = 25 * len(big)
    # Spooled past 64 kB, bodies cost no more than what is on its way through the server.
    assert grown < sent // 4, (grown, sent)
    assert [status(a) for a in answers] == [408] * 50
    assert all(b"stalled" in a for a in answers)


def test_uploads_over_the_limit_get_503_then_go_through(world, pinned):
    limits = Limits(max_uploads=2, upload_wait=0.2, retry_after=7, body_timeout=600.0)
    with world.school() as s:
        add_students(s, 2)
        made = make_bundle(s)
        data = sync_outbox.bundle_bytes(s.store, made.seq)
    with world.county() as (cs, county):
        running = start_in_thread(cs, county, limits=limits)
        try:
            holders = [stalled_upload(running.url, pinned, b"SX") for _ in range(2)]
            assert health(running.url, pinned) == 200
            with httpx.Client(verify=pinned, timeout=WAIT) as c:
                r = c.post(running.url + "/v1/bundles", content=data)
                assert r.status_code == 503 and r.headers["retry-after"] == "7"
                assert "too many uploads" in r.json()["error"]
                for sock in holders:  # the stalled clients give up: their places come free
                    sock.close()
                for _ in range(100):
                    r = c.post(running.url + "/v1/bundles", content=data)
                    if r.status_code != 503:
                        break
                assert (r.status_code, r.headers["x-sxcounsel-status"]) == (200, "imported")
        finally:
            running.stop()


def test_a_stalled_request_head_and_an_idle_connection_are_dropped(world, pinned):
    limits = Limits(header_timeout=0.5, keep_alive=1)
    with world.county() as (cs, county):
        running = start_in_thread(cs, county, limits=limits)
        try:
            idle = connect(running.url, pinned)  # connects, says nothing
            half = connect(running.url, pinned)
            half.sendall(b"POST /v1/bundles HTTP/1.1\r\nHost: county\r\nContent-Le")
            assert answer(idle) == b"" and answer(half) == b""  # hung up, nothing said
            too_long = connect(running.url, pinned)
            too_long.sendall(b"GET /v1/health HTTP/1.1\r\nX-Pad: " + b"a" * 20_000 + b"\r\n\r\n")
            assert status(answer(too_long)) == 400  # a head larger than h11 accepts
            assert health(running.url, pinned) == 200
        finally:
            for sock in (idle, half, too_long):
                sock.close()
            running.stop()


def test_connections_beyond_the_cap_get_503(world, pinned):
    limits = Limits(max_connections=3, header_timeout=600.0)
    with world.county() as (cs, county):
        running = start_in_thread(cs, county, limits=limits)
        try:
            open_ = [connect(running.url, pinned) for _ in range(3)]
            for sock in open_:  # a request head begun, never finished
                sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: county\r\n")
            for _ in range(100):  # until the server has taken all three (TLS done its side)
                if health(running.url, pinned) == 503:
                    break
            assert health(running.url, pinned) == 503
            for sock in open_:
                sock.close()
            for _ in range(100):
                if health(running.url, pinned) == 200:
                    break
            assert health(running.url, pinned) == 200
        finally:
            running.stop()


def test_a_replayed_bundle_is_answered_without_the_acknowledgement(world, pinned):
    with world.school() as s:
        add_students(s, 2)
        made = make_bundle(s)
        data = sync_outbox.bundle_bytes(s.store, made.seq)
    with world.county() as (cs, county):
        running = start_in_thread(cs, county)
        try:
            with httpx.Client(verify=pinned, timeout=WAIT) as c:
                first = c.post(running.url + "/v1/bundles", content=data)
                again = c.post(running.url + "/v1/bundles", content=data)
            assert first.headers["x-sxcounsel-status"] == "imported"
            assert b"sxcounsel-ack" in first.content
            assert again.status_code == 200
            assert again.headers["x-sxcounsel-status"] == "already imported"
            assert again.json() == {"status": "already imported"}
            assert b"sxcounsel-ack" not in again.content and SCHOOL_A.encode() not in again.content
            with world.school() as s:  # the school gets its acknowledgement by proving itself
                result = push(s, url=running.url)
                assert (result.sent, result.already, result.acked_seq) == (1, 1, 1)
                assert sync_outbox.unacked(s.store) == []
        finally:
            running.stop()
