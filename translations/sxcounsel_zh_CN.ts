<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>您的账户</translation>
    </message>
    <message>
        <source>You are the first user of this computer. You will add the accounts of the other teachers later, in Settings.</source>
        <translation>您是这台电脑的第一位用户。其他老师的账户稍后可在“设置”中添加。</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>Letters and digits (pinyin works well); you type it each time you unlock.</source>
        <translation>使用字母和数字（可用姓名拼音），每次解锁时都要输入。</translation>
    </message>
    <message>
        <source>The first account is always an administrator, so it can add the others.</source>
        <translation>第一个账户总是管理员，这样才能添加其他账户。</translation>
    </message>
    <message>
        <source>Classes are not set here: for your own class, add a head-teacher account with its classes in Settings.</source>
        <translation>这里不设置班级：如需记录本班家访，请在“设置”中另建一个带班级的班主任账户。</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>账户名(&amp;A)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Added the account %1. Give its passphrase to its owner in person.</source>
        <translation>已添加账户 %1。请当面把口令告诉账户本人。</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>账户名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>班级(&amp;C)：</translation>
    </message>
    <message>
        <source>First &amp;passphrase:</source>
        <translation>初始口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>DataBox</name>
    <message>
        <source>Data safety</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <source>Make a backup at least once a week and keep it apart from this computer, for example on a USB stick. Backups are encrypted.</source>
        <translation>请至少每周备份一次，并把备份存放在这台电脑以外的地方，例如 U 盘。备份文件是加密的。</translation>
    </message>
    <message>
        <source>Check that the records on this computer are whole and unaltered.</source>
        <translation>检查这台电脑上的档案是否完整、未被篡改。</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Chec&amp;k the store</source>
        <translation>检查数据(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>保存备份</translation>
    </message>
    <message>
        <source>sxcounsel backups (*.sxbak)</source>
        <translation>sxcounsel 备份文件 (*.sxbak)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2 MB). Keep it apart from this computer.</source>
        <translation>备份已保存到 %1（%2 MB）。请把它存放在这台电脑以外的地方。</translation>
    </message>
    <message>
        <source>Checking every page of the store and the audit log…</source>
        <translation>正在检查数据的每一页和审计日志…</translation>
    </message>
    <message numerus="yes">
        <source>The store is sound: every page checks out and the audit log of %n entries is intact.</source>
        <translation>
            <numerusform>数据完好：每一页都通过校验，%n 条审计日志完整无缺。</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is damaged (%1). Restore the newest backup.</source>
        <translation>数据已损坏（%1）。请从最新的备份恢复。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Use at least 8 characters and at least 3 of: lowercase letters, uppercase letters, digits, symbols.</source>
        <translation>口令至少 8 个字符，并包含以下四类中的至少三类：小写字母、大写字母、数字、符号。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>口令错误次数过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The school code must be 10 digits.</source>
        <translation>学校标识码必须是 10 位数字。</translation>
    </message>
    <message>
        <source>The county code must be 6 digits.</source>
        <translation>县（区）代码必须是 6 位数字。</translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>请填写学校名称。</translation>
    </message>
    <message>
        <source>A head teacher account needs at least one class.</source>
        <translation>班主任账户至少需要一个班级。</translation>
    </message>
    <message>
        <source>This account name is not allowed; use 2 to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>这个账户名不可用：请使用 2 到 32 个字母、数字或“.”“-”“_”。</translation>
    </message>
    <message>
        <source>An account with this name already exists.</source>
        <translation>已有同名账户。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>The entry is not valid: %1</source>
        <translation>输入无效：%1</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Check the keyboard layout and Caps Lock.</source>
        <translation>口令不正确。请检查输入法和大写锁定键。</translation>
    </message>
    <message>
        <source>The recovery key is wrong. Check it against the printed sheet.</source>
        <translation>恢复密钥不正确。请对照打印的恢复密钥单核对。</translation>
    </message>
    <message>
        <source>There is no such account on this computer.</source>
        <translation>这台电脑上没有这个账户。</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the administrator.</source>
        <translation>这个账户已被停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The recovery key does not open this backup.</source>
        <translation>这个恢复密钥无法打开此备份。</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup; use the passphrase that was in force when the backup was made, or the recovery key.</source>
        <translation>这个口令无法打开此备份：请使用制作备份时的口令，或使用恢复密钥。</translation>
    </message>
    <message>
        <source>The store could not be unlocked.</source>
        <translation>无法解锁数据。</translation>
    </message>
    <message>
        <source>There is no store in the data folder yet.</source>
        <translation>数据文件夹中还没有档案数据。</translation>
    </message>
    <message>
        <source>A store already exists in the data folder.</source>
        <translation>数据文件夹中已有档案数据。</translation>
    </message>
    <message>
        <source>The key file of the store is damaged; restore a backup.</source>
        <translation>数据的密钥文件已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>This installation is incomplete; reinstall sxcounsel.</source>
        <translation>程序安装不完整，请重新安装 sxcounsel。</translation>
    </message>
    <message>
        <source>The store is damaged; restore a backup.</source>
        <translation>数据已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>The chosen folder does not exist.</source>
        <translation>所选的文件夹不存在。</translation>
    </message>
    <message>
        <source>The backup could not be written; nothing was saved.</source>
        <translation>无法写入备份，未保存任何内容。</translation>
    </message>
    <message>
        <source>The backup could not be restored; the store was not changed.</source>
        <translation>无法恢复备份，现有数据未作改动。</translation>
    </message>
    <message>
        <source>The store was written by a newer sxcounsel; install the newer version.</source>
        <translation>这些数据由更新版本的 sxcounsel 写入，请安装新版本。</translation>
    </message>
    <message>
        <source>The store cannot be used: %1</source>
        <translation>数据无法使用：%1</translation>
    </message>
    <message>
        <source>The backup file was altered; nothing was restored.</source>
        <translation>备份文件已被改动，未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup file holds a damaged store; nothing was restored.</source>
        <translation>备份文件中的数据已损坏，未恢复任何内容。</translation>
    </message>
    <message>
        <source>This file is not an sxcounsel backup.</source>
        <translation>这不是 sxcounsel 的备份文件。</translation>
    </message>
    <message>
        <source>The backup file is incomplete; nothing was restored.</source>
        <translation>备份文件不完整，未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup file is damaged; nothing was restored.</source>
        <translation>备份文件已损坏，未恢复任何内容。</translation>
    </message>
    <message>
        <source>The store is damaged; restore the newest backup.</source>
        <translation>数据已损坏，请从最新的备份恢复。</translation>
    </message>
    <message>
        <source>The passphrase is too weak.</source>
        <translation>口令太弱。</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>操作已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>您的账户无权执行此操作。</translation>
    </message>
    <message>
        <source>The requested item no longer exists.</source>
        <translation>所找的内容已不存在。</translation>
    </message>
    <message>
        <source>The operation was refused: %1</source>
        <translation>操作被拒绝：%1</translation>
    </message>
    <message>
        <source>A file could not be used: %1</source>
        <translation>无法使用文件：%1</translation>
    </message>
    <message>
        <source>Unexpected error (%1); nothing more was changed.</source>
        <translation>发生意外错误（%1），未做进一步更改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counseling Room Records</source>
        <translation>心理辅导室档案</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Counseling Room Records — %1</source>
        <translation>心理辅导室档案 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input, to protect the records.</source>
        <translation>
            <numerusform>为保护学生隐私，已在 %n 分钟无操作后自动锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation>备份已恢复。请用制作备份时的口令解锁。</translation>
    </message>
