"""Certificate pinning shared by every sync pair: the fingerprint an enrollment file pins.

The county (or hub) makes its self-signed certificate (county/tls.py); the school checks the
certificate it is handed against the fingerprint the signed enrollment file names.
"""

from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.hazmat.primitives import serialization


def fingerprint(cert_pem: str) -> str:
    """SHA-256 of the certificate's DER bytes, lowercase hex."""
    cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
