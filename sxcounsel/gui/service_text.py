"""Service refusals said again in the user's language.

Services explain a refusal in one English sentence built from a small set of templates
("The 身份证号 is empty.", "The visit date is in the future."). The rules below recognise
those templates and give the translated sentence; the field is named by the caller's label
when there is one (the form's field label, the roster's column header), else by the words the
service used. A sentence no rule knows is shown as the service wrote it, behind a translated
lead-in: never lost, never a traceback.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sxcounsel.gui.labels import fill

_F = r"(?P<f>.+?)"  # the field as the service named it
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^The {_F} is empty\.$"), QT_TRANSLATE_NOOP("ServiceText", "%1 is empty.")),
    (
        re.compile(rf"^The {_F} must be text\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 must be text."),
    ),
    (
        re.compile(rf"^The {_F} is in the future\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 cannot be later than today."),
    ),
    (
        re.compile(rf"^The {_F} is before the date of the record\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 cannot be earlier than the date of the record."),
    ),
    (
        re.compile(rf"^The {_F} contains control characters\.$"),
        QT_TRANSLATE_NOOP(
            "ServiceText", "%1 contains invisible control characters; type it again."
        ),
    ),
    (
        re.compile(rf"^The {_F} is longer than (?P<a>\d+) characters\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 is longer than %2 characters."),
    ),
    (
        re.compile(rf"^The {_F} must be one of: (?P<a>.+)\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 must be one of: %2."),
    ),
    (
        re.compile(rf"^The {_F} must be some of: (?P<a>.+)\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 may only be: %2."),
    ),
    (
        re.compile(rf"^The {_F} must be (?P<a>\S+) or (?P<b>\S+)\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 must be %2 or %3."),
    ),
    (
        re.compile(rf"^The {_F} must be a whole number from (?P<a>\d+) to (?P<b>\d+)\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 must be a whole number from %2 to %3."),
    ),
    (
        re.compile(rf"^The {_F} is not a time of day; enter it like 14:30\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 is not a time of day; enter it like 14:30."),
    ),
    (
        re.compile(rf"^The {_F} must be a month like 2025-09\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 must be a month like 2025-09."),
    ),
    (
        re.compile(rf"^The {_F} is a day that does not exist in the calendar\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 is a day that does not exist in the calendar."),
    ),
    (
        re.compile(
            rf"^The {_F} (?:is not a date|is a number that is not a plausible Excel date).*$"
        ),
        QT_TRANSLATE_NOOP("ServiceText", "%1 is not a valid date; enter it like 2025-09-01."),
    ),
    (
        re.compile(rf"^The {_F} is also on row (?P<a>\d+)(?: of sheet (?P<b>.+))?\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 repeats the one on row %2."),
    ),
    (
        re.compile(rf"^Another student already has this {_F}\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "Another student already has this %1."),
    ),
    (
        re.compile(r"^The (?P<f>学籍号) was turned into a number by Excel.*$"),
        QT_TRANSLATE_NOOP(
            "ServiceText",
            "Excel turned %1 into a number and digits may be lost; format the column as text "
            "and type it again.",
        ),
    ),
    (
        re.compile(r"^The (?P<f>身份证号) was turned into a number by Excel.*$"),
        QT_TRANSLATE_NOOP(
            "ServiceText",
            "Excel turned %1 into a number (like 6.10424E+17) and its last digits are lost; "
            "format the column as text and type it again.",
        ),
    ),
    (
        re.compile(r"^The (?P<f>学籍号) may contain only letters, digits and dashes\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 may contain only letters, digits and dashes."),
    ),
    (
        re.compile(r"^The (?P<f>身份证号) may contain only digits and a final X\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 may contain only digits and a final X."),
    ),
    (
        re.compile(r"^Only the last character of the (?P<f>身份证号) may be X\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 may contain only digits and a final X."),
    ),
    (
        re.compile(r"^The (?P<f>身份证号) must have 18 characters, not (?P<a>\d+)\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 must have 18 characters, not %2."),
    ),
    (
        re.compile(r"^The birth date inside the (?P<f>身份证号) \(characters 7 to 14\).*$"),
        QT_TRANSLATE_NOOP("ServiceText", "The birth date inside %1 does not exist."),
    ),
    (
        re.compile(r"^The birth date inside the (?P<f>身份证号) is in the future\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "The birth date inside %1 is in the future."),
    ),
    (
        re.compile(r"^The (?P<f>身份证号) check character does not match.*$"),
        QT_TRANSLATE_NOOP(
            "ServiceText",
            "The check character of %1 does not match; a digit was probably mistyped.",
        ),
    ),
    (
        re.compile(r"^The birth date inside the (?P<f>身份证号) does not match the 出生日期\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "The birth date inside %1 differs from 出生日期."),
    ),
    (
        re.compile(r"^The (?P<f>.+?) is not a phone number.*$"),
        QT_TRANSLATE_NOOP(
            "ServiceText",
            "%1 is not a phone number: enter an 11-digit mobile number or a landline with its "
            "area code (0913-1234567).",
        ),
    ),
    (
        re.compile(r"^A (?P<f>监护人) needs a name or a phone number\.$"),
        QT_TRANSLATE_NOOP("ServiceText", "%1 needs a name or a phone number."),
    ),
]


def explain(message: str, field_label: str = "") -> str:
    """The translated sentence for a service ``message``; ``field_label`` names the field."""
    for pattern, template in _RULES:
        m = pattern.match(message)
        if m is None:
            continue
        named = m.group("f")
        field = field_label or named
        extra = [v for k, v in m.groupdict().items() if k != "f" and v is not None]
        return fill(QCoreApplication.translate("ServiceText", template), field, *extra)
    return fill(QCoreApplication.translate("ServiceText", "The entry is not valid: %1"), message)


def known(message: str) -> bool:
    """Whether a rule above recognises ``message`` (tests use it to find gaps)."""
    return any(p.match(message) for p, _ in _RULES)
