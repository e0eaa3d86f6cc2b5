"""Bad-input sweep of record forms (issue 9): each text field of the student form and the home
visit form gets each hostile value, then Save is clicked, as a user would.

| value           | what must happen                                                       |
|-----------------|------------------------------------------------------------------------|
| empty           | saved (optional field) or one message beside the field, nothing saved  |
| 10k chars       | saved whole (free text), cut by the field's own length limit, or refused |
| control chars   | refused with a message, nothing saved                                  |
| line breaks     | saved (folded in one-line fields) or refused                           |
| emoji           | saved or refused                                                       |
| full-width mix  | saved (folded) or refused                                              |
| 2025-02-30      | refused in date fields; text elsewhere                                 |

Never a crash, never "unexpected error", never two records for one click. Forms swept: the
student form (student_no, name, id_number, dormitory, address, birth_date) as the school
administrator, the home-visit form (staff, purpose, family_situation, parents_views, advice,
follow_up, date, follow_up_date) as the counselor.
"""

from __future__ import annotations

import itertools
import re

import formtools
from formtools import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS, POPUP_WARNINGS, click

from sxcounsel.services import homevisits, students

pytestmark = POPUP_WARNINGS
ctx_of = formtools.ctx_of  # the fixture
kids = formtools.kids  # the fixture

TEXTS = {
    "empty": "",
    "10k chars": "长" * 10_000,
    "control chars": "a\x01b\x07c\x1b[31md\x7f",
    "line breaks": "第一行\n第二行",
    "emoji": "😀🏫👧🏻‍🎓",
    "full-width mix": "ＡＢＣ１２３　七年级（２）班",
    "impossible date": "2025-02-30",
}
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_n = itertools.count(1)


def _shown_error(form, key: str) -> str:
    row = form.rows[key].error
    if row.isVisible():
        return row.text()
    return form.message.text() if form.message.isVisible() else ""


def _attempt(qtbot, form, key, value) -> tuple[bool, str]:
    form.field(key).set_value(value)
    click(qtbot, form.save_button)
    return bool(form.record_id), _shown_error(form, key)


def _judge(vname, saved, message, stored) -> str:
    if "意外" in message or "Unexpected" in message:
        return f"unexpected error shown: {message}"
    if not saved:
        return "" if message else "refused without a message"
    text = " ".join(stored) if isinstance(stored, list) else str(stored)
    if CONTROL.search(text):
        return "saved control characters"
    return ""


def test_student_form_fields(qtbot, ctx_of):
    ctx = ctx_of(ADMIN, ADMIN_PASS)
    bad, outcomes = [], []
    for key in ("student_no", "name", "id_number", "dormitory", "address", "birth_date"):
        for vname, value in TEXTS.items():
            form = ctx.open_record("student")
            n = next(_n)
            form.field("student_no").set_value(f"GS{n:05d}")
            form.field("name").set_value(f"表单{n}")
            before = students.count_students(ctx.session)
            saved, message = _attempt(qtbot, form, key, value)
            after = students.count_students(ctx.session)
            stored = None
            if saved:
                stored = getattr(students.get_student(ctx.session, form.record_id), key)
            verdict = _judge(vname, saved, message, stored)
            outcomes.append(saved)
            if after != before + (1 if saved else 0):
                verdict = verdict or f"{after - before} records for one click"
            if vname == "control chars" and saved and value in str(stored):
                verdict = verdict or "control characters saved"
            if verdict:
                bad.append(f"student.{key} = {vname}: {verdict}")
    assert bad == [], "\n".join(bad)
    assert outcomes.count(True) >= 10 and outcomes.count(False) >= 10  # both paths were taken


def test_home_visit_form_fields(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    kid = kids["张小明"]

    def visits() -> int:
        return len(homevisits.list_home_visits(ctx.session, student_id=kid))

    def new_form():
        form = ctx.open_record("home_visit", student_id=kid)
        form.field("met").edits[0]["name"].setText("张建国")
        form.field("met").edits[0]["relation"].setText("父亲")
        form.field("purpose").set_value("了解学生在家学习情况")
        return form

    baseline = new_form()
    click(qtbot, baseline.save_button)
    assert baseline.record_id  # the baseline is valid as it stands
    bad, outcomes = [], []
    keys = ("staff", "purpose", "family_situation", "parents_views", "advice", "follow_up")
    for key in (*keys, "date", "follow_up_date"):
        for vname, value in TEXTS.items():
            form = new_form()
            before = visits()
            saved, message = _attempt(qtbot, form, key, value)
            stored = None
            if saved:
                stored = getattr(homevisits.get_home_visit(ctx.session, form.record_id), key)
            verdict = _judge(vname, saved, message, stored)
            outcomes.append(saved)
            if visits() != before + (1 if saved else 0):
                verdict = verdict or "wrong number of records"
            if key.endswith("date") and vname == "impossible date" and saved:
                verdict = verdict or "an impossible date was saved"
            if verdict:
                bad.append(f"home_visit.{key} = {vname}: {verdict}")
    assert bad == [], "\n".join(bad)
    assert outcomes.count(True) >= 10 and outcomes.count(False) >= 10  # both paths were taken
