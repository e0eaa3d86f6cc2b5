"""The refusals about the data folder: choosing it in the first-run wizard and moving it from
Settings (``services/data_folder.py``).

``{folder}`` and ``{target}`` are folder paths, ``{file}`` the name of one file of the store:
no template names student data. ``{why}`` (the system's reason, in English) stays out of the
Chinese sentences.
"""

from __future__ import annotations

_BACK_ZH = "所有文件仍在原来的文件夹 {folder} 中，档案数据没有变化。"

TEMPLATES: dict[str, tuple[str, str]] = {
    # -- choosing a folder (the wizard, the move dialog) -----------------------------------------
    "folder.not_writable": (
        "Nothing can be written in {folder} ({why}). Choose a folder you may write in, for "
        "example on another drive.",
        "无法在 {folder} 中写入文件。请选择一个可以写入的文件夹，例如其他磁盘上的文件夹。",
    ),
    "folder.not_a_folder": (
        "{folder} is a file, not a folder. Choose a folder.",
        "{folder} 是一个文件，不是文件夹。请选择一个文件夹。",
    ),
    "folder.not_empty": (
        "{folder} already holds other files. Choose an empty folder or a new one.",
        "{folder} 中已有其他文件。请选择一个空文件夹，或新建一个文件夹。",
    ),
    "folder.no_records": (
        "There are no records in {folder}. Choose the folder that holds sxcounsel.db and "
        "keyslots.json.",
        "{folder} 中没有档案数据。请选择存有 sxcounsel.db 和 keyslots.json 的文件夹。",
    ),
    "folder.not_remembered": (
        "The records are kept in {folder}, but this computer could not remember that folder "
        "({why}). At the next start, choose it again under “Records already kept in a "
        "folder”.",
        "档案数据保存在 {folder}，但这台电脑未能记住这个位置。下次启动时，请在“使用已有的"
        "数据文件夹”中再次选择它。",
    ),
    # -- moving it (Settings) ---------------------------------------------------------------------
    "folder.fixed": (
        "The data folder {folder} is set when the program starts (SXCOUNSEL_HOME or --home); "
        "change it there.",
        "数据文件夹 {folder} 是在启动程序时指定的（SXCOUNSEL_HOME 或 --home），请在那里修改。",
    ),
    "folder.no_store": (
        "There are no records to move in {folder}.",
        "{folder} 中没有可以移动的档案数据。",
    ),
    "folder.same": (
        "The records are already kept in {folder}.",
        "档案数据已经保存在 {folder} 中。",
    ),
    "folder.has_records": (
        "{folder} already holds records of sxcounsel. Choose an empty folder or a new one.",
        "{folder} 中已有 sxcounsel 的档案数据。请选择一个空文件夹，或新建一个文件夹。",
    ),
    "folder.inside": (
        "{target} is inside the current data folder {folder}. Choose a folder elsewhere.",
        "{target} 位于当前数据文件夹 {folder} 之内。请选择其他位置的文件夹。",
    ),
    "folder.no_space": (
        "The drive of {target} has {free_mb} MB free and the records need {need_mb} MB; "
        "nothing was moved.",
        "{target} 所在的磁盘只剩 {free_mb} MB，而档案数据需要 {need_mb} MB，未移动任何文件。",
    ),
    "folder.not_moved": (
        "The data folder was not moved: {file} could not be moved ({why}). Everything is "
        "still in {folder}, unchanged.",
        "数据文件夹未移动：{file} 无法移动。" + _BACK_ZH,
    ),
    "folder.not_moved_in_use": (
        "The data folder was not moved: another program holds {file} (an antivirus, a backup "
        "program or another sxcounsel window). Everything is still in {folder}, unchanged; "
        "close that program, then try again.",
        "数据文件夹未移动：{file} 正被其他程序占用（杀毒软件、备份软件或另一个 sxcounsel "
        "窗口）。" + _BACK_ZH + "请关闭该程序后再试。",
    ),
    "folder.half_moved": (
        "Moving the data folder failed ({why}) and {file} could not be put back: the store's "
        "files are split between {folder} and {target}. Do not use the program until the "
        "files in {target} are moved back into {folder}.",
        "移动数据文件夹失败，且 {file} 未能移回：档案数据的文件分散在 {folder} 和 {target} "
        "两处。请先把 {target} 中的文件移回 {folder}，再使用本程序。",
    ),
}
