"""What a synced record may hold, per record type: the county checks every record line
against it before applying it (county/importer.py).

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

MAX_VERSION = 1_000_000
MAX_VERSION_JUMP = 10_000

_COMMON = ("created_at", "updated_at", "created_by")


def _fields(text: tuple[str, ...], numbers: tuple[str, ...] = ()) -> dict[str, type]:
    return {**dict.fromkeys(_COMMON + text, str), **dict.fromkeys(numbers, int)}


SCHEMA: dict[str, dict[str, type]] = {
    "student": _fields(
        (
            "student_no",
            "name",
            "gender",
            "birth_date",
            "id_number",
            "grade",
            "class_name",
            "dormitory",
            "address",
            "guardians",
            "flags",
            "status",
            "name_pinyin",
            "name_initials",
        )
    ),
    "counseling_session": _fields(
        (
            "number",
            "date",
            "start_time",
            "place",
            "form",
            "source",
            "categories",
            "risk_level",
            "student_ids",
            "class_name",
            "counselor",
            "next_appointment",
            "notes",
            "signed_at",
            "signed_by",
        ),
        ("school_year", "duration_min"),
    ),
    "session_addendum": _fields(("session_id", "text")),
    "home_visit": _fields(
        (
            "student_id",
            "date",
            "method",
            "staff",
            "met",
            "purpose",
            "family_situation",
            "parents_views",
            "advice",
            "follow_up",
            "follow_up_date",
        ),
        ("school_year", "student_at_home"),
    ),
    "concern_case": _fields(
        (
            "student_id",
            "opened_on",
            "reason_categories",
            "reason_text",
            "risk_level",
            "contact_user",
            "care_plan",
            "next_review_on",
            "status",
            "closed_on",
            "close_reason",
        ),
        ("review_interval_days",),
    ),
    "concern_review": _fields(
        ("case_id", "reviewed_on", "reviewer", "observations", "level_before", "level_after")
    ),
    "institution": _fields(("name", "department", "phone", "address")),
    "referral": _fields(
        (
            "number",
            "student_id",
            "institution_id",
            "institution_name",
            "reason",
            "symptoms",
            "risk_level",
            "consent",
            "status",
            "timeline",
            "receipt",
            "leave",
            "issued_on",
        )
    ),
    "crisis_event": _fields(
        (
            "student_id",
            "occurred_at",
            "place",
            "type",
            "reported_by",
            "description",
            "guardians_informed",
            "actions",
            "outcome",
            "status",
        )
    ),
    "consent": _fields(
        ("student_id", "purpose", "guardian", "relation", "date", "method", "withdrawn_on")
    ),
    "confidentiality_break": _fields(
        ("student_id", "session_id", "date", "disclosed_to", "reason", "what")
    ),
}

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
