"""core/permissions.py: the role table, written once, asked for each role on real-looking records,
and printed exactly as DESIGN.md and docs/architecture.md print it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from sxcounsel.core import permissions
from sxcounsel.core.errors import PermissionDenied
from sxcounsel.core.permissions import Subject, allowed
from sxcounsel.core.roles import BACKUP_ROLES, Role

ROOT = Path(__file__).resolve().parents[2]
OWN, OTHER = "七年级(2)班", "八年级(1)班"


@dataclass(frozen=True)
class Account:
    username: str
    roles: frozenset[str]
    classes: tuple[str, ...] = ()


COUNSELOR = Account("zhaomin", frozenset({Role.COUNSELOR}))
TEACHER = Account("liujun", frozenset({Role.HEAD_TEACHER}), (OWN,))
ADMIN = Account("wangli", frozenset({Role.SCHOOL_ADMIN}))
COUNTY = Account("xian", frozenset({Role.COUNTY}))
NOBODY = Account("nobody", frozenset())

own_student = Subject(class_name=OWN)
other_student = Subject(class_name=OTHER)
own_case = Subject(class_name=OWN, contact_user="zhaomin")
other_case = Subject(class_name=OTHER, contact_user="zhaomin")
contact_case = Subject(class_name=OTHER, contact_user="liujun")


def test_a_counselor_reads_and_writes_every_record_of_the_school():
    for kind in ("students", "sessions", "notes", "home_visits", "concerns", "referrals"):
        assert allowed(COUNSELOR, "read", kind, other_student), kind
        assert allowed(COUNSELOR, "write", kind, other_student), kind
    assert allowed(COUNSELOR, "sign", "notes")
    assert allowed(COUNSELOR, "review", "concerns", other_case)
    assert allowed(COUNSELOR, "print", "sessions")
    assert not allowed(COUNSELOR, "import", "students")
    assert not allowed(COUNSELOR, "manage", "accounts")


def test_a_head_teacher_reaches_own_classes_only():
    assert allowed(TEACHER, "read", "students", own_student)
    assert not allowed(TEACHER, "read", "students", other_student)
    assert not allowed(TEACHER, "write", "students", own_student)
    assert allowed(TEACHER, "write", "home_visits", own_student)
    assert not allowed(TEACHER, "write", "home_visits", other_student)
    assert allowed(TEACHER, "print", "home_visits", own_student)
    assert not allowed(TEACHER, "print", "home_visits", other_student)
    assert allowed(TEACHER, "status", "referrals", own_student)
    assert not allowed(TEACHER, "status", "crises", other_student)
    assert not allowed(TEACHER, "read", "referrals", own_student)  # the status, not the record
    assert allowed(TEACHER, "report", "crises", other_student)  # anyone may report a crisis
    assert not allowed(TEACHER, "read", "sessions") and not allowed(TEACHER, "count", "sessions")
    assert not allowed(TEACHER, "read", "notes") and not allowed(TEACHER, "read", "consents")
    assert not allowed(TEACHER, "make", "backups")
    assert not allowed(TEACHER, "read", "students", Subject())  # a record without a class


def test_a_head_teacher_reads_and_reviews_cases_as_the_contact_person():
    assert allowed(TEACHER, "read", "concerns", own_case)
    assert not allowed(TEACHER, "read", "concerns", other_case)
    assert allowed(TEACHER, "read", "concerns", contact_case)  # another class, but theirs
    assert allowed(TEACHER, "review", "concerns", contact_case)
    assert not allowed(TEACHER, "review", "concerns", own_case)  # own class, not the contact
    assert not allowed(TEACHER, "write", "concerns", contact_case)


def test_an_administrator_reads_counts_and_manages_but_never_reads_notes():
    assert allowed(ADMIN, "read", "students", other_student)
    assert allowed(ADMIN, "write", "students") and allowed(ADMIN, "import", "students")
    assert allowed(ADMIN, "count", "sessions") and not allowed(ADMIN, "read", "sessions")
    assert allowed(ADMIN, "count", "notes") and not allowed(ADMIN, "read", "notes")
    assert allowed(ADMIN, "read", "home_visits", other_student)
    assert not allowed(ADMIN, "write", "home_visits", other_student)
    assert allowed(ADMIN, "read", "concerns", other_case)
    assert not allowed(ADMIN, "write", "concerns")
    admin_contact = Subject(class_name=OTHER, contact_user="wangli")
    assert allowed(ADMIN, "review", "concerns", admin_contact)  # the contact person reviews
    assert not allowed(ADMIN, "review", "concerns", other_case)
    assert allowed(ADMIN, "manage", "accounts") and allowed(ADMIN, "make", "backups")
    assert allowed(ADMIN, "trust", "sync") and not allowed(COUNSELOR, "trust", "sync")


def test_the_county_uses_its_own_store_and_reads_no_school_record():
    assert allowed(COUNTY, "use", "county") and allowed(COUNTY, "make", "backups")
    assert allowed(COUNTY, "receive", "sessions") and not allowed(COUNTY, "read", "sessions")
    for kind in ("students", "home_visits", "concerns", "referrals", "notes"):
        assert not allowed(COUNTY, "read", kind)
    assert not allowed(COUNSELOR, "use", "county")


def test_several_roles_add_up_and_no_role_may_do_nothing():
    both = Account("liujun", frozenset({Role.HEAD_TEACHER, Role.SCHOOL_ADMIN}), (OWN,))
    assert allowed(both, "read", "students", other_student)  # as administrator
    assert allowed(both, "write", "home_visits", own_student)  # as head teacher
    assert not allowed(both, "write", "home_visits", other_student)
    assert not any(
        allowed(NOBODY, action, kind)
        for row in (*permissions.ROWS, *permissions.STORE_ROWS)
        for kind in row.kinds
        for action in ("read", "write", "count", "report", "status", "make", "use")
    )


def test_the_planned_teacher_role_has_its_column():
    assert permissions.role_may("teacher", "report", "crises")
    assert permissions.role_may("teacher", "pick", "students")
    assert permissions.role_may("teacher", "send", "concern_reports")
    assert not permissions.role_may("teacher", "read", "students")


def test_require_refuses_with_the_action_in_the_sentence():
    permissions.require(TEACHER, "write", "home_visits", own_student, doing="record home visits")
    with pytest.raises(PermissionDenied) as info:
        permissions.require(ADMIN, "write", "home_visits", doing="record home visits")
    err = info.value
    assert err.code == "permission.denied" and err.kind == "forbidden"
    assert err.message == "Your account may not record home visits."
    assert err.facts["action"] == "record home visits"
    assert err.facts["roles"] == [Role.SCHOOL_ADMIN]


def test_reach_says_which_classes_a_query_covers():
    assert permissions.reach(COUNSELOR, "read", "students").class_filter() is None
    assert permissions.reach(TEACHER, "read", "students").class_filter() == (OWN,)
    contact_only = permissions.reach(TEACHER, "review", "concerns")
    assert contact_only and contact_only.contact and contact_only.class_filter() == ()
    assert not permissions.reach(TEACHER, "read", "sessions")


def test_roles_derived_from_the_table():
    assert permissions.needs_classes(Role.HEAD_TEACHER)
    assert not any(permissions.needs_classes(r) for r in (Role.COUNSELOR, Role.SCHOOL_ADMIN))
    assert {str(r) for r in BACKUP_ROLES} == set(permissions.roles_with("make", "backups"))
    assert permissions.roles_with("manage", "accounts") == ("school_admin",)


def test_an_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError, match="no such kind"):
        allowed(COUNSELOR, "read", "homevisits")


def _roles_table(text: str) -> str:
    """The first table under the "## Roles" heading."""
    section = text[text.index("\n## Roles\n") :]
    lines = section.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    table = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        table.append(line)
    return "\n".join(table) + "\n"


def test_docs_architecture_prints_the_table_from_code():
    docs = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert _roles_table(docs) == permissions.render()
    assert permissions.render(permissions.STORE_ROWS) in docs


def test_the_table_is_the_one_design_md_prints():
    design = ROOT / ".." / "shared" / "DESIGN.md"
    if not design.exists():
        pytest.skip("no ../shared/DESIGN.md beside this clone")
    assert _roles_table(design.read_text(encoding="utf-8")) == permissions.render()
