"""``sync push``: send pending bundles to the county server and import its acknowledgements.

TLS trust is pinned: the only certificate accepted is the county's own, taken from the signed
enrollment file (its SHA-256 fingerprint is checked again on the live connection). Plain
HTTP is used only for a loopback address. Network failures and 5xx answers are retried with
exponential backoff and jitter, and so are 408 (the upload stalled) and 429; any other 4xx
answer is a *refusal* (sending the same bundle again will not help) and stops at once.
Bundles stay at the school until acknowledged. The server answers a bundle it already holds
with "already imported" and no acknowledgement: the school then fetches its acknowledgement
with the challenge only it can answer.
"""

from __future__ import annotations

import hashlib
import json
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from sxcounsel.services.account_session import Session
from sxcounsel.sync import outbox as sync_outbox
from sxcounsel.sync.ack import PROOF_HEADER, AckResult, apply_ack, request_message
from sxcounsel.sync.enrollment import (
    LOOPBACK,
    Enrollment,
    enrollment_of,
    require_school,
    school_keys,
)
from sxcounsel.sync.errors import BEHIND_CHECKS, SyncRefused, SyncUnreachable
from sxcounsel.sync.export import make_bundle
from sxcounsel.sync.keys import b64

MAX_DELAY = 60.0
_RETRY = frozenset({408, 429})  # the server gave up on a slow upload, or is busy


@dataclass(frozen=True)
class PushResult:
    sent: int
    acked_seq: int
    already: int = 0

    def line(self) -> str:
        if not self.sent:
            return "Nothing to send: the county has acknowledged every change."
        return (
            f"Sent {self.sent} bundle(s); the county confirms everything up to bundle "
            f"{self.acked_seq}."
        )


def pinned_context(e: Enrollment) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cadata=e.certificate)
    # The certificate is the county's own (self-signed, pinned): trust it and nothing else,
    # whatever name or address the county PC has on the network today.
    ctx.check_hostname = False
    return ctx


def backoff(attempt: int, base: float, rng: random.Random) -> float:
    """Full-jitter exponential backoff: uniform in [0, base * 2**attempt], capped."""
    return rng.uniform(0, min(MAX_DELAY, base * 2**attempt))


