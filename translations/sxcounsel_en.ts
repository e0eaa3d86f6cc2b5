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
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
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
    <name>AutoBackupBox</name>
    <message>
        <source>Automatic backup on exit</source>
        <translation>Automatic backup on exit</translation>
    </message>
    <message>
        <source>When a folder is chosen, closing the app writes an encrypted backup into it (for example a USB stick) and keeps the newest ones. Leave it empty to turn this off.</source>
        <translation>When a folder is chosen, closing the app writes an encrypted backup into it (for example a USB stick) and keeps the newest ones. Leave it empty to turn this off.</translation>
    </message>
    <message>
        <source>No folder: automatic backup is off</source>
        <translation>No folder: automatic backup is off</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Backups to keep:</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Folder for the automatic backups</translation>
    </message>
    <message>
        <source>The folder is not there now; plug in the USB stick before closing.</source>
        <translation>The folder is not there now; plug in the USB stick before closing.</translation>
    </message>
    <message>
        <source>%1 automatic backups are in this folder.</source>
        <translation>%1 automatic backups are in this folder.</translation>
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
    <name>CheckPage</name>
    <message>
        <source>Check the roster</source>
        <translation>Check the roster</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written: the first rows as read, then each row that needs correcting, with its row number in the spreadsheet.</source>
        <translation>Every row is checked before anything is written: the first rows as read, then each row that needs correcting, with its row number in the spreadsheet.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>Reading and checking every row…</translation>
    </message>
    <message>
        <source>Choose below what each column holds (学籍号, 姓名, 性别 and 班级 are needed); the file is checked again after each choice.</source>
        <translation>Choose below what each column holds (学籍号, 姓名, 性别 and 班级 are needed); the file is checked again after each choice.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are not valid. Nothing will be imported: correct them in the file, save it, and go back to choose it again.</source>
        <translation>
            <numerusform>%n row(s) of the file are not valid. Nothing will be imported: correct them in the file, save it, and go back to choose it again.</numerusform>
            <numerusform>%n row(s) of the file are not valid. Nothing will be imported: correct them in the file, save it, and go back to choose it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 rows are valid: %2 new students, %3 updated, %4 unchanged. Press Import to write them.</source>
        <translation>All %1 rows are valid: %2 new students, %3 updated, %4 unchanged. Press Import to write them.</translation>
    </message>
    <message>
        <source>Row %1 (sheet %2)</source>
        <translation>Row %1 (sheet %2)</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Columns found (%1 rows): %2</source>
        <translation>Columns found (%1 rows): %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ColumnTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>How it is read</source>
        <translation>How it is read</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Reasons in words</source>
        <translation>Reasons in words</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>Review every</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>&amp;Edit the chosen review</source>
        <translation>&amp;Edit the chosen review</translation>
    </message>
    <message>
        <source>Delete the chosen review…</source>
        <translation>Delete the chosen review…</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Level after</source>
        <translation>Level after</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Add &amp;review</source>
        <translation>Add &amp;review</translation>
    </message>
    <message>
        <source>Close the &amp;case</source>
        <translation>Close the &amp;case</translation>
    </message>
    <message>
        <source>Delete this key-concern case and its reviews? It cannot be restored on this computer.</source>
        <translation>Delete this key-concern case and its reviews? It cannot be restored on this computer.</translation>
    </message>
    <message>
        <source>New key-concern case</source>
        <translation>New key-concern case</translation>
    </message>
    <message>
        <source>Key-concern case: %1</source>
        <translation>Key-concern case: %1</translation>
    </message>
    <message>
        <source>Save the &amp;review</source>
        <translation>Save the &amp;review</translation>
    </message>
    <message>
        <source>The first review is due one interval after opening.</source>
        <translation>The first review is due one interval after opening.</translation>
    </message>
    <message>
        <source>Open · level %1 · next review %2</source>
        <translation>Open · level %1 · next review %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>Closed on %1: %2</translation>
    </message>
    <message>
        <source>The review was corrected.</source>
        <translation>The review was corrected.</translation>
    </message>
    <message>
        <source>The review was added; the next one is scheduled.</source>
        <translation>The review was added; the next one is scheduled.</translation>
    </message>
    <message>
        <source>Correct the review below and save it.</source>
        <translation>Correct the review below and save it.</translation>
    </message>
    <message>
        <source>Delete the review</source>
        <translation>Delete the review</translation>
    </message>
    <message>
        <source>Delete the chosen review? The case goes back to its level and review date before it.</source>
        <translation>Delete the chosen review? The case goes back to its level and review date before it.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The review was deleted.</source>
        <translation>The review was deleted.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>The case is closed.</translation>
    </message>
</context>
<context>
    <name>ConcernLedgerDialog</name>
    <message>
        <source>Print the key-concern ledger</source>
        <translation>Print the key-concern ledger</translation>
    </message>
    <message>
        <source>The ledger lists every key-concern student with the risk level, the contact person and the reviews; open cases come first. It is confidential: keep the printout locked away.</source>
        <translation>The ledger lists every key-concern student with the risk level, the contact person and the reviews; open cases come first. It is confidential: keep the printout locked away.</translation>
    </message>
    <message>
        <source>Add each student&apos;s care plan and reviews</source>
        <translation>Add each student&apos;s care plan and reviews</translation>
    </message>
</context>
<context>
    <name>ConcernLedgerPrinter</name>
    <message>
        <source>Print ledger…</source>
        <translation>Print ledger…</translation>
    </message>
    <message>
        <source>重点关注学生台账 of the whole school</source>
        <translation>重点关注学生台账 of the whole school</translation>
    </message>
    <message>
        <source>Save the key-concern ledger</source>
        <translation>Save the key-concern ledger</translation>
    </message>
    <message>
        <source>Writing the key-concern ledger…</source>
        <translation>Writing the key-concern ledger…</translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1 · %2 days overdue</source>
        <translation>%1 · %2 days overdue</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · due today</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Review due or overdue</source>
        <translation>Review due or overdue</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>Any risk level</translation>
    </message>
    <message>
        <source>New key-concern case</source>
        <translation>New key-concern case</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Record the &amp;withdrawal</source>
        <translation>Record the &amp;withdrawal</translation>
    </message>
    <message>
        <source>Delete this guardian consent? It cannot be restored on this computer.</source>
        <translation>Delete this guardian consent? It cannot be restored on this computer.</translation>
    </message>
    <message>
        <source>New guardian consent</source>
        <translation>New guardian consent</translation>
    </message>
    <message>
        <source>Guardian consent: %1</source>
        <translation>Guardian consent: %1</translation>
    </message>
    <message>
        <source>Withdrawn on %1: the consent no longer holds.</source>
        <translation>Withdrawn on %1: the consent no longer holds.</translation>
    </message>
    <message>
        <source>To record a withdrawal, enter its date and click Record the withdrawal.</source>
        <translation>To record a withdrawal, enter its date and click Record the withdrawal.</translation>
    </message>
    <message>
        <source>The withdrawal is recorded: the consent no longer holds.</source>
        <translation>The withdrawal is recorded: the consent no longer holds.</translation>
    </message>
    <message>
        <source>One consent per purpose; it holds from its date.</source>
        <translation>One consent per purpose; it holds from its date.</translation>
    </message>
