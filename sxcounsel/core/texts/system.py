"""The refusals of the system underneath the records: the 身份证号 check, the encrypted store
and its key slots, backup files, and the sync between schools and the county center.

``{file}`` is a file's name, ``{url}`` an address, ``{user}`` an account name: no template
names student data. No template names a form's field either (``field`` facts only place one).
"""

from __future__ import annotations

_TAMPERED_ZH = (
    "账户文件（keyslots.json）在本软件之外被改动过，未打开任何内容。请从备份中恢复，并核对各账户。"
)
_TAMPERED_EN = (
    "The account file keyslots.json was changed outside sxcounsel ({why}); nothing was "
    "opened. Restore it from a backup (sxcounsel restore) and check the accounts."
)
_SLOTS_DAMAGED_ZH = "数据的密钥文件已损坏，请从备份恢复。"
_NEWER_STORE_ZH = "这些数据由更新版本的 sxcounsel 写入，请安装新版本。"
_DISK_FULL_ZH = "磁盘已满或无法写入；请腾出一些空间后再试。"
_BACKUP_DAMAGED_ZH = "备份文件已损坏，未恢复任何内容。"
_BACKUP_CUT_ZH = "备份文件不完整，未恢复任何内容。"
_DIGITS_ZH = "{field}只能由数字组成，最后一位可以是 X。"
_HOLDERS_EN = "another sxcounsel window or an antivirus scan"
_HOLDERS_ZH = "另开的 sxcounsel 窗口或杀毒软件"
_WAIT_EN = "close the other sxcounsel windows or wait a moment, then try again"
_WAIT_ZH = "请关闭其他 sxcounsel 窗口或稍等片刻，再重试"


def _birth(en: str, zh: str) -> tuple[str, str]:
    return f"The birth date inside the {{field}} {en}", f"{{field}}中的出生日期{zh}"


def _disk_full(en: str) -> tuple[str, str]:
    return f"The disk is full or cannot be written; {en}", _DISK_FULL_ZH


def _tampered(why: str) -> tuple[str, str]:
    return _TAMPERED_EN.replace("{why}", why), _TAMPERED_ZH


def _backup(why: str, zh: str) -> tuple[str, str]:
    return f"The backup file {{file}} is {why}; nothing was restored.", zh


def _key_changed(key: str, zh: str) -> tuple[str, str]:
    return (
        f"{{file}} carries another {key} key for county {{county}} than this school holds "
        "(fingerprint {held} held, {new} in the file), so nothing was changed; if the county "
        "center made new keys, an administrator enrolls again with --replace.",
        f"{{file}} 中县（区）{{county}} 的{zh}密钥与本校保存的不同（本校保存的指纹 {{held}}，"
        "文件中的指纹 {new}），未作任何更改；如果县级中心确实生成了新密钥，请由管理员重新注册并"
        "替换密钥。",
    )


def _f(en: str, zh: str) -> tuple[str, str]:
    """A sentence about a file: its name first ("{file}: …", "{file}：…")."""
    return "{file}: " + en, "{file}：" + zh


def _refused(en: str, zh: str) -> tuple[str, str]:
    return f"The county refused bundle {{seq}}: {en}", f"县级中心拒收了第 {{seq}} 个数据包{zh}"


def _documents() -> dict[str, tuple[str, str]]:
    """The refusals of the signed sync documents, by kind (sync/keys.py, and the incomplete
    one in sync/enrollment.py, county/enroll.py, sync/ack.py)."""
    out: dict[str, tuple[str, str]] = {}
    for kind, en, zh, incomplete in (
        ("enrollment", "enrollment file", "注册文件", "enrollment.incomplete"),
        ("request", "enrollment request", "注册申请文件", "enrollment.request_incomplete"),
        ("ack", "acknowledgement", "确认回执", "ack.incomplete"),
    ):
        # An acknowledgement's name may be "the county's answer": the Chinese does not repeat it.
        ack = kind == "ack"
        out[incomplete] = (
            f"{{file}} is not a complete {en}.",
            f"{zh}不完整。" if ack else f"{{file}} 不是完整的{zh}。",
        )
        out[f"sync.too_large_{kind}"] = (
            f"{{file}} is too large to be an {en}.",
            f"{{file}} 太大，不可能是{zh}。",
        )
        out[f"sync.not_{kind}"] = (
            f"{{file}} is not an sxcounsel {en}.",
            f"{'这' if ack else '{file} '}不是 sxcounsel 的{zh}。",
        )
        newer = f"{zh}的格式比本程序新" if ack else f"{{file}} 是更新格式的{zh}"
        out[f"sync.newer_{kind}"] = (
            f"{{file}} is an sxcounsel {en} of a newer format (version {{version!r}}); install "
            "the newer sxcounsel.",
            f"{newer}（版本 {{version}}）；请安装新版本的 sxcounsel。",
        )
    return out


