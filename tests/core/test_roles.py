"""core/roles.py: role names parsed and ordered once, and the role check services make."""

from __future__ import annotations

import pytest

from sxcounsel.core.errors import PermissionDenied, ValidationError
from sxcounsel.core.roles import (
    BACKUP_ROLES,
    SCHOOL_ROLES,
    Role,
    ordered,
    parse_roles,
    require,
)


def test_roles_are_parsed_once_each_in_the_canonical_order():
    assert parse_roles(["school_admin", "counselor", "school_admin"]) == [
        Role.COUNSELOR,
        Role.SCHOOL_ADMIN,
    ]
    assert parse_roles(("head_teacher",)) == [Role.HEAD_TEACHER]
    assert parse_roles([r.value for r in reversed(SCHOOL_ROLES)]) == list(SCHOOL_ROLES)


def test_an_unknown_role_is_refused_naming_the_school_roles():
    with pytest.raises(ValidationError) as info:
        parse_roles(["counselor", "janitor"])
    err = info.value
    allowed = ", ".join(r.value for r in SCHOOL_ROLES)
    assert err.code == "role.unknown"
    assert err.message == f"Unknown role 'janitor'; use one of: {allowed}."
    assert err.facts["field"] == "role" and err.facts["value"] == "janitor"
    assert "janitor" not in err.text("zh")  # the typed value stays in the facts
    with pytest.raises(ValidationError):
        parse_roles(["Counselor"])  # names are exact


def test_an_account_needs_a_role():
    with pytest.raises(ValidationError) as info:
        parse_roles([])
    assert info.value.code == "role.none"
    assert info.value.message == "An account needs at least one role."
    assert info.value.facts["field"] == "role"


def test_ordered_lists_role_names_in_the_canonical_order():
    assert ordered({Role.SCHOOL_ADMIN, Role.COUNSELOR}) == ["counselor", "school_admin"]
    assert ordered(frozenset(Role)) == [r.value for r in Role]
    assert ordered(set()) == []


def test_require_passes_any_one_allowed_role():
    assert require({Role.COUNSELOR}, Role.COUNSELOR, action="sign sessions") is None
    both = {Role.HEAD_TEACHER, Role.SCHOOL_ADMIN}
    assert require(both, Role.COUNSELOR, Role.SCHOOL_ADMIN, action="add accounts") is None


def test_require_refuses_with_the_action_in_the_sentence():
    with pytest.raises(PermissionDenied) as info:
        require({Role.HEAD_TEACHER}, Role.COUNSELOR, action="record home visits")
    err = info.value
    assert err.code == "permission.denied" and err.kind == "forbidden"
    assert err.message == "Your account may not record home visits."
    assert err.facts["action"] == "record home visits"
    assert err.facts["roles"] == [Role.HEAD_TEACHER]
    with pytest.raises(PermissionDenied):
        require(set(), *Role, action="do anything")


def test_head_teachers_make_no_backups():
    assert Role.HEAD_TEACHER not in BACKUP_ROLES
    assert {Role.COUNSELOR, Role.SCHOOL_ADMIN, Role.COUNTY} <= BACKUP_ROLES
