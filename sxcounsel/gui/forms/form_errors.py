"""The sentence shown beside a form field when a service refuses what was typed.

Services say what is wrong in English, naming the field by its attribute ("The purpose is
empty."). A form knows the field's label, so the sentence here names it the way the form
does ("请填写家访目的。"). Refusals the forms can meet that no general rule covers are
translated here; everything else goes through ``gui.errors``/``gui.service_text``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sxcounsel.core.errors import SxError, ValidationError
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.service_text import explain, known

_CTX = "FormErrors"

# Whole sentences (matched at the start of the service's message).
_KNOWN = [
    ("No student is chosen", QT_TRANSLATE_NOOP("FormErrors", "Choose a student.")),
    ("The student record does not exist", QT_TRANSLATE_NOOP("FormErrors", "Choose a student.")),
    (
        "An individual session has exactly one student",
        QT_TRANSLATE_NOOP("FormErrors", "An individual session is with exactly one student."),
    ),
    (
        "A group session needs at least two students",
        QT_TRANSLATE_NOOP("FormErrors", "A group session needs at least two students."),
    ),
    (
        "A parent interview needs the student",
        QT_TRANSLATE_NOOP("FormErrors", "Choose the student the parent interview is about."),
    ),
    (
        "Choose at least one problem category",
        QT_TRANSLATE_NOOP("FormErrors", "Choose at least one problem category."),
    ),
    (
        "Choose at least one reason category",
        QT_TRANSLATE_NOOP("FormErrors", "Choose at least one reason."),
    ),
    (
        "Name at least one visiting staff member",
        QT_TRANSLATE_NOOP("FormErrors", "Name at least one visiting staff member."),
    ),
    (
        "Name at least one person met",
        QT_TRANSLATE_NOOP("FormErrors", "Name at least one person met and their relation."),
    ),
    (
        "Each person met needs a name and a relation",
        QT_TRANSLATE_NOOP("FormErrors", "Each person met needs a name and a relation."),
    ),
    (
        "This student already has an open key-concern case",
        QT_TRANSLATE_NOOP(
            "FormErrors", "This student already has an open key-concern case; open that one."
        ),
    ),
    (
        "The contact person's account does not exist",
        QT_TRANSLATE_NOOP("FormErrors", "Choose the contact person."),
    ),
    (
        "The contact person's account is disabled",
        QT_TRANSLATE_NOOP("FormErrors", "The contact person's account is disabled."),
    ),
    ("No institution is chosen", QT_TRANSLATE_NOOP("FormErrors", "Choose the institution.")),
    (
        "An institution with this name and department already exists",
        QT_TRANSLATE_NOOP("FormErrors", "This institution is already in the list."),
    ),
    (
        "Record the guardian's consent before",
        QT_TRANSLATE_NOOP(
            "FormErrors", "Record the guardian's consent first (in the referral, then Save)."
        ),
    ),
    (
        "The receipt needs a diagnosis or advice",
        QT_TRANSLATE_NOOP("FormErrors", "Enter the diagnosis or the advice from the receipt."),
    ),
    (
        "The guardians were informed before the event",
        QT_TRANSLATE_NOOP("FormErrors", "The guardians cannot be informed before the event."),
    ),
    (
        "Record the outcome before closing",
        QT_TRANSLATE_NOOP("FormErrors", "Enter the outcome before closing the event."),
    ),
    (
        "The key-concern case is closed",
        QT_TRANSLATE_NOOP("FormErrors", "The case is closed; it takes no more reviews."),
    ),
    (
        "A leave of absence can be recorded only after",
        QT_TRANSLATE_NOOP("FormErrors", "A leave can be recorded only after the visit (已就诊)."),
    ),
    (
        "Only a student who is 在校 can start",
        QT_TRANSLATE_NOOP("FormErrors", "Only a student who is 在校 can start a leave."),
    ),
    (
        "This counseling session is signed and locked",
        QT_TRANSLATE_NOOP(
            "FormErrors", "This session is signed and locked; add an addendum instead."
        ),
    ),
    (
        "The closed on date is before",
        QT_TRANSLATE_NOOP(
            "FormErrors", "The closing date cannot be before the opening or the latest review."
        ),
    ),
    (
        "The guardian consent is given as",
        QT_TRANSLATE_NOOP(
            "FormErrors", "Enter the guardian, the date and the method of the consent."
        ),
    ),
]

_EMPTY = re.compile(r"^The (?P<f>.+?) is empty\.$")
_FUTURE = re.compile(r"^The (?P<f>.+?) is in the future\.$")
_BEFORE = re.compile(r"^The (?P<f>.+?) is before (?P<what>.+?)\.$")
_WHAT = {
    "the previous review": QT_TRANSLATE_NOOP("FormErrors", "the previous review"),
    "the case was opened": QT_TRANSLATE_NOOP("FormErrors", "the day the case was opened"),
    "the referral's previous step": QT_TRANSLATE_NOOP("FormErrors", "the previous step"),
    "the leave started": QT_TRANSLATE_NOOP("FormErrors", "the start of the leave"),
    "the visit (已就诊)": QT_TRANSLATE_NOOP("FormErrors", "the visit (已就诊)"),
    "the referral was issued": QT_TRANSLATE_NOOP("FormErrors", "the day of the referral"),
    "the consent was given": QT_TRANSLATE_NOOP("FormErrors", "the day of the consent"),
    "the date of the record": QT_TRANSLATE_NOOP("FormErrors", "the date of the record"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_error(exc: BaseException, label: str) -> str:
    """The sentence for ``exc`` shown beside the field labelled ``label``."""
    if not isinstance(exc, SxError):
        return error_text(exc)
    msg = exc.message
    for prefix, text in _KNOWN:
        if msg.startswith(prefix):
            return _t(text)
    label = label.replace("&", "").rstrip(":：")
    if isinstance(exc, ValidationError):
        if _EMPTY.match(msg):
            return fill(_t(QT_TRANSLATE_NOOP("FormErrors", "Enter %1.")), label)
        if _FUTURE.match(msg):
            return fill(
                _t(QT_TRANSLATE_NOOP("FormErrors", "%1 cannot be later than today.")), label
            )
        before = _BEFORE.match(msg)
        if before and before["what"] in _WHAT:
            return fill(
                _t(QT_TRANSLATE_NOOP("FormErrors", "%1 cannot be earlier than %2.")),
                label,
                _t(_WHAT[before["what"]]),
            )
        if known(msg):
            return explain(msg, label)
    return error_text(exc)


def form_error(exc: BaseException) -> str:
    """The sentence for a refusal that names no field of the form."""
    if isinstance(exc, SxError):
        for prefix, text in _KNOWN:
            if exc.message.startswith(prefix):
                return _t(text)
    return error_text(exc)
