"""Student figures (search, roster import), each printed next to a same-run baseline.

    python3 benchmarks/records_bench.py [--students 20000] [--roster-rows 3000] [--repeat 30]

1. Search: p50/p95 of services.search.find_students over N students (target p95 < 20 ms) for
   a mix of queries (full pinyin, initials, 2-letter initials, part of a name, a 学籍号, a class),
   beside a bare ``SELECT … WHERE name LIKE '%…%'`` scan of the same encrypted table.
2. Roster import: a generated XLSX of M rows (title row, Chinese headers, like the sample)
   through services.roster.import_roster (read, check every row, insert_many, audit), then the
   same file again (all unchanged), beside a bare openpyxl read-only pass over the same file.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl

from sxcounsel.core.idcard import make_id_number
from sxcounsel.services.account_session import Session
from sxcounsel.services.name_keys import name_keys
from sxcounsel.services.roster import import_roster
from sxcounsel.services.search import find_students
from sxcounsel.services.setup import init_school
from sxcounsel.services.students import Student, check_student, student_values
from sxcounsel.store import records

USER, PASS = "bench", "Bench-pass-2025"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕单"
GIVEN = "子浩宇轩梓涵欣怡一诺明华建国丽娜伟强军平静敏洁婷然佳琪雨晨思博文俊杰嘉懿䶮堃喆淼"
GRADES = ("七年级", "八年级", "九年级")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def person(rnd: random.Random, i: int) -> dict[str, object]:
    born = date(2010 + i % 4, 1 + i % 12, 1 + i % 28)
    id_number = make_id_number(f"6105{i // 1000 % 100:02d}", born, i % 1000)
    name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2))))
    cls = f"{GRADES[i % 3]}({i // 3 % 12 + 1})班"
    return {
        "学籍号": f"G{id_number}",
        "姓名": name,
        "性别": "男" if int(id_number[16]) % 2 else "女",
        "出生日期": datetime(born.year, born.month, born.day),
        "年级": GRADES[i % 3],
        "班级": cls,
        "身份证号": id_number,
        "监护人": "王建国",
        "联系电话": f"138{i:08d}",
        "家庭住址": "富平县庄里镇东街村3组",
        "是否留守儿童": "是" if i % 4 == 0 else "否",
    }


def fill_students(session: Session, n: int) -> list[Student]:
    rnd = random.Random(7)
    values, made = [], []
    for i in range(n):
        p = person(rnd, i)
        s = Student(
            student_no=str(p["学籍号"]),
            name=str(p["姓名"]),
            gender=str(p["性别"]),
            birth_date=f"{p['出生日期']:%Y-%m-%d}",
            id_number=str(p["身份证号"]),
            class_name=str(p["班级"]),
            address=str(p["家庭住址"]),
            guardians=[{"name": "王建国", "relation": "父亲", "phone": str(p["联系电话"])}],
        )
        assert not check_student(s)
        values.append(student_values(s))
        made.append(s)
    with session.store.transaction() as conn:
        records.insert_many(conn, "students", "student", values, USER)
    return made


def queries(students: list[Student]) -> list[tuple[str, str]]:
    """What teachers type, taken from real rows: pinyin, initials, parts of names, numbers."""
    # Taken from the middle of the roster (any size), not its first rows.
    half = len(students) // 2
    three = next(s for s in students[half:] + students if len(s.name) == 3)
    two = next(s for s in students[half:] + students if len(s.name) == 2)
    pinyin, initials = name_keys(three.name)
    return [
        ("full pinyin", pinyin.split()[0]),
        ("initials", initials.split()[0]),
        ("initials, 2-char name", name_keys(two.name)[1].split()[0]),
        ("start of a pinyin", pinyin.split()[0][:4]),
        ("exact name", three.name),
        ("part of a name", three.name[1:]),
        ("exact 学籍号", students[min(4321, len(students) - 1)].student_no),
        ("end of a 学籍号", students[min(4321, len(students) - 1)].student_no[-6:]),
        ("class, typed loosely", "七年级2班"),
    ]


def percentile(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def bench_search(session: Session, students: list[Student], repeat: int) -> None:
    conn = session.store.conn
    kinds = queries(students)
    qs = [q for _, q in kinds]
    ours, bare = [], []
    for q in qs:
        find_students(session, q)  # warm the page cache
    for _ in range(repeat):
        for q in qs:
            t = time.perf_counter()
            find_students(session, q)
            ours.append(time.perf_counter() - t)
    bare_sql = (
        "SELECT id, student_no, name, class_name, status FROM students "
        "WHERE deleted = 0 AND (name LIKE ? OR student_no LIKE ?) LIMIT 50"
    )
    for q in qs:
        conn.execute(bare_sql, (f"%{q}%",) * 2).fetchall()
    for _ in range(repeat):
        for q in qs:
            t = time.perf_counter()
            conn.execute(bare_sql, (f"%{q}%",) * 2).fetchall()
            bare.append(time.perf_counter() - t)
    o95, b95 = percentile(ours, 0.95), percentile(bare, 0.95)
    print(f"search over {len(students)} students, {len(ours)} queries ({len(qs)} kinds)")
    print(
        f"  find_students p50 / p95             {ms(percentile(ours, 0.5))} / {ms(o95)}"
        "  (target p95 < 20 ms)"
    )
    print(
        f"  baseline: bare LIKE scan p50 / p95  {ms(percentile(bare, 0.5))} / {ms(b95)}"
        f"  ratio p95 {o95 / b95:.2f}x"
    )
    for kind, q in kinds:
        t = time.perf_counter()
        found = len(find_students(session, q))
        print(f"    {kind:24} {found:3d} found {ms(time.perf_counter() - t)}  {q}")


def write_roster(path: Path, rows: int) -> None:
    header = ["序号", *person(random.Random(0), 0)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["富平县示范中学2025—2026学年学生花名册"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    rnd = random.Random(11)
    for i in range(rows):
        p = person(rnd, 500_000 + i)
        ws.append([i + 1, *p.values()])
    wb.save(path)


def bench_import(home: Path, tmp: Path, rows: int) -> None:
    path = tmp / "roster.xlsx"
    write_roster(path, rows)
    t = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = sum(len(r) for r in wb.active.iter_rows(values_only=True))
    wb.close()
    bare = time.perf_counter() - t
    with Session.unlock(home, USER, PASS) as s:
        t = time.perf_counter()
        dry = import_roster(s, path, dry_run=True)
        dry_t = time.perf_counter() - t
        t = time.perf_counter()
        first = import_roster(s, path)
        ours = time.perf_counter() - t
        t = time.perf_counter()
        again = import_roster(s, path)
        again_t = time.perf_counter() - t
    assert dry.new == first.new == rows and again.unchanged == rows, (dry, first, again)
    print(f"roster import, XLSX of {rows} rows ({path.stat().st_size / 1e3:.0f} kB)")
    print(f"  import (all new)                   {ms(ours)}  ({rows / ours:,.0f} rows/s)")
    print(f"  dry run (read + check, no write)   {ms(dry_t)}  ({rows / dry_t:,.0f} rows/s)")
    print(f"  re-import (all unchanged)          {ms(again_t)}  ({rows / again_t:,.0f} rows/s)")
    print(
        f"  baseline: bare openpyxl read-only  {ms(bare)}  ({rows / bare:,.0f} rows/s, "
        f"{cells} cells)  ratio import/bare {ours / bare:.2f}x"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--students", type=int, default=20_000)
    ap.add_argument("--roster-rows", type=int, default=3_000)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    t = time.perf_counter()
    name_keys("张小明")
    print(f"first pinyin use (pypinyin dictionaries) {ms(time.perf_counter() - t)}")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        init_school(
            home,
            school_code="3161012345",
            school_name="基准学校",
            county_code="610528",
            admin=USER,
            passphrase=PASS,
            roles=["school_admin", "counselor"],
        )
        with Session.unlock(home, USER, PASS) as s:
            t = time.perf_counter()
            students = fill_students(s, args.students)
            took = time.perf_counter() - t
            print(f"{args.students} students: check, pinyin, insert_many {ms(took)}")
            bench_search(s, students, args.repeat)
        bench_import(home, Path(tmp), args.roster_rows)


if __name__ == "__main__":
    main()
