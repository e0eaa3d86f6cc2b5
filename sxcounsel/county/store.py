"""Creating and opening the county store; the county's keys and data policy."""

from __future__ import annotations

import ipaddress
import json
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sxcounsel.core import permissions
from sxcounsel.core.errors import StoreError
from sxcounsel.county import schema, tls
from sxcounsel.county.setup import init_county_store
from sxcounsel.services.account_session import Session
from sxcounsel.sync.enrollment import check_sync_url
from sxcounsel.sync.keys import KeyPairs

DEFAULT_PORT = 8443
DEFAULT_POLICY = {"notes": False}


# Addresses to ask the system about: one in each private range, then any. Connecting a UDP
# socket sends nothing; it only makes the system choose the local address it would use.
_PROBES = ("10.255.255.254", "172.31.255.254", "192.168.255.254", "198.51.100.1")


def lan_address() -> str | None:
    """This PC's IPv4 address on its network (a private one when it has one), or None."""
    found: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = []
    for probe in _PROBES:
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect((probe, 9))
                found.append(ipaddress.ip_address(s.getsockname()[0]))
        except OSError:
            continue
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    found += [ipaddress.ip_address(info[4][0]) for info in infos]
    usable = [
        a
        for a in found
        if not (a.is_loopback or a.is_link_local or a.is_unspecified or a.is_multicast)
    ]
    best = [a for a in usable if a.is_private] or usable
    return str(best[0]) if best else None


def default_url() -> str:
    """The sync address schools are given when the county names none: this PC's network
    address, since rural networks rarely resolve host names; its host name when it has none."""
    return f"https://{lan_address() or socket.gethostname()}:{DEFAULT_PORT}"


def address_note(url: str) -> str:
    """Why this PC will not answer at ``url`` when it is an IP address that is not one of its
    own (without a full stop); "" when it is, or when ``url`` names a host."""
    try:
        ip = ipaddress.ip_address(urlsplit(url).hostname or "")
    except ValueError:
        return ""  # a host name: only the network can tell
    if ip.is_loopback:
        return ""
    family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as s:
            s.bind((str(ip), 0))  # succeeds only for an address of this PC
    except OSError:
        now = lan_address()
        return f"{ip}, in the address schools send to ({url}), is not this PC's address" + (
            f" (this PC has {now})" if now else ""
        )
    return ""


def port_note(url: str, port: int) -> str:
    """Why a server on ``port`` will not answer at ``url`` (without a full stop), or ""."""
    parts = urlsplit(url)
    given = parts.port or (443 if parts.scheme == "https" else 80)
    if given == port:
        return ""
    return f"Schools send to port {given} ({url}), but this server listens on {port}"


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
    url = check_sync_url(url or default_url())
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
            "county_url": url,
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
        raise StoreError("county.school_store", home=str(store.paths.home))
    permissions.require(session.account, "use", "county", doing="use the county center")
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
