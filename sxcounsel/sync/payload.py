"""What travels, per sync pair and per record type: the ALLOW-LIST of fields.

Export (sync/export.py) reads only the fields named here out of the school store, and the
receiving side (county/importer.py, through county/record_schema.py) accepts only these fields,
with these types. A column added to a table stays at home until it is added here.

Counseling notes are the fields of ``notes`` (and every field of a ``notes_only`` record type):
they travel only when the receiving side's signed data policy asks for them.

Pairs: today school → county (``SCHOOL_TO_COUNTY``). Device ↔ hub and county → region get a
``Pair`` of their own here when they come, so every pair's allow-list sits side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Travel in the record line itself (sync/export.py record_line), not in its data.
MANAGED = ("id", "version", "deleted")
# Every synced record has these (text).
COMMON = ("created_at", "updated_at", "created_by")


@dataclass(frozen=True)
class RecordType:
    """One record type of a pair: its school table and the fields that travel."""

    name: str
    table: str
    text: tuple[str, ...]  # TEXT fields that travel (COMMON included by ``fields``)
    numbers: tuple[str, ...] = ()  # INTEGER fields that travel
    notes: tuple[str, ...] = ()  # fields (among text) that are counseling notes
    notes_only: bool = False  # the whole record type is counseling notes

    def types(self) -> dict[str, type]:
        """Every field that may travel, with its type (notes included)."""
        return {**dict.fromkeys(COMMON + self.text, str), **dict.fromkeys(self.numbers, int)}

    def fields(self, notes_allowed: bool) -> tuple[str, ...]:
        """The fields that travel under a policy (none of a notes-only type without notes)."""
        if self.notes_only and not notes_allowed:
            return ()
        return tuple(f for f in self.types() if notes_allowed or f not in self.notes)

    def note_fields(self) -> tuple[str, ...]:
        return tuple(self.types()) if self.notes_only else self.notes


@dataclass(frozen=True)
class Pair:
    name: str
    types: dict[str, RecordType] = field(default_factory=dict)

    def travels(self, record_type: str, notes_allowed: bool) -> bool:
        spec = self.types.get(record_type)
        return spec is not None and bool(spec.fields(notes_allowed))

    def note_types(self) -> frozenset[str]:
        return frozenset(t for t, spec in self.types.items() if spec.notes_only)

    def schema(self) -> dict[str, dict[str, type]]:
        return {t: spec.types() for t, spec in self.types.items()}


def _pair(name: str, *types: RecordType) -> Pair:
    for t in types:
        if not set(t.notes) <= set(t.text):
            raise ValueError(f"{name}: notes of {t.name} must be among its text fields")
    return Pair(name, {t.name: t for t in types})


SCHOOL_TO_COUNTY = _pair(
    "school-county",
    RecordType(
        "student",
        "students",
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
            "enrolled",
        ),
        numbers=("boarding",),
    ),
    RecordType(
        "counseling_session",
        "counseling_sessions",
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
        numbers=("school_year", "duration_min"),
        notes=("notes",),
    ),
    RecordType("session_addendum", "session_addenda", ("session_id", "text"), notes_only=True),
    RecordType(
        "home_visit",
        "home_visits",
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
        numbers=("school_year", "student_at_home"),
    ),
    RecordType(
        "concern_case",
        "concern_cases",
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
        numbers=("review_interval_days",),
    ),
    RecordType(
        "concern_review",
        "concern_reviews",
        ("case_id", "reviewed_on", "reviewer", "observations", "level_before", "level_after"),
    ),
    RecordType("institution", "institutions", ("name", "department", "phone", "address")),
    RecordType(
        "referral",
        "referrals",
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
        ),
    ),
    RecordType(
        "crisis_event",
        "crisis_events",
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
        ),
    ),
    RecordType(
        "consent",
        "consents",
        ("student_id", "purpose", "guardian", "relation", "date", "method", "withdrawn_on"),
    ),
    RecordType(
        "confidentiality_break",
        "confidentiality_breaks",
        ("student_id", "session_id", "date", "disclosed_to", "reason", "what"),
        notes=("disclosed_to", "reason", "what"),
    ),
)

PAIRS = {p.name: p for p in (SCHOOL_TO_COUNTY,)}
