"""The Inno Setup script, read as Inno Setup reads it (no compiler runs on Linux; the Windows CI
workflow compiles it, installs, upgrades and uninstalls): its promises to a school PC."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "sxcounsel.iss"
RAW = ISS.read_bytes()
TEXT = RAW.decode("utf-8-sig")
# Inno Setup's own messages that {cm:...} may use without a [CustomMessages] entry.
BUILT_IN = {"CreateDesktopIcon", "AdditionalIcons", "UninstallProgram", "LaunchProgram"}


def section(name: str) -> list[str]:
    """The lines of a [Section], without comments and blank lines."""
    body = TEXT.split(f"\n[{name}]\n")[1]
    body = re.split(r"^\[\w+\]$", body, maxsplit=1, flags=re.M)[0]
    return [line for line in body.splitlines() if line.strip() and not line.startswith(";")]


def setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in section("Setup") if "=" in line)


def entries(name: str) -> list[dict[str, str]]:
    """The entries of a parameter section ("Name: "x"; Flags: y") as dicts."""
    found = []
    for line in section(name):
        if line.startswith("#"):
            continue
        params = re.findall(r'(\w+): ("(?:[^"]|"")*"|[^;]+)', line)
        found.append({k: v.strip() for k, v in params})
    return found


def unquoted(value: str) -> str:
    """An Inno Setup parameter value as Setup uses it: outer quotes off, "" -> "."""
    return value[1:-1].replace('""', '"') if value.startswith('"') else value


def cmd_command_line(after_k: str) -> str:
    """What ``cmd /k`` runs (cmd /? : with more than two quotes the first and last go)."""
    if after_k.count('"') > 2 and after_k.startswith('"') and after_k.endswith('"'):
        return after_k[1:-1]
    return after_k


def test_utf8_with_a_bom_and_inno_setup_6_3_or_newer():
    assert RAW.startswith(b"\xef\xbb\xbf")
    assert re.search(r"^#if VER < EncodeVer\(6,3,0\)\n\s*#error .+\n#endif$", TEXT, re.M)


def test_the_chinese_translation_is_the_official_one_and_its_absence_a_clear_error():
    languages = entries("Languages")
    assert [unquoted(e["MessagesFile"]) for e in languages] == [
        r"compiler:Languages\ChineseSimplified.isl",
        "compiler:Default.isl",
    ]
    guard = re.search(
        r'^#if !FileExists\(AddBackslash\(CompilerPath\) \+ "Languages\\ChineseSimplified\.isl"\)'
        r"\n\s*#error (.+)\n#endif$",
        TEXT,
        re.M,
    )
    assert guard and "7.0.2" in guard[1]


def test_preprocessor_blocks_are_balanced():
    opened = len(re.findall(r"^\s*#if(?:n?def)?\b", TEXT, re.M))
    assert opened == len(re.findall(r"^\s*#endif\b", TEXT, re.M))
    code = TEXT.split("\n[Code]\n")[1]
    assert len(re.findall(r"\bbegin\b", code)) == len(re.findall(r"\bend;", code))


def test_windows_10_1809_or_newer_64_bit_per_user_by_default():
    s = setup()
    assert s["MinVersion"] == "10.0.17763"
    assert s["ArchitecturesAllowed"] == s["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert s["PrivilegesRequired"] == "lowest"
    assert s["PrivilegesRequiredOverridesAllowed"] == "dialog"  # implies /ALLUSERS, /CURRENTUSER
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-([0-9A-F]{4}-){3}[0-9A-F]{12}\}", s["AppId"])


def test_a_real_icon_and_version_on_setup_and_in_add_remove_programs():
    s = setup()
    assert s["SetupIconFile"] == "{#SetupIcon}"
    assert r'"..\..\build\winres\sxcounsel.ico"' in TEXT  # made by build.py, not committed
    assert s["UninstallDisplayIcon"] == r"{app}\sxcounsel.exe"  # which carries the icon
    assert s["VersionInfoVersion"] == "{#AppVersionNumbers}"
    assert "GetFileProductVersionString(" in TEXT  # without /DAppVersion: the exe's own


def test_signing_only_when_build_py_defines_the_sign_tool():
    block = re.search(r"^#ifdef Sign\n(.*?)^#endif$", TEXT, re.M | re.S)
    assert block
    lines = [ln for ln in block[1].splitlines() if not ln.startswith(";")]
    assert lines == ["SignTool=sxsign", "SignedUninstaller=yes"]


def test_an_upgrade_starts_from_an_empty_internal_folder():
    assert {"Type": "filesandordirs", "Name": r'"{app}\_internal"'} in entries("InstallDelete")