</context>
<context>
    <name>CountyCrisesModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
</context>
<context>
    <name>CountyPeople</name>
    <message>
        <source>School staff</source>
        <translation>School staff</translation>
    </message>
</context>
<context>
    <name>CountyReferralsModel</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>Any step</translation>
    </message>
</context>
<context>
    <name>CountyRosterModel</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>%1 · %2 days overdue</source>
        <translation>%1 · %2 days overdue</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · due today</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>Any risk level</translation>
    </message>
    <message>
        <source>Any review date</source>
        <translation>Any review date</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Review overdue</translation>
    </message>
</context>
<context>
    <name>CountyWorkspace</name>
    <message>
        <source>County Guidance Center</source>
        <translation>County Guidance Center</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Key concern</source>
        <translation>Key concern</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>Crisis events</translation>
    </message>
    <message>
        <source>Home-visit coverage</source>
        <translation>Home-visit coverage</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Statistics report</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Key-concern students across the county</source>
        <translation>Key-concern students across the county</translation>
    </message>
    <message>
        <source>Referrals waiting more than 14 days for a receipt</source>
        <translation>Referrals waiting more than 14 days for a receipt</translation>
    </message>
    <message>
        <source>Crisis events across the county</source>
        <translation>Crisis events across the county</translation>
    </message>
</context>
<context>
    <name>CoverageBars</name>
    <message>
        <source>%1: every student has had a home visit.</source>
        <translation>%1: every student has had a home visit.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>%1, not visited yet: %2</source>
        <translation>%1, not visited yet: %2</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <source>The province&apos;s target: every student visited at home at least once each school year. The red mark at the end of each bar is the target; amber bars are below half.</source>
        <translation>The province&apos;s target: every student visited at home at least once each school year. The red mark at the end of each bar is the target; amber bars are below half.</translation>
    </message>
    <message>
        <source>Choose a school to see its classes.</source>
        <translation>Choose a school to see its classes.</translation>
    </message>
    <message>
        <source>Schools, lowest coverage first</source>
        <translation>Schools, lowest coverage first</translation>
    </message>
    <message>
        <source>County total</source>
        <translation>County total</translation>
    </message>
    <message>
        <source>Classes of %1</source>
        <translation>Classes of %1</translation>
    </message>
</context>
<context>
    <name>CrisesModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Report a crisis</source>
        <translation>Report a crisis</translation>
    </message>
</context>
<context>
    <name>CrisisForm</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Boarding</source>
        <translation>Boarding</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Guardians informed at</source>
        <translation>Guardians informed at</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Informed by</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Key-concern case</source>
        <translation>Key-concern case</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Close the &amp;event</source>
        <translation>Close the &amp;event</translation>
    </message>
    <message>
        <source>Delete this crisis event? It cannot be restored on this computer.</source>
        <translation>Delete this crisis event? It cannot be restored on this computer.</translation>
    </message>
    <message>
        <source>Report a crisis event</source>
        <translation>Report a crisis event</translation>
    </message>
    <message>
        <source>Crisis event %1</source>
        <translation>Crisis event %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Open a key-concern case (%1)</source>
        <translation>Open a key-concern case (%1)</translation>
    </message>
    <message>
        <source>Report at once; a counselor completes the record.</source>
        <translation>Report at once; a counselor completes the record.</translation>
    </message>
    <message>
        <source>Reported. The counselor has been given the event.</source>
        <translation>Reported. The counselor has been given the event.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Status: %1 · reported by %2</source>
        <translation>Status: %1 · reported by %2</translation>
    </message>
    <message>
        <source>Reported. This student has no key-concern case yet: choose the contact person below and open one.</source>
        <translation>Reported. This student has no key-concern case yet: choose the contact person below and open one.</translation>
    </message>
    <message>
        <source>The key-concern case is open.</source>
        <translation>The key-concern case is open.</translation>
    </message>
    <message>
        <source>The event is closed.</source>
        <translation>The event is closed.</translation>
    </message>
