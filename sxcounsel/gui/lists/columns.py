"""Columns, search keys and tones that several record lists share: the student, the class,
the next review of a key-concern case."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists.base_model import ALERT, WARN, Column, Row, search_key
from sxcounsel.gui.lists.quick_filters import natural


def student_column(title: str, width: int) -> Column:
    """The student's name, sorted by its pinyin."""
    return Column(title, lambda r: r.student_name, key=lambda r: r.name_pinyin, width=width)


def class_column(title: str, width: int) -> Column:
    """The class, in class order (七年级(2)班 before 七年级(10)班)."""
    return Column(title, lambda r: r.class_name, key=lambda r: natural(r.class_name), width=width)


def level_column(title: str, levels: Sequence[str], width: int = 80) -> Column:
    """The 预警等级 as a coloured chip, sorted by severity in the order of the school's levels
    (``levels``: most severe first; a level no longer in the list sorts last)."""
    order = {level: i for i, level in enumerate(levels)}
    return Column(
        title, lambda r: r.risk_level, key=lambda r: order.get(r.risk_level, 99), width=width,
        level=True,
    )  # fmt: skip


def student_search_key(r: Row, *plain: str) -> str:
    """``plain`` fields found anywhere, and the student's name by its pinyin or initials."""
    return search_key(plain, (*r.name_pinyin.split(), *r.name_initials.split()))


def review_text(r: Row, overdue: str, due_today: str) -> str:
    """The next review date and how overdue it is; ``overdue`` ("%1 · %2 days overdue") and
    ``due_today`` ("%1 · due today") come translated."""
    if r.days_overdue > 0:
        return fill(overdue, r.next_review_on, r.days_overdue)
    if r.days_overdue == 0:
        return fill(due_today, r.next_review_on)
    return r.next_review_on


def review_tone(r: Row) -> QColor | None:
    """Red when the review is overdue, amber when it is due today."""
    return ALERT if r.days_overdue > 0 else WARN if r.days_overdue == 0 else None


__all__ = [
    "class_column",
    "review_text",
    "review_tone",
    "student_column",
    "student_search_key",
]
