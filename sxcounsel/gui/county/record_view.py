"""One synced school record, read-only: the county follows up, it never edits.

Shows the school, the student (name, 学籍号, class) and the record's fields as the school sent
them. The text can be selected and copied; nothing can be changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sxcounsel.county.record import RecordDetail, record_detail
from sxcounsel.gui.county.people import PERSON_FIELDS, staff_text
from sxcounsel.gui.errors import error_text
from sxcounsel.gui.labels import fill
from sxcounsel.services.account_session import Session

HIDDEN = {"student_id", "institution_id", "created_at", "created_by", "id", "school_year",
          "name_pinyin", "name_initials", "session_id", "case_id"}  # fmt: skip


ORDER = [
    "date",
    "at",
    "status",
    "diagnosis",
    "advice",
    "guardian",
    "relation",
    "method",
    "note",
    "by",
]


class RecordView(QDialog):
    def __init__(self, session: Session, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countyRecordView")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(640, 560)
        self.detail: RecordDetail | None = None
        self.values: dict[str, str] = {}  # field -> shown text (tests read it)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.note = QLabel(self.tr("Read-only: the county never changes a school's records."), self)
        self.note.setObjectName("hint")
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        content = QWidget()
        content.setObjectName("scrollContent")
        self.form = QFormLayout(content)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        try:
            self.detail = record_detail(session, record_id)
        except Exception as exc:
            self.setWindowTitle(self.tr("Record"))
            self.heading.setText(error_text(exc))
            return
        self._fill(self.detail)

    def kind_name(self, record_type: str) -> str:
        return {
            "concern_case": self.tr("Key-concern case"),
            "referral": self.tr("Referral"),
            "crisis_event": self.tr("Crisis event"),
            "home_visit": self.tr("Home visit"),
            "student": self.tr("Student"),
        }.get(record_type, record_type)

    def labels(self) -> dict[str, str]:
        return {
            "opened_on": self.tr("Opened on"),
            "risk_level": self.tr("Risk level"),
            "contact_user": self.tr("Contact person"),
            "reason_categories": self.tr("Reasons"),
            "reason_text": self.tr("Reason"),
            "care_plan": self.tr("Care plan"),
            "review_interval_days": self.tr("Review every (days)"),
            "next_review_on": self.tr("Next review"),
            "status": self.tr("Status"),
            "closed_on": self.tr("Closed on"),
            "close_reason": self.tr("Why closed"),
            "number": self.tr("Number"),
            "institution_name": self.tr("Institution"),
            "reason": self.tr("Reason"),
            "symptoms": self.tr("Symptoms"),
            "issued_on": self.tr("Issued on"),
            "consent": self.tr("Guardian consent"),
            "timeline": self.tr("Steps"),
            "receipt": self.tr("Receipt"),
            "leave": self.tr("Leave and return"),
            "occurred_at": self.tr("When"),
            "place": self.tr("Place"),
            "type": self.tr("Type"),
            "reported_by": self.tr("Reported by"),
            "description": self.tr("What happened"),
            "guardians_informed": self.tr("Guardians informed"),
            "actions": self.tr("Actions taken"),
            "outcome": self.tr("Outcome"),
            "date": self.tr("Date"),
            "method": self.tr("Method"),
            "staff": self.tr("Staff"),
            "met": self.tr("People met"),
            "purpose": self.tr("Purpose"),
            "updated_at": self.tr("Last changed at the school"),
        }

    def text_of(self, value: Any) -> str:
        if value in ("open", "closed"):
            return self.tr("Open") if value == "open" else self.tr("Closed")
        if isinstance(value, list):
            return "\n".join(self.text_of(v) for v in value) if any(
                isinstance(v, dict) for v in value
            ) else "、".join(map(str, value))  # fmt: skip
        if isinstance(value, dict):  # dates first, then what happened, then who
            keys = sorted(value, key=lambda k: (ORDER.index(k) if k in ORDER else len(ORDER), k))
            return "　".join(
                staff_text(str(value[k]), k) if k in PERSON_FIELDS else str(value[k])
                for k in keys
                if value[k] not in ("", None)
            )
        return "" if value is None else str(value)

    def _row(self, key: str, label: str, value: str) -> None:
        shown = QLabel(value or "—")
        shown.setWordWrap(True)
        shown.setObjectName(f"field_{key}")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label, shown)
        self.values[key] = value

    def _fill(self, d: RecordDetail) -> None:
        kind = self.kind_name(d.record_type)
        self.setWindowTitle(fill(self.tr("%1 — %2 (read-only)"), kind, d.school_name))
        self.heading.setText(fill(self.tr("%1 · %2"), kind, d.school_name))
        if d.student:
            s = d.student
            self._row("student", self.tr("Student"), str(s.get("name", "")))
            self._row("student_no", self.tr("Student number"), str(s.get("student_no", "")))
            self._row("class_name", self.tr("Class"), str(s.get("class_name", "")))
            if s.get("flags"):
                self._row("flags", self.tr("Family situation"), self.text_of(s["flags"]))
        labels = self.labels()
        ordered = [k for k in labels if k in d.fields]
        ordered += sorted(k for k in d.fields if k not in labels and k not in HIDDEN)
        for key in ordered:
            if key in HIDDEN:
                continue
            value = d.fields[key]
            if key == "updated_at":
                text = value[:16].replace("T", " ")
            elif key in PERSON_FIELDS and isinstance(value, str):
                text = staff_text(value, key)
            else:
                text = self.text_of(value)
            self._row(key, labels.get(key, key), text)
