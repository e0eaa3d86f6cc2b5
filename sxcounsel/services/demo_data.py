"""Pools of synthetic people and places for the demo school. Nobody here is real.

Names mix common surnames (weighted roughly by frequency), a few polyphonic surnames that
search must handle (单 Shan, 曾 Zeng, 解 Xie, 仇 Qiu) and rare characters (生僻字) that the
fonts must print.
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
GIVEN_CHARS = (
    "子浩宇轩涵梓欣怡雨思佳俊杰博文明辉晨阳诗琪一诺可馨嘉乐宁静安然伟强芳丽娜敏磊洋勇艳"
    "婷秀英华鹏飞雪梅春燕志刚建国小红亮晶晶瑶萱彤妍睿泽锦程皓轩铭航"
)
RARE_CHARS = "犇淼喆燚堃昇玥珺翀昱彧婠竑"
TOWNS = ("城关镇", "庄里镇", "张桥镇", "美原镇", "流曲镇", "淡村镇", "曹村镇", "宫里镇", "梅家坪镇")
VILLAGES = ("东村", "西村", "南社", "北堡", "新庄", "王寨", "李家坡", "杨家沟", "刘家塬")
RELATIONS = ("父亲", "母亲", "祖父", "祖母", "外祖父", "外祖母", "叔叔", "姑姑")
_WEIGHTED = [s for s, w in SURNAMES for _ in range(w)]


def person_name(rng: random.Random) -> str:
    surname = rng.choice(_WEIGHTED)
    size = 1 if rng.random() < 0.3 else 2
    chars = [
        rng.choice(RARE_CHARS) if rng.random() < 0.03 else rng.choice(GIVEN_CHARS)
        for _ in range(size)
    ]
    return surname + "".join(chars)


def address(rng: random.Random) -> str:
    return f"富平县{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3578") + "".join(str(rng.randint(0, 9)) for _ in range(9))
