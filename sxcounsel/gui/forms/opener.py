"""Open the form of one record (the student file for a student): the single entry point that
lists, the dashboard and the student file use.

What opens is the role table's answer (``core/permissions.py``), as the services enforce it: a
head teacher gets no session form at all (None), and only the status of a referral or crisis
event of their class. A record that
cannot be shown (deleted meanwhile, not readable) gives one sentence in a message box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from sxcounsel.core import permissions
from sxcounsel.gui.errors import error_text

if TYPE_CHECKING:
    from sxcounsel.gui.page_context import PageContext

_WINDOW_PROPERTY = "sxcounselRecord"


# A form's record kind -> its kind in the role table, the action that creates one, and the
# actions any one of which opens one (the status view counts).
_TABLE: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "student": ("students", "write", ("read",)),
    "session": ("sessions", "write", ("read",)),
    "home_visit": ("home_visits", "write", ("read",)),
    "concern": ("concerns", "write", ("read",)),
    "referral": ("referrals", "write", ("read", "status")),
    "crisis": ("crises", "report", ("read", "status")),
    "consent": ("consents", "write", ("read",)),
    "disclosure": ("notes", "write", ("read",)),  # confidentiality breaks: counselors only
}


def can_open(account: permissions.Account, kind: str, new: bool) -> bool:
    """Whether the account may see (``new``: create) a record of ``kind`` in the app."""
    if kind not in _TABLE:
        return False
    table_kind, create, opens = _TABLE[kind]
    if new:
        return permissions.allowed(account, create, table_kind)
    return any(permissions.allowed(account, action, table_kind) for action in opens)


def _already_open(ctx: PageContext, kind: str, record_id: str) -> QWidget | None:
    for widget in ctx.host.findChildren(QWidget):
        # A closed form lingers until Qt deletes it later: only a visible one is reused.
        if (
            widget.isWindow()
            and widget.isVisible()
            and widget.property(_WINDOW_PROPERTY) == f"{kind}/{record_id}"
        ):
            return widget
    return None


def _build(ctx: PageContext, kind: str, record_id: str | None, defaults: dict) -> QWidget:
    from sxcounsel.gui.forms import (
        concern_form,
        consent_form,
        crisis_form,
        disclosure_form,
        home_visit_form,
        referral_form,
        session_form,
        status_view,
        student_form,
    )

    if kind == "student":
        if record_id:
            from sxcounsel.gui.student_file.student_file import StudentFile

            return StudentFile(ctx, record_id)
        return student_form.StudentForm(ctx, None, defaults)
    status_only = kind in ("referral", "crisis") and not permissions.allowed(
        ctx.session.account, "read", _TABLE[kind][0]
    )
    if record_id and status_only:
        from sxcounsel.services import crises, referrals

        status = (referrals.referral_status if kind == "referral" else crises.crisis_status)(
            ctx.session, record_id
        )
        return status_view.StatusView(ctx.session, status, ctx.host)
    forms = {
        "session": session_form.SessionForm,
        "home_visit": home_visit_form.HomeVisitForm,
        "concern": concern_form.ConcernForm,
        "referral": referral_form.ReferralForm,
        "crisis": crisis_form.CrisisForm,
        "consent": consent_form.ConsentForm,
        "disclosure": disclosure_form.DisclosureForm,
    }
    return forms[kind](ctx, record_id, defaults)


def open_record(
    ctx: PageContext, kind: str, record_id: str | None = None, **defaults: Any
) -> QWidget | None:
    """Show the form for ``kind`` (see context.KINDS); a new record when ``record_id`` is None.

    Returns the window shown (an already open one is raised), or None when the account may
    not open it or it could not be read.
    """
    if not can_open(ctx.session.account, kind, not record_id):
        return None
    if record_id:
        existing = _already_open(ctx, kind, record_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
    try:
        widget = _build(ctx, kind, record_id, defaults)
    except Exception as exc:  # deleted meanwhile, not readable: one sentence, no traceback
        box = QMessageBox(
            QMessageBox.Icon.Warning, "", error_text(exc), QMessageBox.StandardButton.Ok, ctx.host
        )
        box.setObjectName("openRecordError")
        box.open()
        return None
    if record_id:
        widget.setProperty(_WINDOW_PROPERTY, f"{kind}/{record_id}")
    elif kind != "student":  # a saved student form is not the student's file
        widget.saved.connect(  # type: ignore[attr-defined]
            lambda rid, w=widget: w.setProperty(_WINDOW_PROPERTY, f"{kind}/{rid}")
        )
    widget.show()
    return widget
