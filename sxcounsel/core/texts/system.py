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


def _documents() -> dict[str, tuple[str, str]]:
    """The refusals of the signed sync documents, by kind (sync/keys.py)."""
    out: dict[str, tuple[str, str]] = {}
    for kind, en, zh in (
        ("enrollment", "enrollment file", "注册文件"),
        ("request", "enrollment request", "注册申请文件"),
        ("ack", "acknowledgement", "确认回执"),
    ):
        # An acknowledgement's name may be "the county's answer": the Chinese does not repeat it.
        ack = kind == "ack"
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
        "The {field} was turned into a number by Excel and has lost digits; re-enter it as "
        "text from the original card or document.",
        "{field}被 Excel 转成了数字（如 6.10424E+17），末几位已丢失；请把该列设为“文本”格式后"
        "重新输入。",
    ),
    "idcard.non_digit": (
        "The {field} may contain only digits and a final X.",
        "{field}只能由数字组成，最后一位可以是 X。",
    ),
    "idcard.x_inside": (
        "Only the last character of the {field} may be X.",
        "{field}只能由数字组成，最后一位可以是 X。",
    ),
    "idcard.length": (
        "The {field} must have 18 characters, not {length}.",
        "{field}应为 18 位，而不是 {length} 位。",
    ),
    "idcard.birth_date": (
        "The birth date inside the {field} (characters 7 to 14) does not exist.",
        "{field}中的出生日期（第 7 至 14 位）不存在。",
    ),
    "idcard.future_birth": (
        "The birth date inside the {field} is in the future.",
        "{field}中的出生日期晚于今天。",
    ),
    "idcard.checksum": (
        "The {field} check character does not match; a character was probably mistyped.",
        "{field}校验位不符，可能有数字输错了。",
    ),
    "idcard.birth_mismatch": (
        "The birth date inside the {field} does not match the 出生日期.",
        "{field}中的出生日期与“出生日期”一栏不一致。",
    ),
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
    "store.disk_full_open": (
        "The disk is full or cannot be written; the store could not be opened.",
        _DISK_FULL_ZH,
    ),
    "store.disk_full": (
        "The disk is full or cannot be written; the last change was not saved.",
        _DISK_FULL_ZH,
    ),
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
    "backup_file.missing": (
        "The backup file {file} is missing or not a file; nothing was restored.",
        "找不到备份文件 {file}，或它不是一个文件；未恢复任何内容。",
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
        "The sync address {url} is plain HTTP on the network; only HTTPS is used there (ask "
        "the county for a new enrollment file).",
        "同步地址 {url} 在网络上使用明文 HTTP；网络上只使用 HTTPS（请向县级中心索取新的注册文件）。",
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
        "无法连接县级服务器 {url}（{last}，已尝试 {attempts} 次）；数据包保留在本机，稍后会再发送。",
    ),
    "sync.no_ack": (
        "The county holds bundle {seq} but gave no acknowledgement for it; try again later.",
        "县级中心已有第 {seq} 个数据包，但没有给出确认；请稍后再试。",
    ),
    "sync.county_refused": (
        "The county refused bundle {seq}: {reason}.",
        "县级中心拒收了第 {seq} 个数据包：{reason}。",
    ),
    "sync.county_refused_size": (
        "The county refused bundle {seq}: it is larger than the server accepts.",
        "县级中心拒收了第 {seq} 个数据包：它超过了服务器接受的大小。",
    ),
    "sync.county_refused_http": (
        "The county refused bundle {seq}: HTTP {status}.",
        "县级中心拒收了第 {seq} 个数据包（HTTP {status}）。",
    ),
    # -- enrollment (sync/enrollment.py, county/enroll.py) -------------------------------------
    "enrollment.none": (
        "This school is not enrolled with a county yet; run 'sxcounsel sync enroll FILE' with "
        "the enrollment file from the county center.",
        "本校尚未在县级中心注册；请用县级中心提供的注册文件完成注册（sxcounsel sync enroll）。",
    ),
    "enrollment.incomplete": (
        "{file} is not a complete enrollment file.",
        "{file} 不是完整的注册文件。",
    ),
    "enrollment.county_signature": (
        "{file}: the county's signature does not match its content (altered file).",
        "{file}：县级中心的签名与文件内容不符（文件被改动过）。",
    ),
    "enrollment.certificate": (
        "{file}: the TLS certificate does not match its fingerprint (altered file).",
        "{file}：TLS 证书与其指纹不符（文件被改动过）。",
    ),
    "enrollment.other_county": (
        "{file} is for county {county}, but this school belongs to county {own}.",
        "{file} 属于县（区）{county}，而本校属于县（区）{own}。",
    ),
    "enrollment.signing_key_changed": _key_changed("signing", "签名"),
    "enrollment.encryption_key_changed": _key_changed("encryption", "加密"),
    "enrollment.notes_policy": (
        "{file} carries a county policy that asks for counseling notes, so nothing was "
        "changed; if the school agrees to send the notes of its counseling sessions to the "
        "county, an administrator enrolls again with --allow-notes.",
        "{file} 中的县级政策要求上报心理辅导记录内容，未作任何更改；如果学校同意把心理辅导的"
        "记录内容发送给县级中心，请由管理员重新注册并允许发送。",
    ),
    "enrollment.request_incomplete": (
        "{file} is not a complete enrollment request.",
        "{file} 不是完整的注册申请文件。",
    ),
    "enrollment.school_signature": (
        "{file}: the school's signature does not match its content (altered file).",
        "{file}：学校的签名与文件内容不符（文件被改动过）。",
    ),
    "enrollment.request_other_county": (
        "{file} answers another county's enrollment file (county {county}).",
        "{file} 是对其他县（区）注册文件的回复（县（区）代码 {county}）。",
    ),
    "enrollment.school_code": (
        "{file}: the school code is not 10 digits.",
        "{file}：学校标识码不是 10 位数字。",
    ),
    "enrollment.rekey": (
        "{file}: school {school} is already enrolled with a different key; approve it with "
        "--rekey only if the school really set up a new computer.",
        "{file}：学校 {school} 已用另一个密钥登记；只有该校确实换了新电脑时，才批准更换密钥。",
    ),
    # -- acknowledgements (sync/ack.py); the name may be "the county's answer", so the Chinese
    # sentences do not repeat it -----------------------------------------------------------------
    "ack.signature": (
        "{file}: the signature is not the county's (altered file, or another county).",
        "确认回执的签名不是县级中心的（文件被改动过，或来自其他县）。",
    ),
    "ack.incomplete": ("{file} is not a complete acknowledgement.", "确认回执不完整。"),
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
        "The county holds bundle {seq} from this school that this PC never wrote: someone "
        "else signed bundles with this school's key. Nothing was changed; tell the county "
        "center and your administrator.",
        "县级中心存有本校的第 {seq} 个数据包，但这台电脑从未写过它：有人用本校的密钥签署了"
        "数据包。未作任何更改；请告知县级中心和本校管理员。",
    ),
    # -- bundles (sync/bundle.py, county/importer.py) ------------------------------------------
    "bundle.not_object": (
        "{file}: the bundle header is not a JSON object.",
        "{file}：数据包头不是 JSON 对象。",
    ),
    "bundle.version": (
        "{file}: bundle format version {version} is not one this sxcounsel reads.",
        "{file}：本程序无法读取第 {version} 版格式的数据包。",
    ),
    "bundle.header_field": (
        "{file}: the bundle header field {key!r} is missing or invalid.",
        "{file}：数据包头的字段 {key} 缺失或无效。",
    ),
    "bundle.too_large": (
        "{file}: the file is too large to be a bundle.",
        "{file}：文件太大，不可能是数据包。",
    ),
    "bundle.no_mark": (
        "{file}: this is not an sxcounsel bundle (no SXBUNDLE mark).",
        "{file}：这不是 sxcounsel 数据包（没有 SXBUNDLE 标记）。",
    ),
    "bundle.header_length": (
        "{file}: the file is truncated or damaged (header length).",
        "{file}：文件不完整或已损坏（包头长度不对）。",
    ),
    "bundle.length": (
        "{file}: the file is truncated or damaged (its length does not add up).",
        "{file}：文件不完整或已损坏（长度对不上）。",
    ),
    "bundle.not_json": (
        "{file}: the bundle header is not valid JSON.",
        "{file}：数据包头不是有效的 JSON。",
    ),
    "bundle.not_canonical": (
        "{file}: the bundle header is not in canonical form.",
        "{file}：数据包头不是规范格式。",
    ),
    "bundle.outer_signature": (
        "{file}: the outer signature does not match the enrolled key of school {school} "
        "(altered in transit, or not sent by that school).",
        "{file}：外层签名与学校 {school} 登记的密钥不符（在传送中被改动，或不是该校发出的）。",
    ),
    "bundle.too_many_records": (
        "{file}: the header declares {count:,} records, more than one bundle may carry "
        "({limit:,}).",
        "{file}：包头声明了 {count:,} 条记录，超过一个数据包允许的上限（{limit:,}）。",
    ),
    "bundle.payload_size": (
        "{file}: the header declares a payload of {size:,} bytes, more than its {count:,} "
        "records justify ({cap:,}).",
        "{file}：包头声明的内容有 {size:,} 字节，超过 {count:,} 条记录应有的大小（{cap:,}）。",
    ),
    "bundle.ciphertext_size": (
        "{file}: the encrypted payload ({length:,} bytes) is larger than a compressed payload "
        "of {size:,} bytes can be.",
        "{file}：加密内容（{length:,} 字节）比 {size:,} 字节的压缩内容可能有的大小还大。",
    ),
    "bundle.decrypt": (
        "{file}: the payload cannot be decrypted with this county's key.",
        "{file}：无法用本县的密钥解密数据包内容。",
    ),
    "bundle.inner_signature": (
        "{file}: the inner signature does not match the sending school and this county.",
        "{file}：内层签名与发送学校和本县不符。",
    ),
    "bundle.damaged": (
        "{file}: the payload is damaged (it does not decompress).",
        "{file}：数据包内容已损坏（无法解压）。",
    ),
    "bundle.inflate": (
        "{file}: the payload inflates to more than the {size:,} bytes its header declares; it "
        "was refused before inflating further.",
        "{file}：解压后的内容超过包头声明的 {size:,} 字节；已在继续解压之前拒收。",
    ),
    "bundle.long_line": (
        "{file}: a record line of the payload is longer than {limit:,} bytes; the bundle was "
        "refused before inflating further.",
        "{file}：数据包中有一行记录超过 {limit:,} 字节；已在继续解压之前拒收。",
    ),
    "bundle.count_mismatch": (
        "{file}: the record count does not match the header.",
        "{file}：记录条数与包头不符。",
    ),
    "bundle.record_version": (
        "{file}: record line {line} carries version {version}, far above any a school store "
        "writes ({limit:,}): the bundle was not written by the school's sxcounsel and is "
        "refused whole.",
        "{file}：第 {line} 行记录的版本号为 {version}，远高于学校数据可能达到的值（{limit:,}）："
        "该数据包不是学校的 sxcounsel 写出的，整个拒收。",
    ),
    "bundle.not_enrolled": (
        "{file}: school {school} is not enrolled with this county.",
        "{file}：学校 {school} 没有在本县登记。",
    ),
    "bundle.wrong_key": (
        "{file}: the bundle is signed with a key that is not the enrolled key of school {school}.",
        "{file}：数据包的签名密钥不是学校 {school} 登记的密钥。",
    ),
    "bundle.replay": (
        "{file}: bundle {seq} of school {school_code} was already imported with different "
        "content; a replayed or lower seq is refused.",
        "{file}：学校 {school_code} 的第 {seq} 个数据包已经以不同的内容导入过；重复发送或序号"
        "更小的数据包会被拒收。",
    ),
    "bundle.other_county": (
        "{file}: the bundle is encrypted to another county.",
        "{file}：数据包是加密发给其他县的。",
    ),
    "bundle.chain_first": (
        "{file}: bundle 1 names a previous bundle.",
        "{file}：第 1 个数据包不应指明前一个数据包。",
    ),
    "bundle.chain_before": (
        "{file}: the bundle does not follow bundle {previous} already imported.",
        "{file}：该数据包与已导入的第 {previous} 个数据包接不上。",
    ),
    "bundle.chain_after": (
        "{file}: bundle {following} already imported does not follow this bundle.",
        "{file}：已导入的第 {following} 个数据包与该数据包接不上。",
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

FIELDS: dict[str, tuple[str, str]] = {}