</context>
<context>
    <name>MyAccountBox</name>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>修改口令(&amp;C)…</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>口令已修改，今后请使用新口令。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Today&apos;s reminders: reviews due, referrals waiting for a receipt, home visits still to make.</source>
        <translation>今日提醒：到期的跟踪研判、等待回执的转介、尚未完成的家访。</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>One file per student: family situation, care plan and history.</source>
        <translation>一生一档：家庭情况、关爱方案和历次记录。</translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation>心理辅导</translation>
    </message>
    <message>
        <source>Individual, group and parent sessions, numbered by school year.</source>
        <translation>个体、团体和家长辅导记录，按学年编号。</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Home visits in person, by phone or by video, and the class ledger.</source>
        <translation>实地、电话、视频家访记录，以及班级家访台账。</translation>
    </message>
    <message>
        <source>Key concern</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Key-concern students, their contact person, reviews and risk level.</source>
        <translation>重点关注学生台账：专人分包联系、跟踪研判和预警等级。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Referrals to partner hospitals, guardian consent and receipts.</source>
        <translation>向合作医院转介、监护人知情同意和回执。</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Crisis events: who was told, when, and what was done.</source>
        <translation>心理危机事件：通知了谁、何时通知、采取了哪些措施。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Send the records to the county center, online or on a USB stick.</source>
        <translation>把数据报送县级指导中心：联网发送或用 U 盘拷贝。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>当前口令(&amp;U)：</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation>请输入当前口令。</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message>
        <source>The passphrase unlocks the records. Choose one you can remember but others cannot guess: a short sentence works well.</source>
        <translation>口令用来解锁档案。请选一个自己记得住、别人猜不到的口令，例如一句短语。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Creating the encrypted store; this takes a few seconds…</source>
        <translation>正在创建加密数据，需要几秒钟…</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>New passphrase:</source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>两次输入的口令一致。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part is being built and will be ready in a coming update.</source>
        <translation>这一部分正在建设中，将在后续更新中提供。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>用恢复密钥解锁</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet printed when this computer was set up, then choose a new passphrase for the account.</source>
        <translation>请输入初次设置时打印的恢复密钥，然后为账户设置新口令。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>恢复密钥(&amp;R)：</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>解锁并设置新口令</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>请输入恢复密钥。</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way to open the records. It is shown only now.</source>
        <translation>如果所有口令都忘记了，这个密钥是打开档案的唯一办法。它只显示这一次。</translation>
    </message>
    <message>
        <source>&amp;Print / save as PDF…</source>
        <translation>打印 / 保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Print it or write it down, and lock it away apart from the computer. Without this key and without any passphrase, nobody can open the records: not the county center, not the developers.</source>
        <translation>请打印或抄写下来，锁在电脑以外的安全地方。如果既没有这个密钥，也没有任何口令，谁都无法打开档案：县中心不能，开发者也不能。</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it safe</source>
        <translation>我已打印或抄下恢复密钥，并会妥善保管</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>恢复密钥.pdf</translation>
    </message>
    <message>
        <source>Saved to %1. Print it now, then delete the file.</source>
        <translation>已保存到 %1。请立即打印，然后删除这个文件。</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery key of the counseling records</source>
        <translation>心理辅导室档案恢复密钥</translation>
    </message>
    <message>
        <source>With this key the records can be opened when every passphrase is forgotten.</source>
        <translation>所有口令都忘记时，可用这个密钥打开档案。</translation>
    </message>
    <message>
        <source>Keep this sheet locked away, apart from the computer. Do not photograph it or store it on the computer.</source>
        <translation>请把这张纸锁在电脑以外的安全地方。不要拍照，也不要存在电脑上。</translation>
    </message>
    <message>
        <source>If this key and every passphrase are lost, nobody can open the records again.</source>
        <translation>如果这个密钥和所有口令都丢失，任何人都无法再打开这些档案。</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>制作日期：%1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The records on this computer are replaced by those in the backup. The current store is kept aside in a folder beside it. The program locks and you unlock the restored records.</source>
        <translation>这台电脑上的档案将被备份中的档案替换，现有数据会另存到旁边的一个文件夹中。恢复时程序会先锁定，完成后请解锁恢复后的档案。</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>My passphrase when the backup was made</source>
        <translation>制作备份时我的口令</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>I understand that the current records are replaced by the backup</source>
        <translation>我明白现有档案将被备份中的档案替换</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>备份文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>打开方式：</translation>
    </message>
    <message>
        <source>&amp;Passphrase or key:</source>
        <translation>口令或密钥(&amp;P)：</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>sxcounsel backups (*.sxbak)</source>
        <translation>sxcounsel 备份文件 (*.sxbak)</translation>
    </message>
    <message>
        <source>Choose an existing backup file.</source>
        <translation>请选择一个已有的备份文件。</translation>
    </message>
    <message>
        <source>Enter the passphrase or the recovery key.</source>
        <translation>请输入口令或恢复密钥。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counselor</source>
        <translation>心理教师</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>County center</source>
        <translation>县中心</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>This computer has no records yet. Enter your school; it appears on ledgers and in the data sent to the county center.</source>
        <translation>这台电脑上还没有档案。请先填写学校信息，它会出现在台账和报送县中心的数据中。</translation>
    </message>
    <message>
        <source>10 digits, e.g. %1</source>
        <translation>10 位数字，例如 %1</translation>
    </message>
    <message>
        <source>Full name, e.g. %1</source>
        <translation>学校全称，例如 %1</translation>
    </message>
    <message>
        <source>6 digits, e.g. %1</source>
        <translation>6 位数字，例如 %1</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>学校标识码(&amp;C)：</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>学校名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ounty code:</source>
        <translation>县（区）代码(&amp;O)：</translation>
    </message>
    <message>
        <source>The records will be kept, encrypted, in: %1</source>
        <translation>档案将加密保存在：%1</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>锁定 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now; unlock again with your passphrase.</source>
        <translation>立即锁定；需要时用口令重新解锁。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock after this many minutes without keyboard or mouse input.</source>
        <translation>键盘和鼠标无操作达到这个时间后自动锁定。</translation>
    </message>
    <message>
        <source>&amp;Auto-lock:</source>
        <translation>自动锁定(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>新的界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up the counseling records</source>
        <translation>设置心理辅导室档案</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>较强</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Counseling Room Records</source>
        <translation>心理辅导室档案</translation>
    </message>
    <message>
        <source>Choose your account and enter your passphrase.</source>
        <translation>请选择账户并输入口令。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the recovery key</source>
        <translation>忘记口令？使用恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Counseling Room Records</source>
        <translation>心理辅导室档案</translation>
    </message>
</context>
</TS>
