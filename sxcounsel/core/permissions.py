"""The role table (DESIGN.md "Roles"), written once: may this account do this action on this
kind of record, and on this record?

Each row of the table names one or more record kinds; each of its cells (one per role) holds
the sentence DESIGN.md prints and the grants behind it: per action (read, write, print, sign,
import, review, count, ...) the scopes in which the role may do it, any one of which suffices:

* ``all``: every record of the kind;
* ``own classes``: records whose ``class_name`` is one of the account's classes;
* ``contact person``: records whose ``contact_user`` is the account;
* ``own records``: records whose ``created_by`` is the account.

"Counts only" is the action ``count`` without ``read``. Services enforce the table through
:func:`require` and :func:`allowed`; the GUI asks :func:`allowed` what to show (``record=None``:
"for some record of this kind"). ``render()`` prints the table in DESIGN.md's layout;
``render(STORE_ROWS)`` prints the kinds the store holds that DESIGN.md's table does not name.

Role names are plain strings here (``core.roles.Role`` is a ``str`` enum): the table also has
columns for roles the product plans but the store does not have yet (``teacher``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from sxcounsel.core.errors import PermissionDenied


class Scope(StrEnum):
    ALL = "all"
    OWN_CLASSES = "own classes"
    CONTACT = "contact person"
    AUTHOR = "own records"


ALL, OWN, CONTACT, AUTHOR = Scope.ALL, Scope.OWN_CLASSES, Scope.CONTACT, Scope.AUTHOR

# The table's columns: (role, heading), in DESIGN.md's order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("counselor", "counselor 心理教师"),
    ("head_teacher", "head_teacher 班主任 (own classes)"),
    ("teacher", "teacher 任课教师"),
    ("school_admin", "school_admin 管理员"),
    ("county", "county 县中心"),
)
ROLE_NAMES: tuple[str, ...] = tuple(role for role, _ in COLUMNS)


class Account(Protocol):
    """What the table needs of an account (``services.account_session.Account`` has it)."""

    @property
    def username(self) -> str: ...

    @property
    def roles(self) -> Collection[str]: ...

    @property
    def classes(self) -> Collection[str]: ...


@dataclass(frozen=True)
class Subject:
    """A record as the table sees it, for callers that hold only its class or contact person
    (any object with these attributes will do)."""

    class_name: str = ""
    contact_user: str = ""
    created_by: str = ""


@dataclass(frozen=True)
class Cell:
    text: str  # the sentence of DESIGN.md's table
    grants: Mapping[str, frozenset[Scope]]  # action -> scopes, any one of which suffices


@dataclass(frozen=True)
class Row:
    label: str
    kinds: tuple[str, ...]
    cells: Mapping[str, Cell]  # role -> cell


def cell(text: str, **grants: Scope | tuple[Scope, ...]) -> Cell:
    """``cell("read own classes", read=OWN)``; a tuple of scopes means any of them; a trailing
    underscore is dropped (``import_=ALL`` grants ``import``)."""
    return Cell(
        text,
        {
            action.rstrip("_"): frozenset(scopes if isinstance(scopes, tuple) else (scopes,))
            for action, scopes in grants.items()
        },
    )


def row(label: str, kinds: tuple[str, ...], *cells: Cell) -> Row:
    assert len(cells) == len(COLUMNS), label
    return Row(label, kinds, dict(zip(ROLE_NAMES, cells, strict=True)))


NONE = "—"

# DESIGN.md's table, row by row (the sentences exactly as DESIGN.md has them).
ROWS: tuple[Row, ...] = (
    row(
        "students",
        ("students",),
        cell("read/write", read=ALL, write=ALL, pick=ALL),
        cell("read own classes", read=OWN, pick=OWN),
        cell("pick a student to report", pick=ALL),
        cell("read/write, roster import", read=ALL, write=ALL, pick=ALL, import_=ALL),
        cell("synced copy", receive=ALL),
    ),
    row(
        "counseling notes, addenda, breaks",
        ("notes",),
        cell("read/write (sign, addenda)", read=ALL, write=ALL, sign=ALL, count=ALL),
        cell("never"),
        cell("never"),
        cell("never (counts only)", count=ALL),
        cell("never by default"),
    ),
    row(
        "session metadata",
        ("sessions",),
        cell("read/write", read=ALL, write=ALL, print=ALL, count=ALL),
        cell("no"),
        cell("no"),
        cell("counts", count=ALL),
        cell("yes", receive=ALL),
    ),
    row(
        "home visits",
        ("home_visits",),
        cell("read/write", read=ALL, write=ALL, print=ALL),
        cell("read/write own classes, print own ledger", read=OWN, write=OWN, print=OWN),
        cell("no"),
        cell("read, print", read=ALL, print=ALL),
        cell("yes", receive=ALL),
    ),
    row(
        "concern cases",
        ("concerns",),
        cell("read/write", read=ALL, write=ALL, review=ALL, print=ALL),
        cell(
            "read own classes; write reviews where contact person",
            read=(OWN, CONTACT),
            review=CONTACT,
        ),
        cell("no"),
        # The contact person of a case reviews it, whatever their role (concern_reviews.py).
        cell("read", read=ALL, print=ALL, review=CONTACT),
        cell("yes", receive=ALL),
    ),
    row(
        "referrals, crises",
        ("referrals", "crises"),
        cell("read/write", read=ALL, write=ALL, report=ALL, status=ALL, print=ALL),
        cell("report a crisis; read status for own classes", report=ALL, status=OWN),
        cell("report a crisis", report=ALL),
        # Anyone at school may report a crisis; an administrator prints referral letters.
        cell("read", read=ALL, status=ALL, print=ALL, report=ALL),
        cell("yes", receive=ALL),
    ),
    row(
        "screening answers, scores, bands",
        ("screening",),
        cell("read/write", read=ALL, write=ALL, status=ALL, count=ALL),
        cell(
            "who was screened in own classes (done / absent / refused), never a score",
            status=OWN,
        ),
        cell("no"),
        cell("counts", count=ALL),
        cell("counts only", count=ALL),
    ),
    row(
        "class checks, 心理委员",
        ("class_checks",),
        cell("read/write", read=ALL, write=ALL),
        cell("read/write own classes", read=OWN, write=OWN),
        cell("no"),
        cell("read", read=ALL),
        cell("counts only", count=ALL),
    ),
    row(
        "concern reports (inbox)",
        ("concern_reports",),
        cell("read, accept, close", read=ALL, accept=ALL, close=ALL),
        cell("send; read own", send=ALL, read=AUTHOR),
        cell("send", send=ALL),
        cell("read", read=ALL),
        cell("counts only", count=ALL),
    ),
    row(
        "activities, staff, training",
        ("activities",),
        cell("read/write", read=ALL, write=ALL),
        cell("read", read=ALL),
        cell("no"),
        cell("read/write", read=ALL, write=ALL),
        cell("counts (staff names if policy asks)", count=ALL),
    ),
    row(
        "accounts, devices",
        ("accounts",),
        cell(NONE),
        cell(NONE),
        cell(NONE),
        cell("manage", manage=ALL),
        cell(NONE),
    ),
)

# What else the store holds and who may use it: kinds DESIGN.md's table does not name.
STORE_ROWS: tuple[Row, ...] = (
    row(
        "guardian consents",
        ("consents",),
        cell("read/write", read=ALL, write=ALL),
        cell(NONE),
        cell(NONE),
        cell("read", read=ALL),
        cell(NONE),
    ),
    row(
        "partner institutions, risk levels",
        ("institutions", "risk_levels"),
        cell("read/write", read=ALL, write=ALL),
        cell("read", read=ALL),
        cell(NONE),
        cell("read/write", read=ALL, write=ALL),
        cell(NONE),
    ),
    row(
        "backups",
        ("backups",),
        cell("make", make=ALL),
        cell(NONE),
        cell(NONE),
        cell("make", make=ALL),
        cell("make (of the county store)", make=ALL),
    ),
    row(
        "enrollment with the county, sync",
        ("sync",),
        cell("enroll, send, see the status", use=ALL),
        cell(NONE),
        cell(NONE),
        cell(
            "enroll, send, see the status; accept new county keys or a policy that asks for notes",
            use=ALL,
            trust=ALL,
        ),
        cell(NONE),
    ),
    row(
        "the county center's store (every school's synced records)",
        ("county",),
        cell(NONE),
        cell(NONE),
        cell(NONE),
        cell(NONE),
        cell("use", use=ALL),
    ),
)

_BY_KIND: dict[str, Row] = {kind: r for r in (*ROWS, *STORE_ROWS) for kind in r.kinds}


def _row(kind: str) -> Row:
    try:
        return _BY_KIND[kind]
    except KeyError:
        raise ValueError(f"no such kind of record in the role table: {kind!r}") from None


def scopes_of(role: str, action: str, kind: str) -> frozenset[Scope]:
    """The scopes in which ``role`` may do ``action`` on ``kind`` (empty: never)."""
    found = _row(kind).cells.get(str(role))
    if found is None:
        return frozenset()
    return found.grants.get(action, frozenset())


def role_may(role: str, action: str, kind: str) -> bool:
    """Whether ``role`` may do ``action`` on some record of ``kind``."""
    return bool(scopes_of(role, action, kind))


def roles_with(action: str, kind: str) -> tuple[str, ...]:
    """The roles (table columns, in order) that may do ``action`` on some record of ``kind``."""
    return tuple(r for r in ROLE_NAMES if role_may(r, action, kind))


def needs_classes(role: str) -> bool:
    """Whether the role reaches records through the account's classes (a head teacher)."""
    return any(
        OWN in scopes
        for r in (*ROWS, *STORE_ROWS)
        if str(role) in r.cells
        for scopes in r.cells[str(role)].grants.values()
    )


