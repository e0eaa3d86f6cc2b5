"""家访覆盖: home-visit coverage for a school year against the province's target (every
student visited at least once a school year): the county total, every school (lowest first)
and, for the school chosen, its classes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.core.schoolyear import school_year_label, school_year_of
from sxcounsel.county import stats as cs
from sxcounsel.gui.county.coverage_chart import Bar, CoverageChart
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists.quick_filters import natural
from sxcounsel.gui.operations import Latest, Operation
from sxcounsel.gui.widgets.layout import column_layout
from sxcounsel.gui.widgets.live_page import LivePage
from sxcounsel.gui.widgets.messages import MessageLabel

if TYPE_CHECKING:
    from sxcounsel.gui.county.county_context import CountyContext

YEARS_SHOWN = 4


def year_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    this = school_year_of(date.today())
    for year in range(this, this - YEARS_SHOWN, -1):
        combo.addItem(school_year_label(year), year)
    return combo


class YearFiguresPage(LivePage):
    """A page of one school year's county figures, loaded in the background: it reloads when
    records change while it is shown, otherwise the next time it is shown."""

    def __init__(self, ctx: CountyContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Operation | None = None
        self._stale = True
        self.latest = Latest()  # only the newest load's result is shown
        ctx.bus.changed.connect(lambda *_: self.reload_or_mark_stale())

    def title_row(self, title: str, year_label: str, combo_name: str) -> QHBoxLayout:
        """The page title, and at the right the school-year choice (``self.year``)."""
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        self.year = year_combo(self, combo_name)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(year_label, self))
        top.addWidget(self.year)
        return top

    def reload(self) -> Operation:
        raise NotImplementedError


class CoveragePage(YearFiguresPage):
    def __init__(self, ctx: CountyContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("page_coverage")
        self.schools: list[cs.SchoolCoverage] = []
        top = self.title_row(title, self.tr("School year:"), "coverageYear")
        hint = QLabel(
            self.tr(
                "The province's target: every student visited at home at least once each "
                "school year. The red mark at the end of each bar is the target; amber bars "
                "are below half."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.total = CoverageChart(self)
        self.total.setObjectName("countyTotal")
        self.total.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        total_card = QFrame(self)
        total_card.setObjectName("card")
        QVBoxLayout(total_card).addWidget(self.total)
        self.school_chart = CoverageChart(self)
        self.school_chart.setObjectName("schoolCoverage")
        self.school_chart.chosen.connect(self.show_school)
        self.class_chart = CoverageChart(self, name_width=130)
        self.class_chart.setObjectName("classCoverage")
        self.class_title = QLabel(self.tr("Choose a school to see its classes."), self)
        self.class_title.setObjectName("cardTitle")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.addWidget(self._label(self.tr("Schools, lowest coverage first")), 0, 0)
        grid.addWidget(self.class_title, 0, 1)
        grid.addWidget(self._scroll(self.school_chart), 1, 0)
        grid.addWidget(self._scroll(self.class_chart), 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.message = MessageLabel(self)
        column_layout(self, [top, hint, total_card, self.message, (grid, 1)])

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("cardTitle")
        return label

    def _scroll(self, chart: CoverageChart) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(chart)
        return scroll

    def reload(self) -> Operation:
        self._stale = False
        session, year = self.ctx.session, int(self.year.currentData())
        self.task = self.latest.run(
            lambda s: cs.by_school(cs.coverage(s, year)),
            self._loaded,
            lambda exc: self.message.show_message(error_text(exc)),
            session=session,
            parent=self,
        )
        return self.task

    def _loaded(self, schools: list[cs.SchoolCoverage]) -> None:
        self.schools = schools
        students = sum(s.students for s in schools)
        visited = sum(s.visited for s in schools)
        self.total.set_bars([Bar("", self.tr("County total"), visited, students)])
        ordered = sorted(schools, key=lambda s: (s.share, s.school_code))
        self.school_chart.set_bars(
            [Bar(s.school_code, s.school_name, s.visited, s.students) for s in ordered]
        )
        if ordered:
            self.school_chart.choose(0)
        else:
            self.class_chart.set_bars([])

    def show_school(self, code: str) -> None:
        school = next((s for s in self.schools if s.school_code == code), None)
        if school is None:
            return
        self.class_title.setText(fill(self.tr("Classes of %1"), school.school_name))
        self.class_chart.set_bars(
            [
                Bar(c.class_name, c.class_name, c.visited, c.students)
                for c in sorted(school.classes, key=lambda c: natural(c.class_name))
            ]
        )
