"""The workspace page for each navigation key (lists and the dashboard)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from sxcounsel.gui.lists.base_model import RecordTableModel
from sxcounsel.gui.lists.concerns_model import ConcernsModel
from sxcounsel.gui.lists.crises_model import CrisesModel
from sxcounsel.gui.lists.homevisits_model import HomeVisitsModel
from sxcounsel.gui.lists.list_page import ListPage
from sxcounsel.gui.lists.referrals_model import ReferralsModel
from sxcounsel.gui.lists.sessions_model import SessionsModel
from sxcounsel.gui.lists.students_model import StudentsModel
from sxcounsel.gui.printing.list_actions import attach_print_actions

if TYPE_CHECKING:
    from sxcounsel.gui.page_context import PageContext

MODELS: dict[str, type[RecordTableModel]] = {
    m.list_key: m
    for m in (
        StudentsModel,
        SessionsModel,
        HomeVisitsModel,
        ConcernsModel,
        ReferralsModel,
        CrisesModel,
    )
}


def page_for(key: str, ctx: PageContext, parent: QWidget) -> QWidget | None:
    """The page for navigation ``key``, or None while that page does not exist yet."""
    if key == "dashboard":
        from sxcounsel.gui.dashboard.dashboard_page import DashboardPage

        return DashboardPage(ctx, parent)
    model = MODELS.get(key)
    if model is None:
        return None
    from sxcounsel.gui.workspace.navigation import ENTRIES

    title = next(e.label() for e in ENTRIES if e.key == key)
    page = ListPage(ctx, model(ctx.session), title, parent)
    attach_print_actions(page)
    return page


__all__ = ["MODELS", "page_for"]
