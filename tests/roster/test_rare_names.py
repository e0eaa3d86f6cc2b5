"""Children named with rare characters (生僻字, CJK Extensions A–F): 刘䶮, 王𠇔 and 李𬌗 import
from XLSX and from a GB18030 CSV (4-byte sequences), are found by search and pinyin, and print
as themselves in the home-visit ledger and the referral letter."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sxcounsel.services import printing, printing_letters
from sxcounsel.services.account_session import Session
from sxcounsel.services.homevisits import HomeVisit, create_home_visit
from sxcounsel.services.institutions import Institution, create_institution
from sxcounsel.services.referrals import Referral, advance_referral, create_referral
from sxcounsel.services.roster import import_roster
from sxcounsel.services.search import find_students
from tests.conftest import (
    ADMIN,
    ADMIN_PASS,
    COUNSELOR,
    COUNSELOR_PASS,
    TEACHER,
    TEACHER_PASS,
    make_school,
)
from tests.reports.conftest import pdf_text
from tests.reports.glyphcheck import assert_drawn
from tests.roster.rosterfiles import student, write_csv, write_xlsx

NAMES = ("刘䶮", "王𠇔", "李𬌗")  # Extension A, B and E
OWN, OTHER = "七年级(2)班", "七年级(3)班"


def roster(cls: str, region: str) -> list[dict]:
    rows = [student(i, cls, region) for i in range(len(NAMES))]
    for row, name in zip(rows, NAMES, strict=True):
        row["姓名"] = name
        row["监护人"] = name[0] + "建国"
    return rows


@pytest.fixture(scope="module")
def w(tmp_path_factory):
    home = tmp_path_factory.mktemp("rare") / "home"
    make_school(home, OWN)
    a = Session.unlock(home, ADMIN, ADMIN_PASS)
    c = Session.unlock(home, COUNSELOR, COUNSELOR_PASS)
    t = Session.unlock(home, TEACHER, TEACHER_PASS)
    files = tmp_path_factory.mktemp("rare-files")
    xlsx_rows, csv_rows = roster(OWN, "610528"), roster(OTHER, "610526")
    csv_path = write_csv(files / "名单.csv", csv_rows, encoding="gb18030")
    yield SimpleNamespace(
        a=a,
        c=c,
        t=t,
        dir=files,
        xlsx=write_xlsx(files / "名单.xlsx", xlsx_rows),
        csv=csv_path,
        xlsx_rows=xlsx_rows,
        csv_rows=csv_rows,
    )
    for s in (a, c, t):
        s.lock()


def test_rare_names_import_from_xlsx_and_gb18030_csv_and_are_found(w):
    assert b"\x95\x32\xb1\x34" in w.csv.read_bytes()  # 𠇔 as its 4-byte GB18030 sequence
    import_roster(w.a, w.xlsx)
    import_roster(w.a, w.csv)
    for name in NAMES:
        found = find_students(w.c, name)
        assert sorted((s.name, s.class_name) for s in found) == [(name, OWN), (name, OTHER)]
        by_surname = find_students(w.c, name[0])
        assert {(s.name, s.class_name) for s in by_surname} >= {(name, OWN), (name, OTHER)}
        # the head teacher finds the own class's child only
        assert [s.class_name for s in find_students(w.t, name)] == [OWN]
    by_no = {s.student_no: s for s in find_students(w.c, "七年级")}
    for row in w.xlsx_rows + w.csv_rows:
        assert by_no[row["学籍号"]].name == row["姓名"]  # stored exactly, nothing replaced
    # pinyin: pypinyin knows 䶮 (yan) and 𬌗 (he); for 𠇔 the surname still finds the child
    assert "刘䶮" in [s.name for s in find_students(w.c, "liuyan")]
    assert "李𬌗" in [s.name for s in find_students(w.c, "lihe")]
    assert "王𠇔" in [s.name for s in find_students(w.c, "wang")]


def test_rare_names_print_as_themselves_in_the_ledger_and_the_letter(w):
    own = {s.name: s for s in find_students(w.c, "七年级(2)班") if s.class_name == OWN}
    if len(own) < len(NAMES):  # this test run alone
        import_roster(w.a, w.xlsx)
        own = {s.name: s for s in find_students(w.c, "七年级(2)班") if s.class_name == OWN}
    create_home_visit(
        w.t,
        HomeVisit(
            student_id=own["刘䶮"].id,
            date="2025-09-12",
            method="实地",
            staff=["王𠇔"],  # a teacher may carry a rare character too
            met=[{"name": "刘建国", "relation": "父亲"}],
            purpose="了解家庭情况",
            family_situation="李𬌗同学的同桌，两家相邻。",
        ),
    )
    ledger = w.dir / "ledger.pdf"
    printing.homevisit_ledger(w.t, OWN, 2025, ledger)
    text = pdf_text(ledger)
    for name in NAMES:
        assert name in text, name
    assert "〓" not in text
    assert_drawn(ledger, "䶮𠇔𬌗")

    hospital = create_institution(
        w.c, Institution("富平县医院", "心理科", "0913-1234567", "富平县城关镇东风路1号")
    )
    referral = create_referral(
        w.c,
        Referral(
            student_id=own["李𬌗"].id,
            institution_id=hospital.id,
            reason="持续情绪低落两个月。",
            issued_on="2025-10-20",
            risk_level="橙",
            consent={
                "guardian": "李建国",
                "relation": "父亲",
                "date": "2025-10-21",
                "method": "书面",
            },
        ),
    )
    advance_referral(w.c, referral.id, "送达监护人", "2025-10-21")
    letter = w.dir / "letter.pdf"
    printing_letters.referral_letter(w.c, referral.number, letter)
    text = pdf_text(letter)
    assert "李𬌗" in text and "〓" not in text
    assert_drawn(letter, "𬌗")
