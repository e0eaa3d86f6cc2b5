; Inno Setup 6 script for the Windows one-folder build (packaging/build.py on Windows).
;
;   iscc packaging\windows\sxcounsel.iss      ->  build\sxcounsel-setup-<version>.exe
;
; Installs for the current user without administrator rights by default (a county IT person
; may choose "all users" in the first dialog). The uninstaller removes the program only: the
; records stay in the user's data folder (%LOCALAPPDATA%\sxcounsel), and it says so.

#define AppName "sxcounsel"
#define AppNameZh "心理辅导室档案"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B0E8C39-6F0B-4C39-9D77-2B6A3C1D8E41}
AppName={#AppNameZh} ({#AppName})
AppVersion={#AppVersion}
AppPublisher=sxcounsel developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\build
OutputBaseFilename=sxcounsel-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\sxcounsel.exe
; An upgrade installs over the old version in place: same AppId, same folder.
UsePreviousAppDir=yes
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\build\dist\sxcounsel\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppNameZh}"; Filename: "{app}\sxcounsel.exe"
Name: "{group}\{cm:UninstallProgram,{#AppNameZh}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\sxcounsel.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\sxcounsel.exe"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote into its own folder; never the data folder.
Type: filesandordirs; Name: "{app}\__pycache__"

[CustomMessages]
chinesesimplified.DataKept=程序已卸载。学生记录仍保存在 %1 中（已加密），重新安装后即可继续使用；如确需删除，请先做好备份再手动删除该文件夹。
english.DataKept=The program was removed. The records stay, encrypted, in %1; a new installation opens them again. Delete that folder by hand only after making a backup.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\sxcounsel')]),
      mbInformation, MB_OK);
end;
