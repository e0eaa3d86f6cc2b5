"""Drafts of unsaved forms live in the encrypted store, per user."""

from __future__ import annotations

import pytest

from sxcounsel.core.errors import ValidationError
from sxcounsel.services.account_session import Session
from sxcounsel.services.drafts import clear_draft, list_drafts, load_draft, save_draft
from sxcounsel.store.paths import StorePaths

COUNSELOR, COUNSELOR_PASS = "zhaomin", "Xinli#Room42"
TEACHER, TEACHER_PASS = "liujun", "Banzhuren-7a"


def test_a_draft_survives_locking_and_is_per_user(school):
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s:
        assert load_draft(s, "session", None) is None
        save_draft(s, "session", None, {"complaint": "失眠两周，担心期中考试", "duration": 50})
        save_draft(s, "home_visit", "0190abc", {"purpose": "了解近况"})
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s:
        draft = load_draft(s, "session", None)
        assert draft is not None and draft.values["complaint"] == "失眠两周，担心期中考试"
        assert draft.values["duration"] == 50 and draft.saved_at.endswith("Z")
        assert sorted(d.kind for d in list_drafts(s)) == ["home_visit", "session"]
    with Session.unlock(school.home, TEACHER, TEACHER_PASS) as s:
        assert load_draft(s, "session", None) is None  # another user's draft is not visible
        assert list_drafts(s) == []
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s:
        assert clear_draft(s, "session", None) is True
        assert clear_draft(s, "session", None) is False
        assert load_draft(s, "session", None) is None
        assert load_draft(s, "home_visit", "0190abc").values == {"purpose": "了解近况"}


def test_draft_text_is_not_readable_on_disk(school):
    secret = "这段草稿不应以明文出现在磁盘上"
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s:
        save_draft(s, "concern", None, {"care_plan": secret})
    needle = secret.encode("utf-8")
    for path in StorePaths(school.home).home.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), path.name


def test_unknown_kind_and_bad_values_are_refused(school):
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s:
        with pytest.raises(ValidationError):
            save_draft(s, "diary", None, {})
        with pytest.raises(ValidationError):
            save_draft(s, "session", None, ["not", "a", "mapping"])  # type: ignore[arg-type]
        s.store.set_meta(f"draft/{COUNSELOR}/session/new", "{damaged")
        assert load_draft(s, "session", None) is None