def _scopes(account: Account, action: str, kind: str) -> frozenset[Scope]:
    out: frozenset[Scope] = frozenset()
    for role in account.roles:
        out |= scopes_of(role, action, kind)
    return out


def _matches(scope: Scope, account: Account, record: object) -> bool:
    if scope is ALL:
        return True
    if scope is OWN:
        name = getattr(record, "class_name", None)
        return bool(name) and name in account.classes
    attribute = "contact_user" if scope is CONTACT else "created_by"
    return bool(account.username) and getattr(record, attribute, None) == account.username


def allowed(account: Account, action: str, kind: str, record: object | None = None) -> bool:
    """May ``account`` do ``action`` on ``record`` (a record of ``kind``)? Without a record:
    on some record of that kind (whether to show a page or a button)."""
    scopes = _scopes(account, action, kind)
    if record is None:
        return bool(scopes)
    return any(_matches(s, account, record) for s in scopes)


def require(
    account: Account, action: str, kind: str, record: object | None = None, *, doing: str
) -> None:
    """Refuse with "Your account may not ``doing``." unless :func:`allowed`."""
    if not allowed(account, action, kind, record):
        code = "permission.print" if action == "print" else "permission.denied"
        raise PermissionDenied(code, action=doing, roles=sorted(account.roles))


