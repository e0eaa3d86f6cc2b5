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
        <source>Your &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
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
    <name>AutoBackupBox</name>
    <message>
        <source>Automatic backup on exit</source>
        <translation>退出时自动备份</translation>
    </message>
    <message>
        <source>When a folder is chosen, closing the app writes an encrypted backup into it (for example a USB stick) and keeps the newest ones. Leave it empty to turn this off.</source>
        <translation>选定文件夹后（例如 U 盘），每次关闭程序时都会向其中写入一份加密备份，并只保留最新的几份。留空则关闭此功能。</translation>
    </message>
    <message>
        <source>No folder: automatic backup is off</source>
        <translation>未选择文件夹：自动备份已关闭</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>保留备份份数：</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>自动备份的文件夹</translation>
    </message>
    <message>
        <source>The folder is not there now; plug in the USB stick before closing.</source>
        <translation>该文件夹现在不存在；关闭程序前请插好 U 盘。</translation>
    </message>
    <message>
        <source>%1 automatic backups are in this folder.</source>
        <translation>该文件夹中已有 %1 份自动备份。</translation>
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
    <name>CheckPage</name>
    <message>
        <source>Check the roster</source>
        <translation>检查花名册</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written: the first rows as read, then each row that needs correcting, with its row number in the spreadsheet.</source>
        <translation>写入之前逐行检查：先显示读到的前几行，再列出每一处需要改正的行及其在表格中的行号。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>正在读取并逐行检查……</translation>
    </message>
    <message>
        <source>Choose below what each column holds (学籍号, 姓名, 性别 and 班级 are needed); the file is checked again after each choice.</source>
        <translation>请在下方选择每一列的内容（须有学籍号、姓名、性别和班级）；每次选择后会重新检查文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are not valid. Nothing will be imported: correct them in the file, save it, and go back to choose it again.</source>
        <translation>
            <numerusform>文件中有 %n 行不符合要求，本次不会导入任何学生。请在文件中改正这些行并保存，再返回上一步重新选择文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 rows are valid: %2 new students, %3 updated, %4 unchanged. Press Import to write them.</source>
        <translation>全部 %1 行检查通过：新增 %2 名学生，更新 %3 名，%4 名无变化。点击“导入”写入。</translation>
    </message>
    <message>
        <source>Row %1 (sheet %2)</source>
        <translation>第 %1 行（工作表 %2）</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Columns found (%1 rows): %2</source>
        <translation>识别到的列（共 %1 行）：%2</translation>
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
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <source>How it is read</source>
        <translation>读取方式</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>不读取</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <source>Case</source>
        <translation>台账信息</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>专人分包联系人</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>关注原因</translation>
    </message>
    <message>
        <source>Reasons in words</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>关爱方案</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>研判周期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>跟踪研判</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>研判情况</translation>
    </message>
    <message>
        <source>&amp;Edit the chosen review</source>
        <translation>修改选中的复查(&amp;E)</translation>
    </message>
    <message>
        <source>Delete the chosen review…</source>
        <translation>删除选中的复查…</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>研判日期</translation>
    </message>
    <message>
        <source>Level after</source>
        <translation>研判后等级</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <source>Add &amp;review</source>
        <translation>添加研判(&amp;R)</translation>
    </message>
    <message>
        <source>Close the &amp;case</source>
        <translation>结案(&amp;C)</translation>
    </message>
    <message>
        <source>Delete this key-concern case and its reviews? It cannot be restored on this computer.</source>
        <translation>删除这个重点关注个案及其复查记录？删除后不能在本机恢复。</translation>
    </message>
    <message>
        <source>New key-concern case</source>
        <translation>新建重点关注台账</translation>
    </message>
    <message>
        <source>Key-concern case: %1</source>
        <translation>重点关注台账：%1</translation>
    </message>
    <message>
        <source>Save the &amp;review</source>
        <translation>保存复查(&amp;R)</translation>
    </message>
    <message>
        <source>The first review is due one interval after opening.</source>
        <translation>建档后满一个研判周期时进行首次研判。</translation>
    </message>
    <message>
        <source>Open · level %1 · next review %2</source>
        <translation>跟踪中 · %1 · 下次研判 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>已于 %1 结案：%2</translation>
    </message>
    <message>
        <source>The review was corrected.</source>
        <translation>复查记录已更正。</translation>
    </message>
    <message>
        <source>The review was added; the next one is scheduled.</source>
        <translation>研判已记录，并已排定下次研判日期。</translation>
    </message>
    <message>
        <source>Correct the review below and save it.</source>
        <translation>请在下方更正复查记录后保存。</translation>
    </message>
    <message>
        <source>Delete the review</source>
        <translation>删除复查</translation>
    </message>
    <message>
        <source>Delete the chosen review? The case goes back to its level and review date before it.</source>
        <translation>删除选中的复查？个案将恢复到这次复查之前的等级和复查日期。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The review was deleted.</source>
        <translation>复查记录已删除。</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>已结案。</translation>
    </message>
</context>
<context>
    <name>ConcernLedgerDialog</name>
    <message>
        <source>Print the key-concern ledger</source>
        <translation>打印重点关注学生台账</translation>
    </message>
    <message>
        <source>The ledger lists every key-concern student with the risk level, the contact person and the reviews; open cases come first. It is confidential: keep the printout locked away.</source>
        <translation>台账列出每名重点关注学生的风险等级、包联责任人和跟踪研判情况，跟踪中的排在前面。台账属于保密资料，打印件请锁柜保管。</translation>
    </message>
    <message>
        <source>Add each student&apos;s care plan and reviews</source>
        <translation>附上每名学生的关爱方案（一生一策）和研判记录</translation>
    </message>
</context>
<context>
    <name>ConcernLedgerPrinter</name>
    <message>
        <source>Print ledger…</source>
        <translation>打印台账…</translation>
    </message>
    <message>
        <source>重点关注学生台账 of the whole school</source>
        <translation>全校的重点关注学生台账</translation>
    </message>
    <message>
        <source>Save the key-concern ledger</source>
        <translation>保存重点关注学生台账</translation>
    </message>
    <message>
        <source>Writing the key-concern ledger…</source>
        <translation>正在生成重点关注学生台账…</translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>关注原因</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次研判</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>%1 · %2 days overdue</source>
        <translation>%1 · 逾期 %2 天</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · 今天到期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>跟踪中</translation>
    </message>
    <message>
        <source>Review due or overdue</source>
        <translation>研判到期或逾期</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>全部预警等级</translation>
    </message>
    <message>
        <source>New key-concern case</source>
        <translation>新建重点关注</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Record the &amp;withdrawal</source>
        <translation>登记撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Delete this guardian consent? It cannot be restored on this computer.</source>
        <translation>删除这条监护人知情同意记录？删除后不能在本机恢复。</translation>
    </message>
    <message>
        <source>New guardian consent</source>
        <translation>新建知情同意</translation>
    </message>
    <message>
        <source>Guardian consent: %1</source>
        <translation>知情同意：%1</translation>
    </message>
    <message>
        <source>Withdrawn on %1: the consent no longer holds.</source>
        <translation>已于 %1 撤回：该同意不再有效。</translation>
    </message>
    <message>
        <source>To record a withdrawal, enter its date and click Record the withdrawal.</source>
        <translation>如需登记撤回，请填写撤回日期，然后点击“登记撤回”。</translation>
    </message>
    <message>
        <source>The withdrawal is recorded: the consent no longer holds.</source>
        <translation>撤回已登记：该同意不再有效。</translation>
    </message>
    <message>
        <source>One consent per purpose; it holds from its date.</source>
        <translation>每项用途单独记录，自同意之日起生效。</translation>
    </message>
