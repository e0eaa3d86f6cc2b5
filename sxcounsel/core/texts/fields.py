"""The checks every record's fields share (services/fieldcheck.py, core/textnorm.py), the
generic refusals, and the names of fields used by more than one part of the product.

``{field}`` is the field's name (``FIELDS`` of any table of this package, or a form's label).
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str]] = {
    # -- anything without a table entry (a test makes sure nothing raises one) ----------------
    "error.unknown": ("The operation was refused ({code}).", "操作被拒绝（{code}）。"),
    # -- one field --------------------------------------------------------------------------
    "field.empty": ("The {field} is empty.", "请填写{field}。"),
    "field.not_text": ("The {field} must be text.", "{field}必须是文字。"),
    "field.control": (
        "The {field} contains control characters.",
        "{field}含有不可见的控制字符，请重新输入。",
    ),
    "field.too_long": (
        "The {field} is longer than {limit} characters.",
        "{field}超过了 {limit} 个字。",
    ),
    "field.choice": (
        "The {field} must be one of: {allowed}.",
        "{field}只能是以下之一：{allowed}。",
    ),
    "field.some_of": (
        "The {field} must be some of: {allowed}.",
        "{field}只能从以下选择：{allowed}。",
    ),
    "field.whole_number": (
        "The {field} must be a whole number from {low} to {high}.",
        "{field}必须是 {low} 到 {high} 之间的整数。",
    ),
    "field.time": (
        "The {field} is not a time of day; enter it like 14:30.",
        "{field}不是有效的时间，请按 14:30 的格式填写。",
    ),
    "field.month": (
        "The {field} must be a month like 2025-09.",
        "{field}应为月份，格式如 2025-09。",
    ),
    # -- dates --------------------------------------------------------------------------------
    "date.not_a_date": (
        "The {field} is not a date; enter it like 2012-05-03.",
        "{field}不是有效日期，请按 2025-09-01 的格式填写。",
    ),
    "date.excel_serial": (
        "The {field} is a number that is not a plausible Excel date; enter it like 2012-05-03.",
        "{field}不是有效日期，请按 2025-09-01 的格式填写。",
    ),
    "date.impossible": (
        "The {field} is a day that does not exist in the calendar.",
        "{field}是日历上不存在的日期。",
    ),
    "date.future": ("The {field} is in the future.", "{field}不能晚于今天。"),
    "date.before_record": (
        "The {field} is before the date of the record.",
        "{field}不能早于记录日期。",
    ),
    # -- the student a record is about ----------------------------------------------------------
    "student.none": ("No student is chosen.", "请选择学生。"),
    "student.missing": ("The student record does not exist.", "请选择学生。"),
    # -- accounts -------------------------------------------------------------------------------
    "role.unknown": ("Unknown role {value!r}; use one of: {allowed}.", "请至少选择一个角色。"),
    "role.none": ("An account needs at least one role.", "请至少选择一个角色。"),
    "passphrase.weak": (
        "The passphrase must be at least 8 characters long and use at least "
        "3 of: lowercase letters, uppercase letters, digits, symbols.",
        "口令太弱。口令至少 8 个字符，并包含以下四类中的至少三类：小写字母、大写字母、数字、符号。",
    ),
    # -- generic refusals -----------------------------------------------------------------------
    "permission.denied": ("Your account may not {action}.", "您的账户无权执行此操作。"),
    "permission.print": ("Your account may not {action}.", "你的账号无权打印这份文件。"),
    "record.missing": ("The requested item no longer exists.", "所找的内容已不存在。"),
    "operation.cancelled": (
        "The operation was cancelled; nothing was changed.",
        "操作已取消，未做任何更改。",
    ),
}

FIELDS: dict[str, tuple[str, str]] = {
    "student_id": ("student", "学生"),
    "student_ids": ("students", "学生"),
    "date": ("date", "日期"),
    "month": ("month", "月份"),
    "name": ("name", "姓名"),
    "phone": ("phone", "电话"),
    "relation": ("relation", "关系"),
    "role": ("role", "角色"),
    "username": ("account name", "账户名"),
    "passphrase": ("passphrase", "口令"),
    "class_name": ("班级", "班级"),
    "student_no": ("学籍号", "学籍号"),
    "id_number": ("身份证号", "身份证号"),
    "birth_date": ("出生日期", "出生日期"),
    "gender": ("性别", "性别"),
}
