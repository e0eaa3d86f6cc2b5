"""Enrollment: the county's enrollment file and the school's enrollment request.

* Enrollment file (``sxcounsel-enrollment``), signed by the county: county code and name,
  signing and encryption public keys, sync URL, TLS certificate and its SHA-256 fingerprint,
  data policy.
* Enrollment request (``sxcounsel-enrollment-request``), signed by the school's own key
  (proof that it holds it): school code and name, county code, the county key id it answers,
  the school's signing and encryption public keys, its device (store) id.

On the school, ``enroll`` verifies the file, creates the school's keys once (kept in the
encrypted store) and remembers the enrollment in ``meta``. When the county center's PC gets a new
address, the school records it (``set_sync_url``) instead of enrolling again; the keys and the
pinned certificate stay those of the signed file, so a wrong address can only fail to connect.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

from sxcounsel.core import permissions
from sxcounsel.core.clock import utc_stamp
from sxcounsel.core.errors import StoreError, ValidationError
from sxcounsel.services.account_session import Session
from sxcounsel.store.atomic import atomic_write_bytes
from sxcounsel.sync.errors import EnrollmentError
from sxcounsel.sync.keys import (
    KeyPairs,
    b64,
    check_document,
    key_id,
    read_document,
    read_limited,
    sign_document,
    unb64,
)

ENROLLMENT = "sxcounsel-enrollment"
REQUEST = "sxcounsel-enrollment-request"
MAX_FILE = 256 * 1024
LOOPBACK = {"127.0.0.1", "::1", "localhost"}  # where plain HTTP may be used (tests, self-test)
SYNC_URL_META = "sync_url"  # the school's own choice of the county's address ("": the file's)


def check_sync_url(url: str) -> str:
    """``url`` without spaces around or a slash after it, if it is a server address."""
    url = url.strip()
    if not re.fullmatch(r"https?://[^\s/]+(:\d+)?/?", url):
        shown = url if len(url) <= 60 else url[:59] + "…"
        raise ValidationError("sync.url_malformed", url=shown, field="url")
    return url.rstrip("/")


@dataclass(frozen=True)
class Enrollment:
    """A verified enrollment file (what the school keeps)."""

    county_code: str
    county_name: str
    signing_key: bytes
    encryption_key: bytes
    url: str
    certificate: str = field(metadata={"key": "tls_certificate"})
    fingerprint: str = field(metadata={"key": "tls_fingerprint"})
    policy: dict

    @property
    def signing_id(self) -> str:
        return key_id(self.signing_key)

    @property
    def encryption_id(self) -> str:
        return key_id(self.encryption_key)

    @property
    def notes_allowed(self) -> bool:
        return bool(self.policy.get("notes", False))

    def to_body(self) -> dict:
        return body_of(self)


def body_of(record: object) -> dict:
    """A signed document's body from its dataclass: a key per field (the field's ``key`` when it
    has one), public keys in base64."""
    body = {}
    for f in fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        body[f.metadata.get("key", f.name)] = b64(value) if isinstance(value, bytes) else value
    return body


def from_body(cls: type, body: dict, code: str, name: str):
    """The dataclass ``cls`` from a document's body (the reverse of ``body_of``); a missing or
    malformed field refuses the file ``name`` with ``code``."""
    values: dict[str, object] = {}
    try:
        for f in fields(cls):
            raw = body[f.metadata.get("key", f.name)]
            if f.type == "bytes":
                values[f.name] = unb64(raw, 32)
            else:
                values[f.name] = dict(raw) if f.type == "dict" else str(raw)
    except (KeyError, ValueError, TypeError):
        raise EnrollmentError(code, file=name) from None
    return cls(**values)


def parse_enrollment(data: bytes, name: str) -> Enrollment:
    """Verify an enrollment file: shape, self-signature by the county key it names."""
    from sxcounsel.sync.tls import fingerprint

    body, signer, signature = read_document(data, ENROLLMENT, name, "enrollment", EnrollmentError)
    e = from_body(Enrollment, body, "enrollment.incomplete", name)
    try:
        cert_ok = fingerprint(e.certificate) == e.fingerprint
    except (KeyError, ValueError, TypeError):
        raise EnrollmentError("enrollment.incomplete", file=name) from None
    if signer != e.signing_id or not check_document(ENROLLMENT, body, signature, e.signing_key):
        raise EnrollmentError("enrollment.county_signature", file=name)
    if not cert_ok:
        raise EnrollmentError("enrollment.certificate", file=name)
    return e


def write_enrollment(e: Enrollment, signing, path: Path) -> None:
    atomic_write_bytes(Path(path), sign_document(ENROLLMENT, e.to_body(), signing))


# -- school side --------------------------------------------------------------------------------
def school_keys(session: Session) -> KeyPairs:
    """The school's signing and encryption key pairs, kept in ``meta`` under the sync key
    (store/keyring.py): accounts that may not sync cannot read them."""
    store = session.store
    signing, encryption = store.secret("sync_signing_key"), store.secret("sync_encryption_key")
    if signing and encryption:
        return KeyPairs.from_meta(signing, encryption)
    keys = KeyPairs.generate()
    s, e = keys.to_meta()
    with store.transaction():
        store.set_secret("sync_signing_key", s)
        store.set_secret("sync_encryption_key", e)
    return keys


def require_school(session: Session, action: str) -> None:
    store = session.store
    if store.meta("kind") != "school":
        raise StoreError("sync.not_school", home=str(store.paths.home), action=action)
    permissions.require(session.account, "use", "sync", doing=action)


def enrollment_of(session: Session) -> Enrollment:
    """The county this school is enrolled with; ``url`` is where bundles go now (the school's
    own choice when it made one, else the address in the enrollment file)."""
    e = enrollment_file_of(session)
    chosen = session.store.meta(SYNC_URL_META)
    return replace(e, url=chosen) if chosen else e


def set_sync_url(session: Session, url: str) -> str:
    """Send to ``url`` from now on, e.g. when the county center's PC got a new address; ""
    goes back to the address in the enrollment file. Returns the address now in use."""
    require_school(session, "change the county's address")
    e = enrollment_file_of(session)
    chosen = check_sync_url(url) if url.strip() else ""
    if chosen.startswith("http://") and urlsplit(chosen).hostname not in LOOPBACK:
        raise ValidationError("sync.url_plain_http", url=chosen, field="url")
    if chosen == e.url.rstrip("/"):
        chosen = ""
    store = session.store
    with store.transaction():
        store.set_meta(SYNC_URL_META, chosen)
        store.audit(
            session.username, "update", "county", e.county_code,
            detail=f"sync address {chosen or 'from the enrollment file'}",
        )  # fmt: skip
    return chosen or e.url


def enrollment_file_of(session: Session) -> Enrollment:
    """The county's enrollment as its signed file gave it."""
    text = session.store.meta("sync_enrollment")
    if not text:
        raise EnrollmentError("enrollment.none")
    body = json.loads(text)
    return Enrollment(
        county_code=body["county_code"],
        county_name=body["county_name"],
        signing_key=unb64(body["signing_key"], 32),
        encryption_key=unb64(body["encryption_key"], 32),
        url=body["url"],
        certificate=body["tls_certificate"],
        fingerprint=body["tls_fingerprint"],
        policy=body["policy"],
    )


