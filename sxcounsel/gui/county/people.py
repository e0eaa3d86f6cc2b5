"""School staff as the county may show them.

The county receives a school's records but not its accounts: a field that names a colleague
(contact person, reporter, reviewer) holds what the school stored, which is sometimes the
account's login (``banzhuren``). The county shows a name when the school stored one and the
colleague's role otherwise, never a login.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from sxcounsel.gui.labels import role_name

# A login: letters, digits, dot, dash, underscore, no CJK (a name people type has CJK or a space).
_LOGIN = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")
# Fields that name a colleague; the counselor's own fields show the role 心理教师.
PERSON_FIELDS = frozenset(
    {"contact_user", "reported_by", "reviewer", "counselor", "signed_by", "by"}
)
_COUNSELOR_FIELDS = frozenset({"counselor", "signed_by"})


def is_login(value: str) -> bool:
    return bool(_LOGIN.match(value or ""))


def staff_text(value: str, field: str = "contact_user") -> str:
    """``value`` when it is a name; else the role of whoever holds ``field``."""
    if not is_login(value):
        return value
    if field in _COUNSELOR_FIELDS:
        return role_name("counselor")
    return QCoreApplication.translate("CountyPeople", "School staff")