</context>
<context>
    <name>CountyCrisesModel</name>
    <message>
        <source>When</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>CountyPeople</name>
    <message>
        <source>School staff</source>
        <translation>学校教师</translation>
    </message>
</context>
<context>
    <name>CountyReferralsModel</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>全部进度</translation>
    </message>
</context>
<context>
    <name>CountyRosterModel</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>关注原因</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次研判</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>专人联系人</translation>
    </message>
    <message>
        <source>%1 · %2 days overdue</source>
        <translation>%1 · 逾期 %2 天</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · 今日到期</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Any review date</source>
        <translation>全部研判日期</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>研判逾期</translation>
    </message>
</context>
<context>
    <name>CountyWorkspace</name>
    <message>
        <source>County Guidance Center</source>
        <translation>县级指导中心</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Key concern</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Home-visit coverage</source>
        <translation>家访覆盖</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>统计报告</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Key-concern students across the county</source>
        <translation>全县重点关注学生</translation>
    </message>
    <message>
        <source>Referrals waiting more than 14 days for a receipt</source>
        <translation>超过 14 天未收到回执的转介</translation>
    </message>
    <message>
        <source>Crisis events across the county</source>
        <translation>全县心理危机事件</translation>
    </message>
</context>
<context>
    <name>CoverageBars</name>
    <message>
        <source>%1: every student has had a home visit.</source>
        <translation>%1：全部学生均已家访。</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 等另外 %1 人</translation>
    </message>
    <message>
        <source>%1, not visited yet: %2</source>
        <translation>%1 尚未家访：%2</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>School year:</source>
        <translation>学年：</translation>
    </message>
    <message>
        <source>The province&apos;s target: every student visited at home at least once each school year. The red mark at the end of each bar is the target; amber bars are below half.</source>
        <translation>省级目标：每名学生每学年至少家访一次。每条进度条末端的红线即目标；低于一半的显示为橙色。</translation>
    </message>
    <message>
        <source>Choose a school to see its classes.</source>
        <translation>选择一所学校，查看各班情况。</translation>
    </message>
    <message>
        <source>Schools, lowest coverage first</source>
        <translation>各校（覆盖率由低到高）</translation>
    </message>
    <message>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <source>Classes of %1</source>
        <translation>%1 各班</translation>
    </message>
</context>
<context>
    <name>CrisesModel</name>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Report a crisis</source>
        <translation>报告危机事件</translation>
    </message>
</context>
<context>
    <name>CrisisForm</name>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Boarding</source>
        <translation>就读方式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Guardians informed at</source>
        <translation>通知监护人时间</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>通知人</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>采取措施</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Key-concern case</source>
        <translation>列入重点关注</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>专人分包联系人</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Close the &amp;event</source>
        <translation>结束事件(&amp;E)</translation>
    </message>
    <message>
        <source>Delete this crisis event? It cannot be restored on this computer.</source>
        <translation>删除这条危机事件记录？删除后不能在本机恢复。</translation>
    </message>
    <message>
        <source>Report a crisis event</source>
        <translation>报告心理危机事件</translation>
    </message>
    <message>
        <source>Crisis event %1</source>
        <translation>心理危机事件 %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>Open a key-concern case (%1)</source>
        <translation>列入重点关注（%1）</translation>
    </message>
    <message>
        <source>Report at once; a counselor completes the record.</source>
        <translation>请立即报告，心理教师会补全记录。</translation>
    </message>
    <message>
        <source>Reported. The counselor has been given the event.</source>
        <translation>已报告，心理教师已收到该事件。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Status: %1 · reported by %2</source>
        <translation>状态：%1 · 报告人 %2</translation>
    </message>
    <message>
        <source>Reported. This student has no key-concern case yet: choose the contact person below and open one.</source>
        <translation>已报告。该生尚未列入重点关注，请在下方选择专人分包联系人后列入。</translation>
    </message>
    <message>
        <source>The key-concern case is open.</source>
        <translation>已列入重点关注。</translation>
    </message>
    <message>
        <source>The event is closed.</source>
        <translation>事件已结束。</translation>
    </message>
