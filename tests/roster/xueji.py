"""Files in the layout of the national student-status system's 学生信息采集表 (全国中小学生学籍
信息管理系统): every column in the system's order, 8-digit dates, text-formatted ID cells,
是/否 flags (or the codes 1/0, 性别 1/2, 就读方式 1/2) and two family members per student.

``expected(i)`` says what the import must make of student ``i``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from sxcounsel.core.idcard import make_id_number

STUDENT_COLUMNS = [
    "姓名", "性别", "出生日期", "出生地行政区划代码", "籍贯", "民族", "国籍/地区", "身份证件类型",
    "身份证件号", "港澳台侨外", "政治面貌", "健康状况", "照片", "个人标识码", "全国学籍号",
    "姓名拼音", "曾用名", "身份证件有效期", "户口所在地行政区划", "户口性质", "特长", "学籍辅号",
    "班内学号", "年级", "班级名称", "入学年月", "入学方式", "就读方式", "学生来源", "现住址",
    "通信地址", "家庭地址", "联系电话", "邮政编码", "电子信箱", "是否独生子女", "是否受过学前教育",
    "是否留守儿童", "是否进城务工人员随迁子女", "是否孤儿", "是否烈士或优抚子女", "随班就读",
    "残疾类型", "是否由政府购买学位", "是否需要申请资助", "是否享受一补", "上下学距离",
    "上下学方式", "是否需要乘坐校车",
]  # fmt: skip
MEMBER_COLUMNS = [
    "姓名", "关系", "关系说明", "现住址", "户口所在地", "联系电话", "是否监护人", "身份证件类型",
    "身份证件号", "民族", "工作单位", "职务",
]  # fmt: skip
HEADER = STUDENT_COLUMNS + [f"成员{n}{c}" for n in (1, 2) for c in MEMBER_COLUMNS]
SURNAMES = "王李张刘陈杨赵黄周吴"
GIVEN = "明华伟芳娜静强磊军洋"
RARE = "禤䶮"  # a rare surname and a 生僻字 (yǎn) in one name
PASSPORT_ROW = 5  # this student has a 护照, not a 居民身份证


def _yes(flag: bool, codes: bool) -> str:
    return ("1" if flag else "0") if codes else ("是" if flag else "否")


def student(i: int, region: str = "610528", cls: int = 2, codes: bool = False) -> dict:
    born = date(2012, 1 + i % 12, 1 + i % 28)
    id_number = make_id_number(region, born, i % 1000)
    male = int(id_number[16]) % 2 == 1
    passport = i == PASSPORT_ROW
    name = RARE if i == 0 else SURNAMES[i % 10] + GIVEN[(i // 10) % 10] + GIVEN[i % 10]
    boarding = i % 3 == 0
    inclusive = i % 11 == 5
    row = {
        "姓名": name,
        "性别": ("1" if male else "2") if codes else ("男" if male else "女"),
        "出生日期": born.strftime("%Y%m%d"),
        "出生地行政区划代码": region,
        "籍贯": "陕西省渭南市富平县",
        "民族": "01" if codes else "汉族",
        "国籍/地区": "CHN" if codes else "中国",
        "身份证件类型": ("6" if codes else "护照")
        if passport
        else ("1" if codes else "居民身份证"),
        "身份证件号": f"E{i:08d}" if passport else id_number,
        "港澳台侨外": "0" if codes else "否",
        "政治面貌": "少先队员",
        "健康状况": "10" if codes else "健康或良好",
        "照片": None,
        "个人标识码": f"{region}{i:09d}",
        "全国学籍号": f"L{region}{born:%Y%m%d}{i:03d}" if passport else f"G{id_number}",
        "姓名拼音": None,
        "曾用名": None,
        "身份证件有效期": None,
        "户口所在地行政区划": region,
        "户口性质": "1" if codes else "农业户口",
        "特长": None,
        "学籍辅号": None,
        "班内学号": f"{i + 1:02d}",
        "年级": "七年级",
        "班级名称": f"{cls}班",
        "入学年月": "202409",
        "入学方式": "11" if codes else "就近入学",
        "就读方式": ("2" if boarding else "1") if codes else ("住校" if boarding else "走读"),
        "学生来源": "1" if codes else "正常入学",
        "现住址": f"富平县庄里镇东街村{1 + i % 9}组",
        "通信地址": "富平县庄里镇中学",
        "家庭地址": "富平县庄里镇东街村",
        "联系电话": f"139{i:08d}",  # the student's own
        "邮政编码": "711700",
        "电子信箱": None,
        "是否独生子女": _yes(i % 2 == 0, codes),
        "是否受过学前教育": _yes(True, codes),
        "是否留守儿童": _yes(i % 4 == 0, codes),
        "是否进城务工人员随迁子女": _yes(i % 5 == 1, codes),
        "是否孤儿": _yes(i % 7 == 3, codes),
        "是否烈士或优抚子女": _yes(False, codes),
        "随班就读": ("1" if codes else "视力残疾随班就读")
        if inclusive
        else ("0" if codes else "无"),
        "残疾类型": None,
        "是否由政府购买学位": _yes(False, codes),
        "是否需要申请资助": _yes(i % 6 == 2, codes),
        "是否享受一补": _yes(i % 9 == 4, codes),
        "上下学距离": "2.5",
        "上下学方式": "步行",
        "是否需要乘坐校车": _yes(False, codes),
    }
    for n, (given, relation, prefix) in enumerate(
        (("建国", "父亲", "138"), ("秀兰", "母亲", "137")), 1
    ):
        member = {
            "姓名": name[0] + given if n == 1 else "李" + given,
            "关系": relation,
            "关系说明": None,
            "现住址": row["现住址"],
            "户口所在地": "陕西省富平县",
            "联系电话": f"{prefix}{i:08d}",
            "是否监护人": _yes(True, codes),
            "身份证件类型": "1" if codes else "居民身份证",
            "身份证件号": None,
            "民族": "01" if codes else "汉族",
            "工作单位": "务农",
            "职务": None,
        }
        row.update({f"成员{n}{k}": v for k, v in member.items()})
    return row


def expected(i: int, relief: str = "困境") -> dict:
    """What the import makes of student ``i`` (flags in their canonical order)."""
    on = {
        "留守": i % 4 == 0,
        "流动": i % 5 == 1,
        "孤儿": i % 7 == 3,
        "残疾": i % 11 == 5,
        relief: i % 6 == 2 or i % 9 == 4,
    }
    order = ("留守", "孤儿", "事实无人抚养", "困境", "流动", "单亲", "低保", "残疾")
    return {
        "flags": [f for f in order if on.get(f)],
        "boarding": i % 3 == 0,
        "enrolled": "2024-09",
        "class_name": "七年级(2)班",
        "relations": ["父亲", "母亲"],
        "phones": [f"138{i:08d}", f"137{i:08d}"],
        "address": f"富平县庄里镇东街村{1 + i % 9}组",
        "has_id": i != PASSPORT_ROW,
    }


def write(path: Path, rows: list[dict], header: list[str] = HEADER) -> Path:
    """The workbook as the system exports it: one sheet, header in row 1, every cell text."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("学生信息")
    ws.append(header)
    for r in rows:
        ws.append([r.get(h) for h in header])
    wb.save(path)
    return path


def rows(n: int, region: str = "610528", codes: bool = False) -> list[dict]:
    return [student(i, region, codes=codes) for i in range(n)]
