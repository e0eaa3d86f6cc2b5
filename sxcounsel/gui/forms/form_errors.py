"""The sentence shown on a form when a service refuses what was typed.

A refusal that names a field is shown beside it, naming the field the way the form labels it
("请填写家访目的。"); the sentence comes from the error's code (``core.texts``), never from its
English wording.
"""

from __future__ import annotations

from sxcounsel.gui.errors import error_text


def field_error(exc: BaseException, label: str) -> str:
    """The sentence for ``exc`` shown beside the field labelled ``label``."""
    return error_text(exc, label.replace("&", "").rstrip(":："))


def form_error(exc: BaseException) -> str:
    """The sentence for a refusal that names no field of the form."""
    return error_text(exc)
