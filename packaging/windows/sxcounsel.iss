; Inno Setup script for the Windows one-folder build. Build both with:
;
;   python packaging\build.py --installer     ->  build\sxcounsel-setup-<version>.exe
;
; (or, after build.py: iscc /DAppVersion=<version> packaging\windows\sxcounsel.iss). build.py
; makes the icon (build\winres\sxcounsel.ico), passes the version and, when a certificate is
; provided, the sign tool (packaging/signing.py): Setup, the uninstaller and both programs are
; then signed.
;
; Saved as UTF-8 with a BOM: Inno Setup 6.3 and newer read UTF-8 without one too.
;
; Installs for the current user without administrator rights by default (a county IT person
; may choose "all users" in the first dialog, or /ALLUSERS). Installation writes no data path:
; each Windows user's records live in that user's own data folder, which the app creates at
; its first start (%LOCALAPPDATA%\sxcounsel unless another folder is chosen there). The
; uninstaller removes the program only: the records stay, and it says so (without a message
; box when silent).

#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or newer is required (UTF-8 script); use Inno Setup 7.0.2 or newer.
#endif
; compiler:Languages\ChineseSimplified.isl is an official translation, installed with Inno
; Setup, from Inno Setup 7.0.2 on (whatsnew, 7.0.2: "Added official Lithuanian, Simplified
; Chinese and Traditional Chinese translations"); up to 6.7 it was in Languages\Unofficial of
; the source tree only and the compile failed here.
#if !FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #error This Inno Setup has no Languages\ChineseSimplified.isl (official from Inno Setup 7.0.2 on): install Inno Setup 7.0.2 or newer.
#endif

#define AppName "sxcounsel"
#define AppNameZh "心理辅导室档案"
#define Dist AddBackslash(SourcePath) + "..\..\build\dist\sxcounsel"
#define SetupIcon AddBackslash(SourcePath) + "..\..\build\winres\sxcounsel.ico"
#define FirewallRule "sxcounsel county server"

#if !FileExists(Dist + "\sxcounsel.exe") || !FileExists(Dist + "\sxcounsel-cli.exe")
  #error build\dist\sxcounsel has no sxcounsel.exe and sxcounsel-cli.exe: run python packaging\build.py first.
#endif
#if !FileExists(SetupIcon)
  #error build\winres\sxcounsel.ico is missing: run python packaging\build.py first.
#endif
; The version: from build.py (/DAppVersion=...), else from the built program's version resource.
#ifndef AppVersion
  #define AppVersion GetFileProductVersionString(Dist + "\sxcounsel.exe")
#endif
#if Str(AppVersion) == ""
  #error No version: pass /DAppVersion=<version> or build with packaging\build.py.
#endif
#ifndef AppVersionNumbers
  #define AppVersionNumbers GetVersionNumbersString(Dist + "\sxcounsel.exe")
#endif

[Setup]
AppId={{5B0E8C39-6F0B-4C39-9D77-2B6A3C1D8E41}
AppName={#AppNameZh} ({#AppName})
AppVersion={#AppVersion}
AppPublisher=sxcounsel developers
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductName={#AppNameZh} ({#AppName})
VersionInfoDescription={#AppNameZh} {#AppVersion} Setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809 (build 17763): the oldest Windows 10 that Qt 6 supports.
MinVersion=10.0.17763
OutputDir=..\..\build
OutputBaseFilename=sxcounsel-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupIconFile={#SetupIcon}
UninstallDisplayIcon={app}\sxcounsel.exe
; An upgrade installs over the old version in place: same AppId, same folder, same tasks.
UsePreviousAppDir=yes
CloseApplications=yes
; The "add to PATH" task changes the environment: Explorer re-reads it without a new logon.
ChangesEnvironment=yes
#ifdef Sign
; Defined by build.py when a certificate is provided: /Ssxsign=... calls build.py --sign $f.
SignTool=sxsign
SignedUninstaller=yes
#endif

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DataKept=程序已卸载，记录没有删除：每位使用者的学生记录仍加密保存在其本人的数据文件夹中（默认为 %1，或首次使用时选择的其他文件夹），重新安装后即可继续使用。如确需删除，请先做好备份，再手动删除该文件夹。
english.DataKept=The program was removed; the records were not: each user's records stay, encrypted, in that user's own data folder (%1 unless another folder was chosen at first start), and a new installation opens them again. Delete that folder by hand only after making a backup.
chinesesimplified.OtherTasks=其他：
english.OtherTasks=Other:
chinesesimplified.CountyServer=县中心服务器：允许其他电脑连接本机的同步服务（sxcounsel-cli county serve），添加 Windows 防火墙规则
english.CountyServer=County centre server: let schools' computers reach this PC's sync service (sxcounsel-cli county serve); adds a Windows Firewall rule
chinesesimplified.AddToPath=把命令行程序 sxcounsel-cli.exe 加入 PATH（可在命令提示符中直接输入 sxcounsel-cli）
english.AddToPath=Add the command-line program sxcounsel-cli.exe to PATH (type sxcounsel-cli in a command prompt)
chinesesimplified.SelfTestName=自检
english.SelfTestName=Self-test (自检)
chinesesimplified.SelfTestComment=检查本机上的安装能否正常使用（加密数据库、PDF、同步、界面），结果显示在命令行窗口中
english.SelfTestComment=Check that this installation works (encrypted store, PDF, sync, user interface); the result stays in the console window

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:OtherTasks}"; Flags: unchecked
; Adding a firewall rule needs administrator rights: offered for an all-users installation.
Name: "countyserver"; Description: "{cm:CountyServer}"; GroupDescription: "{cm:OtherTasks}"; Flags: unchecked; Check: IsAdminInstallMode

[InstallDelete]
; An upgrade starts from an empty _internal: no module or library of the old version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppNameZh}"; Filename: "{app}\sxcounsel.exe"
; cmd /k keeps the console open after the self-test. The whole command is quoted once more
; ("" ... "") so that cmd keeps the program's quotes whatever the folder's name holds.
Name: "{group}\{cm:SelfTestName}"; Filename: "{cmd}"; Parameters: "/k """"{app}\sxcounsel-cli.exe"" --self-test"""; WorkingDir: "{app}"; IconFilename: "{app}\sxcounsel-cli.exe"; Comment: "{cm:SelfTestComment}"
Name: "{group}\{cm:UninstallProgram,{#AppNameZh}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\sxcounsel.exe"; Tasks: desktopicon

[Run]
; The county server's firewall rule: inbound TCP to sxcounsel-cli.exe only (any port, so that
; `county serve --port` may change it), on every network profile (a county LAN is often
; "public" to Windows). Deleted first, so that an upgrade never leaves two rules.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#FirewallRule}"" program=""{app}\sxcounsel-cli.exe"""; Flags: runhidden; Tasks: countyserver
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""{#FirewallRule}"" dir=in action=allow program=""{app}\sxcounsel-cli.exe"" protocol=TCP profile=any enable=yes"; Flags: runhidden; Tasks: countyserver
; An upgrade that unticks the task removes the rule.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#FirewallRule}"" program=""{app}\sxcounsel-cli.exe"""; Flags: runhidden; Tasks: not countyserver; Check: IsAdminInstallMode
; Started as the user who ran Setup (postinstall runs unelevated), so the app's data folder is
; that user's, not an administrator's.
Filename: "{app}\sxcounsel.exe"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#FirewallRule}"" program=""{app}\sxcounsel-cli.exe"""; Flags: runhidden; RunOnceId: "DeleteFirewallRule"; Tasks: countyserver

[UninstallDelete]
; Only what the program itself wrote into its own folder; never a data folder.
Type: filesandordirs; Name: "{app}\__pycache__"

[Code]
const
  UserEnvironment = 'Environment';
  SystemEnvironment = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  { Shown as it is, not expanded: each user's own folder, not the one of whoever uninstalls. }
  DataFolderHint = '%LOCALAPPDATA%\sxcounsel';

{ PATH of this installation's scope: the user's (current user) or the system's (all users). }
function EnvironmentKey: String;
begin
  if IsAdminInstallMode then
    Result := SystemEnvironment
  else
    Result := UserEnvironment;
end;

{ Where Dir starts as an entry of ';' + Paths + ';' (0: not there), ignoring ASCII case. }
function PathEntryAt(const Paths, Dir: String): Integer;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';');
end;

procedure AddToPath(const Dir: String);
var
  Paths: String;
begin
  if not RegQueryStringValue(HKA, EnvironmentKey, 'Path', Paths) then
    Paths := '';
  if PathEntryAt(Paths, Dir) > 0 then
    Exit;
  if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then
    Paths := Paths + ';';
  if RegWriteExpandStringValue(HKA, EnvironmentKey, 'Path', Paths + Dir) then
    Log('Added to PATH: ' + Dir)
  else
    Log('Could not add to PATH: ' + Dir);
end;

procedure RemoveFromPath(const Dir: String);
var
  Paths: String;
  At: Integer;
begin
  if not RegQueryStringValue(HKA, EnvironmentKey, 'Path', Paths) then
    Exit;
  At := PathEntryAt(Paths, Dir);
  if At = 0 then
    Exit;
  Paths := ';' + Paths + ';';
  Delete(Paths, At, Length(Dir) + 1);
  Paths := Copy(Paths, 2, Length(Paths) - 2);
  if RegWriteExpandStringValue(HKA, EnvironmentKey, 'Path', Paths) then
    Log('Removed from PATH: ' + Dir);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    if WizardIsTaskSelected('addtopath') then
      AddToPath(ExpandConstant('{app}'))
    else
      RemoveFromPath(ExpandConstant('{app}'));
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Said: String;
begin
  if CurUninstallStep = usUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
  if CurUninstallStep = usPostUninstall then
  begin
    Said := FmtMessage(CustomMessage('DataKept'), [DataFolderHint]);
    Log(Said);
    { A silent uninstall (/SILENT, /VERYSILENT: scripts, county IT) never waits for a click. }
    if not UninstallSilent then
      MsgBox(Said, mbInformation, MB_OK);
  end;
end;
