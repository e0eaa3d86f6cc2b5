"""Display names of roles and other enumerations (translated)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sxcounsel.core.roles import Role

_ROLE_NAMES = {
    Role.COUNSELOR: QT_TRANSLATE_NOOP("Roles", "Counselor"),
    Role.HEAD_TEACHER: QT_TRANSLATE_NOOP("Roles", "Head teacher"),
    Role.SCHOOL_ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.COUNTY: QT_TRANSLATE_NOOP("Roles", "County center"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Roles", _ROLE_NAMES[role])


def role_names(roles: Iterable[Role]) -> str:
    """Roles in their canonical order, joined for display: 心理教师、管理员."""
    held = set(roles)
    sep = QCoreApplication.translate("Roles", ", ")
    return sep.join(role_name(r) for r in Role if r in held)


def fill(template: str, *values: object) -> str:
    """Qt's ``QString::arg`` for Python: put ``values`` at %1, %2, ... in one pass."""

    def value(match: re.Match[str]) -> str:
        i = int(match.group(1))
        return str(values[i - 1]) if 1 <= i <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


_PLACEHOLDER = re.compile(r"%(\d)")
