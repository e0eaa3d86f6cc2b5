"""At 1366×768, in Chinese and in English, the counselor's dashboard and every list page of the
demo school show their text whole: no visible cell or header is cut shorter than its text
unless the view elides it and its tooltip carries the whole text, no row is lower than its
text, and no label or combo box is narrower than what it says. Real store, real window."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTreeWidget,
    QWidget,
)

from sxcounsel.core.schoolyear import format_date
from sxcounsel.gui import i18n
from sxcounsel.gui.dashboard.dashboard_page import DashboardPage
from sxcounsel.services import concerns, listing
from sxcounsel.services.account_session import Session
from sxcounsel.services.demo import create_demo

LISTS = ("students", "counseling", "home_visits", "concern", "referrals", "crisis")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str, str]:
    """The demo school, plus a case whose review falls due today."""
    home = tmp_path_factory.mktemp("nothing-cut") / "home"
    today = date.today()
    login = create_demo(home, students_count=300, seed=2025, today=today)
    with Session.unlock(home, login.username, login.passphrase) as s:
        with_case = {c.student_id for c in concerns.list_cases(s, status=None)}
        student = next(r for r in listing.list_student_rows(s) if r.id not in with_case)
        concerns.open_case(s, concerns.ConcernCase(
            student_id=student.id, opened_on=format_date(today - timedelta(days=14)),
            risk_level="蓝", contact_user=s.username, reason_categories=["学业"],
            reason_text="成绩下滑，厌学", care_plan="每两周谈心一次",
            review_interval_days=14))  # fmt: skip
    return home, login.username, login.passphrase


def _cell_problem(view: QAbstractItemView, index: QModelIndex, rect: QRect) -> str | None:
    """What the cell's delegate asks for (text, the style's and style sheet's margins, or a
    level chip) against what the view gives it."""
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    if not text:
        return None
    metrics = QFontMetrics(view.font())
    if rect.height() < metrics.height():
        return f"row {rect.height()}px lower than its text ({metrics.height()}px): {text!r}"
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    need = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    if isinstance(view, QTreeWidget) and index.column() == 0 and view.rootIsDecorated():
        need += view.indentation()
    if need <= rect.width():
        return None
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    if view.textElideMode() != Qt.TextElideMode.ElideNone and tooltip == text:
        return None  # elided on screen, whole in the tooltip
    return f"cell {rect.width()}px narrower than its text ({need}px): {text!r}"


def view_problems(view: QAbstractItemView, where: str) -> list[str]:
    model, port = view.model(), view.viewport().rect()
    out = []
    header = getattr(view, "horizontalHeader", None)
    header = header() if header else view.header()  # QTreeView
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        need = header.sectionSizeFromContents(column).width()  # style sheet padding included
        if header.sectionSize(column) < need:
            out.append(f"{where}: header {title!r} {header.sectionSize(column)}px < {need}px")
    for row in range(min(model.rowCount(), 80)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect = view.visualRect(index)
            if isinstance(view, QTreeWidget) and column == 0:
                item = view.itemFromIndex(index)
                if item is not None and item.isFirstColumnSpanned():
                    rect.setWidth(port.width())
            if rect.isEmpty() or not rect.intersects(port):
                continue
            if isinstance(view, QTreeWidget) and rect.bottom() > port.bottom():
                out.append(f"{where} [{row}]: row cut in half at the bottom of its card")
                break  # a dashboard card is as tall as whole rows; the rest scroll
            problem = _cell_problem(view, index, rect)
            if problem:
                out.append(f"{where} [{row},{column}]: {problem}")
    return out


def widget_problems(root: QWidget, where: str) -> list[str]:
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.pixmap() is not None:
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                out.append(f"{where}: wrapped label cut below: {label.text()!r}")
        elif label.sizeHint().width() > label.width():
            out.append(
                f"{where}: label {label.width()}px < {label.sizeHint().width()}px: {label.text()!r}"
            )
    for combo in root.findChildren(QComboBox):
        if not combo.isVisibleTo(root) or not combo.currentText():
            continue
        opt = QStyleOptionComboBox()
        combo.initStyleOption(opt)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        need = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if field.width() < need:
            out.append(f"{where}: combo {field.width()}px < {need}px: {combo.currentText()!r}")
    for view in root.findChildren(QAbstractItemView):
        if view.isVisibleTo(root) and view.model() is not None and view.objectName():
            out += view_problems(view, f"{where}/{view.objectName()}")
    return out


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_dashboard_and_lists_show_their_text_whole(
    qtbot, gui_app, demo, make_window, unlock, language
):
    home, user, passphrase = demo
    i18n.install(gui_app, language)
    try:
        window = make_window(home)
        assert (window.width(), window.height()) == (1366, 768)
        unlock(window, user, passphrase)
        workspace = window.workspace
        page = workspace.pages.currentWidget()
        assert isinstance(page, DashboardPage)
        qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
        settle(qtbot)
        problems = widget_problems(page, f"{language} dashboard")
        # Today's work first, and in view without scrolling.
        first = page.reviews.topLevelItem(0)
        assert page.tile_due.figure.text() != "0"
        assert first.foreground(3).color() != page.reviews.topLevelItem(1).foreground(3).color()
        rect = page.reviews.visualItemRect(first)
        at = page.reviews.viewport().mapTo(window, rect.bottomLeft())
        assert window.rect().contains(at) and page.reviews.isVisible()
        # Each figure opens the list it counts, by mouse or keyboard.
        for tile, key, quick in (
            (page.tile_overdue, "concern", "status"),
            (page.tile_waiting, "referrals", "waiting"),
            (page.tile_crises, "crisis", "status"),
        ):
            workspace.show_page("dashboard")
            if tile is page.tile_waiting:
                qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
            else:
                tile.setFocus()
                qtbot.keyClick(tile, Qt.Key.Key_Return)
            shown = workspace.pages.currentWidget()
            assert shown.objectName() == f"page_{key}"
            qtbot.waitUntil(lambda shown=shown: shown.loaded, timeout=10_000)
            assert shown.combos[quick].currentIndex() > 0, key
            figure = int(tile.figure.text())
            if tile is page.tile_overdue:
                figure += int(page.tile_due.figure.text())
            assert shown.proxy.rowCount() == figure, key
        for key in LISTS:
            shown = workspace.show_page(key)
            qtbot.waitUntil(lambda shown=shown: shown.loaded, timeout=10_000)
            settle(qtbot)
            assert shown.proxy.rowCount() > 0, key
            problems += widget_problems(shown, f"{language} {key}")
        students = workspace.show_page("students")
        level = next(i for i, c in enumerate(students.model.columns) if c.level)
        assert students.model.columns[0].text(students.model.rows[0]) == students.model.rows[0].name
        rows = range(students.proxy.rowCount())
        assert any(students.proxy.index(r, level).data() for r in rows)
        assert problems == []
    finally:
        i18n.install(gui_app, "zh_CN")
