"""Service errors become one clear Chinese sentence (never English, never a traceback)."""

from __future__ import annotations

import re

import pytest

from sxcounsel.core.errors import SxError, ThrottledError
from sxcounsel.core.passphrase import check_passphrase
from sxcounsel.core.progress import Progress
from sxcounsel.gui.errors import error_text
from sxcounsel.services.account_session import Session
from sxcounsel.services.accounts import add_user
from sxcounsel.services.maintenance import make_backup, restore
from sxcounsel.services.setup import check_username, init_school

ENGLISH_WORD = re.compile(r"\b(?!sxcounsel\b)[A-Za-z]{3,}\b")


def raised(fn, *args, **kwargs) -> BaseException:
    with pytest.raises(SxError) as info:
        fn(*args, **kwargs)
    return info.value


def chinese_sentence(text: str) -> str:
    assert re.search(r"[\u4e00-\u9fff]", text), text
    assert not ENGLISH_WORD.search(text), text
    assert text.endswith("。"), text
    return text


def test_setup_errors(gui_app, tmp_path):
    bad_code = raised(
        init_school, tmp_path / "x", school_code="31610", school_name="某校",
        county_code="610528", admin="wangli", passphrase="Fuping-2025!",
    )  # fmt: skip
    assert chinese_sentence(error_text(bad_code)) == "学校标识码必须是 10 位数字。"
    name = raised(check_username, "王")
    assert chinese_sentence(error_text(name)).startswith("这个账户名不可用")
    weak = raised(check_passphrase, "abc")
    assert "至少 8 个字符" in chinese_sentence(error_text(weak))


def test_unlock_and_store_errors(gui_app, school, tmp_path):
    empty = raised(Session.unlock, tmp_path / "nothing", "wangli", "x")
    assert chinese_sentence(error_text(empty)) == "数据文件夹中还没有档案数据。"
    nobody = raised(Session.unlock, school.home, "nobody", "x")
    assert chinese_sentence(error_text(nobody)) == "这台电脑上没有这个账户。"
    wrong_key = raised(
        Session.unlock_with_recovery, school.home, "AAAA", "wangli", "Neue-Passphrase-9"
    )
    assert chinese_sentence(error_text(wrong_key)).startswith("恢复密钥不正确")

    not_backup = tmp_path / "notes.sxbak"
    not_backup.write_bytes(b"hello")
    bad = raised(restore, school.home, not_backup, username="wangli", passphrase="x")
    assert chinese_sentence(error_text(bad)) == "这不是 sxcounsel 的备份文件。"

    with Session.unlock(school.home, "liujun", "Banzhuren-7a") as teacher:
        denied = raised(make_backup, teacher, tmp_path / "b.sxbak")
        assert chinese_sentence(error_text(denied)) == "您的账户无权执行此操作。"
    with Session.unlock(school.home, "wangli", "Fuping-2025!") as admin:
        exists = raised(add_user, admin, "zhaomin", ["counselor"], "Xinli#Room42")
        assert chinese_sentence(error_text(exists)) == "已有同名账户。"
        no_class = raised(add_user, admin, "chen", ["head_teacher"], "Chen-Jing-2025")
        assert chinese_sentence(error_text(no_class)) == "班主任账户至少需要一个班级。"


def test_wait_cancel_and_unexpected(gui_app):
    wait = ThrottledError("Too many", wait_seconds=59.2)
    assert chinese_sentence(error_text(wait)) == "口令错误次数过多，请在 60 秒后重试。"
    progress = Progress()
    progress.cancel()
    cancelled = raised(progress.check)
    assert chinese_sentence(error_text(cancelled)) == "操作已取消，未做任何更改。"
    unexpected = error_text(KeyError("a student's name"))
    assert unexpected == "发生意外错误（KeyError），未做进一步更改。"
