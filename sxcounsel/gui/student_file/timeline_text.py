"""The words of a student-file timeline entry (services/student_file.py gives its facts)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from sxcounsel.gui.labels import fill
from sxcounsel.services import student_file as sf

translate = QCoreApplication.translate


def _one_line(text: object) -> str:
    return str(text or "").replace("\n", " ")


def _joined(values: object) -> str:
    return "、".join(str(v) for v in values) if isinstance(values, list | tuple) else ""


def _state(is_open: object) -> str:
    return translate("Timeline", "open") if is_open else translate("Timeline", "closed")


def entry_texts(entry: sf.Entry) -> tuple[str, str]:
    """(what, detail): 心理辅导 2025-003, and one line of detail (never confidential notes)."""
    f = entry.facts
    if entry.event == sf.SESSION:
        signed = (
            translate("Timeline", "signed") if f["signed"] else translate("Timeline", "not signed")
        )
        return (
            fill(translate("Timeline", "Counseling session %1"), f["number"]),
            " · ".join([str(f["form"]), _joined(f["categories"]), signed]),
        )
    if entry.event == sf.HOME_VISIT:
        parts = (_joined(f["staff"]), _one_line(f["purpose"]))
        return (
            fill(translate("Timeline", "Home visit (%1)"), f["method"]),
            " · ".join(p for p in parts if p),
        )
    if entry.event == sf.CONCERN_OPENED:
        detail = (
            fill(
                translate("Timeline", "contact %1 · next review %2"),
                f["contact"],
                f["next_review_on"],
            )
            if f["open"]
            else _joined(f["reasons"])
        )
        return fill(translate("Timeline", "Key-concern case opened (%1)"), f["risk_level"]), detail
    if entry.event == sf.CONCERN_REVIEW:
        before, after = f["level_before"], f["level_after"]
        level = after if after == before else f"{before} → {after}"
        return (
            fill(translate("Timeline", "Review (%1)"), level),
            f"{f['reviewer']} · {_one_line(f['observations'])}",
        )
    if entry.event == sf.CONCERN_CLOSED:
        return translate("Timeline", "Key-concern case closed"), _one_line(f["reason"])
    if entry.event == sf.REFERRAL:
        return (
            fill(translate("Timeline", "Referral %1"), f["number"]),
            f"{f['institution']} · {f['status']}",
        )
    if entry.event == sf.CRISIS:
        return fill(translate("Timeline", "Crisis event (%1)"), f["type"]), _state(f["open"])
    if entry.event == sf.CRISIS_STATUS:
        return translate("Timeline", "Crisis event"), _state(f["open"])
    if entry.event == sf.CONSENT:
        withdrawn = f["withdrawn_on"]
        return (
            fill(translate("Timeline", "Guardian consent: %1"), f["purpose"]),
            f"{f['guardian']}（{f['relation']}）· {f['method']}"
            + (fill(translate("Timeline", " · withdrawn on %1"), withdrawn) if withdrawn else ""),
        )
    if entry.event == sf.DISCLOSURE:
        number = f["session_number"]
        return (
            translate("Timeline", "Confidentiality break"),
            fill(translate("Timeline", "about counseling session %1"), number) if number else "",
        )
    return entry.event, ""


@dataclass(frozen=True)
class Line:
    """One row of the timeline as shown."""

    date: str
    kind: str  # the record kind it opens
    record_id: str
    what: str  # 心理辅导 2025-003, 家访, ...
    detail: str  # one line, never confidential notes


def lines(entries: list[sf.Entry]) -> list[Line]:
    return [Line(e.date, e.kind, e.record_id, *entry_texts(e)) for e in entries]