class CountyKeyChanged(EnrollmentError):
    """An enrollment file with other county keys than the ones this school holds."""

    kind = "county_key_changed"


class NotesPolicyChange(EnrollmentError):
    """An enrollment file whose policy would start sending counseling notes."""

    kind = "notes_policy_change"


def held_enrollment(session: Session) -> Enrollment | None:
    """The enrollment this school holds now, or None before its first one."""
    return enrollment_file_of(session) if session.store.meta("sync_enrollment") else None


def keys_differ(old: Enrollment | None, new: Enrollment) -> bool:
    return old is not None and (
        old.signing_key != new.signing_key or old.encryption_key != new.encryption_key
    )


def starts_notes(old: Enrollment | None, new: Enrollment) -> bool:
    """Whether ``new`` would start sending counseling notes (a first enrollment counts)."""
    return new.notes_allowed and not (old is not None and old.notes_allowed)


def _fingerprints(old: Enrollment, new: Enrollment) -> tuple[str, str, str]:
    if old.signing_key != new.signing_key:
        return "signing key", old.signing_id, new.signing_id
    return "encryption key", old.encryption_id, new.encryption_id


def enroll(
    session: Session,
    enrollment_file: Path,
    request_file: Path,
    *,
    replace: bool = False,
    allow_notes: bool = False,
) -> Enrollment:
    """Verify the county's enrollment file, remember it, and write the school's request.

    Trust changes are explicit (DESIGN.md, Sync): a file whose county keys differ from the
    ones held is refused unless ``replace``, and a policy that starts sending counseling
    notes unless ``allow_notes``; both need the school_admin role and are audited with the
    old and new key ids. A refusal changes nothing (no request file, no meta)."""
    require_school(session, "enroll with the county")
    path = Path(enrollment_file)
    e = parse_enrollment(read_limited(path, MAX_FILE, "enrollment"), path.name)
    store = session.store
    own_county = store.meta("county_code")
    if e.county_code != own_county:
        raise EnrollmentError(
            "enrollment.other_county", file=path.name, county=e.county_code, own=own_county
        )
    old = held_enrollment(session)
    rekey, notes_on = keys_differ(old, e), starts_notes(old, e)
    if rekey:
        assert old is not None
        what, held, new = _fingerprints(old, e)
        if not replace:
            code = (
                "enrollment.signing_key_changed"
                if what == "signing key"
                else "enrollment.encryption_key_changed"
            )
            raise CountyKeyChanged(
                code, file=path.name, held=held, new=new, key=what, county=e.county_code
            )
        permissions.require(session.account, "trust", "sync", doing="replace the county's keys")
    if notes_on:
        if not allow_notes:
            raise NotesPolicyChange("enrollment.notes_policy", file=path.name)
        permissions.require(
            session.account, "trust", "sync", doing="start sending counseling notes"
        )
    keys = school_keys(session)
    request = EnrollmentRequest(
        school_code=store.meta("school_code"),
        school_name=store.meta("school_name"),
        county_code=own_county,
        county_key_id=e.signing_id,
        signing_key=keys.signing_public,
        encryption_key=keys.encryption_public,
        device=store.meta("store_id"),
    )
    body = {**body_of(request), "created_at": utc_stamp()}
    atomic_write_bytes(Path(request_file), sign_document(REQUEST, body, keys.signing))
    user, county = session.username, e.county_code
    with store.transaction():
        store.set_meta("sync_enrollment", json.dumps(e.to_body(), sort_keys=True))
        store.set_meta(SYNC_URL_META, "")  # a new enrollment file brings its own address
        store.audit(user, "enroll", "county", county, detail="request written")
        if rekey:
            assert old is not None
            store.audit(
                user, "enroll", "county", county,
                detail=f"county keys replaced: signing {old.signing_id} -> {e.signing_id}, "
                f"encryption {old.encryption_id} -> {e.encryption_id}",
            )  # fmt: skip
        if notes_on:
            store.audit(
                user, "enroll", "county", county,
                detail=f"county policy: counseling notes are sent (key {e.signing_id})",
            )  # fmt: skip
        elif old is not None and old.notes_allowed and not e.notes_allowed:
            store.audit(
                user, "enroll", "county", county,
                detail="county policy: counseling notes stay at the school",
            )  # fmt: skip
    return e


def notes_policy(session: Session) -> bool:
    """Whether the county's policy held by this school sends counseling notes."""
    held = held_enrollment(session)
    return held is not None and held.notes_allowed


@dataclass(frozen=True)
class EnrollmentRequest:
    school_code: str
    school_name: str
    county_code: str
    county_key_id: str
    signing_key: bytes
    encryption_key: bytes
    device: str


def parse_request(data: bytes, name: str) -> EnrollmentRequest:
    body, signer, signature = read_document(data, REQUEST, name, "request", EnrollmentError)
    r = from_body(EnrollmentRequest, body, "enrollment.request_incomplete", name)
    if signer != key_id(r.signing_key) or not check_document(
        REQUEST, body, signature, r.signing_key
    ):
        raise EnrollmentError("enrollment.school_signature", file=name)
    return r
