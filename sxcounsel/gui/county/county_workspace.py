"""The county center's workspace (a county store): the same shell as the school workspace —
navigation on the left, the chosen page on the right — with the county's pages.

Built for one Session and thrown away on lock with every page and model it holds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sxcounsel.gui.county.county_context import CountyContext
from sxcounsel.gui.county.crises_model import CountyCrisesModel
from sxcounsel.gui.county.roster_model import CountyRosterModel
from sxcounsel.gui.county.waiting_model import CountyReferralsModel
from sxcounsel.gui.lists.list_page import ListPage
from sxcounsel.gui.prefs import Prefs
from sxcounsel.gui.workspace.workspace import Shell

KEYS = (
    "county_schools",
    "inbox",
    "county_concern",
    "county_referrals",
    "county_crisis",
    "coverage",
    "report",
    "settings",
)


class CountyWorkspace(Shell):
    context_class = CountyContext
    ctx: CountyContext

    def populate(self, prefs: Prefs) -> None:
        labels = self.labels()
        self.build(
            self.tr("County Guidance Center"),
            self.session.store.meta("county_name"),
            [(key, labels[key]) for key in KEYS],
            lambda key, label: self._page(key, label, prefs),
        )

    def labels(self) -> dict[str, str]:
        return {
            "county_schools": self.tr("Schools"),
            "inbox": self.tr("Inbox"),
            "county_concern": self.tr("Key concern"),
            "county_referrals": self.tr("Referrals"),
            "county_crisis": self.tr("Crisis events"),
            "coverage": self.tr("Home-visit coverage"),
            "report": self.tr("Statistics report"),
            "settings": self.tr("Settings"),
        }

    def _page(self, key: str, label: str, prefs: Prefs) -> QWidget:
        ctx, parent = self.ctx, self.pages
        if key == "county_schools":
            from sxcounsel.gui.county.schools_page import SchoolsPage

            return SchoolsPage(ctx, label, parent)
        if key == "inbox":
            from sxcounsel.gui.county.inbox_page import InboxPage

            return InboxPage(ctx, label, parent)
        if key == "coverage":
            from sxcounsel.gui.county.coverage_page import CoveragePage

            return CoveragePage(ctx, label, parent)
        if key == "report":
            from sxcounsel.gui.county.report_page import ReportPage

            return ReportPage(ctx, label, parent)
        if key == "settings":
            return self.settings_page(prefs)
        titles = {
            "county_concern": self.tr("Key-concern students across the county"),
            "county_referrals": self.tr("Referrals waiting more than 14 days for a receipt"),
            "county_crisis": self.tr("Crisis events across the county"),
        }
        model = {
            "county_concern": CountyRosterModel,
            "county_referrals": CountyReferralsModel,
            "county_crisis": CountyCrisesModel,
        }[key]
        return ListPage(ctx, model(self.session), titles[key], parent)

    def keys(self) -> list[str]:
        return list(KEYS)
