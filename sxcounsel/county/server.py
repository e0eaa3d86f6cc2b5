"""``county serve``: a small hand-written ASGI app on uvicorn.

Endpoints (all answers JSON or a signed acknowledgement)::

    GET  /v1/health                 {"county_code": ..., "status": "ok"}
    POST /v1/bundles                body: one bundle file → 200 + acknowledgement
                                    (header X-Sxcounsel-Status: imported | already imported)
                                    422 {"error", "check"} refused · 413 too large
    GET  /v1/acks/{school_code}     the newest acknowledgement for that school, to that school
                                    only: 401 {"error", "check": "auth", "nonce"} first, then
                                    again with X-Sxcounsel-Proof: nonce.signature (sync/ack.py)

No client-supplied file name is used anywhere (refusals name "the uploaded bundle"). The
body size is limited before and while reading. The import (outer signature and enrolled
sender first, decryption after) runs in a worker thread, one at a time, on the county store.

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
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from sxcounsel.core.errors import SxError, ValidationError
from sxcounsel.county.importer import current_ack, import_bundle
from sxcounsel.county.store import County, address_note, port_note
from sxcounsel.services import county_data
from sxcounsel.services.session import Session
from sxcounsel.sync import ack
from sxcounsel.sync.enrollment import LOOPBACK
from sxcounsel.sync.errors import BundleRefused
from sxcounsel.sync.keys import unb64, verify

UPLOAD_NAME = "the uploaded bundle"
_UNPROVEN = "Sign the challenge with the school's enrolled key to get its acknowledgement."
_NONCE_SECONDS = 120.0
_MAX_NONCES = 10_000
_ACKS = re.compile(r"/v1/acks/(\d{10})")


class CountyApp:
    def __init__(self, session: Session, county: County, max_body: int) -> None:
        self.session = session
        self.county = county
        self.max_body = max_body
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
            await _json(send, 413, {"error": "The upload is larger than the server accepts."})
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _json(send, 413, {"error": "The upload is larger than the server accepts."})
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        try:
            result = await self._run(self._import, b"".join(chunks))
        except BundleRefused as exc:
            await _json(send, 422, {"error": exc.message, "check": exc.check})
            return
        except SxError as exc:
            await _json(send, 422, {"error": exc.message, "check": exc.code})
            return
        except Exception as exc:  # never a traceback (it could hold record values)
            await _json(send, 500, {"error": f"The import failed ({type(exc).__name__})."})
            return
        await _send(send, 200, result.ack, [(b"x-sxcounsel-status", result.status.encode())])

    async def _run(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    def _import(self, data: bytes):
        with self.lock:
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


async def _json(send, status: int, obj: dict) -> None:
    await _send(send, status, json.dumps(obj, ensure_ascii=False).encode())


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


def _config(app, host: str, port: int, plain_http: bool, tls: TlsFiles | None) -> uvicorn.Config:
    if plain_http and host not in LOOPBACK:
        raise ValidationError(
            f"Plain HTTP is allowed on 127.0.0.1 only; serve {host} with TLS (drop --plain-http)."
        )
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
        **kw,
    )


def serve(
    session: Session,
    county: County,
    *,
    host: str = "0.0.0.0",
    port: int = 8443,
    plain_http: bool = False,
    max_body: int = 64 * 1024 * 1024,
) -> None:
    """Run until interrupted (Ctrl+C)."""
    app = CountyApp(session, county, max_body)
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
    max_body: int = 64 * 1024 * 1024,
) -> Running:
    """Start on a free port in a background thread (tests, benchmarks); call ``stop()``."""
    app = CountyApp(session, county, max_body)
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
