"""Risk levels (预警等级): the school's ordered set, most severe first; default 红/橙/黄/蓝.

| action                 | counselor | head_teacher | school_admin |
|------------------------|-----------|--------------|--------------|
| get_risk_levels        | yes       | yes          | yes          |
| set_risk_levels        | yes       | no           | yes          |

The set lives in ``meta`` under ``risk_levels`` as a JSON list. A level that a live record
still uses (a concern case or one of its reviews, a referral, a counseling session) cannot be
removed; levels can be added, reordered or removed when unused.
"""

from __future__ import annotations

import json

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import ValidationError
from sxcounsel.services import fieldcheck
from sxcounsel.services.account_session import Session
from sxcounsel.store import audit

DEFAULT_LEVELS: tuple[str, ...] = ("红", "橙", "黄", "蓝")
META_KEY = "risk_levels"
MAX_LEVELS = 10
_MAX_NAME = 8

# Tables and columns that hold a risk level (live rows only).
_USES = (
    ("concern_cases", "risk_level"),
    ("concern_reviews", "level_before"),
    ("concern_reviews", "level_after"),
    ("referrals", "risk_level"),
    ("counseling_sessions", "risk_level"),
)


def levels_of(conn: sqlcipher3.Connection) -> tuple[str, ...]:
    """The configured levels, read through a connection (for use inside a transaction)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    return tuple(json.loads(row[0])) if row else DEFAULT_LEVELS


def check_level(
    conn: sqlcipher3.Connection, value: object, field: str = "risk_level", *, required: bool = True
) -> str:
    """One configured level; '' is accepted only when not ``required``."""
    if not required and value in ("", None):
        return ""
    return fieldcheck.choice(value, levels_of(conn), field)


def most_severe(conn: sqlcipher3.Connection) -> str:
    return levels_of(conn)[0]


def get_risk_levels(session: Session) -> tuple[str, ...]:
    permissions.require(session.account, "read", "risk_levels", doing="see the risk levels")
    return levels_of(session.store.conn)


def _in_use(conn: sqlcipher3.Connection) -> set[str]:
    used: set[str] = set()
    for table, column in _USES:
        rows = conn.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE deleted = 0 AND {column} != ''"
        )
        used.update(r[0] for r in rows)
    return used


def _validate(levels: object) -> tuple[str, ...]:
    if not isinstance(levels, list | tuple):
        raise ValidationError("risk.not_list", field="risk_levels")
    out = tuple(fieldcheck.name(v, "risk_levels") for v in levels)
    if not out:
        raise ValidationError("risk.none", field="risk_levels")
    if len(out) > MAX_LEVELS:
        raise ValidationError(
            "risk.too_many", field="risk_levels", limit=MAX_LEVELS, count=len(out)
        )
    for v in out:
        if len(v) > _MAX_NAME:
            raise ValidationError(
                "risk.name_too_long", field="risk_levels", limit=_MAX_NAME, value=v
            )
    dups = sorted({v for v in out if out.count(v) > 1})
    if dups:
        raise ValidationError("risk.duplicate", field="risk_levels", value=dups)
    return out


def set_risk_levels(session: Session, levels: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Replace the set (most severe first); refuses to drop a level that is still in use."""
    permissions.require(session.account, "write", "risk_levels", doing="change the risk levels")
    new = _validate(levels)
    with session.store.transaction() as conn:
        old = levels_of(conn)
        removed = [v for v in old if v not in new]
        still_used = sorted(set(removed) & _in_use(conn), key=old.index)
        if still_used:
            raise ValidationError(
                "risk.in_use",
                field="risk_levels",
                value=still_used,
            )
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (META_KEY, json.dumps(list(new), ensure_ascii=False)),
        )
        audit.append(conn, session.username, "update", "setting", META_KEY, detail="|".join(new))
    return new
