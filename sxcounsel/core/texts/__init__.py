"""Every sentence a user can be shown for a refusal, in English and Chinese, by code.

One table: code -> (English template, Chinese template), gathered from the modules of this
package (one per part of the product, so that a new record family adds its own). Templates name
facts in braces; ``{field}`` is the field's name in the sentence's language (``FIELDS``), or
the label a form gives it. A list fact is joined in the language's way. The CLI picks the
language from the locale (``language_from_env``); the GUI from its own language. Nothing here
reads or parses a sentence: errors carry their code and facts (``core.errors.SxError``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from sxcounsel.core.texts import care, fields, folders, roster, school, system

_TABLES = (fields, system, school, care, roster, folders)


def _merge(attr: str) -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for module in _TABLES:
        for key, pair in getattr(module, attr, {}).items():
            if key in merged and merged[key] != pair:
                raise RuntimeError(f"{attr} {key!r} is defined twice with different texts")
            merged[key] = pair
    return merged


TEMPLATES: dict[str, tuple[str, str]] = _merge("TEMPLATES")
# Field key (an attribute name such as "visit_date") -> its name in English and Chinese.
FIELDS: dict[str, tuple[str, str]] = _merge("FIELDS")
UNKNOWN = "error.unknown"


def chinese(language: str) -> bool:
    return language.startswith("zh")


def field_name(field: object, language: str = "en") -> str:
    """A field's name in ``language``; an unknown key is shown with its underscores as spaces."""
    key = str(field)
    en, zh = FIELDS.get(key, (key.replace("_", " "), key.replace("_", " ")))
    return zh if chinese(language) else en


def known(code: str) -> bool:
    return code in TEMPLATES


def text(code: str, language: str = "en", /, *, field_label: str = "", **facts: object) -> str:
    """The sentence for ``code`` in ``language`` ('zh…' for Chinese, anything else English).

    ``field_label`` names the field as the caller shows it (a form's label, a roster's header) in
    place of ``FIELDS``' name for ``facts["field"]``.
    """
    zh = chinese(language)
    pair = TEMPLATES.get(code) or TEMPLATES[UNKNOWN]
    template = pair[1] if zh else pair[0]
    values: dict[str, object] = {}
    for key, value in facts.items():
        if isinstance(value, list | tuple | set | frozenset):
            value = ("、" if zh else ", ").join(map(str, value))
        values[key] = value
    if field_label:
        values["field"] = field_label
    elif "field" in facts:
        values["field"] = field_name(facts["field"], language)
    values.setdefault("code", code)
    return template.format_map(_Blank(values))


class _Blank(dict):
    """A fact missing from the facts leaves an empty place, never an exception."""

    def __missing__(self, key: str) -> str:
        return ""


def join(parts: list[str], language: str) -> str:
    return ("" if chinese(language) else " ").join(parts)


def language_from_env(env: Mapping[str, str] | None = None) -> str:
    """'zh' when the locale asks for Chinese (LC_ALL, else LC_MESSAGES, else LANG), else 'en'."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"
