<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>You are the first user of this computer. You will add the accounts of the other teachers later, in Settings.</source>
        <translation>You are the first user of this computer. You will add the accounts of the other teachers later, in Settings.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Letters and digits (pinyin works well); you type it each time you unlock.</source>
        <translation>Letters and digits (pinyin works well); you type it each time you unlock.</translation>
    </message>
    <message>
        <source>The first account is always an administrator, so it can add the others.</source>
        <translation>The first account is always an administrator, so it can add the others.</translation>
    </message>
    <message>
        <source>Classes are not set here: for your own class, add a head-teacher account with its classes in Settings.</source>
        <translation>Classes are not set here: for your own class, add a head-teacher account with its classes in Settings.</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>&amp;Account name:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (disabled)</translation>
    </message>
    <message>
        <source>Added the account %1. Give its passphrase to its owner in person.</source>
        <translation>Added the account %1. Give its passphrase to its owner in person.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>&amp;Account name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Classes:</translation>
    </message>
    <message>
        <source>First &amp;passphrase:</source>
        <translation>First &amp;passphrase:</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>DataBox</name>
    <message>
        <source>Data safety</source>
        <translation>Data safety</translation>
    </message>
    <message>
        <source>Make a backup at least once a week and keep it apart from this computer, for example on a USB stick. Backups are encrypted.</source>
        <translation>Make a backup at least once a week and keep it apart from this computer, for example on a USB stick. Backups are encrypted.</translation>
    </message>
    <message>
        <source>Check that the records on this computer are whole and unaltered.</source>
        <translation>Check that the records on this computer are whole and unaltered.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Chec&amp;k the store</source>
        <translation>Chec&amp;k the store</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <source>sxcounsel backups (*.sxbak)</source>
        <translation>sxcounsel backups (*.sxbak)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2 MB). Keep it apart from this computer.</source>
        <translation>Backup saved to %1 (%2 MB). Keep it apart from this computer.</translation>
    </message>
    <message>
        <source>Checking every page of the store and the audit log…</source>
        <translation>Checking every page of the store and the audit log…</translation>
    </message>
    <message numerus="yes">
        <source>The store is sound: every page checks out and the audit log of %n entries is intact.</source>
        <translation>
            <numerusform>The store is sound: every page checks out and the audit log of %n entry is intact.</numerusform>
            <numerusform>The store is sound: every page checks out and the audit log of %n entries is intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is damaged (%1). Restore the newest backup.</source>
        <translation>The store is damaged (%1). Restore the newest backup.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Use at least 8 characters and at least 3 of: lowercase letters, uppercase letters, digits, symbols.</source>
        <translation>Use at least 8 characters and at least 3 of: lowercase letters, uppercase letters, digits, symbols.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The school code must be 10 digits.</source>
        <translation>The school code must be 10 digits.</translation>
    </message>
    <message>
        <source>The county code must be 6 digits.</source>
        <translation>The county code must be 6 digits.</translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Enter the name of the school.</translation>
    </message>
    <message>
        <source>A head teacher account needs at least one class.</source>
        <translation>A head teacher account needs at least one class.</translation>
    </message>
    <message>
        <source>This account name is not allowed; use 2 to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>This account name is not allowed; use 2 to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>An account with this name already exists.</source>
        <translation>An account with this name already exists.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The entry is not valid: %1</source>
        <translation>The entry is not valid: %1</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Check the keyboard layout and Caps Lock.</source>
        <translation>The passphrase is wrong. Check the keyboard layout and Caps Lock.</translation>
    </message>
    <message>
        <source>The recovery key is wrong. Check it against the printed sheet.</source>
        <translation>The recovery key is wrong. Check it against the printed sheet.</translation>
    </message>
    <message>
        <source>There is no such account on this computer.</source>
        <translation>There is no such account on this computer.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the administrator.</source>
        <translation>This account has been disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>The recovery key does not open this backup.</source>
        <translation>The recovery key does not open this backup.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup; use the passphrase that was in force when the backup was made, or the recovery key.</source>
        <translation>This passphrase does not open the backup; use the passphrase that was in force when the backup was made, or the recovery key.</translation>
    </message>
    <message>
        <source>The store could not be unlocked.</source>
        <translation>The store could not be unlocked.</translation>
    </message>
    <message>
        <source>There is no store in the data folder yet.</source>
        <translation>There is no store in the data folder yet.</translation>
    </message>
    <message>
        <source>A store already exists in the data folder.</source>
        <translation>A store already exists in the data folder.</translation>
    </message>
    <message>
        <source>The key file of the store is damaged; restore a backup.</source>
        <translation>The key file of the store is damaged; restore a backup.</translation>
    </message>
    <message>
        <source>This installation is incomplete; reinstall sxcounsel.</source>
        <translation>This installation is incomplete; reinstall sxcounsel.</translation>
    </message>
    <message>
        <source>The store is damaged; restore a backup.</source>
        <translation>The store is damaged; restore a backup.</translation>
    </message>
    <message>
        <source>The chosen folder does not exist.</source>
        <translation>The chosen folder does not exist.</translation>
    </message>
    <message>
        <source>The backup could not be written; nothing was saved.</source>
        <translation>The backup could not be written; nothing was saved.</translation>
    </message>
    <message>
        <source>The backup could not be restored; the store was not changed.</source>
        <translation>The backup could not be restored; the store was not changed.</translation>
    </message>
    <message>
        <source>The store was written by a newer sxcounsel; install the newer version.</source>
        <translation>The store was written by a newer sxcounsel; install the newer version.</translation>
    </message>
    <message>
        <source>The store cannot be used: %1</source>
        <translation>The store cannot be used: %1</translation>
    </message>
    <message>
        <source>The backup file was altered; nothing was restored.</source>
        <translation>The backup file was altered; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup file holds a damaged store; nothing was restored.</source>
        <translation>The backup file holds a damaged store; nothing was restored.</translation>
    </message>
    <message>
        <source>This file is not an sxcounsel backup.</source>
        <translation>This file is not an sxcounsel backup.</translation>
    </message>
    <message>
        <source>The backup file is incomplete; nothing was restored.</source>
        <translation>The backup file is incomplete; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup file is damaged; nothing was restored.</source>
        <translation>The backup file is damaged; nothing was restored.</translation>
    </message>
    <message>
        <source>The store is damaged; restore the newest backup.</source>
        <translation>The store is damaged; restore the newest backup.</translation>
    </message>
    <message>
        <source>The passphrase is too weak.</source>
        <translation>The passphrase is too weak.</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was changed.</source>
        <translation>The operation was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Your account may not do this.</translation>
    </message>
    <message>
        <source>The requested item no longer exists.</source>
        <translation>The requested item no longer exists.</translation>
    </message>
    <message>
        <source>The operation was refused: %1</source>
        <translation>The operation was refused: %1</translation>
    </message>
    <message>
        <source>A file could not be used: %1</source>
        <translation>A file could not be used: %1</translation>
    </message>
    <message>
        <source>Unexpected error (%1); nothing more was changed.</source>
        <translation>Unexpected error (%1); nothing more was changed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counseling Room Records</source>
        <translation>Counseling Room Records</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Counseling Room Records — %1</source>
        <translation>Counseling Room Records — %1</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input, to protect the records.</source>
        <translation>
            <numerusform>Locked after %n minute without input, to protect the records.</numerusform>
            <numerusform>Locked after %n minutes without input, to protect the records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation>The backup was restored. Unlock it with the passphrase it was made with.</translation>
    </message>
