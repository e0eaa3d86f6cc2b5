"""The navigation entries and which roles see them (DESIGN.md "Roles").

An entry a role cannot use is absent, not greyed out. Services still enforce the roles; this
only keeps the screen honest about what each person may do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sxcounsel.core.roles import Role

ALL_SCHOOL = frozenset({Role.COUNSELOR, Role.HEAD_TEACHER, Role.SCHOOL_ADMIN})
CARE = frozenset({Role.COUNSELOR, Role.SCHOOL_ADMIN})


@dataclass(frozen=True)
class NavEntry:
    key: str
    title: str  # English source, translated in context "Navigation"
    roles: frozenset[Role]
    blurb: str  # what the page is for (shown until it exists)

    def label(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)

    def description(self) -> str:
        return QCoreApplication.translate("Navigation", self.blurb)


ENTRIES: tuple[NavEntry, ...] = (
    NavEntry(
        "dashboard",
        QT_TRANSLATE_NOOP("Navigation", "Dashboard"),
        ALL_SCHOOL,
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Today's reminders: reviews due, referrals waiting for a receipt, home visits "
            "still to make.",
        ),
    ),
    NavEntry(
        "students",
        QT_TRANSLATE_NOOP("Navigation", "Students"),
        ALL_SCHOOL,
        QT_TRANSLATE_NOOP(
            "Navigation", "One file per student: family situation, care plan and history."
        ),
    ),
    NavEntry(
        "counseling",
        QT_TRANSLATE_NOOP("Navigation", "Counseling"),
        frozenset({Role.COUNSELOR}),
        QT_TRANSLATE_NOOP(
            "Navigation", "Individual, group and parent sessions, numbered by school year."
        ),
    ),
    NavEntry(
        "home_visits",
        QT_TRANSLATE_NOOP("Navigation", "Home visits"),
        ALL_SCHOOL,
        QT_TRANSLATE_NOOP(
            "Navigation", "Home visits in person, by phone or by video, and the class ledger."
        ),
    ),
    NavEntry(
        "concern",
        QT_TRANSLATE_NOOP("Navigation", "Key concern"),
        ALL_SCHOOL,
        QT_TRANSLATE_NOOP(
            "Navigation", "Key-concern students, their contact person, reviews and risk level."
        ),
    ),
    NavEntry(
        "referrals",
        QT_TRANSLATE_NOOP("Navigation", "Referrals"),
        ALL_SCHOOL,
        QT_TRANSLATE_NOOP(
            "Navigation", "Referrals to partner hospitals, guardian consent and receipts."
        ),
    ),
    NavEntry(
        "crisis",
        QT_TRANSLATE_NOOP("Navigation", "Crisis events"),
        ALL_SCHOOL,
        QT_TRANSLATE_NOOP("Navigation", "Crisis events: who was told, when, and what was done."),
    ),
    NavEntry(
        "sync",
        QT_TRANSLATE_NOOP("Navigation", "Sync"),
        CARE,
        QT_TRANSLATE_NOOP(
            "Navigation", "Send the records to the county center, online or on a USB stick."
        ),
    ),
    NavEntry(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        ALL_SCHOOL,
        "",
    ),
)


def entries_for(roles: Iterable[Role]) -> list[NavEntry]:
    held = set(roles)
    return [e for e in ENTRIES if e.roles & held]
