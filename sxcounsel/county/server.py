"""``county serve``: a small hand-written ASGI app on uvicorn.

Endpoints (all answers JSON or a signed acknowledgement)::

    GET  /v1/health                 {"county_code": ..., "status": "ok"}
    POST /v1/bundles                body: one bundle file → 200 + acknowledgement
                                    (header X-Sxcounsel-Status: imported), or 200
                                    {"status": "already imported"} without one (a copy of a
                                    bundle proves nothing about who holds it: the school
                                    fetches its acknowledgement below)
                                    422 {"error", "check"} refused · 413 too large ·
                                    408 the body stalled · 503 busy (Retry-After)
    GET  /v1/acks/{school_code}     the newest acknowledgement for that school, to that school
                                    only: 401 {"error", "check": "auth", "nonce"} first, then
                                    again with X-Sxcounsel-Proof: nonce.signature (sync/ack.py)

No client-supplied file name is used anywhere (refusals name "the uploaded bundle"). What one
client may cost is bounded (:class:`Limits`): open connections (uvicorn's
``limit_concurrency``), the request head (its size, by h11, and the time to send it), uploads
received at once (a semaphore: over it an upload waits a little, then gets 503), the body
(its size, before and while reading; a read that stalls, and a body that takes too long, get
408) and its memory (bodies past a small size are spooled to a temporary file). The import
(outer signature and enrolled sender first, decryption after) runs in a worker thread, one
at a time, on the county store.

TLS: the certificate and the key (PEM encrypted with a random password held in the store)
are written to a private temporary folder only while the server runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import secrets
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from sxcounsel.core.errors import SxError, ValidationError
from sxcounsel.county import data as county_data
from sxcounsel.county.importer import current_ack, import_bundle
from sxcounsel.county.store import County, address_note, port_note
from sxcounsel.services.account_session import Session
from sxcounsel.sync import ack
from sxcounsel.sync.enrollment import LOOPBACK
from sxcounsel.sync.errors import BundleRefused
from sxcounsel.sync.keys import unb64, verify

UPLOAD_NAME = "the uploaded bundle"
_UNPROVEN = "Sign the challenge with the school's enrolled key to get its acknowledgement."
_NONCE_SECONDS = 120.0
_MAX_NONCES = 10_000
_ACKS = re.compile(r"/v1/acks/(\d{10})")


@dataclass(frozen=True)
class Limits:
    """What one client may cost the server; every figure can be set (tests use short ones)."""

    max_body: int = 64 * 1024 * 1024  # bytes in one upload (413 beyond)
    max_uploads: int = 64  # uploads received or imported at once
    upload_wait: float = 20.0  # seconds an upload over max_uploads waits for its turn (then 503)
    retry_after: int = 30  # seconds, in the 503 answer
    spool_memory: int = 1024 * 1024  # bytes of an upload kept in memory; more go to a file
    body_timeout: float = 30.0  # seconds one read of the body may stall (then 408)
    upload_deadline: float = 30 * 60.0  # seconds for a whole body (then 408)
    header_timeout: float = 20.0  # seconds for a request line and headers once they start
    keep_alive: int = 5  # seconds an idle connection stays open
    max_connections: int = 256  # open connections (uvicorn's limit_concurrency: 503 beyond)
    max_header_bytes: int = 16 * 1024  # request line and headers (h11: 400 beyond)


_TOO_LARGE = {"error": "The upload is larger than the server accepts."}
_STALLED = {"error": "The upload stalled or took too long; send it again."}
_BUSY = {"error": "The server is receiving too many uploads; try again later."}
_CLOSE = [(b"connection", b"close")]


class CountyApp:
    def __init__(
        self,
        session: Session,
        county: County,
        max_body: int | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.session = session
        self.county = county
        limits = limits or Limits()
        self.limits = limits if max_body is None else replace(limits, max_body=max_body)
        self.max_body = self.limits.max_body
        self.uploads = asyncio.Semaphore(self.limits.max_uploads)
        self.lock = threading.Lock()
        self.nonces: dict[str, float] = {}  # challenge -> expiry (monotonic seconds)
        self.nonce_lock = threading.Lock()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"]
        if path == "/v1/health" and method == "GET":
            await _json(send, 200, {"status": "ok", "county_code": self.county.code})
        elif path == "/v1/bundles" and method == "POST":
            await self._upload(scope, receive, send)
        elif (m := _ACKS.fullmatch(path)) and method == "GET":
            proof = dict(scope["headers"]).get(ack.PROOF_HEADER.encode(), b"")
            status, body = (401, None)
            if proof:  # without one, the answer is the challenge
                status, body = await self._run(self._latest_ack, m.group(1), proof)
            if status == 401:
                challenge = {"error": _UNPROVEN, "check": "auth", "nonce": self._nonce()}
                await _json(send, 401, challenge)
            elif body is None:
                await _json(send, 404, {"error": "No bundle of this school has been imported."})
            else:
                await _send(send, status, body, [(b"x-sxcounsel-status", b"ack")])
        else:
            await _json(send, 404, {"error": "No such endpoint."})

    async def _upload(self, scope, receive, send) -> None:
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _json(send, 413, _TOO_LARGE, _CLOSE)
            return
        if not await self._turn():
            retry = str(self.limits.retry_after).encode()
            await _json(send, 503, _BUSY, [(b"retry-after", retry), *_CLOSE])
            return
        try:
            spool = await self._receive_body(receive, send)
            if spool is None:
                return
            with spool:
                result = await self._run(self._import, spool)
        except BundleRefused as exc:
            await _json(send, 422, {"error": exc.message, "check": exc.check})
            return
        except SxError as exc:  # "check": the family of the refusal, as before the codes
            await _json(send, 422, {"error": exc.message, "check": exc.kind})
            return
        except Exception as exc:  # never a traceback (it could hold record values)
            await _json(send, 500, {"error": f"The import failed ({type(exc).__name__})."})
            return
        finally:
            self.uploads.release()
        if result.status != "imported":
            # Anyone holding a copy of the bundle can post it again: no acknowledgement here.
            head = [(b"x-sxcounsel-status", result.status.encode())]
            await _json(send, 200, {"status": result.status}, head)
            return
        await _send(send, 200, result.ack, [(b"x-sxcounsel-status", result.status.encode())])

    async def _turn(self) -> bool:
        """Wait (a little) for one of the upload places; False: none came free."""
        if not self.uploads.locked():
            await self.uploads.acquire()  # free: returns at once
            return True
        try:
            await asyncio.wait_for(self.uploads.acquire(), self.limits.upload_wait)
        except TimeoutError:
            return False
        return True

    async def _receive_body(self, receive, send):
        """The request body in a spooled temporary file, or None when the answer was sent
        (413, 408) or the client went away."""
        limits, loop = self.limits, asyncio.get_running_loop()
        deadline = loop.time() + limits.upload_deadline
        # The caller closes it (returned open); every early way out closes it here.
        spool = tempfile.SpooledTemporaryFile(max_size=limits.spool_memory)  # noqa: SIM115
        size = 0
        try:
            while True:
                wait = min(limits.body_timeout, deadline - loop.time())
                try:
                    message = await asyncio.wait_for(receive(), max(wait, 0.0) or 0.001)
                except TimeoutError:
                    await _json(send, 408, _STALLED, _CLOSE)
                    spool.close()
                    return None
                if message["type"] == "http.disconnect":
                    spool.close()
                    return None
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_body:
                    await _json(send, 413, _TOO_LARGE, _CLOSE)
                    spool.close()
                    return None
                spool.write(chunk)
                if not message.get("more_body"):
                    break
        except BaseException:
            spool.close()
            raise
        spool.seek(0)
        return spool

    async def _run(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    def _import(self, spool):
        with self.lock:  # one import at a time, and one body in memory at a time
            data = spool.read()
            return import_bundle(self.session, self.county, data, UPLOAD_NAME)

    def _nonce(self) -> str:
        now = time.monotonic()
        with self.nonce_lock:
            for old in [n for n, until in self.nonces.items() if until < now]:
                del self.nonces[old]
            while len(self.nonces) >= _MAX_NONCES:
                del self.nonces[next(iter(self.nonces))]
            nonce = secrets.token_urlsafe(18)
            self.nonces[nonce] = now + _NONCE_SECONDS
            return nonce

    def _proven(self, school_code: str, proof: bytes) -> bool:
        """The proof answers a live challenge with the enrolled key of ``school_code``."""
        nonce, _, signature = proof.decode("ascii", "replace").partition(".")
        with self.nonce_lock:
            until = self.nonces.pop(nonce, 0.0)  # each challenge answers once
        if until < time.monotonic():
            return False
        school = county_data.school(self.session.store, school_code)
        try:
            return school is not None and verify(
                unb64(school.signing_key, 32),
                unb64(signature, 64),
                ack.request_message(school_code, nonce),
            )
        except ValueError:
            return False

    def _latest_ack(self, school_code: str, proof: bytes) -> tuple[int, bytes | None]:
        with self.lock:
            if not self._proven(school_code, proof):
                return 401, None
            data = current_ack(self.session.store, self.county, school_code)
            return (404, None) if data is None else (200, data)


async def _send(send, status: int, body: bytes, headers: list[tuple[bytes, bytes]] | None = None):
    head = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": head + (headers or [])})
    await send({"type": "http.response.body", "body": body})


async def _json(
    send, status: int, obj: dict, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    await _send(send, status, json.dumps(obj, ensure_ascii=False).encode(), headers)


class _GuardedH11(H11Protocol):
    """uvicorn's h11 protocol with a deadline for the request head: a client that connects
    and sends nothing, or starts a request line and headers and does not finish them within
    ``header_timeout`` seconds, is disconnected (uvicorn itself waits for ever)."""

    header_timeout = 20.0

    def connection_made(self, transport) -> None:  # type: ignore[override]
        self._head_timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm_head()

    def data_received(self, data: bytes) -> None:
        if self._head_timer is None and self.conn.their_state is h11.IDLE:
            self._arm_head()  # a new request starts on a kept-alive connection
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE and self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)

    def _arm_head(self) -> None:
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_expired)

    def _head_expired(self) -> None:
        self._head_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()


@dataclass
class TlsFiles:
    folder: Path
    certfile: Path
    keyfile: Path
    password: str


@contextlib.contextmanager
def tls_files(session: Session):
    store = session.store
    folder = Path(tempfile.mkdtemp(prefix="sxc-"))  # mode 0700
    try:
        cert, key = folder / "cert.pem", folder / "key.pem"
        cert.write_text(store.meta("tls_certificate"), encoding="ascii")
        fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(store.meta("tls_key"))
        yield TlsFiles(folder, cert, key, store.meta("tls_key_password"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _config(
    app: CountyApp, host: str, port: int, plain_http: bool, tls: TlsFiles | None
) -> uvicorn.Config:
    if plain_http and host not in LOOPBACK:
        raise ValidationError("server.plain_http", host=host)
    limits = app.limits
    kw = {}
    if tls is not None:
        kw = dict(
            ssl_certfile=str(tls.certfile),
            ssl_keyfile=str(tls.keyfile),
            ssl_keyfile_password=tls.password,
        )
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
        server_header=False,
        timeout_graceful_shutdown=5,
        http=type("CountyH11", (_GuardedH11,), {"header_timeout": limits.header_timeout}),
        timeout_keep_alive=limits.keep_alive,
        limit_concurrency=limits.max_connections,
        h11_max_incomplete_event_size=limits.max_header_bytes,
        **kw,
    )


def serve(
    session: Session,
    county: County,
    *,
    host: str = "0.0.0.0",
    port: int = 8443,
    plain_http: bool = False,
    max_body: int | None = None,
    limits: Limits | None = None,
) -> None:
    """Run until interrupted (Ctrl+C)."""
    app = CountyApp(session, county, max_body, limits)
    with tls_files(session) as tls:
        config = _config(app, host, port, plain_http, None if plain_http else tls)
        scheme = "http" if plain_http else "https"
        print(f"Receiving bundles for {county.name} on {scheme}://{host}:{port} (Ctrl+C stops).")
        print(f"Schools send to {county.url}.")
        if note := address_note(county.url):
            print(
                f"Warning: {note}: give the PC that address, or tell the schools the new one "
                "(同步 → 县中心地址, or 'sxcounsel sync address').",
                file=sys.stderr,
            )
        elif note := port_note(county.url, port):
            print(f"Warning: {note}: start it with that --port.", file=sys.stderr)
        uvicorn.Server(config).run()


@dataclass
class Running:
    url: str
    server: uvicorn.Server
    thread: threading.Thread
    app: CountyApp
    _tls: contextlib.ExitStack

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self._tls.close()


def start_in_thread(
    session: Session,
    county: County,
    *,
    host: str = "127.0.0.1",
    plain_http: bool = False,
    max_body: int | None = None,
    limits: Limits | None = None,
) -> Running:
    """Start on a free port in a background thread (tests, benchmarks); call ``stop()``."""
    app = CountyApp(session, county, max_body, limits)
    stack = contextlib.ExitStack()
    tls = None if plain_http else stack.enter_context(tls_files(session))
    server = uvicorn.Server(_config(app, host, 0, plain_http, tls))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            stack.close()
            raise RuntimeError("the county server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    scheme = "http" if plain_http else "https"
    return Running(f"{scheme}://{host}:{port}", server, thread, app, stack)
