"""Settings: the school's risk levels (预警等级), edited in a small box; refusals in one sentence."""

from __future__ import annotations

import formtools
from formtools import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    TEACHER,
    TEACHER_PASS,
    click,
)
from PySide6.QtWidgets import QListWidgetItem

from sxcounsel.gui.settings.risk_levels_box import RiskLevelsBox
from sxcounsel.gui.settings.settings_page import SettingsPage
from sxcounsel.services import concerns, risklevels

ctx_of = formtools.ctx_of  # the fixture
kids = formtools.kids  # the fixture


def shown(box: RiskLevelsBox) -> list[str]:
    return [box.list.item(i).text() for i in range(box.list.count())]


def test_a_counselor_adds_reorders_and_saves_levels(qtbot, ctx_of):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    page = SettingsPage(ctx.session, ctx.prefs)
    qtbot.addWidget(page)
    page.show()
    box = page.risk_levels
    assert isinstance(box, RiskLevelsBox) and box.isVisible()
    assert shown(box) == ["红", "橙", "黄", "蓝"]
    assert not box.save.isEnabled()  # nothing changed yet

    click(qtbot, box.add)
    item: QListWidgetItem = box.list.item(4)
    box.list.closePersistentEditor(item)
    item.setText("紫")
    box.list.setCurrentRow(4)
    click(qtbot, box.up)
    assert shown(box) == ["红", "橙", "黄", "紫", "蓝"]
    assert box.list.currentRow() == 3
    click(qtbot, box.save)
    assert risklevels.get_risk_levels(ctx.session) == ("红", "橙", "黄", "紫", "蓝")
    assert box.message.isVisible() and not box.save.isEnabled()


def test_removing_a_level_in_use_is_refused_in_one_sentence(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    concerns.open_case(
        ctx.session,
        concerns.ConcernCase(
            student_id=kids["张小明"], opened_on="2025-10-10", risk_level="黄",
            contact_user=TEACHER, reason_categories=["学业"],
        ),
    )  # fmt: skip
    box = RiskLevelsBox(ctx.session)
    qtbot.addWidget(box)
    box.show()
    box.list.setCurrentRow(2)
    click(qtbot, box.remove)
    assert shown(box) == ["红", "橙", "蓝"]
    click(qtbot, box.save)
    text = box.message.text()
    assert box.message.isVisible() and text and "\n" not in text and "Traceback" not in text
    assert risklevels.get_risk_levels(ctx.session) == risklevels.DEFAULT_LEVELS
    assert shown(box) == ["红", "橙", "蓝"]  # nothing edited is lost
    assert box.save.isEnabled()


def test_duplicate_names_are_refused(qtbot, ctx_of):
    ctx = ctx_of(ADMIN, ADMIN_PASS)
    box = RiskLevelsBox(ctx.session)
    qtbot.addWidget(box)
    box.show()
    box.list.item(1).setText("红")
    click(qtbot, box.save)
    assert box.message.isVisible() and box.message.text()
    assert risklevels.get_risk_levels(ctx.session) == risklevels.DEFAULT_LEVELS


def test_a_head_teacher_has_no_risk_level_box(qtbot, ctx_of):
    ctx = ctx_of(TEACHER, TEACHER_PASS)
    page = SettingsPage(ctx.session, ctx.prefs)
    qtbot.addWidget(page)
    assert page.risk_levels is None and page.findChild(RiskLevelsBox) is None
