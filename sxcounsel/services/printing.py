"""Printing and exporting: gathers records through the services, builds the document, writes it
atomically and audits it (one ``print`` or ``export`` entry per file, naming no student).
The ledgers and the home-visit record are here; letters and records with notes are in
``printing_letters``.

Who may print what is the role table's ``print`` action (``core/permissions.py``): the
home-visit ledger (pdf/xlsx) on ``home_visits`` (a head teacher: own classes), the key-concern
ledger on ``concerns``, the referral letter on ``referrals``, the counseling session record on
``sessions``. A home-visit record prints what the account may read of the visit.

The output format follows the file name: ``.pdf`` always, ``.xlsx`` for the ledgers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sxcounsel.core import permissions
from sxcounsel.core.clock import parse_stamp
from sxcounsel.core.errors import NotFound, PermissionDenied, ValidationError
from sxcounsel.core.progress import Progress
from sxcounsel.core.roles import Role
from sxcounsel.reports import concern_ledger as cl
from sxcounsel.reports import homevisit_ledger as hl
from sxcounsel.reports import homevisit_record as hr
from sxcounsel.reports import xlsx
from sxcounsel.reports.page import Built, PageInfo
from sxcounsel.services import (
    accounts,
    concern_reviews,
    concerns,
    homevisits,
    students,
)
from sxcounsel.services.account_session import Session
from sxcounsel.services.listing import staff_names
from sxcounsel.services.student_fields import class_name as normalize_class
from sxcounsel.store import audit
from sxcounsel.store.atomic import atomic_write_bytes

PDF, XLSX = ".pdf", ".xlsx"


@dataclass(frozen=True)
class Printed:
    """What was written: the file, its format, pages (PDF) and table rows."""

    path: Path
    format: str  # ".pdf" or ".xlsx"
    pages: int
    rows: int

    def line(self) -> str:
        what = f"{self.pages} page{'s' if self.pages != 1 else ''}" if self.pages else "XLSX"
        return f"Wrote {self.path} ({what}, {self.rows} row{'s' if self.rows != 1 else ''})."


# -- helpers ---------------------------------------------------------------------------------
def output_format(path: Path, allowed: tuple[str, ...] = (PDF,)) -> str:
    """The format named by the file's suffix; a clear refusal for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        name = Path(path).name
        if len(allowed) == 1:
            raise ValidationError("print.suffix", field="output", file=name, suffix=allowed[0])
        raise ValidationError(
            "print.suffixes",
            field="output",
            file=name,
            first=" or ".join(allowed[:-1]),
            last=allowed[-1],
            allowed=allowed,
        )
    if not Path(path).parent.is_dir():
        raise ValidationError("print.no_folder", field="output", folder=str(Path(path).parent))
    return suffix


def write_audited(
    session: Session, path: Path, data: bytes, action: str, record: tuple[str, str], detail: str
) -> None:
    """Audit and write together: no audit entry without the file, no file without the entry."""
    with session.store.transaction() as conn:
        audit.append(conn, session.username, action, record[0], record[1], detail=detail)
        atomic_write_bytes(Path(path), data)


def person(session: Session, cache: dict[str, str], username: str) -> str:
    """The name colleagues know an account by (``listing.staff_names``, read once into
    ``cache``); a value that is no account's login (a name typed in) as it is."""
    if not cache:
        cache.update(staff_names(session))
        cache.setdefault("", "")
    return cache.get(username, username)


def page_info(
    session: Session, *, confidential: bool = False, wide: bool = False, title: str = ""
) -> PageInfo:
    return PageInfo(
        school_name=session.store.meta("school_name"),
        printed_by=session.account.display_name or session.username,
        printed_at=datetime.now().astimezone().replace(tzinfo=None),
        confidential=confidential,
        landscape=wide,
        title=title,
    )


def local_time(stamp: str) -> str:
    return parse_stamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M") if stamp else ""


def printed(path: Path, fmt: str, built: Built | None, rows: int) -> Printed:
    return Printed(Path(path), fmt, built.pages if built else 0, rows)


