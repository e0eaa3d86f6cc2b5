"""The roles an account may hold. What each may do is the role table, ``core/permissions.py``
(DESIGN.md "Roles"), enforced by services/ and asked by the GUI."""

from __future__ import annotations

from enum import StrEnum

from sxcounsel.core import permissions
from sxcounsel.core.errors import PermissionDenied, ValidationError


class Role(StrEnum):
    COUNSELOR = "counselor"
    HEAD_TEACHER = "head_teacher"
    SCHOOL_ADMIN = "school_admin"
    COUNTY = "county"


SCHOOL_ROLES = (Role.COUNSELOR, Role.HEAD_TEACHER, Role.SCHOOL_ADMIN)
# Who makes backups (by hand and on exit), as the role table says: a school's counselors and
# administrators, and the county center's staff (the county store holds every school's records).
BACKUP_ROLES = frozenset(r for r in Role if permissions.role_may(r, "make", "backups"))


def assignable_roles() -> tuple[Role, ...]:
    """The roles a school account may be given, in their canonical order (for choosing)."""
    return SCHOOL_ROLES


def parse_roles(names: list[str] | tuple[str, ...]) -> list[Role]:
    roles = []
    for name in names:
        try:
            roles.append(Role(name))
        except ValueError:
            allowed = [r.value for r in SCHOOL_ROLES]
            raise ValidationError(
                "role.unknown", field="role", value=name, allowed=allowed
            ) from None
    if not roles:
        raise ValidationError("role.none", field="role")
    return sorted(set(roles), key=list(Role).index)


def ordered(roles: set[Role] | frozenset[Role]) -> list[str]:
    """Roles in their canonical order, for display."""
    return [r.value for r in Role if r in roles]


def require(user_roles: set[Role] | frozenset[Role], *allowed: Role, action: str) -> None:
    """Refuse unless one of ``allowed`` is held. Services ask ``core.permissions`` instead."""
    if not set(allowed) & set(user_roles):
        raise PermissionDenied("permission.denied", action=action, roles=sorted(user_roles))
