"""The school's own refusals: accounts and setup, students and their fields, the roster
import, backup and restore, unlocking, printing, and the command line.

Student-field sentences name the field by its Chinese term (``{term}``, the fact
``services.student_fields`` adds), in English too: that is how the 学籍 system and the roster
files call them. ``{field}`` is a ``FIELDS`` name as everywhere else.
"""

from __future__ import annotations

_UNDONE = "it is the one in force when the backup was made"

TEMPLATES: dict[str, tuple[str, str]] = {
    # -- accounts (services/accounts.py, services/setup.py) -------------------------------------
    "account.name_invalid": (
        "The account name {username!r} is not allowed; use 2 to 32 letters, digits, '.', '-' "
        "or '_'.",
        "这个账户名不可用：请使用 2 到 32 个字母、数字或“.”“-”“_”。",
    ),
    "account.exists": ("The account {username!r} already exists.", "已有同名账户。"),
    "account.head_teacher_class": (
        "A head teacher account needs at least one class (--class).",
        "班主任账户至少需要一个班级。",
    ),
    "account.disable_self": ("You cannot disable your own account.", "不能停用自己的账户。"),
    "account.missing": ("There is no account named {username!r}.", "没有这个账户。"),
    "setup.digits": ("The {field} must be {digits} digits.", "{field}必须是 {digits} 位数字。"),
    "setup.store_exists": ("A store already exists in {home}.", "数据文件夹中已有档案数据。"),
    # -- students (services/students.py) --------------------------------------------------------
    "student.taken": (
        "Another student already has this {field}.",
        "已有其他学生使用这个{field}。",
    ),
    "student.no_access": (
        "Your account may not see student records.",
        "您的账户无权查看学生档案。",
    ),
    "student.gone": ("The student record does not exist.", "所找的学生档案已不存在。"),
    "student.not_visible": ("Your account may not see this student.", "您的账户无权执行此操作。"),
    "student.class_not_visible": (
        "Your account may not see the students of this class.",
        "您的账户无权查看这个班级的学生。",
    ),
    # -- a student's fields (services/student_fields.py); {term} is the field's Chinese term ----
    "student.not_text": ("The {term} must be text.", "{term}必须是文字。"),
    "student.control": (
        "The {term} contains control characters.",
        "{term}含有不可见的控制字符，请重新输入。",
    ),
    "student.too_long": (
        "The {term} is longer than {limit} characters.",
        "{term}超过了 {limit} 个字。",
    ),
    "student.empty": ("The {term} is empty.", "请填写{term}。"),
    "student.excel_number": (
        "The 学籍号 was turned into a number by Excel and may have lost digits; format the "
        "column as text and enter it again.",
        "学籍号被 Excel 转成了数字，可能已丢失位数；请把该列设为“文本”格式后重新输入。",
    ),
    "student.no_characters": (
        "The 学籍号 may contain only letters, digits and dashes.",
        "学籍号只能包含字母、数字和短横线。",
    ),
    "student.gender": ("The 性别 must be 男 or 女.", "性别应为“男”或“女”。"),
    "student.future": ("The {term} is in the future.", "{term}不能晚于今天。"),
    "student.month": (
        "The {term} must be a month like 2025-09.",
        "{term}应为月份，格式如 2025-09。",
    ),
    "student.phone": (
        "The 联系电话 is not a phone number: enter an 11-digit mobile number or a landline "
        "with its area code, like 0913-1234567.",
        "联系电话不是有效的电话号码：请填写 11 位手机号，或带区号的固定电话（如 0913-1234567）。",
    ),
    "student.guardians_list": ("The 监护人 must be a list.", "监护人必须是一个列表。"),
    "student.guardian_parts": (
        "Each 监护人 must have a name, relation and phone.",
        "每位监护人都要有姓名、关系和电话三项。",
    ),
    "student.guardian_empty": (
        "A 监护人 needs a name or a phone number.",
        "监护人至少要填写姓名或电话。",
    ),
    "student.flags_list": ("The 家庭情况 must be a list.", "家庭情况必须是一个列表。"),
    "student.some_of": (
        "The {term} must be some of: {allowed}.",
        "{term}只能从以下选择：{allowed}。",
    ),
    "student.choice": (
        "The {term} must be one of: {allowed}.",
        "{term}只能是以下之一：{allowed}。",
    ),
    "student.boarding": ("The {term} must be 走读 or 住校.", "{term}只能是走读或住校。"),
    # -- the roster import (services/roster.py) ---------------------------------------------------
    "roster_import.no_students": (
        "The roster has a header row but no students below it.",
        "名单只有表头行，下面没有学生。",
    ),
    # -- backups (services/maintenance.py, services/autobackup.py) -------------------------------
    "backup.name_control": (
        "The backup file name contains control characters or line breaks.",
        "备份文件名含有控制字符或换行，请重新输入。",
    ),
    "backup.no_folder": ("The folder {folder} does not exist.", "所选的文件夹不存在。"),
    "backup.not_written": (
        "The backup could not be written to {file} ({why}); nothing was saved.",
        "无法写入备份，未保存任何内容。",
    ),
    "backup.keep_range": (
        "The number of backups to keep must be from {low} to {high}.",
        "保留的备份份数必须在 {low} 到 {high} 之间。",
    ),
    "backup.auto_no_folder": (
        "The folder {folder} does not exist; plug in the USB stick or choose another folder "
        "for the automatic backup.",
        "备份文件夹不存在；请插好 U 盘，或在“设置”中另选文件夹。",
    ),
    # -- restore (services/maintenance.py) --------------------------------------------------------
    "restore.other_store": (
        "The backup file {file} is of another store ({backup_store}, while this computer "
        "holds {live_store}), so nothing was restored; to replace this store by it on purpose, "
        "restore with --other-store.",
        "备份文件 {file} 属于另一份档案数据（{backup_store}，这台电脑上的是 {live_store}），"
        "因此未恢复任何内容；如确实要用它替换现有数据，请加上 --other-store 再恢复。",
    ),
    "restore.recovery_wrong": (
        f"The recovery key does not open this backup ({_UNDONE}).",
        "这个恢复密钥无法打开此备份。",
    ),
    "restore.passphrase_wrong": (
        f"The passphrase of {{username!r}} does not open this backup ({_UNDONE}).",
        "这个口令无法打开此备份：请使用制作备份时的口令，或使用恢复密钥。",
    ),
    "restore.damaged": (
        "The backup file {file} holds a damaged store; nothing was restored.",
        "备份文件中的数据已损坏，未恢复任何内容。",
    ),
    "restore.older": (
        "The backup file {file} is older than the records on this computer (its newest change "
        "is of {backup_day}, theirs of {live_day}): restoring it would roll back {days} days of "
        "records, so nothing was restored; to restore it anyway, run the restore with --older.",
        "备份文件 {file} 比这台电脑上的记录旧（备份中最新的改动在 {backup_day}，这台电脑上的在 "
        "{live_day}）：恢复它会丢掉 {days} 天的记录，因此未恢复任何内容；如仍要恢复，请加上 "
        "--older 再恢复。",
    ),
    "restore.older_day": (
        "The backup file {file} is older than the records on this computer (its newest change "
        "is of {backup_day}, theirs of {live_day}): restoring it would roll back 1 day of "
        "records, so nothing was restored; to restore it anyway, run the restore with --older.",
        "备份文件 {file} 比这台电脑上的记录旧（备份中最新的改动在 {backup_day}，这台电脑上的在 "
        "{live_day}）：恢复它会丢掉 1 天的记录，因此未恢复任何内容；如仍要恢复，请加上 "
        "--older 再恢复。",
    ),
    "restore.not_restored": (
        "The backup could not be restored ({why}); the store was not changed.",
        "无法恢复备份，现有数据未作改动。",
    ),
    # -- unlocking (services/account_session.py, services/damage.py, services/keyring_care.py) -----------
    "login.no_store": (
        "There is no sxcounsel store in {home}; run 'sxcounsel init' or 'sxcounsel demo'.",
        "数据文件夹中还没有档案数据。",
    ),
    "login.recovery_wrong": (
        "The recovery key is wrong.",
        "恢复密钥不正确。请对照打印的恢复密钥单核对。",
    ),
    "login.disabled": ("The account {user!r} is disabled.", "这个账户已被停用，请联系管理员。"),
    "login.damaged": (
        "The store is damaged (a database page failed its check); restore the newest backup.",
        "数据已损坏，请从最新的备份恢复。",
    ),
    "login.disk_full": (
        "The disk is full or cannot be written.",
        "磁盘已满或无法写入；请腾出一些空间后再试。",
    ),
    "keyring.upgrade_backup_failed": (
        "The store needs an upgrade, but the backup made before it could not be written to "
        "{folder} ({why}); nothing was changed.",
        "数据需要升级，但升级前的备份无法写入文件夹 {folder}，未做任何更改；请腾出一些磁盘空间后再试。",
    ),
    # -- printing (services/printing.py, services/printing_letters.py) ---------------------------
    "print.suffix": (
        "The output file {file} must end in {suffix}.",
        "文件名必须以 {suffix} 结尾。",
    ),
    "print.suffixes": (
        "The output file {file} must end in {first} or {last}.",
        "文件名必须以 {first} / {last} 结尾。",
    ),
    "print.no_folder": ("The folder {folder} does not exist.", "所选文件夹不存在，请另选一个。"),
    "print.own_classes": (
        "Your account may print the home-visit ledger of its own classes only.",
        "你的账号只能打印本人所带班级的家访工作台账。",
    ),
    "print.no_students": (
        "No students are in the class {class_name}; check the class name.",
        "班级 {class_name} 中没有学生。",
    ),
    "print.no_session_number": (
        "No counseling session has this number.",
        "没有这个编号的心理辅导记录。",
    ),
    "print.counselors_only": (
        "Your account may not print counseling session records; only counselors may.",
        "只有心理教师可以打印心理辅导记录表。",
    ),
    # -- the command line (cli.py, cli_common.py, cli_sync.py) -----------------------------------
    "cli.no_input": (
        "No {label} given: set it in the environment or run in a terminal.",
        "未提供 {label}：请在环境变量中设置，或在终端中运行。",
    ),
    "cli.no_account": (
        "No account given: set SXCOUNSEL_USER or run in a terminal.",
        "未指定账户：请设置 SXCOUNSEL_USER，或在终端中运行。",
    ),
    "cli.passphrases_differ": (
        "The two passphrases differ; nothing was changed.",
        "两次输入的口令不一致。",
    ),
    "cli.backup_name_empty": (
        "The backup file name is empty; give it with -o FILE.",
        "备份文件名为空；请用 -o FILE 指定。",
    ),
    "search.empty": (
        "The search is empty; give a name, 学籍号, class or pinyin.",
        "搜索内容为空；请输入姓名、学籍号、班级或拼音。",
    ),
    "demo.students_range": (
        "--students must be between {low} and {high}.",
        "--students 必须在 {low} 到 {high} 之间。",
    ),
    "cli.no_display": (
        "No display was found for the desktop app; start it from the desktop, or use the "
        "subcommands (--help).",
        "找不到可供桌面程序使用的显示器；请从桌面启动，或使用子命令（--help）。",
    ),
    "cli.qt_libs_missing": (
        "The desktop app cannot start: Qt cannot load {libraries} (not installed); as root, run "
        "'{command}', or use the subcommands (--help).",
        "桌面程序无法启动：Qt 无法加载 {libraries}（未安装）；请以 root 身份运行 '{command}'，"
        "或使用子命令（--help）。",
    ),
    "cli.no_qt": (
        "The desktop app cannot start ({why}); install PySide6 and Qt's system libraries, or "
        "use the subcommands (--help).",
        "桌面程序无法启动（{why}）；请安装 PySide6 和 Qt 的系统库，或使用子命令（--help）。",
    ),
    "cli.output_empty": (
        "The output folder is empty: name the USB stick or folder.",
        "未指定输出文件夹：请给出 U 盘或文件夹。",
    ),
}

FIELDS: dict[str, tuple[str, str]] = {
    "school code": ("school code", "学校标识码"),
    "county code": ("county code", "县（区）代码"),
    "school name": ("school name", "学校名称"),
    "class name": ("class name", "班级"),
    "display name": ("display name", "姓名"),
}