</context>
<context>
    <name>MyAccountBox</name>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Classes:</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Your passphrase was changed. Use the new one from now on.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Today&apos;s reminders: reviews due, referrals waiting for a receipt, home visits still to make.</source>
        <translation>Today&apos;s reminders: reviews due, referrals waiting for a receipt, home visits still to make.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>One file per student: family situation, care plan and history.</source>
        <translation>One file per student: family situation, care plan and history.</translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation>Counseling</translation>
    </message>
    <message>
        <source>Individual, group and parent sessions, numbered by school year.</source>
        <translation>Individual, group and parent sessions, numbered by school year.</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>Home visits in person, by phone or by video, and the class ledger.</source>
        <translation>Home visits in person, by phone or by video, and the class ledger.</translation>
    </message>
    <message>
        <source>Key concern</source>
        <translation>Key concern</translation>
    </message>
    <message>
        <source>Key-concern students, their contact person, reviews and risk level.</source>
        <translation>Key-concern students, their contact person, reviews and risk level.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Referrals to partner hospitals, guardian consent and receipts.</source>
        <translation>Referrals to partner hospitals, guardian consent and receipts.</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>Crisis events</translation>
    </message>
    <message>
        <source>Crisis events: who was told, when, and what was done.</source>
        <translation>Crisis events: who was told, when, and what was done.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Send the records to the county center, online or on a USB stick.</source>
        <translation>Send the records to the county center, online or on a USB stick.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Change your passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation>Enter your current passphrase.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase unlocks the records. Choose one you can remember but others cannot guess: a short sentence works well.</source>
        <translation>The passphrase unlocks the records. Choose one you can remember but others cannot guess: a short sentence works well.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Creating the encrypted store; this takes a few seconds…</source>
        <translation>Creating the encrypted store; this takes a few seconds…</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>New passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repeat it:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>The two passphrases match.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part is being built and will be ready in a coming update.</source>
        <translation>This part is being built and will be ready in a coming update.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Unlock with the recovery key</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet printed when this computer was set up, then choose a new passphrase for the account.</source>
        <translation>Type the recovery key from the sheet printed when this computer was set up, then choose a new passphrase for the account.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Unlock and set the new passphrase</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way to open the records. It is shown only now.</source>
        <translation>If every passphrase is forgotten, this key is the only way to open the records. It is shown only now.</translation>
    </message>
    <message>
        <source>&amp;Print / save as PDF…</source>
        <translation>&amp;Print / save as PDF…</translation>
    </message>
    <message>
        <source>Print it or write it down, and lock it away apart from the computer. Without this key and without any passphrase, nobody can open the records: not the county center, not the developers.</source>
        <translation>Print it or write it down, and lock it away apart from the computer. Without this key and without any passphrase, nobody can open the records: not the county center, not the developers.</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it safe</source>
        <translation>I have printed or written down the recovery key and will keep it safe</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
    <message>
        <source>Saved to %1. Print it now, then delete the file.</source>
        <translation>Saved to %1. Print it now, then delete the file.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery key of the counseling records</source>
        <translation>Recovery key of the counseling records</translation>
    </message>
    <message>
        <source>With this key the records can be opened when every passphrase is forgotten.</source>
        <translation>With this key the records can be opened when every passphrase is forgotten.</translation>
    </message>
    <message>
        <source>Keep this sheet locked away, apart from the computer. Do not photograph it or store it on the computer.</source>
        <translation>Keep this sheet locked away, apart from the computer. Do not photograph it or store it on the computer.</translation>
    </message>
    <message>
        <source>If this key and every passphrase are lost, nobody can open the records again.</source>
        <translation>If this key and every passphrase are lost, nobody can open the records again.</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Made on %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The records on this computer are replaced by those in the backup. The current store is kept aside in a folder beside it. The program locks and you unlock the restored records.</source>
        <translation>The records on this computer are replaced by those in the backup. The current store is kept aside in a folder beside it. The program locks and you unlock the restored records.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>My passphrase when the backup was made</source>
        <translation>My passphrase when the backup was made</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>The recovery key</translation>
    </message>
    <message>
        <source>I understand that the current records are replaced by the backup</source>
        <translation>I understand that the current records are replaced by the backup</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>Open it with:</translation>
    </message>
    <message>
        <source>&amp;Passphrase or key:</source>
        <translation>&amp;Passphrase or key:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>sxcounsel backups (*.sxbak)</source>
        <translation>sxcounsel backups (*.sxbak)</translation>
    </message>
    <message>
        <source>Choose an existing backup file.</source>
        <translation>Choose an existing backup file.</translation>
    </message>
    <message>
        <source>Enter the passphrase or the recovery key.</source>
        <translation>Enter the passphrase or the recovery key.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>Head teacher</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>County center</source>
        <translation>County center</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>This computer has no records yet. Enter your school; it appears on ledgers and in the data sent to the county center.</source>
        <translation>This computer has no records yet. Enter your school; it appears on ledgers and in the data sent to the county center.</translation>
    </message>
    <message>
        <source>10 digits, e.g. %1</source>
        <translation>10 digits, e.g. %1</translation>
    </message>
    <message>
        <source>Full name, e.g. %1</source>
        <translation>Full name, e.g. %1</translation>
    </message>
    <message>
        <source>6 digits, e.g. %1</source>
        <translation>6 digits, e.g. %1</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>School &amp;code:</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>School &amp;name:</translation>
    </message>
    <message>
        <source>C&amp;ounty code:</source>
        <translation>C&amp;ounty code:</translation>
    </message>
    <message>
        <source>The records will be kept, encrypted, in: %1</source>
        <translation>The records will be kept, encrypted, in: %1</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now; unlock again with your passphrase.</source>
        <translation>Lock now; unlock again with your passphrase.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many minutes without keyboard or mouse input.</source>
        <translation>Lock after this many minutes without keyboard or mouse input.</translation>
    </message>
    <message>
        <source>&amp;Auto-lock:</source>
        <translation>&amp;Auto-lock:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>The new language is used from the next start of the program.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up the counseling records</source>
        <translation>Set up the counseling records</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Counseling Room Records</source>
        <translation>Counseling Room Records</translation>
    </message>
    <message>
        <source>Choose your account and enter your passphrase.</source>
        <translation>Choose your account and enter your passphrase.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the recovery key</source>
        <translation>Forgot your passphrase? Use the recovery key</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Counseling Room Records</source>
        <translation>Counseling Room Records</translation>
    </message>
</context>
</TS>
