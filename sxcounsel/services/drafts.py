"""Drafts of unsaved forms: what a user had typed when the store locked.

A draft is the form's field values as JSON, kept in the encrypted store's ``meta`` table under
``draft/<username>/<kind>/<record id or 'new'>`` — never in preferences or files. Each account
reads and clears only its own drafts. A draft is not a record: it is not in the change log and
is never synced; saving the form clears it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sxcounsel.core.clock import utc_stamp
from sxcounsel.core.errors import ValidationError
from sxcounsel.services.account_session import Session

PREFIX = "draft"
KINDS = ("student", "session", "home_visit", "concern", "referral", "crisis", "consent")
MAX_BYTES = 1_000_000  # a form's text; anything larger is not a form


@dataclass(frozen=True)
class Draft:
    kind: str
    record_id: str  # '' for a new record
    saved_at: str  # UTC timestamp
    values: dict[str, Any]


def draft_key(session: Session, kind: str, record_id: str | None) -> str:
    if kind not in KINDS:
        raise ValidationError("field.choice", field="kind", value=kind, allowed=KINDS)
    return f"{PREFIX}/{session.username}/{kind}/{record_id or 'new'}"


def save_draft(session: Session, kind: str, record_id: str | None, values: dict[str, Any]) -> Draft:
    """Keep ``values`` (JSON-serialisable field values) as the user's draft of one form."""
    if not isinstance(values, dict):
        raise ValidationError("draft.not_mapping", field="values")
    draft = Draft(kind, record_id or "", utc_stamp(), values)
    text = json.dumps(
        {"saved_at": draft.saved_at, "values": values}, ensure_ascii=False, sort_keys=True
    )
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ValidationError("draft.too_large", field="values")
    session.store.set_meta(draft_key(session, kind, record_id), text)
    return draft


def load_draft(session: Session, kind: str, record_id: str | None) -> Draft | None:
    """The user's draft of one form, or None (a damaged draft counts as none)."""
    text = session.store.meta(draft_key(session, kind, record_id))
    if not text:
        return None
    try:
        data = json.loads(text)
        values, saved_at = data["values"], str(data["saved_at"])
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(values, dict):
        return None
    return Draft(kind, record_id or "", saved_at, values)


def clear_draft(session: Session, kind: str, record_id: str | None) -> bool:
    """Forget the user's draft of one form; True if there was one."""
    key = draft_key(session, kind, record_id)
    with session.store.transaction() as conn:
        cur = conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        return cur.rowcount > 0


def list_drafts(session: Session) -> list[Draft]:
    """Every draft of the acting user, oldest first."""
    prefix = f"{PREFIX}/{session.username}/"
    rows = session.store.conn.execute(
        "SELECT key FROM meta WHERE substr(key, 1, ?) = ? ORDER BY key",
        (len(prefix), prefix),
    ).fetchall()
    out = []
    for (key,) in rows:
        kind, _, rid = key[len(prefix) :].partition("/")
        if kind in KINDS:
            draft = load_draft(session, kind, "" if rid == "new" else rid)
            if draft is not None:
                out.append(draft)
    return sorted(out, key=lambda d: d.saved_at)
