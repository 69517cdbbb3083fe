#!/bin/sh
# Build "COS Desktop.app" and a disk image on macOS 11 or newer, from the repository.
# Needs: Python 3.11+ from python.org, VLC in /Applications (it is copied into the app).
#   sh packaging/macos/make-dmg.sh
# The app is signed ad hoc only: without an Apple Developer ID, macOS asks the user to open it
# with right-click > Open the first time. With one, set COS_SIGN_IDENTITY to sign, then notarize.
set -eu
cd "$(dirname "$0")/../.."

[ -x .venv-macos/bin/python ] || python3 -m venv .venv-macos
.venv-macos/bin/python -m pip install --upgrade pip
.venv-macos/bin/python -m pip install -e '.[bundle]'

# Set COS_VLC_DIR to bundle a VLC from another folder; set COS_BUNDLE_VLC=0 to use the installed VLC instead.
.venv-macos/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/cos-desktop.spec

version=$(.venv-macos/bin/python -c "import cos_desktop; print(cos_desktop.__version__)")
app="dist/COS Desktop.app"
codesign --force --deep --options runtime --sign "${COS_SIGN_IDENTITY:--}" "$app"

staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag the app onto it to install
hdiutil create -volname "COS Desktop" -srcfolder "$staging" -ov -format UDZO "dist/cos-desktop-$version.dmg"
rm -rf "$staging"
echo "Disk image: dist/cos-desktop-$version.dmg"