TEMPLATES: dict[str, tuple[str, str]] = {
    # -- 身份证号 (core/idcard.py; {field} is the column or the form's label) --------------------
    "idcard.excel_number": (
        "The {field} was turned into a number by Excel and has lost digits; re-enter it as text "
        "from the original card or document.",
        "{field}被 Excel 转成了数字（如 6.10424E+17），末几位已丢失；请把该列设为“文本”格式后重新"
        "输入。",
    ),
    "idcard.non_digit": ("The {field} may contain only digits and a final X.", _DIGITS_ZH),
    "idcard.x_inside": ("Only the last character of the {field} may be X.", _DIGITS_ZH),
    "idcard.length": (
        "The {field} must have 18 characters, not {length}.",
        "{field}应为 18 位，而不是 {length} 位。",
    ),
    "idcard.birth_date": _birth(
        "(characters 7 to 14) does not exist.", "（第 7 至 14 位）不存在。"
    ),
    "idcard.future_birth": _birth("is in the future.", "晚于今天。"),
    "idcard.checksum": (
        "The {field} check character does not match; a character was probably mistyped.",
        "{field}校验位不符，可能有数字输错了。",
    ),
    "idcard.birth_mismatch": _birth("does not match the 出生日期.", "与“出生日期”一栏不一致。"),
    # -- unlocking (store/slots.py, store/vault.py) ------------------------------------------
    "unlock.wrong_passphrase": (
        "The passphrase is wrong.",
        "口令不正确。请检查输入法和大写锁定键。",
    ),
    "unlock.no_account": (
        "There is no account named {user!r} on this computer.",
        "这台电脑上没有这个账户。",
    ),
    "unlock.throttled": (
        "Too many wrong passphrases; wait {seconds} seconds and try again.",
        "口令错误次数过多，请在 {seconds} 秒后重试。",
    ),
    # -- the key ring and the key-slot file (store/keyring.py, slots.py, vault.py) -----------
    "keyring.unlisted": (
        "The key slot of {user!r} is not in this store's signed list of accounts: it was not "
        "made by this store's counselors or administrators. Nothing was opened; ask them to "
        "check the accounts.",
        "该账户的密钥槽不是由本档案的心理教师或管理员创建的，无法打开。请联系他们核对账户。",
    ),
    "keyring.tampered_kdf": _tampered("a key slot with a weakened passphrase hash"),
    "keyring.tampered_ring": _tampered("a ring key that is not this store's"),
    "keyring.tampered_list": _tampered("the list of accounts is not signed by this store"),
    "keyring.tampered_key": _tampered("a {key} key that is not this store's"),
    "keyring.no_notes_key": (
        "Your account has not been given the counseling-notes key yet; it is given the next "
        "time another counselor or the recovery key opens the store.",
        "您的账户尚未获得心理辅导记录密钥；下次其他心理教师或恢复密钥打开档案时会自动授予。",
    ),
    "keyring.no_key": (
        "Your account does not hold the key this needs.",
        "您的账户没有执行此操作所需的密钥。",
    ),
    "keyring.field_unsealed": (
        "A confidential field of a record in {table} was written outside sxcounsel; restore "
        "the store from a backup.",
        "某条记录的保密内容是在 sxcounsel 之外写入的；请从备份恢复数据。",
    ),
    "keyring.field_altered": (
        "A confidential field of a record in {table} was altered outside sxcounsel; restore "
        "the store from a backup.",
        "某条记录的保密内容在 sxcounsel 之外被改动过；请从备份恢复数据。",
    ),
    # -- the store (store/connection.py, db.py, migrations.py, records.py, vault.py) ---------
    "store.none": ("There is no sxcounsel store in this folder.", "数据文件夹中还没有档案数据。"),
    "store.exists": ("A store already exists in this folder.", "数据文件夹中已有档案数据。"),
    "store.sqlcipher": (
        "sxcounsel needs SQLCipher 4.5 or newer, but this installation has {found}; "
        "reinstall sxcounsel.",
        "程序安装不完整，请重新安装 sxcounsel。",
    ),
    "store.undecryptable": (
        "The store could not be decrypted: it is damaged or does not belong to these keys.",
        "数据已损坏，请从备份恢复。",
    ),
    "store.disk_full_open": _disk_full("the store could not be opened."),
    "store.disk_full": _disk_full("the last change was not saved."),
    "store.newer_schema": (
        "This store was written by a newer sxcounsel (schema {schema}, this one knows "
        "{known}); install the newer version to open it.",
        _NEWER_STORE_ZH,
    ),
    "store.upgrade_backup": (
        "The store needs an upgrade, but the backup made before it could not be written to "
        "{folder} ({detail}); nothing was changed.",
        "数据需要升级，但升级前的备份无法写入 {folder}（{detail}）；未作任何更改。",
    ),
    "store.upgrade_backup_full": (
        "The store needs an upgrade, but the backup made before it could not be written to "
        "{folder} (disk full?); nothing was changed.",
        "数据需要升级，但升级前的备份无法写入 {folder}（磁盘可能已满）；未作任何更改。",
    ),
    "store.slots_newer": (
        "The key-slot file was written by a newer sxcounsel; install the newer version.",
        "数据的密钥文件由更新版本的 sxcounsel 写入，请安装新版本。",
    ),
    "store.slots_damaged": (
        "The key-slot file {file} is damaged; restore it from a backup.",
        _SLOTS_DAMAGED_ZH,
    ),
    "store.slots_replaced": (
        "The key-slot file {file} was replaced outside sxcounsel while the store was open; "
        "nothing was saved. Lock the store and unlock it again.",
        "存储打开期间，密钥槽文件 {file} 被本程序以外的操作替换，本次更改未保存。请锁定后重新解锁"
        "。",
    ),
    "store.slot_damaged": (
        "The key-slot file is damaged; restore it from a backup.",
        _SLOTS_DAMAGED_ZH,
    ),
    "store.slots_mismatch": ("The key-slot file does not match this store.", _SLOTS_DAMAGED_ZH),
    "store.slots_need_ring": (
        "Only a counselor or an administrator can change key slots.",
        "只有心理教师或管理员可以更改账户的密钥槽。",
    ),
    "store.record_gone": ("The record no longer exists.", "这条记录已不存在。"),
    "store.stale_edit": (
        "Someone else changed this record meanwhile; reopen it and make your change again.",
        "这条记录刚被其他人修改过；请重新打开后再修改。",
    ),
    # -- backup files (store/backup.py) --------------------------------------------------------
    "backup_file.missing": _backup(
        "missing or not a file", "找不到备份文件 {file}，或它不是一个文件；未恢复任何内容。"
    ),
    "backup_file.not_backup": _backup("not an sxcounsel backup", "这不是 sxcounsel 的备份文件。"),
    "backup_file.cut_short": _backup("incomplete (cut short)", _BACKUP_CUT_ZH),
    "backup_file.header_length": _backup("damaged (header length)", _BACKUP_DAMAGED_ZH),
    "backup_file.header": _backup("damaged (header)", _BACKUP_DAMAGED_ZH),
    "backup_file.extra_bytes": _backup("damaged (extra bytes)", _BACKUP_DAMAGED_ZH),
    "backup_file.digest": _backup("damaged (database digest)", _BACKUP_DAMAGED_ZH),
    "backup_file.newer": _backup(
        "from a newer sxcounsel",
        "备份文件由更新版本的 sxcounsel 制作，请安装新版本；未恢复任何内容。",
    ),
    "backup_file.altered": (
        "The backup file {file} was altered; nothing was restored.",
        "备份文件已被改动，未恢复任何内容。",
    ),
    # -- a file another program holds (store/atomic.py), a restore stopped by one (maintenance)
    "file.in_use_pdf": (
        "Close {file} in the PDF viewer, then try again; it is open in another program.",
        "请先在 PDF 阅读器中关闭“{file}”，再重试；该文件正被其他程序占用。",
    ),
    "file.in_use_sheet": (
        "Close {file} in Excel or WPS, then try again; it is open in another program.",
        "请先在 Excel 或 WPS 中关闭“{file}”，再重试；该文件正被其他程序占用。",
    ),
    "file.in_use_other": (
        f"{{file}} is held by another program ({_HOLDERS_EN}); {_WAIT_EN}.",
        f"“{{file}}”正被其他程序（{_HOLDERS_ZH}）占用；{_WAIT_ZH}。",
    ),
    "restore.rolled_back": (
        f"Nothing was restored from {{file}}; the store was left as it was: {{held}} could not be "
        f"moved ({{why}}). If {_HOLDERS_EN} holds it, {_WAIT_EN}.",
        f"未从 {{file}} 恢复任何内容，现有数据保持原样：无法移动“{{held}}”（可能正被{_HOLDERS_ZH}"
        f"占用）；{_WAIT_ZH}。",
    ),
    "restore.rollback_failed": (
        "Restoring {file} stopped halfway ({held} could not be moved) and the store could not be "
        "put back: {files} are in the folder {folder} in the data folder; nothing was deleted. "
        "Close all sxcounsel windows and move them back, replacing the files of the same name.",
        "从 {file} 恢复时中途停止（无法移动“{held}”）且未能复原：{files} 在数据文件夹的 {folder}"
        " 中，未删除任何文件。请关闭所有 sxcounsel 窗口，把它们移回数据文件夹并替换同名文件。",
    ),
    # -- sync files and the county's address (sync/keys.py, enrollment.py, client.py) ----------
    "sync.file_missing": ("{file} does not exist.", "文件 {file} 不存在。"),
    "sync.url_malformed": (
        "The sync URL {url!r} is not an address like https://10.1.2.3:8443.",
        "地址应形如 https://192.168.1.20:8443；未作任何更改。",
    ),
    "sync.url_plain_http": (
        "The sync URL {url!r} is plain HTTP; on the network only https:// is used.",
        "在网络上只能使用 https:// 地址，如 https://192.168.1.20:8443；未作任何更改。",
    ),
    "sync.not_school": (
        "The store in {home} is not a school's; '{action}' runs on a school.",
        "这份档案数据不是学校的；此操作只能在学校端进行。",
    ),
    "sync.notes_need_counselor": (
        "The county's data policy asks for counseling notes; only a counselor can export them.",
        "县级中心的数据政策要求上报心理辅导记录内容；只有心理教师可以导出。",
    ),
    "sync.plain_http": (
        "The sync address {url} is plain HTTP on the network; only HTTPS is used there (ask the "
        "county for a new enrollment file).",
        "同步地址 {url} 在网络上使用明文 HTTP；网络上只使用 HTTPS（请向县级中心索取新的注册文件）"
        "。",
    ),
    "sync.certificate": (
        "The server at {url} did not show the county's pinned certificate; nothing was sent.",
        "{url} 上的服务器没有出示县级中心登记的证书；未发送任何内容。",
    ),
    "sync.not_pinned": (
        "The server at {url} is not the county's pinned server.",
        "{url} 上的服务器不是县级中心登记的服务器。",
    ),
    "sync.unreachable": (
        "The county server at {url} could not be reached ({last}) after {attempts} tries; the "
        "bundles stay here and will be sent later.",
        "无法连接县级服务器 {url}（{last}，已尝试 {attempts} 次）；数据包保留在本机，稍后会再发送"
        "。",
    ),
    "sync.no_ack": (
        "The county holds bundle {seq} but gave no acknowledgement for it; try again later.",
        "县级中心已有第 {seq} 个数据包，但没有给出确认；请稍后再试。",
    ),
    "sync.county_refused": _refused("{reason}.", "：{reason}。"),
    "sync.county_refused_size": _refused(
        "it is larger than the server accepts.", "：它超过了服务器接受的大小。"
    ),
    "sync.county_refused_http": _refused("HTTP {status}.", "（HTTP {status}）。"),
    # -- enrollment (sync/enrollment.py, county/enroll.py) -------------------------------------
    "enrollment.none": (
        "This school is not enrolled with a county yet; run 'sxcounsel sync enroll FILE' with "
        "the enrollment file from the county center.",
        "本校尚未在县级中心注册；请用县级中心提供的注册文件完成注册（sxcounsel sync enroll）。",
    ),
    "enrollment.county_signature": _f(
        "the county's signature does not match its content (altered file).",
        "县级中心的签名与文件内容不符（文件被改动过）。",
    ),
    "enrollment.certificate": _f(
        "the TLS certificate does not match its fingerprint (altered file).",
        "TLS 证书与其指纹不符（文件被改动过）。",
    ),
    "enrollment.other_county": (
        "{file} is for county {county}, but this school belongs to county {own}.",
        "{file} 属于县（区）{county}，而本校属于县（区）{own}。",
    ),
    "enrollment.signing_key_changed": _key_changed("signing", "签名"),
    "enrollment.encryption_key_changed": _key_changed("encryption", "加密"),
    "enrollment.notes_policy": (
        "{file} carries a county policy that asks for counseling notes, so nothing was changed; "
        "if the school agrees to send the notes of its counseling sessions to the county, an "
        "administrator enrolls again with --allow-notes.",
        "{file} 中的县级政策要求上报心理辅导记录内容，未作任何更改；如果学校同意把心理辅导的记录内"
        "容发送给县级中心，请由管理员重新注册并允许发送。",
    ),
    "enrollment.school_signature": _f(
        "the school's signature does not match its content (altered file).",
        "学校的签名与文件内容不符（文件被改动过）。",
    ),
    "enrollment.request_other_county": (
        "{file} answers another county's enrollment file (county {county}).",
        "{file} 是对其他县（区）注册文件的回复（县（区）代码 {county}）。",
    ),
    "enrollment.school_code": _f("the school code is not 10 digits.", "学校标识码不是 10 位数字。"),
    "enrollment.rekey": _f(
        "school {school} is already enrolled with a different key; approve it with --rekey only "
        "if the school really set up a new computer.",
        "学校 {school} 已用另一个密钥登记；只有该校确实换了新电脑时，才批准更换密钥。",
    ),
    # -- acknowledgements (sync/ack.py); the name may be "the county's answer", so the Chinese
    # sentences do not repeat it -----------------------------------------------------------------
    "ack.signature": (
        "{file}: the signature is not the county's (altered file, or another county).",
        "确认回执的签名不是县级中心的（文件被改动过，或来自其他县）。",
    ),
    "ack.other_school": (
        "{file} acknowledges another school's bundles ({school}).",
        "这份确认回执是给其他学校（{school}）的。",
    ),
    "ack.different": (
        "{file}: the county holds a different bundle {seq} than the one it confirmed before "
        "(was the county's store restored?).",
        "县级中心现有的第 {seq} 个数据包与它之前确认的不同（县级中心的数据是否从备份恢复过？）。",
    ),
    "ack.foreign": (
        "The county holds bundle {seq} from this school that this PC never wrote: someone else "
        "signed bundles with this school's key. Nothing was changed; tell the county center and "
        "your administrator.",
        "县级中心存有本校的第 {seq} 个数据包，但这台电脑从未写过它：有人用本校的密钥签署了数据包。"
        "未作任何更改；请告知县级中心和本校管理员。",
    ),
    # -- bundles (sync/bundle.py, county/importer.py) ------------------------------------------
    "bundle.not_object": _f("the bundle header is not a JSON object.", "数据包头不是 JSON 对象。"),
    "bundle.version": _f(
        "bundle format version {version} is not one this sxcounsel reads.",
        "本程序无法读取第 {version} 版格式的数据包。",
    ),
    "bundle.header_field": _f(
        "the bundle header field {key!r} is missing or invalid.",
        "数据包头的字段 {key} 缺失或无效。",
    ),
    "bundle.too_large": _f("the file is too large to be a bundle.", "文件太大，不可能是数据包。"),
    "bundle.no_mark": _f(
        "this is not an sxcounsel bundle (no SXBUNDLE mark).",
        "这不是 sxcounsel 数据包（没有 SXBUNDLE 标记）。",
    ),
    "bundle.header_length": _f(
        "the file is truncated or damaged (header length).", "文件不完整或已损坏（包头长度不对）。"
    ),
    "bundle.length": _f(
        "the file is truncated or damaged (its length does not add up).",
        "文件不完整或已损坏（长度对不上）。",
    ),
    "bundle.not_json": _f("the bundle header is not valid JSON.", "数据包头不是有效的 JSON。"),
    "bundle.not_canonical": _f(
        "the bundle header is not in canonical form.", "数据包头不是规范格式。"
    ),
    "bundle.outer_signature": _f(
        "the outer signature does not match the enrolled key of school {school} (altered in "
        "transit, or not sent by that school).",
        "外层签名与学校 {school} 登记的密钥不符（在传送中被改动，或不是该校发出的）。",
    ),
    "bundle.too_many_records": _f(
        "the header declares {count:,} records, more than one bundle may carry ({limit:,}).",
        "包头声明了 {count:,} 条记录，超过一个数据包允许的上限（{limit:,}）。",
    ),
    "bundle.payload_size": _f(
        "the header declares a payload of {size:,} bytes, more than its {count:,} records justify "
        "({cap:,}).",
        "包头声明的内容有 {size:,} 字节，超过 {count:,} 条记录应有的大小（{cap:,}）。",
    ),
    "bundle.ciphertext_size": _f(
        "the encrypted payload ({length:,} bytes) is larger than a compressed payload of {size:,} "
        "bytes can be.",
        "加密内容（{length:,} 字节）比 {size:,} 字节的压缩内容可能有的大小还大。",
    ),
    "bundle.decrypt": _f(
        "the payload cannot be decrypted with this county's key.",
        "无法用本县的密钥解密数据包内容。",
    ),
    "bundle.inner_signature": _f(
        "the inner signature does not match the sending school and this county.",
        "内层签名与发送学校和本县不符。",
    ),
    "bundle.damaged": _f(
        "the payload is damaged (it does not decompress).", "数据包内容已损坏（无法解压）。"
    ),
    "bundle.inflate": _f(
        "the payload inflates to more than the {size:,} bytes its header declares; it was refused "
        "before inflating further.",
        "解压后的内容超过包头声明的 {size:,} 字节；已在继续解压之前拒收。",
    ),
    "bundle.long_line": _f(
        "a record line of the payload is longer than {limit:,} bytes; the bundle was refused "
        "before inflating further.",
        "数据包中有一行记录超过 {limit:,} 字节；已在继续解压之前拒收。",
    ),
    "bundle.count_mismatch": _f(
        "the record count does not match the header.", "记录条数与包头不符。"
    ),
    "bundle.record_version": _f(
        "record line {line} carries version {version}, far above any a school store writes "
        "({limit:,}): the bundle was not written by the school's sxcounsel and is refused whole.",
        "第 {line} 行记录的版本号为 {version}，远高于学校数据可能达到的值（{limit:,}）：该数据包不"
        "是学校的 sxcounsel 写出的，整个拒收。",
    ),
    "bundle.not_enrolled": _f(
        "school {school} is not enrolled with this county.", "学校 {school} 没有在本县登记。"
    ),
    "bundle.wrong_key": _f(
        "the bundle is signed with a key that is not the enrolled key of school {school}.",
        "数据包的签名密钥不是学校 {school} 登记的密钥。",
    ),
    "bundle.replay": _f(
        "bundle {seq} of school {school_code} was already imported with different content; a "
        "replayed or lower seq is refused.",
        "学校 {school_code} 的第 {seq} 个数据包已经以不同的内容导入过；重复发送或序号更小的数据包"
        "会被拒收。",
    ),
    "bundle.other_county": _f(
        "the bundle is encrypted to another county.", "数据包是加密发给其他县的。"
    ),
    "bundle.chain_first": _f(
        "bundle 1 names a previous bundle.", "第 1 个数据包不应指明前一个数据包。"
    ),
    "bundle.chain_before": _f(
        "the bundle does not follow bundle {previous} already imported.",
        "该数据包与已导入的第 {previous} 个数据包接不上。",
    ),
    "bundle.chain_after": _f(
        "bundle {following} already imported does not follow this bundle.",
        "已导入的第 {following} 个数据包与该数据包接不上。",
    ),
    # -- the county center (county/*.py) --------------------------------------------------------
    "county.school_store": (
        "The store in {home} is a school's; county commands need a county store "
        "('sxcounsel county init').",
        "这份档案数据属于学校；县级功能需要县级中心的档案数据（sxcounsel county init）。",
    ),
    "county.not_county": (
        "Only a county center's store holds county figures; this one may not {action}.",
        "只有县级中心的档案数据才有全县统计；这份数据不能用于此操作。",
    ),
    "county.record_missing": (
        "The record is not among the records the schools sent.",
        "这条记录不在各校发来的记录中。",
    ),
    "county.school_year": (
        "The school year {school_year} is not a year like 2025.",
        "学年 {school_year} 不是有效的年份，应形如 2025。",
    ),
    "server.plain_http": (
        "Plain HTTP is allowed on 127.0.0.1 only; serve {host} with TLS (drop --plain-http).",
        "只有在 127.0.0.1 上才允许明文 HTTP；请为 {host} 使用 TLS（去掉 --plain-http）。",
    ),
}

TEMPLATES.update(_documents())
