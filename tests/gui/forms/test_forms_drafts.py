"""Unsaved form text survives a lock as an encrypted draft, and comes back after unlocking."""

from __future__ import annotations

from pathlib import Path

import formtools
from formtools import (
    COUNSELOR,
    COUNSELOR_PASS,
    POPUP_WARNINGS,
    click,
    pick,
    save,
    type_text,
)
from PySide6.QtWidgets import QApplication

from sxcounsel.gui import operations
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.services import drafts, homevisits
from sxcounsel.services.account_session import Session

pytestmark = POPUP_WARNINGS
kids = formtools.kids  # the fixture
PURPOSE = "了解留守情况，与祖母沟通学习习惯"


def open_forms() -> list[RecordForm]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordForm)]


def lock_now(qtbot, window) -> None:
    """Lock once background work (the dashboard loading) is done: locking waits for it."""
    qtbot.waitUntil(lambda: not operations.busy())
    assert window.lock()


def test_a_draft_survives_lock_and_unlock(qtbot, school, kids, make_window, unlock, tmp_path):
    window = make_window(school.home)
    unlock(window, COUNSELOR, COUNSELOR_PASS)
    form = window.workspace.ctx.open_record("home_visit")
    pick(qtbot, form.field("student_id").widget, "zxm")
    type_text(form, "purpose", PURPOSE)
    form.field("met").edits[0]["name"].setText("张奶奶")
    assert form.isWindowModified()

    lock_now(qtbot, window)
    assert window.unlock_screen is not None and window.workspace is None
    qtbot.waitUntil(lambda: not open_forms())  # the form went with the workspace
    for path in [*tmp_path.rglob("*.ini"), *Path(school.home).rglob("*")]:
        if path.is_file():  # not in the preferences, not readable in the store's files
            assert PURPOSE.encode("utf-8") not in path.read_bytes(), path.name

    unlock(window, COUNSELOR, COUNSELOR_PASS)
    form = window.workspace.ctx.open_record("home_visit")
    assert form.draft_restored and form.discard.isVisible()
    assert form.field("purpose").value() == PURPOSE
    assert form.field("student_id").value() == kids["张小明"]
    assert form.field("met").value() == [{"name": "张奶奶", "relation": ""}]
    assert "未保存的内容" in form.message.text()

    form.field("met").edits[0]["relation"].setText("祖母")
    click(qtbot, form.save_button)
    [visit] = homevisits.list_home_visits(window.session, student_id=kids["张小明"])
    assert visit.purpose == PURPOSE
    assert drafts.load_draft(window.session, "home_visit", None) is None


def test_discarding_a_draft_and_drafts_of_saved_records(qtbot, school, kids, make_window, unlock):
    window = make_window(school.home)
    unlock(window, COUNSELOR, COUNSELOR_PASS)
    ctx = window.workspace.ctx
    form = ctx.open_record("consent", None, student_id=kids["李静怡"])
    type_text(form, "guardian", "李建军")
    type_text(form, "relation", "父亲")
    assert save(qtbot, form)
    consent_id = form.record_id
    form.field("guardian").widget.setText("李建军（已核实）")
    lock_now(qtbot, window)
    with Session.unlock(school.home, COUNSELOR, COUNSELOR_PASS) as s:
        draft = drafts.load_draft(s, "consent", consent_id)
        assert draft is not None and draft.values["guardian"].endswith("（已核实）")
    unlock(window, COUNSELOR, COUNSELOR_PASS)
    form = window.workspace.ctx.open_record("consent", consent_id)
    assert form.field("guardian").value().endswith("（已核实）")
    click(qtbot, form.discard)
    assert form.field("guardian").value() == "李建军" and not form.discard.isVisible()
    assert drafts.load_draft(window.session, "consent", consent_id) is None
    form.close()  # unchanged: closing keeps no draft
    assert drafts.list_drafts(window.session) == []
