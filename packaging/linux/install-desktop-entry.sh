#!/bin/sh
# Add the one-folder app to this user's application menu (Linux): its menu entry, icon and
# software-centre data, pointing at the bundle this script sits in (or at ./dist/cos-desktop).
#   sh install-desktop-entry.sh            add the menu entry
#   sh install-desktop-entry.sh --remove   take it away again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=org.cosdesktop.CosDesktop
share=${XDG_DATA_HOME:-$HOME/.local/share}
bundle=${COS_BUNDLE_DIR:-$(cd "$here/../.." && pwd)/dist/cos-desktop}
[ -x "$here/cos-desktop" ] && bundle=$here

if [ "${1:-}" = "--remove" ]; then
  rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
  for size in 16 24 32 48 64 128 256 512; do rm -f "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
  rm -f "$share/icons/hicolor/scalable/apps/$app_id.svg"
  exit 0
fi
[ -x "$bundle/cos-desktop" ] || { echo "No app at $bundle: build it with tools/dev bundle" >&2; exit 1; }
icons=$bundle/_internal/cos_desktop/resources/icons
mkdir -p "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
sed "s|^Exec=cos-desktop|Exec=\"$bundle/cos-desktop\"|" "$here/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$icons/cos-desktop-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
cp "$icons/cos-desktop.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
echo "COS Desktop is in your application menu."
