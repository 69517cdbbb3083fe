; Inno Setup script for the Windows installer of COS Desktop (Inno Setup 6.3 or newer).
; Build the one-folder app first (packaging\windows\build.ps1 does both steps), then:
;   ISCC.exe packaging\windows\cos-desktop.iss
; The installer goes to dist\cos-desktop-<version>-setup.exe.
; It installs for the current user without administrator rights (or for everyone, if chosen),
; adds a Start menu shortcut (and a desktop one if ticked), and an entry in "Apps" to uninstall.
; The user's database and log are in their own data folder and are left alone on uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5E8D7427-AB64-4E66-973E-50F18140B22A}
AppName=COS Desktop
AppVersion={#AppVersion}
AppPublisher=The COS Desktop authors
AppComments=Plan, run and record Circle of Security Parenting sessions
DefaultDirName={autopf}\COS Desktop
DefaultGroupName=COS Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=cos-desktop-{#AppVersion}-setup
SetupIconFile=resources\icons\cos-desktop.ico
UninstallDisplayIcon={app}\cos-desktop.exe
UninstallDisplayName=COS Desktop
LicenseFile=LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; cos-desktop.exe opens the app without a console window; cos-desktop-cli.exe is the command line.
Source: "dist\cos-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\COS Desktop"; Filename: "{app}\cos-desktop.exe"; Comment: "Plan, run and record Circle of Security Parenting sessions"
Name: "{autodesktop}\COS Desktop"; Filename: "{app}\cos-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\cos-desktop.exe"; Description: "{cm:LaunchProgram,COS Desktop}"; Flags: nowait postinstall skipifsilent
