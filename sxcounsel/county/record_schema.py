"""What a synced record may hold, per record type: the county checks every record line
against it before applying it (county/importer.py). The fields and their types are the
school → county allow-list of sync/payload.py, the one definition export reads too.

A record's ``data`` is the school row without ``id``, ``version`` and ``deleted`` (those travel
in the line itself; sync/export.py), stored by the county as it came (county_records.data).
Every column is NOT NULL in the school store, so every value is a string or a whole number:
TEXT columns (dates, JSON-in-text lists, sealed notes) arrive as strings, INTEGER columns as
numbers. A field may be missing (a school on an older schema); an unknown field or a value of
the wrong type puts the record in quarantine. tests/county/test_import_limits.py compares
this table with a school store's columns, so a migration that adds one fails until it is here.

Versions: every change to a record adds one to its version, so no store writes a version above
MAX_VERSION (a bundle that carries one was forged and is refused whole), and a version more
than MAX_VERSION_JUMP above the one the county holds (0 when it holds none) is quarantined.
"""

from __future__ import annotations

from sxcounsel.sync.payload import SCHOOL_TO_COUNTY

MAX_VERSION = 1_000_000
MAX_VERSION_JUMP = 10_000

SCHEMA: dict[str, dict[str, type]] = SCHOOL_TO_COUNTY.schema()
RECORD_TYPES = frozenset(SCHEMA)
_KIND_NAMES = {str: "text", int: "a whole number"}


def field_problem(record_type: str, data: dict) -> str:
    """Why ``data`` does not fit its record type's schema ("" when it does)."""
    fields = SCHEMA[record_type]
    if not data.keys() <= fields.keys():
        unknown = min(k for k in data if k not in fields)
        return f"unknown field {unknown[:40]!r} for record type {record_type!r}"
    for key, value in data.items():
        kind = fields[key]
        if type(value) is not kind:  # exact: True is not a number, 1 is not text
            return f"the field {key!r} is not {_KIND_NAMES[kind]}"
    return ""
