# Build the Windows app and its installer (64-bit Windows 10 or 11, in PowerShell, from the repository).
# Needs: Python 3.11+ from python.org, 64-bit VLC installed (it is copied into the app), Inno Setup 6.3+.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv-windows)) { py -3 -m venv .venv-windows }
.venv-windows\Scripts\python -m pip install --upgrade pip
.venv-windows\Scripts\python -m pip install -e ".[bundle]"

# Set COS_VLC_DIR to bundle a VLC from another folder; set COS_BUNDLE_VLC=0 to use the installed VLC instead.
.venv-windows\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\cos-desktop.spec

$version = .venv-windows\Scripts\python -c "import cos_desktop; print(cos_desktop.__version__)"
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" packaging\windows\cos-desktop.iss
Write-Host "Installer: dist\cos-desktop-$version-setup.exe"
