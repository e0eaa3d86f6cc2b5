"""Roles and what each may do (DESIGN.md "Roles"). Enforced by services/, not by the GUI."""

from __future__ import annotations

from enum import StrEnum

from sxcounsel.core.errors import PermissionDenied, ValidationError


class Role(StrEnum):
    COUNSELOR = "counselor"
    HEAD_TEACHER = "head_teacher"
    SCHOOL_ADMIN = "school_admin"
    COUNTY = "county"


SCHOOL_ROLES = (Role.COUNSELOR, Role.HEAD_TEACHER, Role.SCHOOL_ADMIN)
# Who makes backups (by hand and on exit): a school's counselors and administrators, and the
# county center's staff (the county store holds every school's synced records).
BACKUP_ROLES = frozenset({Role.COUNSELOR, Role.SCHOOL_ADMIN, Role.COUNTY})


def parse_roles(names: list[str] | tuple[str, ...]) -> list[Role]:
    roles = []
    for name in names:
        try:
            roles.append(Role(name))
        except ValueError:
            allowed = ", ".join(r.value for r in SCHOOL_ROLES)
            raise ValidationError(
                f"Unknown role {name!r}; use one of: {allowed}.", field="role", value=name
            ) from None
    if not roles:
        raise ValidationError("An account needs at least one role.", field="role")
    return sorted(set(roles), key=list(Role).index)


def ordered(roles: set[Role] | frozenset[Role]) -> list[str]:
    """Roles in their canonical order, for display."""
    return [r.value for r in Role if r in roles]


def require(user_roles: set[Role] | frozenset[Role], *allowed: Role, action: str) -> None:
    if not set(allowed) & set(user_roles):
        raise PermissionDenied(
            f"Your account may not {action}.", action=action, roles=sorted(user_roles)
        )