def test_installation_writes_no_data_path():
    """An all-users installation runs as an administrator: {localappdata} and the other user
    constants would be the administrator's folders, not the teachers'."""
    used = "\n".join(line for line in TEXT.splitlines() if not line.lstrip().startswith(";"))
    for constant in ("{localappdata}", "{userappdata}", "{userdocs}", "{%LOCALAPPDATA"):
        assert constant not in used.lower()
    uninstall = section("UninstallDelete")
    assert uninstall == [r'Type: filesandordirs; Name: "{app}\__pycache__"']


def test_the_uninstaller_says_where_the_records_stay_and_never_waits_when_silent():
    code = TEXT.split("\n[Code]\n")[1]
    assert "DataFolderHint = '%LOCALAPPDATA%\\sxcounsel';" in code  # literal: each user's
    messages = dict(line.split("=", 1) for line in section("CustomMessages"))
    for language in ("chinesesimplified", "english"):
        assert "%1" in messages[f"{language}.DataKept"]
    assert re.search(r"Log\(Said\);\s*\{[^}]*\}\s*if not UninstallSilent then\s*MsgBox\(", code)
    assert code.count("MsgBox(") == 1


def test_every_custom_message_is_in_both_languages():
    messages = dict(line.split("=", 1) for line in section("CustomMessages"))
    used = set(re.findall(r"\{cm:(\w+)", TEXT)) | set(re.findall(r"CustomMessage\('(\w+)'\)", TEXT))
    for name in used - BUILT_IN:
        assert messages.get(f"chinesesimplified.{name}"), name
        assert messages.get(f"english.{name}"), name


def test_tasks_path_unticked_and_the_firewall_for_administrators_only():
    tasks = {unquoted(t["Name"]): t for t in entries("Tasks")}
    assert list(tasks) == ["desktopicon", "addtopath", "countyserver"]
    assert tasks["addtopath"]["Flags"] == "unchecked"
    assert tasks["countyserver"]["Flags"] == "unchecked"
    assert tasks["countyserver"]["Check"] == "IsAdminInstallMode"
    code = TEXT.split("\n[Code]\n")[1]
    assert "if WizardIsTaskSelected('addtopath') then" in code
    assert "RemoveFromPath(ExpandConstant('{app}'))" in code  # on uninstall and when unticked


def test_the_firewall_rule_is_for_the_command_line_program_and_goes_with_it():
    assert '#define FirewallRule "sxcounsel county server"' in TEXT
    name, program = 'name=""{#FirewallRule}""', r'program=""{app}\sxcounsel-cli.exe""'
    run = entries("Run")
    netsh = [e for e in run if unquoted(e["Filename"]) == r"{sys}\netsh.exe"]
    assert [unquoted(e["Parameters"]).split(" rule ")[0] for e in netsh] == [
        "advfirewall firewall delete",
        "advfirewall firewall add",
        "advfirewall firewall delete",
    ]
    assert [e["Tasks"] for e in netsh] == ["countyserver", "countyserver", "not countyserver"]
    assert all(name in e["Parameters"] and program in e["Parameters"] for e in netsh)
    assert "dir=in action=allow" in netsh[1]["Parameters"]
    assert "protocol=TCP" in netsh[1]["Parameters"]
    (removal,) = entries("UninstallRun")
    assert name in removal["Parameters"] and program in removal["Parameters"]
    assert " delete rule " in unquoted(removal["Parameters"])
    assert (removal["Tasks"], unquoted(removal["RunOnceId"])) == (
        "countyserver",
        "DeleteFirewallRule",
    )
    launch = run[-1]
    assert "postinstall" in launch["Flags"]  # runs as the user who started Setup, unelevated
    assert "runascurrentuser" not in launch["Flags"]


def test_the_self_test_shortcut_runs_the_console_program_in_a_window_that_stays():
    icons = {unquoted(e["Name"]): e for e in entries("Icons")}
    self_test = icons[r"{group}\{cm:SelfTestName}"]
    assert unquoted(self_test["Filename"]) == "{cmd}"
    parameters = unquoted(self_test["Parameters"])
    assert parameters.startswith("/k ")
    app = r"C:\测试 用户\心理 (辅导) & Co"  # a space, Chinese, and cmd's special characters
    runs = cmd_command_line(parameters[3:].replace("{app}", app))
    assert runs == f'"{app}\\sxcounsel-cli.exe" --self-test'
    messages = dict(line.split("=", 1) for line in section("CustomMessages"))
    assert messages["chinesesimplified.SelfTestName"] == "自检"
    assert unquoted(icons[r"{group}\{#AppNameZh}"]["Filename"]) == r"{app}\sxcounsel.exe"


def test_the_whole_build_is_installed():
    (files,) = entries("Files")
    assert unquoted(files["Source"]) == r"{#Dist}\*"
    assert r'#define Dist AddBackslash(SourcePath) + "..\..\build\dist\sxcounsel"' in TEXT
    assert files["Flags"] == "ignoreversion recursesubdirs createallsubdirs"
