"""Creating and opening the county store; the county's keys and data policy."""

from __future__ import annotations

import json
import re
import socket
from dataclasses import dataclass
from pathlib import Path

from sxcounsel.core.errors import StoreError, ValidationError
from sxcounsel.core.roles import Role
from sxcounsel.county import schema, tls
from sxcounsel.services.county_setup import init_county_store
from sxcounsel.services.session import Session
from sxcounsel.sync.keys import KeyPairs

DEFAULT_PORT = 8443
DEFAULT_POLICY = {"notes": False}


def default_url() -> str:
    return f"https://{socket.gethostname()}:{DEFAULT_PORT}"


def init_county(
    home: Path,
    *,
    county_code: str,
    county_name: str,
    admin: str,
    passphrase: str,
    url: str | None = None,
    policy: dict | None = None,
) -> str:
    """Create the encrypted county store with its keys and TLS certificate; returns the
    recovery key."""
    url = (url or default_url()).strip()
    if not re.fullmatch(r"https?://[^\s/]+(:\d+)?/?", url):
        raise ValidationError(
            f"The sync URL {url!r} is not an address like https://10.1.2.3:8443.", field="url"
        )
    keys = KeyPairs.generate()
    signing, encryption = keys.to_meta()
    cert_pem, key_pem, password = tls.make_certificate(county_code.strip(), url)
    return init_county_store(
        home,
        county_code=county_code,
        county_name=county_name,
        admin=admin,
        passphrase=passphrase,
        secrets_meta={
            "county_schema": str(schema.COUNTY_SCHEMA),
            "county_signing_key": signing,
            "county_encryption_key": encryption,
            "county_url": url.rstrip("/"),
            "county_policy": json.dumps(policy or DEFAULT_POLICY, sort_keys=True),
            "tls_certificate": cert_pem,
            "tls_key": key_pem,
            "tls_key_password": password,
        },
        ddl=schema.DDL,
    )


@dataclass(frozen=True)
class County:
    """What the county side needs at hand from its store."""

    code: str
    name: str
    keys: KeyPairs
    url: str
    policy: dict
    certificate: str


def county_of(session: Session) -> County:
    store = session.store
    if store.meta("kind") != "county":
        raise StoreError(
            f"The store in {store.paths.home} is a school's; county commands need a county "
            "store ('sxcounsel county init').",
            home=str(store.paths.home),
        )
    session.require(Role.COUNTY, action="use the county center")
    return County(
        code=store.meta("county_code"),
        name=store.meta("county_name"),
        keys=KeyPairs.from_meta(
            store.meta("county_signing_key"), store.meta("county_encryption_key")
        ),
        url=store.meta("county_url"),
        policy=json.loads(store.meta("county_policy") or "{}"),
        certificate=store.meta("tls_certificate"),
    )


def open_county(home: Path, user: str, passphrase: str) -> tuple[Session, County]:
    session = Session.unlock(home, user, passphrase)
    try:
        return session, county_of(session)
    except BaseException:
        session.close()
        raise
