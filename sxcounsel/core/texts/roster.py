"""Every sentence of a roster import, in English and Chinese, by code.

``{column}`` is the header as the file writes it (never a ``FIELDS`` key); a list fact is
joined in the language's way. ``read.*`` say how each column is read (dry run, wizard);
``{field}`` there is the field's Chinese term, the same in both languages.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str]] = {
    # -- summaries and line layout ------------------------------------------------------------
    "roster.rows_invalid": (
        "{rows} rows are invalid; nothing was imported.",
        "有 {rows} 行无效，未导入任何内容。",
    ),
    "roster.row_invalid": (
        "1 row is invalid; nothing was imported.",
        "有 1 行无效，未导入任何内容。",
    ),
    "roster.row": ("row {row}", "第 {row} 行"),
    "roster.row_sheet": ("row {row} (sheet {sheet})", "第 {row} 行（工作表 {sheet}）"),
    "roster.imported": (
        "Imported the roster: {new} new, {updated} updated, {unchanged} unchanged.",
        "花名册已导入：新增 {new} 人，更新 {updated} 人，未变 {unchanged} 人。",
    ),
    "roster.dry_run": (
        "Dry run: {new} new, {updated} updated, {unchanged} unchanged; nothing was written.",
        "试运行：新增 {new} 人，更新 {updated} 人，未变 {unchanged} 人；未写入任何内容。",
    ),
    "roster.no_header": (
        "The file has no header row with columns such as 学籍号, 姓名, 性别 and 班级.",
        "文件中没有含学籍号、姓名、性别、班级等列名的表头行。",
    ),
    "roster.missing_column": (
        "The roster has no {missing} column; the header row needs 学籍号, 姓名, 性别, 班级.",
        "花名册缺少以下列：{missing}；表头行须有学籍号、姓名、性别、班级。",
    ),
    "roster.missing_columns": (
        "The roster has no {missing} columns; the header row needs 学籍号, 姓名, 性别, 班级.",
        "花名册缺少以下列：{missing}；表头行须有学籍号、姓名、性别、班级。",
    ),
    "roster.missing_column_sheet": (
        "The roster (sheet {sheet}) has no {missing} column; the header row needs 学籍号, 姓名, "
        "性别, 班级.",
        "花名册（工作表 {sheet}）缺少以下列：{missing}；表头行须有学籍号、姓名、性别、班级。",
    ),
    "roster.missing_columns_sheet": (
        "The roster (sheet {sheet}) has no {missing} columns; the header row needs 学籍号, 姓名, "
        "性别, 班级.",
        "花名册（工作表 {sheet}）缺少以下列：{missing}；表头行须有学籍号、姓名、性别、班级。",
    ),
    # -- the file as a whole (RosterFileError) ---------------------------------------------------
    "roster.two_columns": (
        "The roster has two {column} columns; keep one and import again.",
        "花名册中有两个“{column}”列；请只保留其中一列后重新导入。",
    ),
    "roster.folder": (
        "The path is a folder, not a roster file; choose an XLSX or CSV file.",
        "所选的是文件夹，不是花名册文件；请选择 XLSX 或 CSV 文件。",
    ),
    "roster.file_missing": ("The roster file does not exist.", "花名册文件不存在。"),
    "roster.file_empty": ("The roster file is empty.", "花名册文件是空的。"),
    "roster.file_too_large": (
        "The roster file is larger than 50 MB; split it by grade and import each part.",
        "花名册文件超过 50 MB；请按年级拆分后分别导入。",
    ),
    "roster.xls": (
        "The file is an old Excel .xls workbook; open it in Excel or WPS, save it as .xlsx and "
        "import that file.",
        "这是旧版 Excel 的 .xls 工作簿；请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。",
    ),
    "roster.encoding": (
        "The file is neither an XLSX workbook nor CSV text in UTF-8 or GB18030; save it again "
        "from Excel or WPS as .xlsx or as CSV.",
        "该文件既不是 XLSX 工作簿，也不是 UTF-8 或 GB18030 编码的 CSV 文本；请用 Excel 或 WPS "
        "重新另存为 .xlsx 或 CSV。",
    ),
    "roster.csv_damaged": (
        "The CSV file is damaged (a quoted cell is not closed); save it again from Excel.",
        "CSV 文件已损坏（有单元格的引号没有闭合）；请用 Excel 重新保存。",
    ),
    "roster.csv_no_header": (
        "The CSV file has no header row that can be read; if it was saved in an encoding other "
        "than UTF-8 or GB18030, save it again from Excel as CSV UTF-8.",
        "CSV 文件中没有可以读取的表头行；如果它不是以 UTF-8 或 GB18030 编码保存的，请用 Excel "
        "重新另存为“CSV UTF-8”。",
    ),
    "roster.not_spreadsheet": (
        "The file is not a spreadsheet that can be read (XLSX or CSV).",
        "该文件不是可以读取的电子表格（XLSX 或 CSV）。",
    ),
    # -- row problems -------------------------------------------------------------------------
    "roster.empty": ("The {column} is empty.", "{column}为空。"),
    "roster.not_text": ("The {column} must be text.", "{column}必须是文字。"),
    "roster.control": (
        "The {column} contains control characters.",
        "{column}含有不可见的控制字符，请重新输入。",
    ),
    "roster.too_long": (
        "The {column} is longer than {limit} characters.",
        "{column}超过 {limit} 个字符。",
    ),
    "roster.excel_number": (
        "The {column} was turned into a number by Excel and has lost digits; format the "
        "column as text and enter it again from the original document.",
        "{column}被 Excel 转成了数字，末尾数字已丢失；请把该列设为文本格式，按原始证件重新输入。",
    ),
    "roster.characters": (
        "The {column} may contain only letters, digits and dashes.",
        "{column}只能包含字母、数字和短横线。",
    ),
    "roster.non_digit": (
        "The {column} may contain only digits and a final X.",
        "{column}只能包含数字，最后一位可以是 X。",
    ),
    "roster.id_length": (
        "The {column} must have 18 characters, not {length}.",
        "{column}应为 18 位，而不是 {length} 位。",
    ),
    "roster.id_birth": (
        "The birth date inside the {column} (characters 7 to 14) does not exist.",
        "{column}中的出生日期（第 7 至 14 位）不存在。",
    ),
    "roster.id_future": (
        "The birth date inside the {column} is in the future.",
        "{column}中的出生日期晚于今天。",
    ),
    "roster.checksum": (
        "The {column} check character does not match; a character was probably mistyped.",
        "{column}的校验位不符，可能有数字输错了。",
    ),
    "roster.birth_mismatch": (
        "The birth date inside the {column} does not match the {other}.",
        "{column}中的出生日期与{other}不一致。",
    ),
    "roster.taken": (
        "Another student already has this {column}.",
        "已有另一名学生使用这个{column}。",
    ),
    "roster.duplicate": (
        "The {column} is also on row {other_row}.",
        "{column}与第 {other_row} 行重复。",
    ),
    "roster.duplicate_sheet": (
        "The {column} is also on row {other_row} of sheet {other_sheet}.",
        "{column}与工作表 {other_sheet} 第 {other_row} 行重复。",
    ),
    "roster.not_a_date": (
        "The {column} is not a date; enter it like 2012-05-03 or 20120503.",
        "{column}不是日期；请按 2012-05-03 或 20120503 的格式填写。",
    ),
    "roster.impossible_date": (
        "The {column} is a day that does not exist in the calendar.",
        "{column}是日历上不存在的日期。",
    ),
    "roster.future": ("The {column} is in the future.", "{column}晚于今天。"),
    "roster.not_a_month": (
        "The {column} must be a month like 2025-09 or 202509.",
        "{column}应为年月，如 2025-09 或 202509。",
    ),
    "roster.gender": ("The {column} must be 男 or 女.", "{column}只能是男或女（或代码 1、2）。"),
    "roster.yes_no": ("The {column} must be 是 or 否.", "{column}只能是是或否（或 1、0）。"),
    "roster.boarding": ("The {column} must be 走读 or 住校.", "{column}只能是走读或住校。"),
    "roster.status": (
        "The {column} must be one of: {allowed}.",
        "{column}只能是以下之一：{allowed}。",
    ),
    "roster.flag_word": (
        "The {column} must be some of: {allowed}.",
        "{column}只能填写：{allowed}。",
    ),
    "roster.phone": (
        "The {column} is not a phone number: enter an 11-digit mobile number or a landline "
        "with its area code, like 0913-1234567.",
        "{column}不是电话号码：请填写 11 位手机号，或带区号的固定电话，如 0913-1234567。",
    ),
    "roster.invalid": ("The {column} is not valid.", "{column}无效。"),
    # -- how each column is read (dry run, wizard) -------------------------------------------
    "read.birth_date": (
        "{field}: 20130512, 2013-05-12, 2013/5/12, 2013年5月12日 or an Excel date",
        "{field}：20130512、2013-05-12、2013/5/12、2013年5月12日或 Excel 日期",
    ),
    "read.enrolled": ("year and month: 202509 or 2025-09", "入学年月：202509 或 2025-09"),
    "read.gender": (
        "{field}: 男/女 or the codes 1 (男), 2 (女)",
        "{field}：男/女，或代码 1（男）、2（女）",
    ),
    "read.id_number": (
        "{field}, checked (GB 11643) when the 身份证件类型 is 居民身份证",
        "{field}，证件类型为居民身份证时按 GB 11643 校验",
    ),
    "read.id_type": (
        "身份证件类型: a student with another document keeps no 身份证号",
        "身份证件类型：持其他证件的学生不保存身份证号",
    ),
    "read.class_name": (
        "{field}: 七年级2班, 2 (beside 年级) …",
        "{field}：七年级2班，或与年级列合用的 2",
    ),
    "read.boarding": (
        "boarding: 走读 / 住校 or the codes 1 / 2",
        "住校：走读 / 住校，或代码 1 / 2",
    ),
    "read.boarding_yn": ("boarding: 是 / 否 or 1 / 0", "住校：是 / 否，或 1 / 0"),
    "read.flags": ("{field}: a list like 留守、单亲", "{field}：如“留守、单亲”"),
    "read.flag": ("是 / 否 or 1 / 0 → flag {flag}", "是 / 否 或 1 / 0 → 标记“{flag}”"),
    "read.flag_set": (
        "是 or 1 sets the flag {flag}; 否 leaves it",
        "是 或 1 → 标记“{flag}”；否 不清除",
    ),
    "read.flag_any": (
        "anything but 无 / 0 sets the flag {flag}",
        "除“无”、0 以外的内容 → 标记“{flag}”",
    ),
    "read.flag_off": ("not read (no flag chosen)", "不读取（未选择标记）"),
    "read.member": ("guardian {slot}: {part}", "监护人 {slot}：{part}"),
    "read.guardian": ("guardian: {part}", "监护人：{part}"),
    "read.unknown": ("not read", "不读取"),
    "read.own_phone": ("the student's own phone: not kept", "学生本人电话：不保存"),
    "read.superseded": ("not read: another column gives the address", "不读取：已使用另一地址列"),
    "read.from_title": ("{field}: {title} (from the title)", "{field}：{title}（取自标题）"),
    "read.recognised": ("Columns read:", "读取的列："),
    "read.ignored": ("Columns not read:", "不读取的列："),
}
# The parts of a guardian's columns (roster/describe.py).
PARTS: dict[str, tuple[str, str]] = {
    "name": ("name", "姓名"),
    "relation": ("relation", "关系"),
    "phone": ("phone", "电话"),
}
FIELDS: dict[str, tuple[str, str]] = {}
