"""The navigation entries and what an account must be allowed to see each (the role table,
``core/permissions.py``).

An entry an account cannot use is absent, not greyed out. Services still enforce the table;
this only keeps the screen honest about what each person may do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sxcounsel.core import permissions

ANY_STUDENT = ("read", "students")  # every school account reads some students


@dataclass(frozen=True)
class NavEntry:
    key: str
    title: str  # English source, translated in context "Navigation"
    needs: tuple[str, str]  # (action, kind) the account must be allowed on some record
    blurb: str  # what the page is for (shown until it exists)

    def label(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)

    def description(self) -> str:
        return QCoreApplication.translate("Navigation", self.blurb)


ENTRIES: tuple[NavEntry, ...] = (
    NavEntry(
        "dashboard",
        QT_TRANSLATE_NOOP("Navigation", "Dashboard"),
        ANY_STUDENT,
        QT_TRANSLATE_NOOP(
            "Navigation",
            "Today's reminders: reviews due, referrals waiting for a receipt, home visits "
            "still to make.",
        ),
    ),
    NavEntry(
        "students",
        QT_TRANSLATE_NOOP("Navigation", "Students"),
        ("read", "students"),
        QT_TRANSLATE_NOOP(
            "Navigation", "One file per student: family situation, care plan and history."
        ),
    ),
    NavEntry(
        "counseling",
        QT_TRANSLATE_NOOP("Navigation", "Counseling"),
        ("read", "sessions"),
        QT_TRANSLATE_NOOP(
            "Navigation", "Individual, group and parent sessions, numbered by school year."
        ),
    ),
    NavEntry(
        "home_visits",
        QT_TRANSLATE_NOOP("Navigation", "Home visits"),
        ("read", "home_visits"),
        QT_TRANSLATE_NOOP(
            "Navigation", "Home visits in person, by phone or by video, and the class ledger."
        ),
    ),
    NavEntry(
        "concern",
        QT_TRANSLATE_NOOP("Navigation", "Key concern"),
        ("read", "concerns"),
        QT_TRANSLATE_NOOP(
            "Navigation", "Key-concern students, their contact person, reviews and risk level."
        ),
    ),
    NavEntry(
        "referrals",
        QT_TRANSLATE_NOOP("Navigation", "Referrals"),
        ("status", "referrals"),
        QT_TRANSLATE_NOOP(
            "Navigation", "Referrals to partner hospitals, guardian consent and receipts."
        ),
    ),
    NavEntry(
        "crisis",
        QT_TRANSLATE_NOOP("Navigation", "Crisis events"),
        ("status", "crises"),
        QT_TRANSLATE_NOOP("Navigation", "Crisis events: who was told, when, and what was done."),
    ),
    NavEntry(
        "sync",
        QT_TRANSLATE_NOOP("Navigation", "Sync"),
        ("use", "sync"),
        QT_TRANSLATE_NOOP(
            "Navigation", "Send the records to the county center, online or on a USB stick."
        ),
    ),
    NavEntry(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        ANY_STUDENT,
        "",
    ),
)


def entries_for(account: permissions.Account) -> list[NavEntry]:
    return [e for e in ENTRIES if permissions.allowed(account, *e.needs)]
