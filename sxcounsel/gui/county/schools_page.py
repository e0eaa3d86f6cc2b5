"""学校: the county at a glance (tiles), every enrolled school's sync state and counts, and
enrollment requests to approve or reject.

A school silent for more than 14 days is tinted red; a click on a school opens the county
key-concern roster filtered to it. An enrollment request is a file the school hands over:
it is read and shown (school, code, key fingerprint) before the operator approves or rejects.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from sxcounsel.county.enroll import approve
from sxcounsel.county.stats import SchoolFigures
from sxcounsel.county.store import county_of
from sxcounsel.gui.county.schools_model import SchoolsModel
from sxcounsel.gui.dashboard.dashboard_page import Tile
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.gui.lists.list_page import ListPage
from sxcounsel.sync.enrollment import MAX_FILE, EnrollmentRequest, parse_request
from sxcounsel.sync.keys import key_id, read_limited

if TYPE_CHECKING:
    from sxcounsel.gui.county.county_context import CountyContext


class SchoolsPage(ListPage):
    def __init__(self, ctx: CountyContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, SchoolsModel(ctx.session, ctx.refused), title, parent)
        self.search.setPlaceholderText(self.tr("Search: school name or code"))
        self.approve_button = QPushButton(self.tr("Enrollment request…"), self)
        self.approve_button.setObjectName("enrollmentRequest")
        self.approve_button.clicked.connect(self.ask_request_file)
        top = self.layout().itemAt(0).layout()
        top.addWidget(self.approve_button)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.tiles: dict[str, Tile] = {}
        for key, caption, target in (
            ("schools", self.tr("schools enrolled"), ""),
            ("silent", self.tr("silent > 14 days"), ""),
            ("students", self.tr("students"), ""),
            ("open", self.tr("key-concern students"), "county_concern"),
            ("overdue", self.tr("reviews overdue"), "county_concern"),
            ("waiting", self.tr("referrals waiting > 14 days"), "county_referrals"),
            ("crises", self.tr("open crises"), "county_crisis"),
        ):
            tile = Tile(caption, self)
            tile.setObjectName(f"tile_{key}")
            if target:
                tile.clicked.connect(lambda t=target: self.show_other(t))
            elif key == "silent":
                tile.clicked.connect(lambda: self.set_quick("attention", self.silent_label()))
            tiles.addWidget(tile)
            self.tiles[key] = tile
        self.layout().insertLayout(1, tiles)
        self.request: tuple[Path, EnrollmentRequest] | None = None
        self.box: QMessageBox | None = None

    def silent_label(self) -> str:
        return self.tr("Silent for more than 14 days")

    # -- figures --------------------------------------------------------------------------------
    def _loaded(self, rows: list[SchoolFigures]) -> None:
        super()._loaded(rows)
        t = self.tiles
        t["schools"].set_figure(len(rows))
        t["silent"].set_figure(sum(r.silent for r in rows), alert=True)
        t["students"].set_figure(sum(r.students for r in rows))
        t["open"].set_figure(sum(r.open_total for r in rows))
        t["overdue"].set_figure(sum(r.overdue_reviews for r in rows), alert=True)
        t["waiting"].set_figure(sum(r.referrals_waiting for r in rows), alert=True)
        t["crises"].set_figure(sum(r.open_crises for r in rows), alert=True)

    def show_other(self, key: str) -> QWidget | None:
        show = getattr(self.ctx.host, "show_page", None)
        return show(key) if show is not None else None

    def _open(self, index: QModelIndex) -> None:
        code = self.proxy.record_id(index)
        school = next((r for r in self.model.rows if r.code == code), None)
        page = self.show_other("county_concern")
        if school is not None and isinstance(page, ListPage):
            page.set_quick("school", school.name)

    # -- enrollment -----------------------------------------------------------------------------
    def ask_request_file(self) -> None:
        dialog = QFileDialog(self, self.tr("A school's enrollment request"))
        dialog.setObjectName("requestFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Enrollment requests (*.json)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(lambda name: self.show_request(Path(name)))
        dialog.open()

    def show_request(self, path: Path) -> QMessageBox | None:
        """Read the request and ask: approve or reject."""
        try:
            r = parse_request(read_limited(path, MAX_FILE, "an enrollment request"), path.name)
        except Exception as exc:
            self.message.show_message(error_text(exc))
            return None
        self.request = (path, r)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Enrollment request"),
            "",
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("enrollmentBox")
        box.setText(
            fill(
                self.tr(
                    "%1 (school code %2) asks to send its records to the county center.\n\n"
                    "Key fingerprint: %3\nComputer: %4\n\nCompare the fingerprint with the one "
                    "the school reads out by phone before approving."
                ),
                r.school_name, r.school_code, key_id(r.signing_key), r.device,
            )
        )  # fmt: skip
        self.approve_choice = box.addButton(self.tr("Approve"), QMessageBox.ButtonRole.AcceptRole)
        self.reject_choice = box.addButton(self.tr("Reject"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Decide later"), QMessageBox.ButtonRole.NoRole)
        box.buttonClicked.connect(self._decided)
        self.box = box
        box.open()
        return box

    def _decided(self, button: object) -> None:
        if self.request is None:
            return
        path, r = self.request
        self.request = None
        if button is self.approve_choice:
            self.approve_request(path)
        elif button is self.reject_choice:
            self.reject_request(r)

    def approve_request(self, path: Path) -> str:
        session = self.ctx.session
        try:
            request, what = approve(session, county_of(session), path)
        except Exception as exc:
            self.message.show_message(error_text(exc))
            return ""
        text = {
            "enrolled": self.tr("%1 is enrolled: its bundles will be accepted from now on."),
            "already enrolled": self.tr("%1 was already enrolled with this key; nothing changed."),
        }.get(what, self.tr("%1 now sends with its new key."))
        self.message.show_message(fill(text, request.school_name), "success")
        self.reload()
        return what

    def reject_request(self, r: EnrollmentRequest) -> None:
        session = self.ctx.session
        session.store.audit(
            session.username,
            "enroll",
            "school",
            r.school_code,
            result="refused",
            detail="enrollment request rejected",
        )
        self.message.show_message(
            fill(self.tr("The request of %1 was rejected; nothing was registered."), r.school_name),
            "info",
        )
