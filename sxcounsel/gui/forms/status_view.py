"""What a head teacher may see of a referral or a crisis event of their class: the status.

Never the reason, symptoms, description or receipt (the services do not hand them out).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sxcounsel.gui.labels import fill
from sxcounsel.services.account_session import Session
from sxcounsel.services.crises import OPEN, CrisisStatus
from sxcounsel.services.listing import staff_names
from sxcounsel.services.referrals import ReferralStatus
from sxcounsel.services.students import get_student


class StatusView(QDialog):
    def __init__(
        self, session: Session, status: ReferralStatus | CrisisStatus, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusView")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.kind = "referral" if isinstance(status, ReferralStatus) else "crisis"
        self.record_id = status.id
        title = QLabel(self)
        title.setObjectName("pageTitle")
        form = QFormLayout()
        student = get_student(session, status.student_id)
        form.addRow(self.tr("Student"), QLabel(f"{student.name}　{student.class_name}", self))
        if isinstance(status, ReferralStatus):
            title.setText(fill(self.tr("Referral %1"), status.number))
            form.addRow(self.tr("Institution"), QLabel(status.institution_name, self))
            form.addRow(self.tr("Status"), QLabel(status.status, self))
            steps = "\n".join(f"{day}　{step}" for step, day in status.steps)
            form.addRow(self.tr("Steps"), QLabel(steps, self))
            if status.leave_start_on:
                form.addRow(self.tr("Leave from"), QLabel(status.leave_start_on, self))
            if status.return_on:
                form.addRow(self.tr("Back at school"), QLabel(status.return_on, self))
        else:
            title.setText(self.tr("Crisis event"))
            form.addRow(self.tr("When"), QLabel(status.occurred_at, self))
            state = self.tr("open") if status.status == OPEN else self.tr("closed")
            form.addRow(self.tr("Status"), QLabel(state, self))
            by = staff_names(session).get(status.reported_by, status.reported_by)
            form.addRow(self.tr("Reported by"), QLabel(by, self))
        self.setWindowTitle(title.text())
        hint = QLabel(self.tr("Details are kept by the counselor."), self)
        hint.setObjectName("hint")
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 14)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(460)
