"""Creating a county store: ``sxcounsel county init`` (the SQL half; keys come from county/).

A county store is the same encrypted store as a school's (vault, key slots, audit log) with
``meta.kind = 'county'`` and the county's own tables (sxcounsel/county/schema.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sxcounsel.core.passphrase import check_passphrase
from sxcounsel.core.roles import Role
from sxcounsel.services import fieldcheck
from sxcounsel.services.setup import check_code, check_username, create_store


def init_county_store(
    home: Path,
    *,
    county_code: str,
    county_name: str,
    admin: str,
    passphrase: str,
    secrets_meta: Mapping[str, str],
    ddl: list[str],
) -> str:
    """Create the store; ``secrets_meta`` (keys) go into ``meta`` inside the encryption.

    Returns the recovery key (shown once, never stored in clear).
    """
    county_code = check_code(county_code, 6, "county code")
    county_name = fieldcheck.name(county_name, "county name")
    admin = check_username(admin)
    check_passphrase(passphrase)
    meta = {"kind": "county", "county_code": county_code, "county_name": county_name.strip()}
    return create_store(
        home,
        meta={**meta, **secrets_meta},
        admin=admin,
        passphrase=passphrase,
        roles=[Role.COUNTY.value],
        ddl=ddl,
    )
