"""Display names of roles and other enumerations (translated)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sxcounsel.core.roles import ordered

# The display name of each role (core/roles.py names them): labels only, never a decision.
_ROLE_NAMES = {
    "counselor": QT_TRANSLATE_NOOP("Roles", "Counselor"),
    "head_teacher": QT_TRANSLATE_NOOP("Roles", "Head teacher"),
    "school_admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
    "county": QT_TRANSLATE_NOOP("Roles", "County center"),
}


def role_name(role: str) -> str:
    return QCoreApplication.translate("Roles", _ROLE_NAMES[str(role)])


def role_names(roles: Iterable[str]) -> str:
    """Roles in their canonical order, joined for display: 心理教师、管理员."""
    sep = QCoreApplication.translate("Roles", ", ")
    return sep.join(role_name(r) for r in ordered(frozenset(roles)))


def fill(template: str, *values: object) -> str:
    """Qt's ``QString::arg`` for Python: put ``values`` at %1, %2, ... in one pass."""

    def value(match: re.Match[str]) -> str:
        i = int(match.group(1))
        return str(values[i - 1]) if 1 <= i <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


_PLACEHOLDER = re.compile(r"%(\d)")