class _Client:
    def __init__(
        self,
        e: Enrollment,
        url: str,
        attempts: int,
        base_delay: float,
        sleep: Callable[[float], None],
        timeout: float,
    ) -> None:
        self.e, self.url = e, url.rstrip("/")
        self.attempts, self.base_delay, self.sleep = max(1, attempts), base_delay, sleep
        parts = urlsplit(self.url)
        if parts.scheme == "http" and parts.hostname not in LOOPBACK:
            raise SyncRefused("sync.plain_http", url=self.url)
        verify = pinned_context(e) if parts.scheme == "https" else False
        self.http = httpx.Client(verify=verify, timeout=timeout)
        self.rng = random.Random()

    def close(self) -> None:
        self.http.close()

    def request(
        self,
        method: str,
        path: str,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        last = ""
        for attempt in range(self.attempts):
            if attempt:
                self.sleep(backoff(attempt - 1, self.base_delay, self.rng))
            try:
                resp = self.http.request(method, self.url + path, content=content, headers=headers)
            except httpx.TransportError as exc:
                if _certificate_problem(exc):
                    raise SyncRefused("sync.certificate", url=self.url) from None
                last = type(exc).__name__
                continue
            self._check_pin(resp)
            if resp.status_code >= 500 or resp.status_code in _RETRY:
                last = f"HTTP {resp.status_code}"
                continue
            return resp
        raise SyncUnreachable("sync.unreachable", url=self.url, last=last, attempts=self.attempts)

    def _check_pin(self, resp: httpx.Response) -> None:
        stream = resp.extensions.get("network_stream")
        ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
        if ssl_object is None:
            return  # plain HTTP on loopback
        der = ssl_object.getpeercert(True) or b""
        if hashlib.sha256(der).hexdigest() != self.e.fingerprint:
            raise SyncRefused("sync.not_pinned", url=self.url)


def _certificate_problem(exc: Exception) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(
            seen
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _answer(resp: httpx.Response) -> dict:
    try:
        body = json.loads(resp.content)
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _refusal(resp: httpx.Response, seq: int) -> SyncRefused:
    # The county's own sentence (in English, as the server wrote it) is the reason.
    reason = str(_answer(resp).get("error", "")).rstrip(".")
    status = resp.status_code
    if status == 413:
        return SyncRefused("sync.county_refused_size", seq=seq, status=status)
    if not reason:
        return SyncRefused("sync.county_refused_http", seq=seq, status=status)
    return SyncRefused("sync.county_refused", seq=seq, reason=reason, status=status)


def push(
    session: Session,
    *,
    attempts: int = 5,
    base_delay: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    url: str | None = None,
    timeout: float = 60.0,
) -> PushResult:
    """Seal new changes into a bundle, then send every unacknowledged bundle in order."""
    require_school(session, "send changes to the county")
    e = enrollment_of(session)
    make_bundle(session)
    pending = sync_outbox.unacked(session.store)
    if not pending:
        return PushResult(0, 0)
    client = _Client(e, url or e.url, attempts, base_delay, sleep, timeout)
    sent, acked, already, caught_up = 0, 0, 0, False
    try:
        while pending:
            b = pending.pop(0)
            resp = client.request(
                "POST", "/v1/bundles", sync_outbox.bundle_bytes(session.store, b.seq)
            )
            if resp.status_code == 200:
                sent += 1
                if resp.headers.get("x-sxcounsel-status") == "already imported":
                    # The answer carries no acknowledgement (it would go to anyone holding a
                    # copy of the bundle): ask for it with the school's key.
                    already += 1
                    r = _fetch(session, client)
                    if r is None:
                        raise SyncRefused("sync.no_ack", seq=b.seq)
                else:
                    r = apply_ack(session, resp.content, "the county's answer")
                acked, behind = r.acked_seq, r.rebased
            elif caught_up or _answer(resp).get("check") not in BEHIND_CHECKS:
                raise _refusal(resp, b.seq)
            else:  # the county holds other bundles at this seq: ask for its acknowledgement
                r = _fetch(session, client)
                if r is None or not r.rebased:
                    raise _refusal(resp, b.seq)
                acked, behind = r.acked_seq, True
            if behind:
                # This store was behind the county's chain (restored from an older backup) and
                # now continues after it: seal the unconfirmed changes again and send them.
                caught_up = True
                make_bundle(session)
                pending = sync_outbox.unacked(session.store)
    finally:
        client.close()
    return PushResult(sent, acked, already)


def _fetch(session: Session, client: _Client) -> AckResult | None:
    """The county's newest acknowledgement for this school, applied (None: it has none)."""
    resp = _ack_response(session, client)
    if resp.status_code != 200:
        return None
    return apply_ack(session, resp.content, "the county's answer")


def _ack_response(session: Session, client: _Client) -> httpx.Response:
    """GET the acknowledgement, answering the server's challenge with the school's key."""
    code = session.store.meta("school_code")
    path = f"/v1/acks/{code}"
    resp = client.request("GET", path)
    nonce = str(_answer(resp).get("nonce", "")) if resp.status_code == 401 else ""
    if nonce:
        signature = school_keys(session).signing.sign(request_message(code, nonce))
        resp = client.request("GET", path, headers={PROOF_HEADER: f"{nonce}.{b64(signature)}"})
    return resp


def fetch_ack(session: Session, *, url: str | None = None, attempts: int = 3) -> int:
    """Ask the county for this school's newest acknowledgement; returns the acked seq."""
    require_school(session, "fetch acknowledgements")
    e = enrollment_of(session)
    client = _Client(e, url or e.url, attempts, 1.0, time.sleep, 30.0)
    try:
        resp = _ack_response(session, client)
    finally:
        client.close()
    if resp.status_code == 404:
        return 0
    if resp.status_code != 200:
        raise _refusal(resp, 0)
    return apply_ack(session, resp.content, "the county's answer").acked_seq