@dataclass(frozen=True)
class Reach:
    """Which records of a kind one account reaches for one action, for a query to filter by."""

    scopes: frozenset[Scope]
    classes: tuple[str, ...]

    @property
    def everything(self) -> bool:
        return ALL in self.scopes

    @property
    def own_classes(self) -> bool:
        return OWN in self.scopes

    @property
    def contact(self) -> bool:
        return CONTACT in self.scopes

    def class_filter(self) -> tuple[str, ...] | None:
        """None: every class; else the classes whose records it reaches."""
        if self.everything:
            return None
        return self.classes if self.own_classes else ()

    def __bool__(self) -> bool:
        return bool(self.scopes)


def reach(account: Account, action: str, kind: str) -> Reach:
    return Reach(_scopes(account, action, kind), tuple(account.classes))


# -- the table as text -------------------------------------------------------------------------
def render(rows: Sequence[Row] = ROWS) -> str:
    """The table as Markdown, in DESIGN.md's layout."""
    lines = [
        "| | " + " | ".join(heading for _, heading in COLUMNS) + " |",
        "|" + "---|" * (len(COLUMNS) + 1),
    ]
    for r in rows:
        lines.append(f"| {r.label} | " + " | ".join(r.cells[c].text for c in ROLE_NAMES) + " |")
    return "\n".join(lines) + "\n"
