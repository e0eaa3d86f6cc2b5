"""A key-concern case (重点关注学生台账): contact person, care plan, reviews, closing.

Counselors open and edit cases and close them; the assigned contact person (a head teacher,
say) sees the case and adds reviews; everyone else who may read it sees it read-only. A review
chosen in the list is corrected in the review fields (``update_review``); counselors may delete
the latest one (``delete_review``).
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTreeWidget, QTreeWidgetItem

from sxcounsel.core import permissions
from sxcounsel.core.errors import SxError
from sxcounsel.gui.forms.base import RecordForm
from sxcounsel.gui.forms.fields import (
    ChecksField,
    ChoiceField,
    DateField,
    NumberField,
    TextField,
    fit_rows,
    plain,
    today,
)
from sxcounsel.gui.forms.student_picker import StudentField
from sxcounsel.gui.labels import fill, role_names
from sxcounsel.services import concern_reviews, concerns, risklevels
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import list_accounts
from sxcounsel.services.concern_reviews import ConcernReview
from sxcounsel.services.concerns import ConcernCase
from sxcounsel.services.listing import staff_names

_KEYS = (
    "student_id",
    "opened_on",
    "risk_level",
    "contact_user",
    "reason_categories",
    "reason_text",
    "care_plan",
    "review_interval_days",
)
_REVIEW = ("reviewed_on", "observations", "level_after")
_CLOSE = ("closed_on", "close_reason")


def account_options(form: RecordForm) -> list[tuple[str, str]]:
    """Enabled accounts as (username, "王丽（心理教师）"): a person by name and role; the login
    only for an account without a name."""
    out = []
    for a in list_accounts(form.session):
        if not a.disabled:
            out.append((a.username, f"{a.display_name or a.username}（{role_names(a.roles)}）"))
    return out


class ConcernForm(RecordForm):
    kind = "concern"
    table_kind, deleter = "concerns", staticmethod(concerns.delete_case)

    def build(self) -> None:
        self.case: ConcernCase | None = None
        self.editing: ConcernReview | None = None  # the review being corrected
        self.levels = risklevels.get_risk_levels(self.session)
        main = self.section(self.tr("Case"))
        self.add(main, "student_id", self.tr("Student"), StudentField(self.session, self))
        self.add(main, "opened_on", self.tr("Opened on"), DateField(self))
        self.add(
            main,
            "risk_level",
            self.tr("Risk level"),
            ChoiceField(self, plain(self.levels), self.tr("Choose…")),
        )
        self.add(
            main,
            "contact_user",
            self.tr("Contact person"),
            ChoiceField(self, account_options(self), self.tr("Choose…")),
        )
        self.add(
            main,
            "reason_categories",
            self.tr("Reasons"),
            ChecksField(self, plain(concerns.REASONS)),
        )
        self.add(main, "reason_text", self.tr("Reasons in words"), TextField(self, 2))
        self.add(main, "care_plan", self.tr("Care plan"), TextField(self, 3))
        self.add(
            main,
            "review_interval_days",
            self.tr("Review every"),
            NumberField(self, 1, 365, self.tr(" days")),
        )
        reviews = self.section(self.tr("Reviews"), "reviewsBox")
        self.reviews_box = reviews.parentWidget()
        self.review_list = QTreeWidget(self.content)
        self.review_list.setObjectName("reviewList")
        self.review_list.setRootIsDecorated(False)
        self.review_list.setHeaderLabels(
            [self.tr("Date"), self.tr("By"), self.tr("Level"), self.tr("Observations")]
        )
        self.review_list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.review_list.header().setStretchLastSection(True)
        self.review_list.setMinimumHeight(90)
        reviews.addRow(self.review_list)
        self.edit_review_button = QPushButton(self.tr("&Edit the chosen review"), self.content)
        self.edit_review_button.setObjectName("editReview")
        self.edit_review_button.clicked.connect(self.edit_review)
        self.delete_review_button = QPushButton(self.tr("Delete the chosen review…"), self.content)
        self.delete_review_button.setObjectName("deleteReview")
        self.delete_review_button.clicked.connect(self.ask_delete_review)
        self._buttons += [self.edit_review_button, self.delete_review_button]
        review_actions = QHBoxLayout()
        review_actions.addWidget(self.edit_review_button)
        review_actions.addWidget(self.delete_review_button)
        review_actions.addStretch(1)
        reviews.addRow(review_actions)
        self.add(reviews, "reviewed_on", self.tr("Review date"), DateField(self))
        self.add(reviews, "observations", self.tr("Observations"), TextField(self, 3))
        self.add(
            reviews,
            "level_after",
            self.tr("Level after"),
            ChoiceField(self, plain(self.levels), self.tr("Unchanged")),
        )
        close = self.section(self.tr("Close the case"), "closeBox")
        self.close_box = close.parentWidget()
        self.add(close, "closed_on", self.tr("Closed on"), DateField(self))
        self.add(close, "close_reason", self.tr("Reason for closing"), TextField(self, 2))
        self.review_button = self.action_button(self.tr("Add &review"), "addReview")
        self.review_button.clicked.connect(self.add_review)
        self.close_case_button = self.action_button(self.tr("Close the &case"), "closeCase")
        self.close_case_button.clicked.connect(self.close_case)

    # -- form hooks ---------------------------------------------------------------------------
    def initial(self) -> dict[str, Any]:
        return {
            "opened_on": today(),
            "contact_user": self.session.username,
            "review_interval_days": 30,
            "reviewed_on": today(),
            "closed_on": today(),
        }

    def may_write(self) -> bool:
        """Open, edit and close cases (the role table: write concerns)."""
        return permissions.allowed(self.session.account, "write", "concerns")

    def may_review(self) -> bool:
        case = self.case
        return (
            case is not None
            and case.status == concerns.OPEN
            and permissions.allowed(self.session.account, "review", "concerns", case)
        )

    def editable(self) -> bool:
        return self.may_write() or self.may_review()

    def fixed(self, key: str) -> bool:
        if key in _REVIEW:
            return not self.may_review()
        if key in _CLOSE:
            return not (self.may_write() and self.case is not None and self.case.status == "open")
        return not self.may_write() or (key == "student_id" and self.case is not None)

    def delete_question(self) -> str:
        return self.tr(
            "Delete this key-concern case and its reviews? It cannot be restored on this computer."
        )

    def stored(self) -> object | None:
        return self.case

    def title(self) -> str:
        if self.case is None:
            return self.tr("New key-concern case")
        student = self.field("student_id").widget.student
        return fill(self.tr("Key-concern case: %1"), student.name if student else "")

    def read(self) -> dict[str, Any]:
        self.case = concerns.get_case(self.session, self.record_id)
        self.editing = None
        values = {k: v for k, v in asdict(self.case).items() if k in _KEYS}
        values.update(observations="", level_after="", close_reason="")
        return values

    def write(self, s: Session, values: dict[str, Any]) -> Any:
        c = ConcernCase(**{k: values[k] for k in _KEYS})
        if self.case is not None:
            c.id, c.version = self.case.id, self.case.version
            return concerns.update_case(s, c)
        return concerns.open_case(s, c)

    def refresh(self) -> None:
        case = self.case
        self.save_button.setVisible(self.may_write())
        self.reviews_box.setVisible(case is not None)
        self.review_button.setVisible(self.may_review())
        self.review_button.setText(
            self.tr("Save the &review") if self.editing else self.tr("Add &review")
        )
        for key in _REVIEW:
            self.set_row_visible(key, self.may_review())
        closable = self.may_write() and case is not None and case.status == concerns.OPEN
        self.close_box.setVisible(closable)
        self.close_case_button.setVisible(closable)
        if case is None:
            self.subheading.setText(self.tr("The first review is due one interval after opening."))
        elif case.status == concerns.OPEN:
            text = fill(
                self.tr("Open · level %1 · next review %2"), case.risk_level, case.next_review_on
            )
            late = (date.today() - date.fromisoformat(case.next_review_on)).days
            if late > 0:
                text += " · " + self.tr("%n day(s) overdue", "", late)
            self.subheading.setText(text)
        else:
            self.subheading.setText(
                fill(self.tr("Closed on %1: %2"), case.closed_on, case.close_reason)
            )
        self.review_list.clear()
        if case is not None:
            staff = staff_names(self.session)
            for r in reversed(concern_reviews.list_reviews(self.session, case.id)):
                level = (
                    r.level_after
                    if r.level_after == r.level_before
                    else (f"{r.level_before} → {r.level_after}")
                )
                who = staff.get(r.reviewer, r.reviewer)
                row = [r.reviewed_on, who, level, r.observations.replace("\n", " ")]
                item = QTreeWidgetItem(row)
                item.setData(0, Qt.ItemDataRole.UserRole, r.id)
                self.review_list.addTopLevelItem(item)
        fit_rows(self.review_list)
        listed = self.review_list.topLevelItemCount() > 0
        if listed:  # the latest review, the one whose date and level may still change
            self.review_list.setCurrentItem(self.review_list.topLevelItem(0))
        self.edit_review_button.setVisible(listed and self.may_review())
        open_case = case is not None and case.status == concerns.OPEN
        self.delete_review_button.setVisible(listed and self.may_write() and open_case)

    # -- actions ------------------------------------------------------------------------------
    def add_review(self) -> None:
        """Add the review in the review fields, or save the correction of the chosen one."""
        values = self.values()
        review = ConcernReview(self.record_id, *(values[k] for k in _REVIEW))

        def added(_result: Any) -> None:
            self.set_values({"reviewed_on": today()})
            self.settle()

        if self.editing is not None:
            fixed = replace(self.editing, **{k: values[k] for k in _REVIEW})
            self.run(
                lambda s: concern_reviews.update_review(s, fixed),
                self.tr("The review was corrected."),
                added,
            )
            return
        self.run(
            lambda s: concern_reviews.add_review(s, review),
            self.tr("The review was added; the next one is scheduled."),
            added,
        )

    def chosen_review(self) -> str:
        item = self.review_list.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else ""

    def edit_review(self) -> None:
        """Put the chosen review in the review fields; saving them corrects it."""
        review_id = self.chosen_review()
        if not review_id or self.busy():
            return
        self.clear_errors()
        try:
            review = concern_reviews.get_review(self.session, review_id)
        except SxError as exc:
            self.show_error(exc)
            return
        values = {k: getattr(review, k) for k in _REVIEW}
        self.set_values(values)
        self._baseline.update(values)
        self.editing = review
        self.review_button.setText(self.tr("Save the &review"))
        self.message.show_message(self.tr("Correct the review below and save it."), "info")
        self.scroll.ensureWidgetVisible(self.rows["observations"].holder)

    def ask_delete_review(self) -> None:
        review_id = self.chosen_review()
        if review_id and not self.busy():
            self.ask(
                self.tr("Delete the review"),
                self.tr(
                    "Delete the chosen review? The case goes back to its level and review "
                    "date before it."
                ),
                self.tr("Delete"),
                lambda: self.delete_review(review_id),
            )

    def delete_review(self, review_id: str) -> None:
        self.run(
            lambda s: concern_reviews.delete_review(s, review_id),
            self.tr("The review was deleted."),
            lambda _result: self.settle(),
        )

    def close_case(self) -> None:
        values = self.values()
        case = self.case
        if case is None:
            return
        self.run(
            lambda s: concerns.close_case(
                s,
                case.id,
                values["closed_on"],
                values["close_reason"],
                expected_version=case.version,
            ),
            self.tr("The case is closed."),
            lambda _result: self.settle(),
        )
