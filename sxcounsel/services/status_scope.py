"""Status views for head teachers: which classes an account may follow.

Crisis events and referrals both offer a thin status view (dates and steps, never content)
to every account with the ``status`` right on their kind; a head teacher's reach is limited
to own classes. The checks and the class-filtered listing are the same for both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import sqlcipher3

from sxcounsel.core import permissions
from sxcounsel.core.errors import PermissionDenied
from sxcounsel.services import codec, fieldcheck
from sxcounsel.services.account_session import Session

T = TypeVar("T")


def may_see_class(session: Session, kind: str, class_name: str) -> bool:
    """May the account see status views of ``kind`` for students of ``class_name``?"""
    subject = permissions.Subject(class_name=class_name)
    return permissions.allowed(session.account, "status", kind, subject)


def require_class(session: Session, kind: str, class_name: str, code: str, action: str) -> None:
    """Raise PermissionDenied(code, action=action) unless the account may see the class."""
    if not may_see_class(session, kind, class_name):
        raise PermissionDenied(code, action=action)


def require_student_class(
    session: Session,
    kind: str,
    conn: sqlcipher3.Connection,
    student_id: str,
    code: str,
    action: str,
) -> None:
    """As ``require_class``, for the class of the student ``student_id``."""
    class_name = fieldcheck.student_row(conn, student_id)["class_name"]
    require_class(session, kind, class_name, code, action)


def reach_classes(session: Session, kind: str) -> Sequence[str] | None:
    """The classes the account's status reach covers; None means every class."""
    return permissions.reach(session.account, "status", kind).class_filter()


def select_live_in_classes(
    conn: sqlcipher3.Connection,
    cls: type[T],
    table: str,
    order_by: str,
    classes: Sequence[str] | None,
) -> list[T]:
    """Live rows of ``table`` (alias ``x`` in ``order_by``) whose student is live and, unless
    ``classes`` is None, in one of ``classes``."""
    where, args = ["x.deleted = 0", "s.deleted = 0"], []
    if classes is not None:
        where.append(f"s.class_name IN ({','.join('?' * len(classes))})")
        args.extend(classes)
    rows = conn.execute(
        f"SELECT {codec.columns(cls, 'x.')} FROM {table} x "
        f"JOIN students s ON s.id = x.student_id WHERE {' AND '.join(where)} "
        f"ORDER BY {order_by}",
        args,
    ).fetchall()
    return [codec.from_row(cls, r) for r in rows]
