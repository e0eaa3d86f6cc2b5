"""What the unlock or the slot file found wrong, said in the user's language (the codes of
store/slots.SlotProblem)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sxcounsel.gui.labels import fill
from sxcounsel.store.slots import SlotProblem


def finding_text(problem: SlotProblem) -> str:
    templates = {
        "unlisted": QCoreApplication.translate(
            "SlotFindings",
            "A key slot for %1 is not in the signed list of accounts: it was made outside "
            "sxcounsel, does not open, and is dropped at the next key rotation.",
        ),
        "duplicate": QCoreApplication.translate(
            "SlotFindings", "There are several key slots named %1."
        ),
        "missing": QCoreApplication.translate(
            "SlotFindings",
            "The key slot of %1 was removed from the account file outside sxcounsel.",
        ),
        "waiting": QCoreApplication.translate(
            "SlotFindings",
            "%1 is waiting for a key the role grants; it is given the next time a counselor or "
            "the recovery key opens the store.",
        ),
        "roles": QCoreApplication.translate(
            "SlotFindings",
            "The roles of %1 were changed in the store outside sxcounsel; the roles in the "
            "signed list of accounts are used.",
        ),
        "audit": QCoreApplication.translate(
            "SlotFindings",
            "The audit log was changed outside sxcounsel. Check who had access to this PC and "
            "restore the store from a backup.",
        ),
    }
    template = templates.get(problem.code)
    return fill(template, problem.user) if template else problem.message


def findings_text(problems: list[SlotProblem]) -> str:
    return "\n\n".join(finding_text(p) for p in problems)
