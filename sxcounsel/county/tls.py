"""The county server's self-signed TLS certificate (ECDSA P-256, cryptography x509).

The private key lives inside the encrypted county store. ``county serve`` writes it to a
private temporary folder as a PEM *encrypted* with a random password that also lives only in
the store (uvicorn's ``ssl_keyfile_password``), and removes the folder when it stops.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import secrets
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sxcounsel.sync.tls import fingerprint

__all__ = ["fingerprint", "make_certificate"]


def make_certificate(county_code: str, url: str) -> tuple[str, str, str]:
    """Returns (certificate PEM, encrypted key PEM, key password)."""
    key = ec.generate_private_key(ec.SECP256R1())
    host = urlsplit(url).hostname or "localhost"
    names: list[x509.GeneralName] = [
        x509.DNSName("localhost"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
    ]
    try:
        names.append(x509.IPAddress(ipaddress.ip_address(host)))
    except ValueError:
        names.append(x509.DNSName(host))
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, host),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"sxcounsel county {county_code}"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName(list(dict.fromkeys(names))), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    password = secrets.token_urlsafe(32)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password.encode()),
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return cert_pem, key_pem.decode("ascii"), password
