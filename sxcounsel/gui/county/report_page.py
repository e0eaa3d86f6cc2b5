"""统计报告: the year's charts at a glance and the de-identified report for the city and the
province, written as PDF or XLSX (off the GUI thread, on its own connection)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from sxcounsel.core.progress import Progress
from sxcounsel.core.schoolyear import school_year_label
from sxcounsel.county import stats as cs
from sxcounsel.gui.county.coverage_page import YearFiguresPage
from sxcounsel.gui.county.month_chart import MonthChart
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.operations import Operation
from sxcounsel.gui.widgets.busy import run_busy
from sxcounsel.gui.widgets.layout import button_row, column_layout
from sxcounsel.gui.widgets.messages import MessageLabel

if TYPE_CHECKING:  # reportlab and openpyxl load when the first report is written
    from sxcounsel.gui.county.county_context import CountyContext
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.printing import Printed


class ReportPage(YearFiguresPage):
    def __init__(self, ctx: CountyContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("page_report")
        self.printed: Printed | None = None
        top = self.title_row(title, self.tr("School year:"), "reportYear")
        self.concerns = MonthChart(
            self.tr("Key-concern students at each month's end, by risk level"), self
        )
        self.concerns.setObjectName("concernsByMonth")
        self.crises = MonthChart(self.tr("Crisis events per month"), self)
        self.crises.setObjectName("crisesByMonth")
        card = QFrame(self)
        card.setObjectName("card")
        charts = QHBoxLayout(card)
        charts.setContentsMargins(16, 12, 16, 12)
        charts.setSpacing(24)
        charts.addWidget(self.concerns, 1)
        charts.addWidget(self.crises, 1)
        hint = QLabel(
            self.tr(
                "The report gives county totals and each school's figures for the city and "
                "the province, with these charts. It is de-identified: no names, no ids, no "
                '学籍号, and any count below 5 reads "<5".'
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save report as &PDF…"), self)
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.setProperty("primary", True)
        self.pdf_button.clicked.connect(lambda: self.ask_file(".pdf"))
        self.xlsx_button = QPushButton(self.tr("Save report as &XLSX…"), self)
        self.xlsx_button.setObjectName("reportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.ask_file(".xlsx"))
        buttons = button_row(self.pdf_button, self.xlsx_button)
        self.message = MessageLabel(self)
        self.message.setObjectName("reportMessage")
        column_layout(self, [top, (card, 1), hint, buttons, self.message], spacing=12)

    def school_year(self) -> int:
        return int(self.year.currentData())

    # -- charts ---------------------------------------------------------------------------------
    def reload(self) -> Operation:
        self._stale = False
        session, year = self.ctx.session, self.school_year()

        def load(s: Session) -> tuple[cs.MonthlySeries, cs.MonthlySeries]:
            return cs.monthly_concerns(s, year, date.today()), cs.crises_by_month(s, year)

        self.task = self.latest.run(
            load,
            self._loaded,
            lambda e: self.message.show_message(error_text(e)),
            session=session,
            parent=self,
        )
        return self.task

    def _loaded(self, data: tuple[cs.MonthlySeries, cs.MonthlySeries]) -> None:
        concerns, crises = data
        self.concerns.set_series(concerns.months, concerns.series)
        self.crises.set_series(crises.months, {"": crises.total()})

    # -- the report -----------------------------------------------------------------------------
    def ask_file(self, suffix: str) -> None:
        dialog = QFileDialog(self, self.tr("Save the county statistics report"))
        dialog.setObjectName("reportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix[1:])
        dialog.setNameFilters(
            [self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbook (*.xlsx)")]
        )
        dialog.selectFile(f"{school_year_label(self.school_year())}统计报告{suffix}")
        dialog.fileSelected.connect(lambda name: self.write(Path(name)))
        dialog.open()

    def write(self, path: Path) -> Operation:
        session, year, progress = self.ctx.session, self.school_year(), Progress()
        self.message.clear_message()

        def work(s: Session) -> Printed:
            from sxcounsel.county.report import write_county_report

            return write_county_report(s, year, path, progress=progress)

        op = Operation(work, session=session, kind="write", progress=progress)  # audited
        self.task = run_busy(
            self,
            self.tr("Building the report…"),
            op,
            self._written,
            lambda e: self.message.show_message(error_text(e)),
        )
        return self.task

    def _written(self, printed: Printed) -> None:
        self.printed = printed
        self.message.show_message(
            fill(self.tr("The report was saved as %1."), str(printed.path)), "success"
        )