</context>
<context>
    <name>DamagedPanel</name>
    <message>
        <source>Restore from the newest backup</source>
        <translation>Restore from the newest backup</translation>
    </message>
    <message>
        <source>The records on this computer are damaged and no backup was found in the automatic-backup folder or the data folder. Plug in the USB stick with the backups and try again, or restore a backup file from the command line. Do not delete the data folder.</source>
        <translation>The records on this computer are damaged and no backup was found in the automatic-backup folder or the data folder. Plug in the USB stick with the backups and try again, or restore a backup file from the command line. Do not delete the data folder.</translation>
    </message>
    <message>
        <source>automatic backup</source>
        <translation>automatic backup</translation>
    </message>
    <message>
        <source>backup made before an upgrade</source>
        <translation>backup made before an upgrade</translation>
    </message>
    <message>
        <source>The records on this computer are damaged. The newest backup is the %1 of %2. Enter the passphrase it was made with and restore it; the damaged records are kept aside in the data folder.</source>
        <translation>The records on this computer are damaged. The newest backup is the %1 of %2. Enter the passphrase it was made with and restore it; the damaged records are kept aside in the data folder.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reviews due today</source>
        <translation>Reviews due today</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Reviews overdue</translation>
    </message>
    <message>
        <source>Open crisis events</source>
        <translation>Open crisis events</translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation>Sessions this month</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Home-visit coverage</source>
        <translation>Home-visit coverage</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>No referral has waited that long for its receipt.</source>
        <translation>No referral has waited that long for its receipt.</translation>
    </message>
    <message>
        <source>No open crisis events.</source>
        <translation>No open crisis events.</translation>
    </message>
    <message>
        <source>Home-visit coverage, %1</source>
        <translation>Home-visit coverage, %1</translation>
    </message>
    <message>
        <source>%1 of %2 students visited; click a class to see its visits.</source>
        <translation>%1 of %2 students visited; click a class to see its visits.</translation>
    </message>
    <message>
        <source>No students are enrolled yet.</source>
        <translation>No students are enrolled yet.</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Referral receipts not back after %1 days</source>
        <translation>Referral receipts not back after %1 days</translation>
    </message>
    <message>
        <source>Concern reviews: due today first</source>
        <translation>Concern reviews: due today first</translation>
    </message>
    <message>
        <source>Referrals whose receipt is not back after %1 days</source>
        <translation>Referrals whose receipt is not back after %1 days</translation>
    </message>
    <message>
        <source>No review is due. Well done.</source>
        <translation>No review is due. Well done.</translation>
    </message>
    <message>
        <source>… and %1 more in the list page</source>
        <translation>… and %1 more in the list page</translation>
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
        <source>&amp;Move data folder…</source>
        <translation>&amp;Move data folder…</translation>
    </message>
    <message>
        <source>The data folder was given when the program was started (SXCOUNSEL_HOME or --home); change it there.</source>
        <translation>The data folder was given when the program was started (SXCOUNSEL_HOME or --home); change it there.</translation>
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
    <name>DisclosureForm</name>
    <message>
        <source>Confidentiality break</source>
        <translation>Confidentiality break</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Told to</source>
        <translation>Told to</translation>
    </message>
    <message>
        <source>e.g. the father, the head teacher</source>
        <translation>e.g. the father, the head teacher</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Why and what</source>
        <translation>Why and what</translation>
    </message>
    <message>
        <source>Why (the risk)</source>
        <translation>Why (the risk)</translation>
    </message>
    <message>
        <source>The risk that made telling necessary</source>
        <translation>The risk that made telling necessary</translation>
    </message>
    <message>
        <source>What was told</source>
        <translation>What was told</translation>
    </message>
    <message>
        <source>Record a confidentiality break</source>
        <translation>Record a confidentiality break</translation>
    </message>
    <message>
        <source>Confidentiality break of %1</source>
        <translation>Confidentiality break of %1</translation>
    </message>
    <message>
        <source>Delete this confidentiality break? It cannot be restored on this computer.</source>
        <translation>Delete this confidentiality break? It cannot be restored on this computer.</translation>
    </message>
    <message>
        <source>Record each time counseling notes were told to someone because of risk. Only counselors can see this record.</source>
        <translation>Record each time counseling notes were told to someone because of risk. Only counselors can see this record.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Use at least 8 characters and at least 3 of: lowercase letters, uppercase letters, digits, symbols.</source>
        <translation>Use at least 8 characters and at least 3 of: lowercase letters, uppercase letters, digits, symbols.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>Too many wrong passphrases. You can try again in %n second(s).</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written; free some space, then try again.</source>
        <translation>The disk is full or cannot be written; free some space, then try again.</translation>
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
    <name>Fields</name>
    <message>
        <source>YYYY-MM-DD hh:mm</source>
        <translation>YYYY-MM-DD hh:mm</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one student per row. The header row names the columns (学籍号, 姓名, 性别, 班级 are needed; 出生日期, 身份证号, 监护人, 联系电话, 家庭住址, 是否留守儿童 and others are read when present), in any order.</source>
        <translation>An Excel workbook (.xlsx) or a CSV file with one student per row. The header row names the columns (学籍号, 姓名, 性别, 班级 are needed; 出生日期, 身份证号, 监护人, 联系电话, 家庭住址, 是否留守儿童 and others are read when present), in any order.</translation>
    </message>
    <message>
        <source>Path of the roster file</source>
        <translation>Path of the roster file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Nothing is written until the last step. Students already on file are updated by their 学籍号, never added twice; students not in the file stay as they are.</source>
        <translation>Nothing is written until the last step. Students already on file are updated by their 学籍号, never added twice; students not in the file stay as they are.</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>Rosters (*.xlsx *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>If this computer has a restore card (drive C: returns to how it was at every restart), choose another drive that is not restored, for example drive D:.</source>
        <translation>If this computer has a restore card (drive C: returns to how it was at every restart), choose another drive that is not restored, for example drive D:.</translation>
    </message>
    <message>
        <source>Where to keep the records</source>
        <translation>Where to keep the records</translation>
    </message>
    <message>
        <source>The records are kept, encrypted, in one folder. Keep the usual folder of this computer, or choose another folder or drive.</source>
        <translation>The records are kept, encrypted, in one folder. Keep the usual folder of this computer, or choose another folder or drive.</translation>
    </message>
    <message>
        <source>The &amp;usual folder of this computer</source>
        <translation>The &amp;usual folder of this computer</translation>
    </message>
    <message>
        <source>&amp;Another folder or drive</source>
        <translation>&amp;Another folder or drive</translation>
    </message>
    <message>
        <source>Folder for the records</source>
        <translation>Folder for the records</translation>
    </message>
    <message>
        <source>Records al&amp;ready kept in a folder (this computer was reset, or is new)</source>
        <translation>Records al&amp;ready kept in a folder (this computer was reset, or is new)</translation>
    </message>
    <message>
        <source>Folder holding the records</source>
        <translation>Folder holding the records</translation>
    </message>
    <message>
        <source>Records were found in %1. Press Next to use them, or choose below.</source>
        <translation>Records were found in %1. Press Next to use them, or choose below.</translation>
    </message>
    <message>
        <source>No records were found in %1, the folder this computer remembers. If it is on a USB drive or another disk, connect it, then press Next; or choose another option.</source>
        <translation>No records were found in %1, the folder this computer remembers. If it is on a USB drive or another disk, connect it, then press Next; or choose another option.</translation>
    </message>
    <message>
        <source>This folder already holds records: press Next to use them.</source>
        <translation>This folder already holds records: press Next to use them.</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>Type the full path of a folder, or choose one.</translation>
    </message>
    <message>
        <source>The records in this folder are open in another sxcounsel window.</source>
        <translation>The records in this folder are open in another sxcounsel window.</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>HomeVisitForm</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Visiting staff</source>
        <translation>Visiting staff</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>The student was at home</source>
        <translation>The student was at home</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <source>Parents&apos; views</source>
        <translation>Parents&apos; views</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Print visit record…</source>
        <translation>Print visit record…</translation>
    </message>
    <message>
        <source>Save the home-visit record</source>
        <translation>Save the home-visit record</translation>
    </message>
    <message>
        <source>Writing the home-visit record…</source>
        <translation>Writing the home-visit record…</translation>
    </message>
    <message>
        <source>Delete this home visit? It cannot be restored on this computer.</source>
        <translation>Delete this home visit? It cannot be restored on this computer.</translation>
    </message>
    <message>
        <source>Home visit %1</source>
        <translation>Home visit %1</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>New home visit</translation>
    </message>
</context>
<context>
    <name>HomeVisitLedgerDialog</name>
    <message>
        <source>Print the home-visit ledger</source>
        <translation>Print the home-visit ledger</translation>
    </message>
    <message>
        <source>The ledger lists every home visit of the class in the school year, then the students not visited yet. It is for the class file and for inspections.</source>
        <translation>The ledger lists every home visit of the class in the school year, then the students not visited yet. It is for the class file and for inspections.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>No class has students yet</source>
        <translation>No class has students yet</translation>
    </message>
</context>
<context>
    <name>HomeVisitLedgerPrinter</name>
    <message>
        <source>Print class ledger…</source>
        <translation>Print class ledger…</translation>
    </message>
    <message>
        <source>家访工作台账 of one class for one school year</source>
        <translation>家访工作台账 of one class for one school year</translation>
    </message>
    <message>
        <source>Save the home-visit ledger</source>
        <translation>Save the home-visit ledger</translation>
    </message>
    <message>
        <source>Writing the home-visit ledger…</source>
        <translation>Writing the home-visit ledger…</translation>
    </message>
</context>
<context>
    <name>HomeVisitsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Any method</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>New home visit</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing the roster</source>
        <translation>Importing the roster</translation>
    </message>
    <message>
        <source>The students are written in one step: if anything goes wrong, none of them is.</source>
        <translation>The students are written in one step: if anything goes wrong, none of them is.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Writing the students…</source>
        <translation>Writing the students…</translation>
    </message>
    <message>
        <source>The roster was imported: %1 new students, %2 updated, %3 unchanged. The import is recorded in the audit log.</source>
        <translation>The roster was imported: %1 new students, %2 updated, %3 unchanged. The import is recorded in the audit log.</translation>
    </message>
    <message>
        <source>No student was written.</source>
        <translation>No student was written.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>This is not a valid sxcounsel bundle.</source>
        <translation>This is not a valid sxcounsel bundle.</translation>
    </message>
    <message>
        <source>The file is truncated or damaged.</source>
        <translation>The file is truncated or damaged.</translation>
    </message>
    <message>
        <source>The file is too large to be a bundle.</source>
        <translation>The file is too large to be a bundle.</translation>
    </message>
    <message>
        <source>The school is not enrolled here, or the bundle is signed with another key.</source>
        <translation>The school is not enrolled here, or the bundle is signed with another key.</translation>
    </message>
    <message>
        <source>The signature does not match: the file was changed after the school sealed it.</source>
        <translation>The signature does not match: the file was changed after the school sealed it.</translation>
    </message>
    <message>
        <source>The bundle is meant for another county center.</source>
        <translation>The bundle is meant for another county center.</translation>
    </message>
    <message>
        <source>A different bundle with this number was already imported (replayed or older).</source>
        <translation>A different bundle with this number was already imported (replayed or older).</translation>
    </message>
    <message>
        <source>The bundle does not follow this school&apos;s previous bundle.</source>
        <translation>The bundle does not follow this school&apos;s previous bundle.</translation>
    </message>
    <message>
        <source>The content of the bundle is damaged.</source>
        <translation>The content of the bundle is damaged.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n set aside</numerusform>
            <numerusform>%n set aside</numerusform>
        </translation>
    </message>
    <message>
        <source>still missing bundle %1</source>
        <translation>still missing bundle %1</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Import the bundles schools bring on a USB stick or send by file: choose files or a folder, or drop them here. Each bundle is checked (signature, sender, order) before anything is stored; importing one twice changes nothing.</source>
        <translation>Import the bundles schools bring on a USB stick or send by file: choose files or a folder, or drop them here. Each bundle is checked (signature, sender, order) before anything is stored; importing one twice changes nothing.</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Import a f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Acknowledgements to…</source>
        <translation>&amp;Acknowledgements to…</translation>
    </message>
    <message>
        <source>&amp;Watch a folder…</source>
        <translation>&amp;Watch a folder…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <source>Drop bundle files (*.sxb) or folders anywhere on this page.</source>
        <translation>Drop bundle files (*.sxb) or folders anywhere on this page.</translation>
    </message>
    <message>
        <source>Acknowledgements are written to %1.</source>
        <translation>Acknowledgements are written to %1.</translation>
    </message>
    <message>
        <source>Acknowledgements are written beside each bundle.</source>
        <translation>Acknowledgements are written beside each bundle.</translation>
    </message>
    <message>
        <source>Bundles arriving in %1 are imported automatically.</source>
        <translation>Bundles arriving in %1 are imported automatically.</translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>No folder is watched.</translation>
    </message>
    <message>
        <source>Folder for the acknowledgements</source>
        <translation>Folder for the acknowledgements</translation>
    </message>
    <message>
        <source>Folder to watch for bundles</source>
        <translation>Folder to watch for bundles</translation>
    </message>
    <message>
        <source>Bundles from the schools</source>
        <translation>Bundles from the schools</translation>
    </message>
    <message>
        <source>Bundles (*.sxb)</source>
        <translation>Bundles (*.sxb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Folder with bundles (a USB stick)</source>
        <translation>Folder with bundles (a USB stick)</translation>
    </message>
    <message>
        <source>No bundles (*.sxb) were found there.</source>
        <translation>No bundles (*.sxb) were found there.</translation>
    </message>
    <message numerus="yes">
        <source>Checking and importing %n bundle(s)…</source>
        <translation>
            <numerusform>Checking and importing %n bundle…</numerusform>
            <numerusform>Checking and importing %n bundles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) were refused; see the reasons below.</source>
        <translation>
            <numerusform>%n bundle was refused; see the reason below.</numerusform>
            <numerusform>%n bundles were refused; see the reasons below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Acknowledgements written: %1.</source>
        <translation>Done. Acknowledgements written: %1.</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>sxcounsel is already open on this data folder; its window has been brought to the front.</source>
        <translation>sxcounsel is already open on this data folder; its window has been brought to the front.</translation>
    </message>
    <message>
        <source>sxcounsel is already open on this data folder, in another window or on another computer. Switch to that window, or close sxcounsel there first.</source>
        <translation>sxcounsel is already open on this data folder, in another window or on another computer. Switch to that window, or close sxcounsel there first.</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Partner institution</source>
        <translation>Partner institution</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove this institution from the list? Referrals already issued keep its name.</source>
        <translation>Remove this institution from the list? Referrals already issued keep its name.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, to print</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), to sort and edit</source>
        <translation>Excel workbook (.xlsx), to sort and edit</translation>
    </message>
    <message>
        <source>Save and open…</source>
        <translation>Save and open…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Import roster…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>Search: name, pinyin or initials, 学籍号, class</source>
        <translation>Search: name, pinyin or initials, 学籍号, class</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 in all</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>There are no records here yet.</source>
        <translation>There are no records here yet.</translation>
    </message>
    <message>
        <source>Nothing matches; change the search or the filters.</source>
        <translation>Nothing matches; change the search or the filters.</translation>
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
        <source>The records in %1 are used on this computer from now on.</source>
        <translation>The records in %1 are used on this computer from now on.</translation>
    </message>
    <message>
        <source>Counseling Room Records — %1</source>
        <translation>Counseling Room Records — %1</translation>
    </message>
    <message>
        <source>Changed outside sxcounsel</source>
        <translation>Changed outside sxcounsel</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input, to protect the records.</source>
        <translation>
            <numerusform>Locked after %n minute without input, to protect the records.</numerusform>
            <numerusform>Locked after %n minutes without input, to protect the records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the computer was locked, switched user or went to sleep.</source>
        <translation>Locked because the computer was locked, switched user or went to sleep.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation>The backup was restored. Unlock it with the passphrase it was made with.</translation>
    </message>
    <message>
        <source>This backup is of another store (another school or computer), not of the records on this computer. Restoring it replaces them by the backup&apos;s; they are kept aside in the data folder.</source>
        <translation>This backup is of another store (another school or computer), not of the records on this computer. Restoring it replaces them by the backup&apos;s; they are kept aside in the data folder.</translation>
    </message>
    <message numerus="yes">
        <source>This backup is older than the records on this computer: restoring it rolls back %n day(s) of records. The current records are kept aside in the data folder.</source>
        <translation>
            <numerusform>This backup is older than the records on this computer: restoring it rolls back %n day(s) of records. The current records are kept aside in the data folder.</numerusform>
            <numerusform>This backup is older than the records on this computer: restoring it rolls back %n day(s) of records. The current records are kept aside in the data folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Restore anyway</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>Do not restore</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>Moving the records to the new folder…</source>
        <translation>Moving the records to the new folder…</translation>
    </message>
    <message>
        <source>The records were moved to %1. Unlock them there.</source>
        <translation>The records were moved to %1. Unlock them there.</translation>
    </message>
    <message>
        <source>Writing the automatic backup before closing…</source>
        <translation>Writing the automatic backup before closing…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>The automatic backup was not made: %1</source>
        <translation>The automatic backup was not made: %1</translation>
    </message>
    <message>
        <source>Close without backup</source>
        <translation>Close without backup</translation>
    </message>
    <message>
        <source>Stay open</source>
        <translation>Stay open</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move the data folder</source>
        <translation>Move the data folder</translation>
    </message>
    <message>
        <source>The records, their account file and the backups kept beside them move to the new folder. The program locks first; afterwards you unlock the records in their new place. Choose an empty folder or a new one, on a drive that is not wiped at restart.</source>
        <translation>The records, their account file and the backups kept beside them move to the new folder. The program locks first; afterwards you unlock the records in their new place. Choose an empty folder or a new one, on a drive that is not wiped at restart.</translation>
    </message>
    <message>
        <source>New folder for the records</source>
        <translation>New folder for the records</translation>
    </message>
    <message>
        <source>&amp;Usual folder</source>
        <translation>&amp;Usual folder</translation>
    </message>
    <message>
        <source>Now in:</source>
        <translation>Now in:</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>Move &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>Type the full path of a folder, or choose one.</translation>
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
    <name>Printing</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1 and opened; print it from the viewer.</source>
        <translation>Saved as %1 and opened; print it from the viewer.</translation>
    </message>
    <message>
        <source>Saved as %1. Open it from its folder to print it.</source>
        <translation>Saved as %1. Open it from its folder to print it.</translation>
    </message>
    <message>
        <source>Files cannot be saved in this folder; choose another folder, such as Documents.</source>
        <translation>Files cannot be saved in this folder; choose another folder, such as Documents.</translation>
    </message>
    <message>
        <source>A folder has this name; choose another file name.</source>
        <translation>A folder has this name; choose another file name.</translation>
    </message>
    <message>
        <source>The file could not be saved (%1); choose another folder.</source>
        <translation>The file could not be saved (%1); choose another folder.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuickFilters</name>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>This school year</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Delete this record? It cannot be restored on this computer.</source>
        <translation>Delete this record? It cannot be restored on this computer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The text that was not saved at %1 is back. Check it and save.</source>
        <translation>The text that was not saved at %1 is back. Check it and save.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Read-only: the county never changes a school&apos;s records.</source>
        <translation>Read-only: the county never changes a school&apos;s records.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Key-concern case</source>
        <translation>Key-concern case</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation>Crisis event</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>Review every (days)</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Why closed</source>
        <translation>Why closed</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Leave and return</source>
        <translation>Leave and return</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Guardians informed</source>
        <translation>Guardians informed</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Last changed at the school</source>
        <translation>Last changed at the school</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only)</source>
        <translation>%1 — %2 (read-only)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Student number</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Family situation</translation>
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
        <source>Writing the recovery key sheet…</source>
        <translation>Writing the recovery key sheet…</translation>
    </message>
    <message>
        <source>Saved to %1. Print it now, then delete the file.</source>
        <translation>Saved to %1. Print it now, then delete the file.</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Observed symptoms</source>
        <translation>Observed symptoms</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Consenting guardian</source>
        <translation>Consenting guardian</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <source>Edit the chosen…</source>
        <translation>Edit the chosen…</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>New institution</translation>
    </message>
    <message>
        <source>Relation to the student</source>
        <translation>Relation to the student</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>Consent method</source>
        <translation>Consent method</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>Date of the step</translation>
    </message>
    <message>
        <source>Receipt date</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>Diagnosis (as reported)</source>
        <translation>Diagnosis (as reported)</translation>
    </message>
    <message>
        <source>Advice (as reported)</source>
        <translation>Advice (as reported)</translation>
    </message>
    <message>
        <source>Leave and return to school</source>
        <translation>Leave and return to school</translation>
    </message>
    <message>
        <source>Certificate received</source>
        <translation>Certificate received</translation>
    </message>
    <message>
        <source>Leave starts</source>
        <translation>Leave starts</translation>
    </message>
    <message>
        <source>Back at school</source>
        <translation>Back at school</translation>
    </message>
    <message>
        <source>Return certificate</source>
        <translation>Return certificate</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Follow-up plan</translation>
    </message>
    <message>
        <source>Print referral letter…</source>
        <translation>Print referral letter…</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>Save the referral letter</translation>
    </message>
    <message>
        <source>Writing the referral letter…</source>
        <translation>Writing the referral letter…</translation>
    </message>
    <message>
        <source>Start the leave</source>
        <translation>Start the leave</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>Record the return</translation>
    </message>
    <message>
        <source>Delete this referral? It cannot be restored on this computer.</source>
        <translation>Delete this referral? It cannot be restored on this computer.</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <source>Record the receipt</source>
        <translation>Record the receipt</translation>
    </message>
    <message>
        <source>Record step: %1</source>
        <translation>Record step: %1</translation>
    </message>
    <message>
        <source>The number is given when the referral is saved.</source>
        <translation>The number is given when the referral is saved.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>leave from %1</source>
        <translation>leave from %1</translation>
    </message>
    <message>
        <source>back at school on %1</source>
        <translation>back at school on %1</translation>
    </message>
    <message>
        <source>The receipt is recorded.</source>
        <translation>The receipt is recorded.</translation>
    </message>
    <message>
        <source>Step recorded: %1</source>
        <translation>Step recorded: %1</translation>
    </message>
    <message>
        <source>The leave is recorded; the student is now 休学.</source>
        <translation>The leave is recorded; the student is now 休学.</translation>
    </message>
    <message>
        <source>The return to school is recorded.</source>
        <translation>The return to school is recorded.</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Receipt not back after %1 days</source>
        <translation>Receipt not back after %1 days</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>Any step</translation>
    </message>
    <message>
        <source>Any receipt</source>
        <translation>Any receipt</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <source>Key-concern students at each month&apos;s end, by risk level</source>
        <translation>Key-concern students at each month&apos;s end, by risk level</translation>
    </message>
    <message>
        <source>Crisis events per month</source>
        <translation>Crisis events per month</translation>
    </message>
    <message>
        <source>The report gives county totals and each school&apos;s figures for the city and the province, with these charts. It is de-identified: no names, no ids, no 学籍号, and any count below 5 reads &quot;&lt;5&quot;.</source>
        <translation>The report gives county totals and each school&apos;s figures for the city and the province, with these charts. It is de-identified: no names, no ids, no 学籍号, and any count below 5 reads &quot;&lt;5&quot;.</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Save report as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save report as &amp;XLSX…</source>
        <translation>Save report as &amp;XLSX…</translation>
    </message>
    <message>
        <source>Save the county statistics report</source>
        <translation>Save the county statistics report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>The report was saved as %1.</translation>
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
    <name>RiskLevelsBox</name>
    <message>
        <source>Risk levels</source>
        <translation>Risk levels</translation>
    </message>
    <message>
        <source>The warning levels of key-concern cases, referrals and sessions, most severe first. Double-click a level to rename it. A level still used by a record cannot be removed.</source>
        <translation>The warning levels of key-concern cases, referrals and sessions, most severe first. Double-click a level to rename it. A level still used by a record cannot be removed.</translation>
    </message>
    <message>
        <source>&amp;Add level</source>
        <translation>&amp;Add level</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Save risk levels</source>
        <translation>Save risk levels</translation>
    </message>
    <message>
        <source>The risk levels were saved.</source>
        <translation>The risk levels were saved.</translation>
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
    <name>RosterWizard</name>
    <message>
        <source>Import the student roster</source>
        <translation>Import the student roster</translation>
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
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>SchoolsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Crises</source>
        <translation>Crises</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>Silent for more than 14 days</source>
        <translation>Silent for more than 14 days</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Missing bundles</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Overdue reviews</translation>
    </message>
    <message>
        <source>Open crises</source>
        <translation>Open crises</translation>
    </message>
