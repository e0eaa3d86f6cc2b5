"""The one table of sentences: every code a module raises has an English and a Chinese
template, and the two name the same facts (``core/texts``)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import sxcounsel
from sxcounsel.core import texts
from sxcounsel.core.errors import SxError, ValidationError

PACKAGE = Path(sxcounsel.__file__).parent
CJK = re.compile(r"[\u4e00-\u9fff]")
# Facts that hold what a user typed or a student's data: never part of a sentence.
PRIVATE_FACTS = {"value", "name", "student_name", "id_number", "note", "text"}


def _error_classes() -> set[str]:
    for info in pkgutil.walk_packages([str(PACKAGE)], "sxcounsel."):
        if ".gui" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found: set[str] = set()
    todo = [SxError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _raised_codes() -> dict[str, list[str]]:
    """code -> where it is raised, for every ``SomeError("…")`` call in the package; a call
    whose first argument is a sentence or an f-string is listed under ``!sentence``."""
    classes = _error_classes()
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in classes:
                continue
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            first = node.args[0]
            if isinstance(first, ast.JoinedStr):
                found.setdefault("!sentence", []).append(where)
            elif isinstance(first, ast.Constant) and isinstance(first.value, str):
                key = first.value if " " not in first.value else "!sentence"
                found.setdefault(key, []).append(where)
    return found


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_raised_code_has_both_sentences() -> None:
    raised = _raised_codes()
    assert "!sentence" not in raised, f"errors raised with a sentence, not a code: {raised}"
    missing = sorted(code for code in raised if code not in texts.TEMPLATES)
    assert not missing, f"codes without a template: {[(c, raised[c]) for c in missing]}"
    assert len(raised) > 100  # the scan found the raise sites


@pytest.mark.parametrize("code", sorted(texts.TEMPLATES))
def test_template_pair(code: str) -> None:
    en, zh = texts.TEMPLATES[code]
    assert en.strip() and zh.strip()
    assert not CJK.fullmatch(en[:1] or " ") or code.startswith(("roster.", "read."))
    assert CJK.search(zh), f"{code}: the Chinese template has no Chinese"
    en_facts, zh_facts = _fields(en), _fields(zh)
    assert zh_facts <= en_facts | {"field", "column", "code"}, f"{code}: {zh_facts - en_facts}"
    assert not (zh_facts & PRIVATE_FACTS), f"{code} shows a private fact in Chinese"
    assert not ({f.split("!")[0] for f in en_facts} & PRIVATE_FACTS - {"value"}), code


def test_sentences_are_built_from_the_code_and_facts() -> None:
    exc = ValidationError("field.too_long", field="visit_date", limit=500, value="秘密")
    assert exc.message == "The visit date is longer than 500 characters."
    assert exc.text("zh") == "家访日期超过了 500 个字。" or "500" in exc.text("zh")
    assert exc.text("zh", "家访目的").startswith("家访目的")
    assert "秘密" not in exc.message + exc.text("zh")
    choice = ValidationError("field.choice", field="gender", allowed=("男", "女"))
    assert choice.message == "The 性别 must be one of: 男, 女."
    assert choice.text("zh") == "性别只能是以下之一：男、女。"


def test_an_unknown_code_still_gives_a_sentence() -> None:
    exc = SxError("no.such.code")
    assert exc.message == "The operation was refused (no.such.code)."
    assert "no.such.code" in exc.text("zh")


def test_locale_picks_the_language() -> None:
    assert texts.language_from_env({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert texts.language_from_env({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}) == "en"
    assert texts.language_from_env({}) == "en"


def test_field_names_have_both_languages() -> None:
    for key, (en, zh) in texts.FIELDS.items():
        assert en.strip() and zh.strip(), key