</context>
<context>
    <name>DamagedPanel</name>
    <message>
        <source>Restore from the newest backup</source>
        <translation>从最新的备份恢复</translation>
    </message>
    <message>
        <source>The records on this computer are damaged and no backup was found in the automatic-backup folder or the data folder. Plug in the USB stick with the backups and try again, or restore a backup file from the command line. Do not delete the data folder.</source>
        <translation>此电脑上的记录已损坏，且在自动备份文件夹和数据文件夹中都没有找到备份。请插入存有备份的U盘后重试，或在命令行中恢复备份文件。请不要删除数据文件夹。</translation>
    </message>
    <message>
        <source>automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>backup made before an upgrade</source>
        <translation>升级前备份</translation>
    </message>
    <message>
        <source>The records on this computer are damaged. The newest backup is the %1 of %2. Enter the passphrase it was made with and restore it; the damaged records are kept aside in the data folder.</source>
        <translation>此电脑上的记录已损坏。最新的备份是%2的%1。请输入制作该备份时使用的口令并恢复；损坏的记录会保留在数据文件夹中。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Reviews due today</source>
        <translation>今日待研判</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>研判逾期</translation>
    </message>
    <message>
        <source>Open crisis events</source>
        <translation>未结危机事件</translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation>本月辅导</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>研判</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Home-visit coverage</source>
        <translation>家访覆盖</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>No referral has waited that long for its receipt.</source>
        <translation>没有等待回执这么久的转介。</translation>
    </message>
    <message>
        <source>No open crisis events.</source>
        <translation>没有未结的危机事件。</translation>
    </message>
    <message>
        <source>Home-visit coverage, %1</source>
        <translation>%1家访覆盖</translation>
    </message>
    <message>
        <source>%1 of %2 students visited; click a class to see its visits.</source>
        <translation>已家访 %1 / %2 名学生；点击班级查看该班家访记录。</translation>
    </message>
    <message>
        <source>No students are enrolled yet.</source>
        <translation>还没有在校学生。</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Referral receipts not back after %1 days</source>
        <translation>转介回执超过%1天未收到</translation>
    </message>
    <message>
        <source>Concern reviews: due today first</source>
        <translation>跟踪研判（今日到期在前）</translation>
    </message>
    <message>
        <source>Referrals whose receipt is not back after %1 days</source>
        <translation>超过%1天未收到回执的转介</translation>
    </message>
    <message>
        <source>No review is due. Well done.</source>
        <translation>没有到期的研判。</translation>
    </message>
    <message>
        <source>… and %1 more in the list page</source>
        <translation>……另有 %1 条，请到列表中查看</translation>
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
        <source>&amp;Move data folder…</source>
        <translation>移动数据文件夹(&amp;M)…</translation>
    </message>
    <message>
        <source>The data folder was given when the program was started (SXCOUNSEL_HOME or --home); change it there.</source>
        <translation>数据文件夹是在启动程序时指定的（SXCOUNSEL_HOME 或 --home），请在那里修改。</translation>
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
    <name>DisclosureForm</name>
    <message>
        <source>Confidentiality break</source>
        <translation>保密例外</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Told to</source>
        <translation>告知对象</translation>
    </message>
    <message>
        <source>e.g. the father, the head teacher</source>
        <translation>如：学生父亲、班主任</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Why and what</source>
        <translation>原因与内容</translation>
    </message>
    <message>
        <source>Why (the risk)</source>
        <translation>原因（风险）</translation>
    </message>
    <message>
        <source>The risk that made telling necessary</source>
        <translation>必须告知的风险</translation>
    </message>
    <message>
        <source>What was told</source>
        <translation>告知内容</translation>
    </message>
    <message>
        <source>Record a confidentiality break</source>
        <translation>记录保密例外</translation>
    </message>
    <message>
        <source>Confidentiality break of %1</source>
        <translation>%1 的保密例外</translation>
    </message>
    <message>
        <source>Delete this confidentiality break? It cannot be restored on this computer.</source>
        <translation>删除这条保密例外记录？删除后不能在本机恢复。</translation>
    </message>
    <message>
        <source>Record each time counseling notes were told to someone because of risk. Only counselors can see this record.</source>
        <translation>每次因风险而向他人告知辅导内容，都应在此记录。只有心理教师能看到这条记录。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Use at least 8 characters and at least 3 of: lowercase letters, uppercase letters, digits, symbols.</source>
        <translation>口令至少 8 个字符，并包含以下四类中的至少三类：小写字母、大写字母、数字、符号。</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>口令错误次数过多，请在 %n 秒后重试。</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written; free some space, then try again.</source>
        <translation>磁盘已满或无法写入；请腾出一些空间后再试。</translation>
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
    <name>Fields</name>
    <message>
        <source>YYYY-MM-DD hh:mm</source>
        <translation>年-月-日 时:分</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one student per row. The header row names the columns (学籍号, 姓名, 性别, 班级 are needed; 出生日期, 身份证号, 监护人, 联系电话, 家庭住址, 是否留守儿童 and others are read when present), in any order.</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件，每行一名学生。表头行写明各列名称（必须有学籍号、姓名、性别、班级；如有出生日期、身份证号、监护人、联系电话、家庭住址、是否留守儿童等列也会读取），列的顺序不限。</translation>
    </message>
    <message>
        <source>Path of the roster file</source>
        <translation>花名册文件的路径</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Nothing is written until the last step. Students already on file are updated by their 学籍号, never added twice; students not in the file stay as they are.</source>
        <translation>在最后一步之前不会写入任何内容。已建档的学生按学籍号更新，不会重复添加；文件中没有的学生保持不变。</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>花名册 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>If this computer has a restore card (drive C: returns to how it was at every restart), choose another drive that is not restored, for example drive D:.</source>
        <translation>如果这台电脑装有还原卡（重启后C盘恢复原状），请选择不会被还原的其他磁盘，例如 D 盘。</translation>
    </message>
    <message>
        <source>Where to keep the records</source>
        <translation>数据保存位置</translation>
    </message>
    <message>
        <source>The records are kept, encrypted, in one folder. Keep the usual folder of this computer, or choose another folder or drive.</source>
        <translation>档案数据加密保存在一个文件夹中。可以使用这台电脑的默认文件夹，也可以选择其他文件夹或磁盘。</translation>
    </message>
    <message>
        <source>The &amp;usual folder of this computer</source>
        <translation>这台电脑的默认文件夹(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Another folder or drive</source>
        <translation>其他文件夹或磁盘(&amp;A)</translation>
    </message>
    <message>
        <source>Folder for the records</source>
        <translation>保存档案数据的文件夹</translation>
    </message>
    <message>
        <source>Records al&amp;ready kept in a folder (this computer was reset, or is new)</source>
        <translation>使用已有的数据文件夹（电脑被还原过，或是新电脑）(&amp;R)</translation>
    </message>
    <message>
        <source>Folder holding the records</source>
        <translation>存有档案数据的文件夹</translation>
    </message>
    <message>
        <source>Records were found in %1. Press Next to use them, or choose below.</source>
        <translation>在 %1 中找到了档案数据。点“下一步”即可使用，也可以在下面另选。</translation>
    </message>
    <message>
        <source>No records were found in %1, the folder this computer remembers. If it is on a USB drive or another disk, connect it, then press Next; or choose another option.</source>
        <translation>这台电脑记住的文件夹 %1 中没有找到档案数据。如果它在U盘或其他磁盘上，请先连接好，再点“下一步”；也可以选择其他选项。</translation>
    </message>
    <message>
        <source>This folder already holds records: press Next to use them.</source>
        <translation>这个文件夹中已有档案数据：点“下一步”即可使用。</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>请输入文件夹的完整路径，或点“选择…”选择一个文件夹。</translation>
    </message>
    <message>
        <source>The records in this folder are open in another sxcounsel window.</source>
        <translation>这个文件夹中的档案数据已在另一个窗口中打开。</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>HomeVisitForm</name>
    <message>
        <source>Visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>家访日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>家访方式</translation>
    </message>
    <message>
        <source>Visiting staff</source>
        <translation>家访人员</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>The student was at home</source>
        <translation>学生在家</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>家访内容</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>家访目的</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Parents&apos; views</source>
        <translation>家长意见</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>指导建议</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Print visit record…</source>
        <translation>打印家访记录表…</translation>
    </message>
    <message>
        <source>Save the home-visit record</source>
        <translation>保存家访记录表</translation>
    </message>
    <message>
        <source>Writing the home-visit record…</source>
        <translation>正在生成家访记录表…</translation>
    </message>
    <message>
        <source>Delete this home visit? It cannot be restored on this computer.</source>
        <translation>删除这条家访记录？删除后不能在本机恢复。</translation>
    </message>
    <message>
        <source>Home visit %1</source>
        <translation>家访记录 %1</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>新建家访记录</translation>
    </message>
</context>
<context>
    <name>HomeVisitLedgerDialog</name>
    <message>
        <source>Print the home-visit ledger</source>
        <translation>打印家访工作台账</translation>
    </message>
    <message>
        <source>The ledger lists every home visit of the class in the school year, then the students not visited yet. It is for the class file and for inspections.</source>
        <translation>台账列出本班在该学年的每一次家访，以及尚未家访的学生，供班级存档和督导检查使用。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>No class has students yet</source>
        <translation>还没有哪个班级有学生</translation>
    </message>
</context>
<context>
    <name>HomeVisitLedgerPrinter</name>
    <message>
        <source>Print class ledger…</source>
        <translation>打印班级家访台账…</translation>
    </message>
    <message>
        <source>家访工作台账 of one class for one school year</source>
        <translation>一个班级一个学年的家访工作台账</translation>
    </message>
    <message>
        <source>Save the home-visit ledger</source>
        <translation>保存家访工作台账</translation>
    </message>
    <message>
        <source>Writing the home-visit ledger…</source>
        <translation>正在生成家访工作台账…</translation>
    </message>
</context>
<context>
    <name>HomeVisitsModel</name>
    <message>
        <source>Date</source>
        <translation>家访日期</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>家访人员</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>新建家访记录</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing the roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>The students are written in one step: if anything goes wrong, none of them is.</source>
        <translation>学生信息一次写入：中途出任何问题，则一个也不写入。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <source>Writing the students…</source>
        <translation>正在写入学生信息……</translation>
    </message>
    <message>
        <source>The roster was imported: %1 new students, %2 updated, %3 unchanged. The import is recorded in the audit log.</source>
        <translation>花名册已导入：新增 %1 名学生，更新 %2 名，%3 名无变化。本次导入已记入审计日志。</translation>
    </message>
    <message>
        <source>No student was written.</source>
        <translation>没有写入任何学生。</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>This is not a valid sxcounsel bundle.</source>
        <translation>这不是有效的同步包。</translation>
    </message>
    <message>
        <source>The file is truncated or damaged.</source>
        <translation>文件不完整或已损坏。</translation>
    </message>
    <message>
        <source>The file is too large to be a bundle.</source>
        <translation>文件过大，不是同步包。</translation>
    </message>
    <message>
        <source>The school is not enrolled here, or the bundle is signed with another key.</source>
        <translation>该校未在本中心注册，或同步包使用了其他密钥签名。</translation>
    </message>
    <message>
        <source>The signature does not match: the file was changed after the school sealed it.</source>
        <translation>签名不符：文件在学校封装后被改动过。</translation>
    </message>
    <message>
        <source>The bundle is meant for another county center.</source>
        <translation>该同步包是发给其他县中心的。</translation>
    </message>
    <message>
        <source>A different bundle with this number was already imported (replayed or older).</source>
        <translation>已导入过同一批次号的另一个同步包（重复发送或旧包）。</translation>
    </message>
    <message>
        <source>The bundle does not follow this school&apos;s previous bundle.</source>
        <translation>该同步包与该校上一批次衔接不上。</translation>
    </message>
    <message>
        <source>The content of the bundle is damaged.</source>
        <translation>同步包内容已损坏。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n 条已隔离</numerusform>
        </translation>
    </message>
    <message>
        <source>still missing bundle %1</source>
        <translation>仍缺第 %1 批</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Import the bundles schools bring on a USB stick or send by file: choose files or a folder, or drop them here. Each bundle is checked (signature, sender, order) before anything is stored; importing one twice changes nothing.</source>
        <translation>导入各校用U盘带来或以文件发送的同步包：选择文件或文件夹，或直接拖到此处。每个同步包在保存前都会核验签名、发送学校和批次顺序；同一个包重复导入不会改变任何数据。</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>导入文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Acknowledgements to…</source>
        <translation>回执保存位置(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Watch a folder…</source>
        <translation>自动接收文件夹(&amp;W)…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>停止自动接收</translation>
    </message>
    <message>
        <source>Drop bundle files (*.sxb) or folders anywhere on this page.</source>
        <translation>可将同步包（*.sxb）或文件夹拖放到本页任意位置。</translation>
    </message>
    <message>
        <source>Acknowledgements are written to %1.</source>
        <translation>回执保存到 %1。</translation>
    </message>
    <message>
        <source>Acknowledgements are written beside each bundle.</source>
        <translation>回执保存在各同步包旁边。</translation>
    </message>
    <message>
        <source>Bundles arriving in %1 are imported automatically.</source>
        <translation>放入 %1 的同步包会自动导入。</translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>未设置自动接收文件夹。</translation>
    </message>
    <message>
        <source>Folder for the acknowledgements</source>
        <translation>回执保存文件夹</translation>
    </message>
    <message>
        <source>Folder to watch for bundles</source>
        <translation>自动接收同步包的文件夹</translation>
    </message>
    <message>
        <source>Bundles from the schools</source>
        <translation>各校的同步包</translation>
    </message>
    <message>
        <source>Bundles (*.sxb)</source>
        <translation>同步包 (*.sxb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder with bundles (a USB stick)</source>
        <translation>存放同步包的文件夹（U盘）</translation>
    </message>
    <message>
        <source>No bundles (*.sxb) were found there.</source>
        <translation>该处没有找到同步包（*.sxb）。</translation>
    </message>
    <message numerus="yes">
        <source>Checking and importing %n bundle(s)…</source>
        <translation>
            <numerusform>正在核验并导入 %n 个同步包…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) were refused; see the reasons below.</source>
        <translation>
            <numerusform>有 %n 个同步包被拒收，原因见下表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Acknowledgements written: %1.</source>
        <translation>完成。已写出回执 %1 份。</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>sxcounsel is already open on this data folder; its window has been brought to the front.</source>
        <translation>心理辅导室档案已在此数据文件夹上打开，已切换到该窗口。</translation>
    </message>
    <message>
        <source>sxcounsel is already open on this data folder, in another window or on another computer. Switch to that window, or close sxcounsel there first.</source>
        <translation>心理辅导室档案已在此数据文件夹上打开（在另一个窗口或另一台电脑上）。请切换到那个窗口，或先在那里关闭本软件。</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Partner institution</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this institution from the list? Referrals already issued keep its name.</source>
        <translation>从列表中移除这个机构？已开具的转介单仍保留其名称。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>PDF, to print</source>
        <translation>PDF，用于打印</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), to sort and edit</source>
        <translation>Excel 工作簿（.xlsx），用于排序和编辑</translation>
    </message>
    <message>
        <source>Save and open…</source>
        <translation>保存并打开…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <source>Search: name, pinyin or initials, 学籍号, class</source>
        <translation>搜索：姓名、拼音或首字母、学籍号、班级</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2 条</translation>
    </message>
    <message>
        <source>There are no records here yet.</source>
        <translation>这里还没有记录。</translation>
    </message>
    <message>
        <source>Nothing matches; change the search or the filters.</source>
        <translation>没有符合条件的记录，请修改搜索词或筛选条件。</translation>
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
        <source>The records in %1 are used on this computer from now on.</source>
        <translation>从现在起，这台电脑使用 %1 中的档案数据。</translation>
    </message>
    <message>
        <source>Counseling Room Records — %1</source>
        <translation>心理辅导室档案 — %1</translation>
    </message>
    <message>
        <source>Changed outside sxcounsel</source>
        <translation>检测到软件之外的改动</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input, to protect the records.</source>
        <translation>
            <numerusform>%n 分钟无操作，已自动锁定以保护学生隐私。</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the computer was locked, switched user or went to sleep.</source>
        <translation>电脑已锁屏、切换用户或进入睡眠，已自动锁定以保护档案。</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation>备份已恢复。请用制作备份时的口令解锁。</translation>
    </message>
    <message>
        <source>This backup is of another store (another school or computer), not of the records on this computer. Restoring it replaces them by the backup&apos;s; they are kept aside in the data folder.</source>
        <translation>此备份属于另一份档案（另一所学校或另一台电脑），不是本机档案的备份。恢复后本机现有档案将被备份中的内容替换；现有档案会另存在数据文件夹中。</translation>
    </message>
    <message numerus="yes">
        <source>This backup is older than the records on this computer: restoring it rolls back %n day(s) of records. The current records are kept aside in the data folder.</source>
        <translation>
            <numerusform>此备份早于本机现有记录：恢复后记录将回退 %n 天。现有记录会另存在数据文件夹中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>仍然恢复</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>不恢复</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢复任何内容。</translation>
    </message>
    <message>
        <source>Moving the records to the new folder…</source>
        <translation>正在把档案数据移动到新文件夹…</translation>
    </message>
    <message>
        <source>The records were moved to %1. Unlock them there.</source>
        <translation>档案数据已移动到 %1。请在新位置解锁。</translation>
    </message>
    <message>
        <source>Writing the automatic backup before closing…</source>
        <translation>关闭前正在写入自动备份……</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>The automatic backup was not made: %1</source>
        <translation>自动备份未完成：%1</translation>
    </message>
    <message>
        <source>Close without backup</source>
        <translation>不备份直接关闭</translation>
    </message>
    <message>
        <source>Stay open</source>
        <translation>暂不关闭</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>M%1</source>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move the data folder</source>
        <translation>移动数据文件夹</translation>
    </message>
    <message>
        <source>The records, their account file and the backups kept beside them move to the new folder. The program locks first; afterwards you unlock the records in their new place. Choose an empty folder or a new one, on a drive that is not wiped at restart.</source>
        <translation>档案数据、账户文件以及与其放在一起的备份都会移到新文件夹。程序会先锁定，移动完成后请在新位置解锁。请选择一个空文件夹或新建一个文件夹，并放在重启后不会被还原的磁盘上。</translation>
    </message>
    <message>
        <source>New folder for the records</source>
        <translation>档案数据的新文件夹</translation>
    </message>
    <message>
        <source>&amp;Usual folder</source>
        <translation>默认文件夹(&amp;U)</translation>
    </message>
    <message>
        <source>Now in:</source>
        <translation>当前位置：</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>移动到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>请输入文件夹的完整路径，或点“选择…”选择一个文件夹。</translation>
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
    <name>Printing</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1 and opened; print it from the viewer.</source>
        <translation>已保存为 %1 并已打开，请在阅读器中打印。</translation>
    </message>
    <message>
        <source>Saved as %1. Open it from its folder to print it.</source>
        <translation>已保存为 %1。请到所在文件夹中打开它并打印。</translation>
    </message>
    <message>
        <source>Files cannot be saved in this folder; choose another folder, such as Documents.</source>
        <translation>无法在这个文件夹中保存文件，请另选一个文件夹，例如“文档”。</translation>
    </message>
    <message>
        <source>A folder has this name; choose another file name.</source>
        <translation>已有同名的文件夹，请换一个文件名。</translation>
    </message>
    <message>
        <source>The file could not be saved (%1); choose another folder.</source>
        <translation>文件无法保存（%1），请另选一个文件夹。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuickFilters</name>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>本学年</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>全部日期</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Discard the draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete this record? It cannot be restored on this computer.</source>
        <translation>删除这条记录？删除后不能在本机恢复。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The text that was not saved at %1 is back. Check it and save.</source>
        <translation>已恢复 %1 未保存的内容，请核对后保存。</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Read-only: the county never changes a school&apos;s records.</source>
        <translation>只读：县中心不修改学校的记录。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Key-concern case</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation>心理危机事件</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>专人联系人</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>关注原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>关爱方案</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>研判周期（天）</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次研判</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Why closed</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>主要表现</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Leave and return</source>
        <translation>休学与复学</translation>
    </message>
    <message>
        <source>When</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Guardians informed</source>
        <translation>通知监护人</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>家访教师</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Last changed at the school</source>
        <translation>学校最后修改时间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only)</source>
        <translation>%1 — %2（只读）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>家庭情况</translation>
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
        <source>Writing the recovery key sheet…</source>
        <translation>正在生成恢复密钥页…</translation>
    </message>
    <message>
        <source>Saved to %1. Print it now, then delete the file.</source>
        <translation>已保存到 %1。请立即打印，然后删除这个文件。</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>接收机构</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>转介原因</translation>
    </message>
    <message>
        <source>Observed symptoms</source>
        <translation>观察到的表现</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Consenting guardian</source>
        <translation>同意的监护人</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>加入列表</translation>
    </message>
    <message>
        <source>Edit the chosen…</source>
        <translation>编辑所选…</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>新增机构</translation>
    </message>
    <message>
        <source>Relation to the student</source>
        <translation>与学生关系</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Consent method</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>步骤日期</translation>
    </message>
    <message>
        <source>Receipt date</source>
        <translation>回执日期</translation>
    </message>
    <message>
        <source>Diagnosis (as reported)</source>
        <translation>诊断（据回执）</translation>
    </message>
    <message>
        <source>Advice (as reported)</source>
        <translation>建议（据回执）</translation>
    </message>
    <message>
        <source>Leave and return to school</source>
        <translation>休学与复学</translation>
    </message>
    <message>
        <source>Certificate received</source>
        <translation>收到证明日期</translation>
    </message>
    <message>
        <source>Leave starts</source>
        <translation>休学开始日期</translation>
    </message>
    <message>
        <source>Back at school</source>
        <translation>复学日期</translation>
    </message>
    <message>
        <source>Return certificate</source>
        <translation>复学证明日期</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>复学后跟进计划</translation>
    </message>
    <message>
        <source>Print referral letter…</source>
        <translation>打印转介单…</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>保存转介单</translation>
    </message>
    <message>
        <source>Writing the referral letter…</source>
        <translation>正在生成转介单…</translation>
    </message>
    <message>
        <source>Start the leave</source>
        <translation>登记休学</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>登记复学</translation>
    </message>
    <message>
        <source>Delete this referral? It cannot be restored on this computer.</source>
        <translation>删除这条转介记录？删除后不能在本机恢复。</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>新建转介单</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>转介单 %1</translation>
    </message>
    <message>
        <source>Record the receipt</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <source>Record step: %1</source>
        <translation>记录步骤：%1</translation>
    </message>
    <message>
        <source>The number is given when the referral is saved.</source>
        <translation>保存后自动生成转介单编号。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>leave from %1</source>
        <translation>%1 起休学</translation>
    </message>
    <message>
        <source>back at school on %1</source>
        <translation>%1 复学</translation>
    </message>
    <message>
        <source>The receipt is recorded.</source>
        <translation>回执已登记。</translation>
    </message>
    <message>
        <source>Step recorded: %1</source>
        <translation>已记录步骤：%1</translation>
    </message>
    <message>
        <source>The leave is recorded; the student is now 休学.</source>
        <translation>已登记休学，学生状态改为休学。</translation>
    </message>
    <message>
        <source>The return to school is recorded.</source>
        <translation>已登记复学。</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Receipt not back after %1 days</source>
        <translation>超过%1天未收回执</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>转介编号</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待回执</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理进程</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>Any receipt</source>
        <translation>全部回执情况</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>新建转介单</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>School year:</source>
        <translation>学年：</translation>
    </message>
    <message>
        <source>Key-concern students at each month&apos;s end, by risk level</source>
        <translation>各月末在册重点关注学生（按预警等级）</translation>
    </message>
    <message>
        <source>Crisis events per month</source>
        <translation>各月心理危机事件</translation>
    </message>
    <message>
        <source>The report gives county totals and each school&apos;s figures for the city and the province, with these charts. It is de-identified: no names, no ids, no 学籍号, and any count below 5 reads &quot;&lt;5&quot;.</source>
        <translation>统计报告含全县合计、各校数据及以上图表，供市、省上报。报告已去标识化：不含姓名、身份证号或学籍号，小于 5 的数字一律记为“&lt;5”。</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save report as &amp;XLSX…</source>
        <translation>保存为 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the county statistics report</source>
        <translation>保存全县统计报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成统计报告…</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>统计报告已保存为 %1。</translation>
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
    <name>RiskLevelsBox</name>
    <message>
        <source>Risk levels</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>The warning levels of key-concern cases, referrals and sessions, most severe first. Double-click a level to rename it. A level still used by a record cannot be removed.</source>
        <translation>重点关注个案、转介和辅导记录使用的预警等级，最严重的在前。双击等级可改名；仍被记录使用的等级不能删除。</translation>
    </message>
    <message>
        <source>&amp;Add level</source>
        <translation>添加等级(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save risk levels</source>
        <translation>保存预警等级</translation>
    </message>
    <message>
        <source>The risk levels were saved.</source>
        <translation>预警等级已保存。</translation>
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
    <name>RosterWizard</name>
    <message>
        <source>Import the student roster</source>
        <translation>导入学生花名册</translation>
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
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>SchoolsModel</name>
    <message>
        <source>Code</source>
        <translation>学校代码</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失批次</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>在校学生</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>研判逾期</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>待回执</translation>
    </message>
    <message>
        <source>Crises</source>
        <translation>未结危机</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>Silent for more than 14 days</source>
        <translation>超过 14 天未同步</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>有缺失批次</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>有研判逾期</translation>
    </message>
    <message>
        <source>Open crises</source>
        <translation>有未结危机</translation>
    </message>
</context>
<context>
    <name>SchoolsPage</name>
    <message>
        <source>Search: school name or code</source>
        <translation>搜索：学校名称或代码</translation>
    </message>
    <message>
        <source>Enrollment request…</source>
        <translation>注册申请…</translation>
    </message>
    <message>
        <source>schools enrolled</source>
        <translation>已注册学校</translation>
    </message>
    <message>
        <source>silent &gt; 14 days</source>
        <translation>超过 14 天未同步</translation>
    </message>
    <message>
        <source>students</source>
        <translation>在校学生</translation>
    </message>
    <message>
        <source>key-concern students</source>
        <translation>重点关注学生</translation>
    </message>
    <message>
        <source>reviews overdue</source>
        <translation>研判逾期</translation>
    </message>
    <message>
        <source>referrals waiting &gt; 14 days</source>
        <translation>转介超 14 天未回执</translation>
    </message>
    <message>
        <source>open crises</source>
        <translation>未结危机事件</translation>
    </message>
    <message>
        <source>Silent for more than 14 days</source>
        <translation>超过 14 天未同步</translation>
    </message>
    <message>
        <source>A school&apos;s enrollment request</source>
        <translation>学校的注册申请</translation>
    </message>
    <message>
        <source>Enrollment requests (*.json)</source>
        <translation>注册申请 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Enrollment request</source>
        <translation>注册申请</translation>
    </message>
    <message>
        <source>%1 (school code %2) asks to send its records to the county center.

Key fingerprint: %3
Computer: %4

Compare the fingerprint with the one the school reads out by phone before approving.</source>
        <translation>%1（学校代码 %2）申请向县中心同步记录。

密钥指纹：%3
计算机：%4

批准前，请与学校电话核对密钥指纹。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>%1 is enrolled: its bundles will be accepted from now on.</source>
        <translation>%1 已注册：今后将接收该校的同步包。</translation>
    </message>
    <message>
        <source>%1 was already enrolled with this key; nothing changed.</source>
        <translation>%1 已用该密钥注册，没有变化。</translation>
    </message>
    <message>
        <source>%1 now sends with its new key.</source>
        <translation>%1 已改用新密钥同步。</translation>
    </message>
    <message>
        <source>The request of %1 was rejected; nothing was registered.</source>
        <translation>已拒绝 %1 的申请，未登记任何信息。</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Session</source>
        <translation>辅导信息</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>辅导日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>e.g. counseling room</source>
        <translation>如：心理辅导室</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>No risk identified</source>
        <translation>未发现风险</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>辅导教师</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <source>Confidential notes (counselors only)</source>
        <translation>保密记录（仅心理教师可见）</translation>
    </message>
    <message>
        <source>Presenting problem</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>New addendum</source>
        <translation>新增补充说明</translation>
    </message>
    <message>
        <source>Print session record…</source>
        <translation>打印辅导记录表…</translation>
    </message>
    <message>
        <source>Save the counseling session record</source>
        <translation>保存心理辅导记录表</translation>
    </message>
    <message>
        <source>Writing the session record…</source>
        <translation>正在生成心理辅导记录表…</translation>
    </message>
    <message>
        <source>Add &amp;addendum</source>
        <translation>添加补充说明(&amp;A)</translation>
    </message>
    <message>
        <source>Sign and &amp;lock…</source>
        <translation>签署并锁定(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete this counseling session and its notes? It cannot be restored on this computer.</source>
        <translation>删除这条心理辅导记录及其辅导内容？删除后不能在本机恢复。</translation>
    </message>
    <message>
        <source>New counseling session</source>
        <translation>新建心理辅导记录</translation>
    </message>
    <message>
        <source>Counseling session %1</source>
        <translation>心理辅导记录 %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2; locked.</source>
        <translation>已由 %1 于 %2 签署，记录已锁定。</translation>
    </message>
    <message>
        <source>Not signed yet: it can still be edited.</source>
        <translation>尚未签署，仍可修改。</translation>
    </message>
    <message>
        <source>The number is given when the session is saved.</source>
        <translation>保存后自动生成记录编号。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>No addenda yet.</source>
        <translation>暂无补充说明。</translation>
    </message>
    <message>
        <source>Sign the session</source>
        <translation>签署辅导记录</translation>
    </message>
    <message>
        <source>After signing, the session can no longer be edited; corrections become addenda. Sign it now?</source>
        <translation>签署后记录将不能再修改，更正只能以补充说明的形式添加。现在签署吗？</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Signed. The session is locked; corrections are addenda.</source>
        <translation>已签署。记录已锁定，更正请添加补充说明。</translation>
    </message>
    <message>
        <source>The addendum was added.</source>
        <translation>补充说明已添加。</translation>
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
    <name>SessionsModel</name>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>辅导教师</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Any form</source>
        <translation>全部形式</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>全部预警等级</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建辅导记录</translation>
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
    <name>SlotFindings</name>
    <message>
        <source>A key slot for %1 is not in the signed list of accounts: it was made outside sxcounsel, does not open, and is dropped at the next key rotation.</source>
        <translation>账户 %1 有一个密钥槽不在已签名的账户清单中：它是在本软件之外创建的，无法打开，将在下次更换密钥时删除。</translation>
    </message>
    <message>
        <source>There are several key slots named %1.</source>
        <translation>名为 %1 的密钥槽不止一个。</translation>
    </message>
    <message>
        <source>The key slot of %1 was removed from the account file outside sxcounsel.</source>
        <translation>账户 %1 的密钥槽在本软件之外被从账户文件中删除。</translation>
    </message>
    <message>
        <source>%1 is waiting for a key the role grants; it is given the next time a counselor or the recovery key opens the store.</source>
        <translation>%1 正在等待其角色应得的密钥；下次心理教师或恢复密钥打开档案时会自动授予。</translation>
    </message>
    <message>
        <source>The roles of %1 were changed in the store outside sxcounsel; the roles in the signed list of accounts are used.</source>
        <translation>账户 %1 的角色在本软件之外被改动；现按已签名账户清单中的角色执行。</translation>
    </message>
    <message>
        <source>The audit log was changed outside sxcounsel. Check who had access to this PC and restore the store from a backup.</source>
        <translation>操作日志在本软件之外被改动。请核查有谁接触过这台电脑，并从备份中恢复档案。</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>转介单 %1</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>接收机构</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Leave from</source>
        <translation>休学开始</translation>
    </message>
    <message>
        <source>Back at school</source>
        <translation>复学日期</translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation>心理危机事件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>open</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Details are kept by the counselor.</source>
        <translation>详细内容由心理教师保管。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
    <name>StudentFile</name>
    <message>
        <source>&amp;Edit basics…</source>
        <translation>编辑基本信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Record a confidentiality &amp;break…</source>
        <translation>记录保密例外(&amp;B)…</translation>
    </message>
    <message>
        <source>Counseling notes were told to someone because of risk: record whom and why.</source>
        <translation>因风险向他人告知了辅导内容时，请记录告知对象和原因。</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Records, newest first</source>
        <translation>档案记录（最新在前）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>新建辅导记录(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;home visit</source>
        <translation>新建家访(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Key-concern case</source>
        <translation>重点关注(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>新建转介(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>登记知情同意(&amp;O)</translation>
    </message>
    <message>
        <source>Report a &amp;crisis</source>
        <translation>报告危机事件(&amp;C)</translation>
    </message>
    <message>
        <source>Student file: %1</source>
        <translation>学生档案：%1</translation>
    </message>
    <message>
        <source>Student number %1</source>
        <translation>学籍号 %1</translation>
    </message>
    <message>
        <source>Family situation: %1</source>
        <translation>家庭情况：%1</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Boarding</source>
        <translation>就读方式</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>宿舍</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>未登记。</translation>
    </message>
    <message>
        <source>Open &amp;key-concern case</source>
        <translation>打开重点关注台账(&amp;K)</translation>
    </message>
    <message>
        <source>New &amp;key-concern case</source>
        <translation>新建重点关注(&amp;K)</translation>
    </message>
</context>
<context>
    <name>StudentForm</name>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>宿舍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>在校状态</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Delete this student&apos;s record? It cannot be restored on this computer.</source>
        <translation>删除这名学生的档案？删除后不能在本机恢复。</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>新建学生档案</translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation>学生档案：%1</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>Name, pinyin (zxm), 学籍号 or class</source>
        <translation>姓名、拼音（如 zxm）、学籍号或班级</translation>
    </message>
</context>
<context>
    <name>StudentsBox</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>StudentsModel</name>
    <message>
        <source>Student no.</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>全部预警等级</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any family situation</source>
        <translation>全部家庭情况</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>新建学生档案</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the county center</source>
        <translation>与县中心同步</translation>
    </message>
    <message>
        <source>Records go to the county guidance center signed and encrypted, readable by the county alone. Counseling notes stay at the school unless the county&apos;s signed policy asks for them. A change counts as delivered only when the county confirms it.</source>
        <translation>记录经签名、加密后报送县级心理健康教育指导中心，只有县中心能够读取。除非县中心签发的数据政策要求，心理辅导记录的保密内容始终留在学校。只有县中心确认收到后，记录才算报送成功。</translation>
    </message>
    <message>
        <source>County center</source>
        <translation>县中心</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Bundles not yet confirmed</source>
        <translation>尚未确认的数据包</translation>
    </message>
    <message>
        <source>Last bundle written</source>
        <translation>上次生成数据包</translation>
    </message>
    <message>
        <source>Last confirmation from the county</source>
        <translation>县中心上次确认</translation>
    </message>
    <message>
        <source>Reported by the county</source>
        <translation>县中心反馈</translation>
    </message>
    <message>
        <source>County policy: counseling notes are sent to the county with every sync.</source>
        <translation>县中心政策：每次同步都会把心理辅导记录发送给县中心。</translation>
    </message>
    <message>
        <source>&amp;Enroll with the county…</source>
        <translation>向县中心注册(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xport to USB…</source>
        <translation>导出到 U 盘(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import acknowledgement…</source>
        <translation>导入回执(&amp;I)…</translation>
    </message>
    <message>
        <source>County &amp;address…</source>
        <translation>县中心地址(&amp;A)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not enrolled yet: ask the county center for its enrollment file.</source>
        <translation>尚未注册：请向县中心索取注册文件。</translation>
    </message>
    <message>
        <source>Nothing: the county has confirmed every change.</source>
        <translation>没有：县中心已确认全部记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n changed record(s)</source>
        <translation>
            <numerusform>%n 条有变动的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (up to bundle %2)</source>
        <translation>%1（已确认至第 %2 个数据包）</translation>
    </message>
    <message>
        <source>missing bundles %1</source>
        <translation>缺少第 %1 个数据包</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) set aside</source>
        <translation>
            <numerusform>%n 条记录被暂存待查</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>New &amp;enrollment file…</source>
        <translation>新的注册文件(&amp;E)…</translation>
    </message>
    <message>
        <source>The enrollment file from the county center</source>
        <translation>县中心发来的注册文件</translation>
    </message>
    <message>
        <source>Save the school&apos;s request for the county</source>
        <translation>保存学校的注册申请（交给县中心）</translation>
    </message>
    <message>
        <source>Checking the county&apos;s signature…</source>
        <translation>正在核验县中心的签名……</translation>
    </message>
    <message>
        <source>Enrolled with %1. Give the file %2 to the county center; once they approve it, records can be sent.</source>
        <translation>已向%1注册。请把文件 %2 交给县中心；县中心批准后即可报送记录。</translation>
    </message>
    <message>
        <source>The enrollment file %1 carries other keys for county %2 than the ones this school holds.

Fingerprint held now: %3
Fingerprint in the file: %4

Replace them only when the county center has told you it made new keys, and compare the new fingerprint with it by phone.</source>
        <translation>注册文件 %1 中县中心 %2 的密钥与本校现有的不同。

现有指纹：%3
文件中的指纹：%4

只有在县中心告知已更换密钥时才替换，并请电话与县中心核对新指纹。</translation>
    </message>
    <message>
        <source>Replace the county&apos;s keys</source>
        <translation>替换县中心密钥</translation>
    </message>
    <message>
        <source>The county center&apos;s policy in %1 asks for counseling notes: from now on the notes of counseling sessions and their addenda are sent to the county with every sync. Allow it only if the school has agreed to it.</source>
        <translation>%1 中的县中心政策要求提供心理辅导记录：今后每次同步都会把辅导记录及其补充说明发送给县中心。只有在学校已同意的情况下才允许。</translation>
    </message>
    <message>
        <source>Send counseling notes</source>
        <translation>发送辅导记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>Address of the county center</source>
        <translation>县中心地址</translation>
    </message>
    <message>
        <source>Where this school sends its records, e.g. https://192.168.1.20:8443.
Change it only when the county center gives a new address; leave it empty to go back to the address in the enrollment file.</source>
        <translation>本校记录发送到的地址，例如 https://192.168.1.20:8443。
仅在县中心告知新地址时更改；留空则恢复为注册文件中的地址。</translation>
    </message>
    <message>
        <source>From now on records go to %1.</source>
        <translation>今后记录将发送到 %1。</translation>
    </message>
    <message>
        <source>Sending the changes to the county center…</source>
        <translation>正在向县中心发送记录……</translation>
    </message>
    <message>
        <source>Nothing to send: the county has confirmed every change.</source>
        <translation>没有需要发送的记录：县中心已确认全部记录。</translation>
    </message>
    <message numerus="yes">
        <source>Sent; the county confirms everything up to bundle %n.</source>
        <translation>
            <numerusform>已发送；县中心确认已收到第 %n 个及以前的全部数据包。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder on the USB stick for the county</source>
        <translation>U 盘上用于报送县中心的文件夹</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在生成数据包……</translation>
    </message>
    <message>
        <source>%1 bundle file(s) are in %2. Take them to the county center and bring back its acknowledgement.</source>
        <translation>%1 个数据包文件已存入 %2。请交给县中心，并带回县中心的回执。</translation>
    </message>
    <message>
        <source>The acknowledgement from the county center</source>
        <translation>县中心的回执文件</translation>
    </message>
    <message numerus="yes">
        <source>The county already holds this school&apos;s bundles up to %n (this store was restored from an older backup). The next export continues after them and sends again every change the county has not confirmed.</source>
        <translation>
            <numerusform>县中心已存有本校第 %n 个及以前的数据包（本机数据是从较早的备份恢复的）。下次导出将从其后续编号开始，并重新发送县中心尚未确认的全部更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The county confirms everything up to bundle %n.</source>
        <translation>
            <numerusform>县中心确认已收到第 %n 个及以前的全部数据包。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%n minute(s) ago</source>
        <translation>%n 分钟前</translation>
    </message>
    <message>
        <source>%n hour(s) ago</source>
        <translation>%n 小时前</translation>
    </message>
    <message>
        <source>%n day(s) ago</source>
        <translation>%n 天前</translation>
    </message>
    <message>
        <source>Not enrolled with the county</source>
        <translation>尚未在县中心注册</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source> · nothing to send</source>
        <translation> · 没有待发送的记录</translation>
    </message>
    <message>
        <source> · %n record(s) to send</source>
        <translation> · 待发送 %n 条</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签署</translation>
    </message>
    <message>
        <source>Counseling session %1</source>
        <translation>心理辅导 %1</translation>
    </message>
    <message>
        <source>Home visit (%1)</source>
        <translation>家访（%1）</translation>
    </message>
    <message>
        <source>Key-concern case opened (%1)</source>
        <translation>列入重点关注（%1）</translation>
    </message>
    <message>
        <source>Confidentiality break</source>
        <translation>保密例外</translation>
    </message>
    <message>
        <source>about counseling session %1</source>
        <translation>关于心理辅导 %1</translation>
    </message>
    <message>
        <source>contact %1 · next review %2</source>
        <translation>联系人 %1 · 下次研判 %2</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>跟踪研判（%1）</translation>
    </message>
    <message>
        <source>Key-concern case closed</source>
        <translation>重点关注结案</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>转介 %1</translation>
    </message>
    <message>
        <source>Crisis event (%1)</source>
        <translation>心理危机事件（%1）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Crisis event</source>
        <translation>心理危机事件</translation>
    </message>
    <message>
        <source>Guardian consent: %1</source>
        <translation>知情同意：%1</translation>
    </message>
    <message>
        <source> · withdrawn on %1</source>
        <translation> · %1 已撤回</translation>
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
    <message>
        <source>Enter the passphrase the backup was made with.</source>
        <translation>请输入制作该备份时使用的口令。</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation>备份已恢复。请用制作备份时的口令解锁。</translation>
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