</context>
<context>
    <name>SchoolsPage</name>
    <message>
        <source>Search: school name or code</source>
        <translation>Search: school name or code</translation>
    </message>
    <message>
        <source>Enrollment request…</source>
        <translation>Enrollment request…</translation>
    </message>
    <message>
        <source>schools enrolled</source>
        <translation>schools enrolled</translation>
    </message>
    <message>
        <source>silent &gt; 14 days</source>
        <translation>silent &gt; 14 days</translation>
    </message>
    <message>
        <source>students</source>
        <translation>students</translation>
    </message>
    <message>
        <source>key-concern students</source>
        <translation>key-concern students</translation>
    </message>
    <message>
        <source>reviews overdue</source>
        <translation>reviews overdue</translation>
    </message>
    <message>
        <source>referrals waiting &gt; 14 days</source>
        <translation>referrals waiting &gt; 14 days</translation>
    </message>
    <message>
        <source>open crises</source>
        <translation>open crises</translation>
    </message>
    <message>
        <source>Silent for more than 14 days</source>
        <translation>Silent for more than 14 days</translation>
    </message>
    <message>
        <source>A school&apos;s enrollment request</source>
        <translation>A school&apos;s enrollment request</translation>
    </message>
    <message>
        <source>Enrollment requests (*.json)</source>
        <translation>Enrollment requests (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Enrollment request</source>
        <translation>Enrollment request</translation>
    </message>
    <message>
        <source>%1 (school code %2) asks to send its records to the county center.

Key fingerprint: %3
Computer: %4

Compare the fingerprint with the one the school reads out by phone before approving.</source>
        <translation>%1 (school code %2) asks to send its records to the county center.

Key fingerprint: %3
Computer: %4

Compare the fingerprint with the one the school reads out by phone before approving.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>%1 is enrolled: its bundles will be accepted from now on.</source>
        <translation>%1 is enrolled: its bundles will be accepted from now on.</translation>
    </message>
    <message>
        <source>%1 was already enrolled with this key; nothing changed.</source>
        <translation>%1 was already enrolled with this key; nothing changed.</translation>
    </message>
    <message>
        <source>%1 now sends with its new key.</source>
        <translation>%1 now sends with its new key.</translation>
    </message>
    <message>
        <source>The request of %1 was rejected; nothing was registered.</source>
        <translation>The request of %1 was rejected; nothing was registered.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>e.g. counseling room</source>
        <translation>e.g. counseling room</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>Problem categories</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>No risk identified</source>
        <translation>No risk identified</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Confidential notes (counselors only)</source>
        <translation>Confidential notes (counselors only)</translation>
    </message>
    <message>
        <source>Presenting problem</source>
        <translation>Presenting problem</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <source>New addendum</source>
        <translation>New addendum</translation>
    </message>
    <message>
        <source>Print session record…</source>
        <translation>Print session record…</translation>
    </message>
    <message>
        <source>Save the counseling session record</source>
        <translation>Save the counseling session record</translation>
    </message>
    <message>
        <source>Writing the session record…</source>
        <translation>Writing the session record…</translation>
    </message>
    <message>
        <source>Add &amp;addendum</source>
        <translation>Add &amp;addendum</translation>
    </message>
    <message>
        <source>Sign and &amp;lock…</source>
        <translation>Sign and &amp;lock…</translation>
    </message>
    <message>
        <source>Delete this counseling session and its notes? It cannot be restored on this computer.</source>
        <translation>Delete this counseling session and its notes? It cannot be restored on this computer.</translation>
    </message>
    <message>
        <source>New counseling session</source>
        <translation>New counseling session</translation>
    </message>
    <message>
        <source>Counseling session %1</source>
        <translation>Counseling session %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2; locked.</source>
        <translation>Signed by %1 on %2; locked.</translation>
    </message>
    <message>
        <source>Not signed yet: it can still be edited.</source>
        <translation>Not signed yet: it can still be edited.</translation>
    </message>
    <message>
        <source>The number is given when the session is saved.</source>
        <translation>The number is given when the session is saved.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No addenda yet.</source>
        <translation>No addenda yet.</translation>
    </message>
    <message>
        <source>Sign the session</source>
        <translation>Sign the session</translation>
    </message>
    <message>
        <source>After signing, the session can no longer be edited; corrections become addenda. Sign it now?</source>
        <translation>After signing, the session can no longer be edited; corrections become addenda. Sign it now?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Signed. The session is locked; corrections are addenda.</source>
        <translation>Signed. The session is locked; corrections are addenda.</translation>
    </message>
    <message>
        <source>The addendum was added.</source>
        <translation>The addendum was added.</translation>
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
    <name>SessionsModel</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Any form</source>
        <translation>Any form</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>Any risk level</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
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
    <name>SlotFindings</name>
    <message>
        <source>A key slot for %1 is not in the signed list of accounts: it was made outside sxcounsel, does not open, and is dropped at the next key rotation.</source>
        <translation>A key slot for %1 is not in the signed list of accounts: it was made outside sxcounsel, does not open, and is dropped at the next key rotation.</translation>
    </message>
    <message>
        <source>There are several key slots named %1.</source>
        <translation>There are several key slots named %1.</translation>
    </message>
    <message>
        <source>The key slot of %1 was removed from the account file outside sxcounsel.</source>
        <translation>The key slot of %1 was removed from the account file outside sxcounsel.</translation>
    </message>
    <message>
        <source>%1 is waiting for a key the role grants; it is given the next time a counselor or the recovery key opens the store.</source>
        <translation>%1 is waiting for a key the role grants; it is given the next time a counselor or the recovery key opens the store.</translation>
    </message>
    <message>
        <source>The roles of %1 were changed in the store outside sxcounsel; the roles in the signed list of accounts are used.</source>
        <translation>The roles of %1 were changed in the store outside sxcounsel; the roles in the signed list of accounts are used.</translation>
    </message>
    <message>
        <source>The audit log was changed outside sxcounsel. Check who had access to this PC and restore the store from a backup.</source>
        <translation>The audit log was changed outside sxcounsel. Check who had access to this PC and restore the store from a backup.</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Leave from</source>
        <translation>Leave from</translation>
    </message>
    <message>
        <source>Back at school</source>
        <translation>Back at school</translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation>Crisis event</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Details are kept by the counselor.</source>
        <translation>Details are kept by the counselor.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <name>StudentFile</name>
    <message>
        <source>&amp;Edit basics…</source>
        <translation>&amp;Edit basics…</translation>
    </message>
    <message>
        <source>Record a confidentiality &amp;break…</source>
        <translation>Record a confidentiality &amp;break…</translation>
    </message>
    <message>
        <source>Counseling notes were told to someone because of risk: record whom and why.</source>
        <translation>Counseling notes were told to someone because of risk: record whom and why.</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>Records, newest first</source>
        <translation>Records, newest first</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>New &amp;session</translation>
    </message>
    <message>
        <source>New &amp;home visit</source>
        <translation>New &amp;home visit</translation>
    </message>
    <message>
        <source>&amp;Key-concern case</source>
        <translation>&amp;Key-concern case</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Referral</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>C&amp;onsent</translation>
    </message>
    <message>
        <source>Report a &amp;crisis</source>
        <translation>Report a &amp;crisis</translation>
    </message>
    <message>
        <source>Student file: %1</source>
        <translation>Student file: %1</translation>
    </message>
    <message>
        <source>Student number %1</source>
        <translation>Student number %1</translation>
    </message>
    <message>
        <source>Family situation: %1</source>
        <translation>Family situation: %1</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Boarding</source>
        <translation>Boarding</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>Dormitory</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>Open &amp;key-concern case</source>
        <translation>Open &amp;key-concern case</translation>
    </message>
    <message>
        <source>New &amp;key-concern case</source>
        <translation>New &amp;key-concern case</translation>
    </message>
</context>
<context>
    <name>StudentForm</name>
    <message>
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Student number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>Dormitory</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Delete this student&apos;s record? It cannot be restored on this computer.</source>
        <translation>Delete this student&apos;s record? It cannot be restored on this computer.</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>New student</translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation>Student: %1</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Name, pinyin (zxm), 学籍号 or class</source>
        <translation>Name, pinyin (zxm), 学籍号 or class</translation>
    </message>
</context>
<context>
    <name>StudentsBox</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>StudentsModel</name>
    <message>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>Any risk level</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any family situation</source>
        <translation>Any family situation</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>New student</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the county center</source>
        <translation>Sync with the county center</translation>
    </message>
    <message>
        <source>Records go to the county guidance center signed and encrypted, readable by the county alone. Counseling notes stay at the school unless the county&apos;s signed policy asks for them. A change counts as delivered only when the county confirms it.</source>
        <translation>Records go to the county guidance center signed and encrypted, readable by the county alone. Counseling notes stay at the school unless the county&apos;s signed policy asks for them. A change counts as delivered only when the county confirms it.</translation>
    </message>
    <message>
        <source>County center</source>
        <translation>County center</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Bundles not yet confirmed</source>
        <translation>Bundles not yet confirmed</translation>
    </message>
    <message>
        <source>Last bundle written</source>
        <translation>Last bundle written</translation>
    </message>
    <message>
        <source>Last confirmation from the county</source>
        <translation>Last confirmation from the county</translation>
    </message>
    <message>
        <source>Reported by the county</source>
        <translation>Reported by the county</translation>
    </message>
    <message>
        <source>County policy: counseling notes are sent to the county with every sync.</source>
        <translation>County policy: counseling notes are sent to the county with every sync.</translation>
    </message>
    <message>
        <source>&amp;Enroll with the county…</source>
        <translation>&amp;Enroll with the county…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>E&amp;xport to USB…</source>
        <translation>E&amp;xport to USB…</translation>
    </message>
    <message>
        <source>&amp;Import acknowledgement…</source>
        <translation>&amp;Import acknowledgement…</translation>
    </message>
    <message>
        <source>County &amp;address…</source>
        <translation>County &amp;address…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not enrolled yet: ask the county center for its enrollment file.</source>
        <translation>Not enrolled yet: ask the county center for its enrollment file.</translation>
    </message>
    <message>
        <source>Nothing: the county has confirmed every change.</source>
        <translation>Nothing: the county has confirmed every change.</translation>
    </message>
    <message numerus="yes">
        <source>%n changed record(s)</source>
        <translation>
            <numerusform>%n changed record(s)</numerusform>
            <numerusform>%n changed record(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (up to bundle %2)</source>
        <translation>%1 (up to bundle %2)</translation>
    </message>
    <message>
        <source>missing bundles %1</source>
        <translation>missing bundles %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) set aside</source>
        <translation>
            <numerusform>%n record(s) set aside</numerusform>
            <numerusform>%n record(s) set aside</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>no problems</translation>
    </message>
    <message>
        <source>New &amp;enrollment file…</source>
        <translation>New &amp;enrollment file…</translation>
    </message>
    <message>
        <source>The enrollment file from the county center</source>
        <translation>The enrollment file from the county center</translation>
    </message>
    <message>
        <source>Save the school&apos;s request for the county</source>
        <translation>Save the school&apos;s request for the county</translation>
    </message>
    <message>
        <source>Checking the county&apos;s signature…</source>
        <translation>Checking the county&apos;s signature…</translation>
    </message>
    <message>
        <source>Enrolled with %1. Give the file %2 to the county center; once they approve it, records can be sent.</source>
        <translation>Enrolled with %1. Give the file %2 to the county center; once they approve it, records can be sent.</translation>
    </message>
    <message>
        <source>The enrollment file %1 carries other keys for county %2 than the ones this school holds.

Fingerprint held now: %3
Fingerprint in the file: %4

Replace them only when the county center has told you it made new keys, and compare the new fingerprint with it by phone.</source>
        <translation>The enrollment file %1 carries other keys for county %2 than the ones this school holds.

Fingerprint held now: %3
Fingerprint in the file: %4

Replace them only when the county center has told you it made new keys, and compare the new fingerprint with it by phone.</translation>
    </message>
    <message>
        <source>Replace the county&apos;s keys</source>
        <translation>Replace the county&apos;s keys</translation>
    </message>
    <message>
        <source>The county center&apos;s policy in %1 asks for counseling notes: from now on the notes of counseling sessions and their addenda are sent to the county with every sync. Allow it only if the school has agreed to it.</source>
        <translation>The county center&apos;s policy in %1 asks for counseling notes: from now on the notes of counseling sessions and their addenda are sent to the county with every sync. Allow it only if the school has agreed to it.</translation>
    </message>
    <message>
        <source>Send counseling notes</source>
        <translation>Send counseling notes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Address of the county center</source>
        <translation>Address of the county center</translation>
    </message>
    <message>
        <source>Where this school sends its records, e.g. https://192.168.1.20:8443.
Change it only when the county center gives a new address; leave it empty to go back to the address in the enrollment file.</source>
        <translation>Where this school sends its records, e.g. https://192.168.1.20:8443.
Change it only when the county center gives a new address; leave it empty to go back to the address in the enrollment file.</translation>
    </message>
    <message>
        <source>From now on records go to %1.</source>
        <translation>From now on records go to %1.</translation>
    </message>
    <message>
        <source>Sending the changes to the county center…</source>
        <translation>Sending the changes to the county center…</translation>
    </message>
    <message>
        <source>Nothing to send: the county has confirmed every change.</source>
        <translation>Nothing to send: the county has confirmed every change.</translation>
    </message>
    <message numerus="yes">
        <source>Sent; the county confirms everything up to bundle %n.</source>
        <translation>
            <numerusform>Sent; the county confirms everything up to bundle %n.</numerusform>
            <numerusform>Sent; the county confirms everything up to bundle %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder on the USB stick for the county</source>
        <translation>Folder on the USB stick for the county</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>%1 bundle file(s) are in %2. Take them to the county center and bring back its acknowledgement.</source>
        <translation>%1 bundle file(s) are in %2. Take them to the county center and bring back its acknowledgement.</translation>
    </message>
    <message>
        <source>The acknowledgement from the county center</source>
        <translation>The acknowledgement from the county center</translation>
    </message>
    <message numerus="yes">
        <source>The county already holds this school&apos;s bundles up to %n (this store was restored from an older backup). The next export continues after them and sends again every change the county has not confirmed.</source>
        <translation>
            <numerusform>The county already holds this school&apos;s bundles up to %n (this store was restored from an older backup). The next export continues after them and sends again every change the county has not confirmed.</numerusform>
            <numerusform>The county already holds this school&apos;s bundles up to %n (this store was restored from an older backup). The next export continues after them and sends again every change the county has not confirmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The county confirms everything up to bundle %n.</source>
        <translation>
            <numerusform>The county confirms everything up to bundle %n.</numerusform>
            <numerusform>The county confirms everything up to bundle %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%n minute(s) ago</source>
        <translation>%n minute(s) ago</translation>
    </message>
    <message>
        <source>%n hour(s) ago</source>
        <translation>%n hour(s) ago</translation>
    </message>
    <message>
        <source>%n day(s) ago</source>
        <translation>%n day(s) ago</translation>
    </message>
    <message>
        <source>Not enrolled with the county</source>
        <translation>Not enrolled with the county</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source> · nothing to send</source>
        <translation> · nothing to send</translation>
    </message>
    <message>
        <source> · %n record(s) to send</source>
        <translation> · %n record(s) to send</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Counseling session %1</source>
        <translation>Counseling session %1</translation>
    </message>
    <message>
        <source>Home visit (%1)</source>
        <translation>Home visit (%1)</translation>
    </message>
    <message>
        <source>Key-concern case opened (%1)</source>
        <translation>Key-concern case opened (%1)</translation>
    </message>
    <message>
        <source>Confidentiality break</source>
        <translation>Confidentiality break</translation>
    </message>
    <message>
        <source>about counseling session %1</source>
        <translation>about counseling session %1</translation>
    </message>
    <message>
        <source>contact %1 · next review %2</source>
        <translation>contact %1 · next review %2</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Review (%1)</translation>
    </message>
    <message>
        <source>Key-concern case closed</source>
        <translation>Key-concern case closed</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <source>Crisis event (%1)</source>
        <translation>Crisis event (%1)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation>Crisis event</translation>
    </message>
    <message>
        <source>Guardian consent: %1</source>
        <translation>Guardian consent: %1</translation>
    </message>
    <message>
        <source> · withdrawn on %1</source>
        <translation> · withdrawn on %1</translation>
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
    <message>
        <source>Enter the passphrase the backup was made with.</source>
        <translation>Enter the passphrase the backup was made with.</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation>The backup was restored. Unlock it with the passphrase it was made with.</translation>
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