# -- home visits -----------------------------------------------------------------------------
def _visit_line(v: homevisits.HomeVisit, names: dict[str, str]) -> hl.VisitLine:
    return hl.VisitLine(
        student_name=names.get(v.student_id, ""),
        date=v.date,
        method=v.method,
        staff="、".join(v.staff),
        met="、".join(f"{m['name']}（{m['relation']}）" for m in v.met),
        family_situation=v.family_situation,
        parents_views=v.parents_views,
        follow_up=v.follow_up,
        follow_up_date=v.follow_up_date,
        purpose=v.purpose,
        advice=v.advice,
    )


def _head_teachers(session: Session, class_name: str) -> str:
    """The names of the class's head teachers (accounts with the role and the class)."""
    people: dict[str, str] = {}
    return "、".join(
        person(session, people, a.username)
        for a in accounts.list_accounts(session)
        if Role.HEAD_TEACHER in a.roles
        and not a.disabled
        and class_name in {normalize_class(c) for c in a.classes}
    )


def homevisit_ledger_data(
    session: Session, class_name: str, school_year: int
) -> hl.HomeVisitLedger:
    permissions.require(session.account, "print", "home_visits", doing="print home-visit ledgers")
    name = normalize_class(class_name)
    if not permissions.allowed(
        session.account, "print", "home_visits", permissions.Subject(class_name=name)
    ):
        raise PermissionDenied("print.own_classes", action="print home-visit ledgers")
    roster = students.list_students(session, class_name=name)
    if not roster:
        raise NotFound("print.no_students", field="class", class_name=name)
    names = {s.id: s.name for s in roster}
    visits = homevisits.list_home_visits(session, class_name=name, school_year=school_year)
    (cov,) = homevisits.coverage(session, school_year, name)
    return hl.HomeVisitLedger(
        school_name=session.store.meta("school_name"),
        class_name=name,
        school_year=school_year,
        visits=[_visit_line(v, names) for v in visits],
        students=cov.students,
        visited=cov.visited,
        not_visited=[s.name for s in cov.not_visited],
        head_teacher=_head_teachers(session, name),
    )


def homevisit_ledger(
    session: Session,
    class_name: str,
    school_year: int,
    path: Path,
    progress: Progress | None = None,
) -> Printed:
    fmt = output_format(path, (PDF, XLSX))
    ledger = homevisit_ledger_data(session, class_name, school_year)
    head, sub = hl.title(ledger)
    rows = hl.table_rows(ledger)
    built = None
    if fmt == PDF:
        built = hl.build(ledger, page_info(session, wide=True, title=hl.TITLE), progress)
        data = built.data
    else:
        info = page_info(session)
        data = xlsx.workbook(
            hl.TITLE,
            hl.COLUMNS,
            rows,
            title=head,
            subtitle=sub,
            school_name=info.school_name,
            exported_by=info.printed_by,
            exported_at=info.printed_at,
            notes=[x for x in (hl.head_teacher_line(ledger),) if x] + hl.coverage_lines(ledger),
            progress=progress,
            scratch_dir=Path(path).parent,
        )
    action = "print" if fmt == PDF else "export"
    detail = f"home-visit ledger {ledger.class_name} {school_year} {fmt[1:]}"
    write_audited(session, path, data, action, ("home_visit_ledger", ""), detail)
    return printed(path, fmt, built, len(rows))


def homevisit_record(session: Session, visit_id: str, path: Path) -> Printed:
    fmt = output_format(path)
    v = homevisits.get_home_visit(session, visit_id)
    s = students.get_student(session, v.student_id)
    line = _visit_line(v, {s.id: s.name})
    record = hr.HomeVisitRecord(
        school_name=session.store.meta("school_name"),
        school_year=v.school_year,
        student_name=s.name,
        student_no=s.student_no,
        class_name=s.class_name,
        gender=s.gender,
        address=s.address,
        date=v.date,
        method=v.method,
        staff=line.staff,
        met=line.met,
        student_at_home=v.student_at_home,
        purpose=v.purpose,
        family_situation=v.family_situation,
        parents_views=v.parents_views,
        advice=v.advice,
        follow_up=v.follow_up,
        follow_up_date=v.follow_up_date,
    )
    built = hr.build(record, page_info(session, title=hr.TITLE))
    write_audited(session, path, built.data, "print", ("home_visit", v.id), "home-visit record pdf")
    return printed(path, fmt, built, 1)


