"""Pools of synthetic people and places for the demo school. Nobody here is real.

Names mix common surnames (weighted roughly by frequency), a few polyphonic surnames that
search must handle (单 Shan, 曾 Zeng, 解 Xie, 仇 Qiu) and rare characters (生僻字) that the
fonts must print. Given names fit a girl or a boy, and guardians on the father's side carry
the child's surname.
"""

from __future__ import annotations

import random

SURNAMES = (
    ("王", 10), ("李", 10), ("张", 9), ("刘", 8), ("陈", 6), ("杨", 6), ("赵", 5), ("黄", 4),
    ("周", 4), ("吴", 4), ("徐", 3), ("孙", 3), ("马", 3), ("胡", 2), ("朱", 2), ("郭", 2),
    ("何", 2), ("罗", 2), ("高", 3), ("林", 1), ("梁", 2), ("郑", 1), ("谢", 1), ("宋", 1),
    ("唐", 1), ("许", 1), ("韩", 2), ("冯", 1), ("邓", 1), ("曹", 1), ("彭", 1), ("曾", 1),
    ("田", 2), ("董", 1), ("薛", 2), ("雷", 2), ("党", 1), ("贺", 1), ("樊", 1), ("惠", 1),
    ("单", 1), ("解", 1), ("仇", 1), ("蔺", 1), ("欧阳", 1), ("司马", 1),
)  # fmt: skip
# Given-name characters as parents in Shaanxi tend to choose them: for boys, for girls, and
# for either.
MALE_CHARS = "浩宇轩俊杰博文明辉晨阳伟强磊洋勇鹏飞志刚建国亮睿泽锦程皓铭航子"
FEMALE_CHARS = "涵欣怡雨思佳诗琪馨芳丽娜敏艳婷秀英华雪梅春燕红晶瑶萱彤妍静"
SHARED_CHARS = "梓一诺可嘉乐宁安然小"
MALE_RARE = "犇淼喆燚堃昇翀昱竑"
FEMALE_RARE = "玥珺婠彧"
TOWNS = ("城关镇", "庄里镇", "张桥镇", "美原镇", "流曲镇", "淡村镇", "曹村镇", "宫里镇", "梅家坪镇")
VILLAGES = ("东村", "西村", "南社", "北堡", "新庄", "王寨", "李家坡", "杨家沟", "刘家塬")
RELATIONS = ("父亲", "母亲", "祖父", "祖母", "外祖父", "外祖母", "叔叔", "姑姑")
MALE_RELATIONS = frozenset({"父亲", "祖父", "外祖父", "叔叔"})
# Relatives on the father's side carry the child's surname.
PATERNAL_RELATIONS = frozenset({"父亲", "祖父", "叔叔", "姑姑"})
_WEIGHTED = [s for s, w in SURNAMES for _ in range(w)]


def surname(rng: random.Random) -> str:
    return rng.choice(_WEIGHTED)


def person_name(rng: random.Random, female: bool, family: str | None = None) -> str:
    """A name for a girl or woman (``female``) or a boy or man, with the surname ``family``
    when given."""
    family = family or surname(rng)
    pool = (FEMALE_CHARS if female else MALE_CHARS) + SHARED_CHARS
    rare = FEMALE_RARE if female else MALE_RARE
    size = 1 if rng.random() < 0.3 else 2
    return family + "".join(
        rng.choice(rare) if rng.random() < 0.03 else rng.choice(pool) for _ in range(size)
    )


def guardian_name(rng: random.Random, relation: str, child_surname: str) -> str:
    """A name that fits the guardian's relation to a child whose surname is ``child_surname``."""
    family = child_surname if relation in PATERNAL_RELATIONS else None
    return person_name(rng, relation not in MALE_RELATIONS, family)


def parentless(flags: list[str]) -> bool:
    """No parent looks after a child with these family-situation flags."""
    return "孤儿" in flags or "事实无人抚养" in flags


def guardian_relation(rng: random.Random, flags: list[str]) -> str:
    """Who looks after a child with these family-situation flags."""
    if parentless(flags):
        return rng.choice(("祖父", "祖母", "叔叔", "姑姑"))
    if "留守" in flags and rng.random() < 0.6:
        return rng.choice(("祖父", "祖母", "外祖母"))
    return rng.choice(("父亲", "母亲"))


