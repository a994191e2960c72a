; Inno Setup script for CaseDesk on Windows. UNTESTED: written on Linux, where it cannot be built.
; A maintainer on Windows (Python 3.11+, Inno Setup 6), from the checkout:
;   py -3.11 -m venv build\venv
;   build\venv\Scripts\pip install . "pyinstaller>=6.10,<7"
;   build\venv\Scripts\python packaging\collect_licenses.py build\licenses
;   build\venv\Scripts\python packaging\render_icons.py resources\icons\casedesk.svg build\icons
;   build\venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\casedesk.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DVersion=0.1.0 packaging\windows\casedesk.iss
; which writes dist\casedesk-0.1.0-windows-x64-setup.exe. Then run it, start CaseDesk from the Start
; menu, and run the checks of packaging/smoke-test by hand (casedesk.exe --smoke-test, import, ...).
; Note: the spec builds a windowed casedesk.exe on Windows (no console), so the command-line commands
; print nothing there; a console twin (casedesk-cli.exe) is still to be added to the spec.

#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6C7A1E32-3D1B-4C53-9F0E-CA5EDE5C0DE5}
AppName=CaseDesk
AppVersion={#Version}
AppPublisher=CaseDesk maintainers
DefaultDirName={autopf}\CaseDesk
DefaultGroupName=CaseDesk
DisableProgramGroupPage=yes
; Per-user install by default (no administrator rights needed); the caseload lives in
; %LOCALAPPDATA%\CaseDesk and is never removed by the uninstaller.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=casedesk-{#Version}-windows-x64-setup
SetupIconFile=..\..\build\icons\casedesk.ico
UninstallDisplayIcon={app}\casedesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\build\licenses\Qt-PySide6-NOTICE.txt

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\casedesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CaseDesk"; Filename: "{app}\casedesk.exe"
Name: "{group}\CaseDesk licences"; Filename: "{app}\_internal\licenses"
Name: "{autodesktop}\CaseDesk"; Filename: "{app}\casedesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\casedesk.exe"; Description: "{cm:LaunchProgram,CaseDesk}"; Flags: nowait postinstall skipifsilent