# -- key-concern cases -----------------------------------------------------------------------
def _guardians(s: students.Student) -> str:
    """李桂兰（祖母）13812345678；…"""
    out = []
    for g in s.guardians:
        relation = f"（{g['relation']}）" if g.get("relation") else ""
        out.append(f"{g.get('name', '')}{relation} {g.get('phone', '')}".strip())
    return "；".join(out)


def concern_ledger_data(session: Session, as_of: str) -> cl.ConcernLedger:
    permissions.require(session.account, "print", "concerns", doing="print the key-concern ledger")
    roster = {s.id: s for s in students.list_students(session)}
    people: dict[str, str] = {}
    cases = concerns.list_cases(session, status=None)
    cases.sort(key=lambda c: c.status != concerns.OPEN)  # stable: severity order kept
    lines = []
    for c in cases:
        s = roster.get(c.student_id)
        reviews = concern_reviews.list_reviews(session, c.id)
        reasons = "、".join(c.reason_categories) + (f"：{c.reason_text}" if c.reason_text else "")
        open_ = c.status == concerns.OPEN
        lines.append(
            cl.ConcernLine(
                student_name=s.name if s else "",
                class_name=s.class_name if s else "",
                risk_level=c.risk_level,
                reasons=reasons,
                contact=person(session, people, c.contact_user),
                opened_on=c.opened_on,
                last_review=reviews[-1].reviewed_on if reviews else "—",
                next_review=c.next_review_on if open_ else "—",
                status=cl.case_status(not open_, c.next_review_on, as_of),
                student_no=s.student_no if s else "",
                gender=s.gender if s else "",
                birth_date=s.birth_date if s else "",
                flags="、".join(s.flags) if s else "",
                guardians=_guardians(s) if s else "",
                care_plan=c.care_plan,
                interval_days=c.review_interval_days,
                closed=f"{c.closed_on} {c.close_reason}".strip() if not open_ else "",
                reviews=[
                    cl.ReviewLine(
                        r.reviewed_on,
                        person(session, people, r.reviewer),
                        r.level_before,
                        r.level_after,
                        r.observations,
                    )
                    for r in reviews
                ],
            )
        )
    return cl.ConcernLedger(session.store.meta("school_name"), as_of, lines)


def concern_ledger(
    session: Session, path: Path, *, with_plans: bool = False, progress: Progress | None = None
) -> Printed:
    fmt = output_format(path, (PDF, XLSX))
    info = page_info(session, wide=True, title=cl.TITLE)
    ledger = concern_ledger_data(session, info.printed_at.strftime("%Y-%m-%d"))
    rows = cl.table_rows(ledger)
    built = None
    if fmt == PDF:
        built = cl.build(ledger, info, with_plans=with_plans, progress=progress)
        data = built.data
    else:
        data = xlsx.workbook(
            cl.TITLE,
            cl.COLUMNS,
            rows,
            title=f"{ledger.school_name} {cl.TITLE}",
            subtitle=cl.subtitle(ledger),
            school_name=ledger.school_name,
            exported_by=info.printed_by,
            exported_at=info.printed_at,
            progress=progress,
            scratch_dir=Path(path).parent,
            extra=[
                xlsx.Sheet("一生一策", cl.PLAN_COLUMNS, cl.plan_rows(ledger)),
                xlsx.Sheet("研判记录", cl.REVIEW_SHEET_COLUMNS, cl.review_rows(ledger)),
            ]
            if with_plans
            else [],
        )
    detail = f"key-concern ledger {fmt[1:]}" + (" with plans" if with_plans else "")
    write_audited(
        session, path, data, "print" if built else "export", ("concern_ledger", ""), detail
    )
    return printed(path, fmt, built, len(rows))