def met_relations(flags: list[str], guardian: str) -> tuple[str, ...]:
    """Relatives a visiting teacher may find at home besides the guardian on file, as the
    family-situation text (``family_situation``) tells it: no parent where both work away or
    none looks after the child, not the absent parent of a left-behind or one-parent child."""
    if parentless(flags):
        return RELATIONS[2:]
    if "留守" in flags and guardian not in ("父亲", "母亲"):
        return RELATIONS[2:]  # 父母在外务工，由祖辈照顾
    if "留守" in flags or "单亲" in flags:
        away = {"父亲": "母亲", "母亲": "父亲"}.get(guardian, "")
        return tuple(r for r in RELATIONS if r != away)
    return RELATIONS


def family_situation(rng: random.Random, flags: list[str], relation: str) -> str:
    """What a visiting teacher writes under 家庭情况, consistent with the flags on file."""
    if "孤儿" in flags:
        text = f"父母双亡，由{relation}抚养"
    elif "事实无人抚养" in flags:
        text = f"父母无力抚养，由{relation}照顾"
    elif "留守" in flags:
        text = {
            "父亲": "母亲在外务工，父亲在家务农",
            "母亲": "父亲在外务工，母亲在家照顾",
        }.get(relation, "父母在外务工，由祖辈照顾")
    elif "单亲" in flags:
        text = f"单亲家庭，由{relation}抚养"
    else:
        text = rng.choice(("家庭和睦", "父母务农，家庭和睦", "父母在县城打工，每天回家"))
    if "低保" in flags:
        text += "，享受低保"
    return text


PARENTS_VIEWS = (
    "希望学校多关注孩子的学习和情绪",
    "孩子在家话少，希望老师多鼓励",
    "担心孩子玩手机时间过长",
    "对学校工作满意，愿意配合",
    "希望孩子和同学相处得更好",
)
ADVICE = (
    "保持与班主任沟通，关注孩子作息",
    "每天抽出时间和孩子聊聊学校的事",
    "控制孩子使用手机的时间",
    "多肯定孩子的进步，少当众批评",
)
LEFT_BEHIND_ADVICE = "请在外务工的父母每周与孩子视频通话"
FOLLOW_UPS = ("两周后电话回访", "下次家长会面谈", "请心理教师约谈学生")


# The demo school's people: its counselor, the head teacher with an account, and the names of
# the other head teachers (fixed per class, so each class has one).
COUNSELOR_NAME, TEACHER_NAME = "王丽", "刘军"
_TEACHER_SURNAMES = "王李张刘陈杨赵黄周吴孙马胡朱郭何高罗郑梁谢宋唐韩冯董薛雷党贺樊"


def head_teacher_name(class_name: str, teacher_class: str) -> str:
    """The head teacher of ``class_name``: 刘军 for the class with an account, else an
    invented name that is the same on every run."""
    if class_name == teacher_class:
        return TEACHER_NAME
    rng = random.Random(f"head-teacher {class_name}")
    return person_name(rng, rng.random() < 0.6, rng.choice(_TEACHER_SURNAMES))


# Crisis events as a school reports them: type, place, what happened, the hours they happen
# at (HH from, HH to) and minutes until the guardians were told.
CRISES = (
    ("自杀意念", "学生宿舍", "室友报告该生深夜哭泣并说不想活了", (21, 22), 30),
    ("自伤", "教学楼卫生间", "同学发现该生用小刀划伤手臂，校医已包扎", (10, 16), 20),
    ("自杀意念", "心理辅导室", "该生在辅导中说近期反复出现轻生念头", (14, 16), 40),
    ("自伤", "学生宿舍", "宿管巡查时发现该生手腕有新鲜划痕", (20, 22), 35),
    ("其他", "教室", "该生课间情绪崩溃，大哭并拒绝与人交流", (9, 15), 45),
)


def address(rng: random.Random) -> str:
    return f"富平县{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3578") + "".join(str(rng.randint(0, 9)) for _ in range(9))
