"""`sxcounsel roster import` and `sxcounsel students find`, run as the real command."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import refused, run
from tests.conftest import TEACHER, TEACHER_PASS
from tests.roster.rosterfiles import student, write_xlsx

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"  # tests/fixtures/README.md
ZENG = "G610528201211295725\t曾子宇\t七年级(2)班\t在校"  # a student of the sample roster


def test_import_the_samples_then_find_students(cli_env):
    res = run(cli_env, "roster", "import", str(FIXTURES / "roster-sample.xlsx"))
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "Imported the roster: 120 new, 0 updated, 0 unchanged."
    res = run(cli_env, "roster", "import", str(FIXTURES / "roster-sample-gb18030.csv"))
    assert res.stdout.strip() == "Imported the roster: 0 new, 0 updated, 60 unchanged."

    for query in ("zengziyu", "zzy", "曾子宇", "g610528201211295725"):
        res = run(cli_env, "students", "find", query)
        assert res.returncode == 0 and res.stdout.splitlines()[0] == ZENG, (query, res.stdout)
    lines = run(cli_env, "students", "find", "七年级2班").stdout.splitlines()
    assert lines and all(line.split("\t")[2] == "七年级(2)班" for line in lines)
    assert all(len(line.split("\t")) == 4 for line in lines)

    teacher = {**cli_env, "SXCOUNSEL_USER": TEACHER, "SXCOUNSEL_PASSPHRASE": TEACHER_PASS}
    assert run(teacher, "students", "find", "zengziyu").stdout.splitlines() == [ZENG]
    other = run(teacher, "students", "find", "G610528201211023527")  # 七年级(1)班
    assert other.returncode == 0 and other.stdout == ""
    assert "No student matches" in other.stderr
    assert "may not import a roster" in refused(
        run(teacher, "roster", "import", str(FIXTURES / "roster-sample.xlsx"))
    )


def test_invalid_rows_are_all_listed_and_nothing_is_imported(cli_env, tmp_path):
    rows = [student(i) for i in range(20)]
    for r in rows[:17]:
        r["身份证号"] = str(r["身份证号"])[:17] + ("1" if str(r["身份证号"])[17] != "1" else "2")
    rows[3]["性别"] = "不详"  # a second problem in the same row stays on its line
    path = write_xlsx(tmp_path / "七年级(2)班.xlsx", rows)
    res = run(cli_env, "roster", "import", str(path))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    lines = res.stderr.splitlines()
    assert lines[0] == "17 rows are invalid; nothing was imported."
    assert len(lines) == 18
    assert [line.split(":")[0] for line in lines[1:]] == [f"row {n}" for n in range(3, 20)]
    assert lines[1].startswith("row 3: 身份证号: The 身份证号 check character does not match")
    assert "性别: The 性别 must be 男 or 女." in lines[4]
    assert str(rows[0]["身份证号"]) not in res.stderr and str(rows[0]["姓名"]) not in res.stderr
    assert res.stdout == ""
    find = run(cli_env, "students", "find", str(rows[19]["学籍号"]))  # a valid row
    assert find.returncode == 0 and find.stdout == ""


def test_dry_run_counts_and_writes_nothing(cli_env):
    res = run(cli_env, "roster", "import", "--dry-run", str(FIXTURES / "roster-sample.xlsx"))
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "Dry run: 120 new, 0 updated, 0 unchanged; nothing was written."
    assert run(cli_env, "students", "find", "zengziyu").stdout == ""


def test_unreadable_files_are_one_line_refusals(cli_env, tmp_path):
    assert "folder" in refused(run(cli_env, "roster", "import", str(tmp_path)))
    (tmp_path / "empty.csv").write_bytes(b"")
    assert "empty" in refused(run(cli_env, "roster", "import", str(tmp_path / "empty.csv")))
    assert "search is empty" in refused(run(cli_env, "students", "find", " "))
    res = run(cli_env, "roster", "import")
    assert res.returncode == 2


def test_dry_run_lists_the_columns_of_a_collection_form(cli_env, tmp_path):
    from tests.roster import xueji

    path = xueji.write(tmp_path / "caijibiao.xlsx", xueji.rows(5))
    res = run(cli_env, "roster", "import", "--dry-run", str(path))
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "Dry run: 5 new, 0 updated, 0 unchanged; nothing was written."
    lines = res.stderr.splitlines()
    assert lines[0] == "Columns read:" and "Columns not read:" in lines
    assert "  全国学籍号 → 学籍号" in lines
    assert "  成员1联系电话 → guardian 1: phone" in lines
    assert "  联系电话 → the student's own phone: not kept" in lines
    assert "  是否留守儿童 → 是 / 否 or 1 / 0 → flag 留守" in lines
    zh = run({**cli_env, "LANG": "zh_CN.UTF-8", "LC_ALL": ""}, "roster", "import", str(path))
    assert zh.stdout.strip() == "花名册已导入：新增 5 人，更新 0 人，未变 0 人。"


def test_refusals_are_chinese_in_a_chinese_locale(cli_env, tmp_path):
    from tests.roster import xueji

    data = xueji.rows(4)
    data[1]["身份证件号"] = data[1]["身份证件号"][:-1] + (
        "1" if data[1]["身份证件号"][-1] != "1" else "2"
    )
    data[2]["全国学籍号"] = data[0]["全国学籍号"]
    data[3]["姓名"] = None
    path = xueji.write(tmp_path / "bad.xlsx", data)
    res = run({**cli_env, "LC_ALL": "zh_CN.UTF-8"}, "roster", "import", str(path))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert res.stderr.splitlines() == [
        "有 3 行无效，未导入任何内容。",
        "第 3 行：身份证件号：身份证件号的校验位不符，可能有数字输错了。",
        "第 4 行：全国学籍号：全国学籍号与第 2 行重复。",
        "第 5 行：姓名：姓名为空。",
    ]
    english = run(
        {**cli_env, "LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, "roster", "import", str(path)
    )
    assert english.stderr.splitlines()[0] == "3 rows are invalid; nothing was imported."
