"""The demo school as an inspector reads it: every printed document names people in full and
never by login, and the records tell one consistent story (who was met at home, the crisis)."""

from __future__ import annotations

import re
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from sxcounsel.core.schoolyear import school_year_of
from sxcounsel.services import (
    crises,
    homevisits,
    printing,
    printing_letters,
    referrals,
    sessions,
    students,
)
from sxcounsel.services.account_session import Session
from sxcounsel.services.demo import TEACHER_CLASS, TEACHER_USER, create_demo
from sxcounsel.services.demo_data import COUNSELOR_NAME, TEACHER_NAME

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("demo-print") / "home"
    return home, create_demo(home, students_count=180, seed=2025, today=TODAY)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return " ".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))


def logins_in(text: str, logins: tuple[str, ...]) -> list[str]:
    return [
        u for u in logins if re.search(rf"(?<![A-Za-z0-9_]){re.escape(u)}(?![A-Za-z0-9_])", text)
    ]


def test_every_printed_document_names_people_not_logins(demo, tmp_path):
    home, login = demo
    logins = (login.username, TEACHER_USER)
    out: dict[str, str] = {}
    year = school_year_of(TODAY)
    with Session.unlock(home, login.username, login.passphrase) as s:
        for suffix in (".pdf", ".xlsx"):
            p = tmp_path / f"homevisit-ledger{suffix}"
            printing.homevisit_ledger(s, TEACHER_CLASS, year, p)
            out[p.name] = pdf_text(p) if suffix == ".pdf" else xlsx_text(p)
            p = tmp_path / f"concern-ledger{suffix}"
            printing.concern_ledger(s, p, with_plans=True)
            out[p.name] = pdf_text(p) if suffix == ".pdf" else xlsx_text(p)
        visits = homevisits.list_home_visits(s, class_name=TEACHER_CLASS, school_year=year)
        for v in visits[:2]:
            p = tmp_path / f"visit-{v.id}.pdf"
            printing.homevisit_record(s, v.id, p)
            out[p.name] = pdf_text(p)
        for r in referrals.list_referrals(s):
            p = tmp_path / f"referral-{r.number}.pdf"
            printing_letters.referral_letter(s, r.number, p)
            out[p.name] = pdf_text(p)
        signed = [x for x in sessions.list_sessions(s) if x.signed_by][:3]
        for x in signed:
            p = tmp_path / f"session-{x.number}.pdf"
            printing_letters.session_record(s, x.number, p)
            out[p.name] = pdf_text(p)
        [event] = crises.list_crises(s)
    assert len(out) >= 10 and visits and signed
    assert {
        name: logins_in(text, logins) for name, text in out.items() if logins_in(text, logins)
    } == {}
    # people are named in full: the printer, the visiting head teacher, the counselor
    assert all(COUNSELOR_NAME in text for name, text in out.items() if name.endswith(".pdf"))
    assert (
        TEACHER_NAME in out["homevisit-ledger.pdf"]
        and TEACHER_NAME in out["visit-" + visits[0].id + ".pdf"]
    )
    assert "王老师" not in "".join(out.values()) and "刘老师" not in "".join(out.values())
    # the crisis: not the old 21:10 in one class, by a named person
    assert event.reported_by == COUNSELOR_NAME and event.guardians_informed["by"] == COUNSELOR_NAME
    assert event.guardians_informed["at"] > event.occurred_at


def test_the_demo_tells_one_story(demo):
    home, login = demo
    with Session.unlock(home, login.username, login.passphrase) as s:
        visits = homevisits.list_home_visits(s)
        staff = {name for v in visits for name in v.staff}
        refs = referrals.list_referrals(s)
    assert "班主任" not in staff and TEACHER_NAME in staff and len(staff) > 5  # a name per class
    away = {"父母在外务工": {"父亲", "母亲"}, "母亲在外务工": {"母亲"}, "父亲在外务工": {"父亲"},
            "父母双亡": {"父亲", "母亲"}, "父母无力抚养": {"父亲", "母亲"}}  # fmt: skip
    checked = 0
    for v in visits:
        for phrase, absent in away.items():
            if phrase in v.family_situation:
                checked += 1
                met = {m["relation"] for m in v.met}
                assert not met & absent, (v.family_situation, v.met)
        single = re.match(r"单亲家庭，由(父亲|母亲)抚养", v.family_situation)
        if single:
            other = {"父亲": "母亲", "母亲": "父亲"}[single.group(1)]
            assert other not in {m["relation"] for m in v.met}, (v.family_situation, v.met)
    assert checked > 20
    for r in refs:  # steps in order, none after today
        days = [e["date"] for e in r.timeline]
        assert days == sorted(days) and days[-1] <= TODAY.isoformat() and days[0] == r.issued_on
        if r.receipt:
            assert r.receipt.get("date", days[-1]) >= days[0]


def test_a_county_of_demo_schools_has_different_crises(tmp_path):
    seen = set()
    for i in range(3):
        home = tmp_path / f"school-{i}"
        login = create_demo(home, students_count=40, seed=2025 + i, today=TODAY)
        with Session.unlock(home, login.username, login.passphrase) as s:
            [event] = crises.list_crises(s)
            cls = students.get_student(s, event.student_id).class_name
        assert not cls.startswith(("一", "二", "三", "四"))
        if event.place == "学生宿舍":
            assert cls.startswith(("七", "八", "九"))
        seen.add((event.occurred_at[11:], cls))
    assert len(seen) == 3
