"""Words for the sync state: "上次同步 2 小时前 · 待发送 12 条"."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from sxcounsel.sync.status import SchoolStatus

translate = QCoreApplication.translate


def ago(stamp: str, now: datetime | None = None) -> str:
    """'3 minutes ago' for an ISO UTC time stamp; 'never' when there is none."""
    if not stamp:
        return translate("SyncText", "never")
    try:
        then = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    seconds = max(0, int(((now or datetime.now(UTC)) - then).total_seconds()))
    if seconds < 60:
        return translate("SyncText", "just now")
    # Counts computed first: lupdate's parser reads "//" as the start of a comment.
    minutes, hours, days = (
        divmod(seconds, 60)[0],
        divmod(seconds, 3600)[0],
        divmod(seconds, 86400)[0],
    )
    if seconds < 3600:
        return QCoreApplication.translate("SyncText", "%n minute(s) ago", None, minutes)
    if seconds < 86400:
        return QCoreApplication.translate("SyncText", "%n hour(s) ago", None, hours)
    return QCoreApplication.translate("SyncText", "%n day(s) ago", None, days)


def last_sync(status: SchoolStatus) -> str:
    """When the county last confirmed something (or, before that, the last export)."""
    return status.last_ack or status.last_export


def summary(status: SchoolStatus, now: datetime | None = None) -> str:
    """The one line for the status bar."""
    if not status.enrolled_with:
        return translate("SyncText", "Not enrolled with the county")
    when = translate("SyncText", "Last sync %1").replace("%1", ago(last_sync(status), now))
    if status.nothing_pending:
        return when + translate("SyncText", " · nothing to send")
    n = status.pending_changes
    return when + QCoreApplication.translate("SyncText", " · %n record(s) to send", None, n)
