"""Light list rows: the columns a list shows, the family services' role rules, never a note."""

from __future__ import annotations

import pytest

from sxcounsel.core.errors import PermissionDenied
from sxcounsel.services import listing
from sxcounsel.services.account_session import Session
from tests.conftest import ADMIN, ADMIN_PASS, COUNSELOR, COUNSELOR_PASS, TEACHER, TEACHER_PASS
from tests.gui.listdata import OWN_CLASS, build


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    home = tmp_path_factory.mktemp("listing") / "home"
    ids = build(home)
    opened = {
        "c": Session.unlock(home, COUNSELOR, COUNSELOR_PASS),
        "t": Session.unlock(home, TEACHER, TEACHER_PASS),
        "a": Session.unlock(home, ADMIN, ADMIN_PASS),
    }
    yield ids, opened
    for s in opened.values():
        s.lock()


def test_student_rows_carry_pinyin_keys_and_follow_the_classes(world):
    ids, s = world
    rows = {r.name: r for r in listing.list_student_rows(s["c"])}
    assert set(rows) == {"张小明", "王小红", "李华", "吕梓涵"}
    assert rows["张小明"].name_pinyin == "zhangxiaoming"
    assert rows["张小明"].name_initials == "zxm"
    assert "lvzihan" in rows["吕梓涵"].name_pinyin.split()
    assert rows["张小明"].id == ids["zxm"] and rows["张小明"].class_name == OWN_CLASS
    assert {r.name for r in listing.list_student_rows(s["t"])} == {"张小明", "王小红"}
    assert len(listing.list_student_rows(s["a"])) == 4


def test_session_rows_are_metadata_for_counselors_only(world):
    ids, s = world
    rows = listing.list_session_rows(s["c"])
    assert [r.students for r in rows] == ["张小明", "李华"]  # newest first
    first = rows[0]
    assert first.id == ids["s1"] and first.number.endswith("-001") and first.categories == "学业"
    assert first.student_ids == (ids["zxm"],) and first.classes == OWN_CLASS
    assert "zxm" in first.search.split() and not first.signed
    assert all("秘密" not in repr(r) for r in rows)  # the notes are never read
    assert listing.list_session_rows(s["c"], newest=1) == rows[:1]  # a first screenful
    for who in ("t", "a"):
        with pytest.raises(PermissionDenied):
            listing.list_session_rows(s[who])


def test_home_visit_rows_follow_the_classes(world):
    ids, s = world
    (row,) = listing.list_home_visit_rows(s["t"])
    assert (row.id, row.student_name, row.staff, row.method) == (
        ids["hv"],
        "张小明",
        "刘老师",
        "实地",
    )
    assert [r.id for r in listing.list_home_visit_rows(s["a"])] == [ids["hv"]]
    assert listing.list_home_visit_rows(s["c"], school_year=1999) == []


def test_concern_rows_know_how_overdue_a_review_is(world):
    ids, s = world
    from datetime import date

    rows = {r.id: r for r in listing.list_concern_rows(s["c"], date.today())}
    assert rows[ids["case_overdue"]].days_overdue == 10
    assert rows[ids["case_due"]].days_overdue == 0
    assert rows[ids["case_due"]].student_name == "李华"
    assert [r.id for r in listing.list_concern_rows(s["t"], date.today())] == [ids["case_overdue"]]


def test_referral_rows_give_a_head_teacher_the_status_view_only(world):
    ids, s = world
    from datetime import date

    full = {r.id: r for r in listing.list_referral_rows(s["c"], date.today())}
    assert full[ids["ref_old"]].days_waiting == 20 and full[ids["ref_old"]].risk_level == "橙"
    assert full[ids["ref_new"]].steps[0][0] == "开具"
    status = listing.list_referral_rows(s["t"], date.today())
    assert {r.student_name for r in status} == {"张小明", "王小红"}
    assert all(r.risk_level == "" for r in status)


def test_crisis_rows_hide_the_type_from_head_teachers(world):
    ids, s = world
    (row,) = listing.list_crisis_rows(s["c"])
    assert (row.id, row.type, row.student_name, row.status) == (
        ids["crisis"],
        "自伤",
        "李华",
        "open",
    )
    assert listing.list_crisis_rows(s["t"]) == []  # 李华 is not in the head teacher's class


def test_staff_are_shown_by_their_own_name(tmp_path):
    """The first account's name given at setup (the wizard's 姓名) replaces the account name
    in the lists; an account without one keeps its account name."""
    from sxcounsel.core.errors import ValidationError
    from sxcounsel.services import sessions
    from sxcounsel.services.accounts import add_user
    from sxcounsel.services.setup import init_school
    from sxcounsel.services.students import Student, create_student

    school = {"school_code": "3161012345", "school_name": "富平县示范中学", "county_code": "610528"}
    with pytest.raises(ValidationError):
        init_school(tmp_path / "bad", admin="wangli", passphrase=ADMIN_PASS,
                    display_name="王\x07丽", **school)  # fmt: skip
    assert not (tmp_path / "bad" / "sxcounsel.db").exists()
    home = tmp_path / "home"
    init_school(home, admin="wangli", passphrase=ADMIN_PASS, roles=["counselor", "school_admin"],
                display_name="王丽", **school)  # fmt: skip
    with Session.unlock(home, "wangli", ADMIN_PASS) as s:
        add_user(s, "zhaomin", ["counselor"], COUNSELOR_PASS)
        sid = create_student(s, Student(student_no="G1", name="张小明", class_name="七年级(2)班"))
        sessions.create_session(
            s,
            sessions.CounselingSession(date="2025-09-01", form="个别", source="主动求助",
                                       student_ids=[sid.id], categories=["学业"], risk_level="黄"),
            sessions.SessionNotes(),
        )  # fmt: skip
        assert listing.staff_names(s) == {"wangli": "王丽", "zhaomin": "zhaomin"}
        assert [r.counselor for r in listing.list_session_rows(s)] == ["王丽"]
