#!/bin/sh
# Installs the unpacked application folder for all users (default, as root) or for one user.
#   sudo ./install.sh            -> /opt/operator-desk, /usr/local/bin, /usr/local/share
#   ./install.sh --user          -> ~/.local/lib/operator-desk, ~/.local/bin, ~/.local/share
#   sudo ./install.sh --uninstall   (or --user --uninstall)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=com.operatordesk.OperatorDesk
if [ "${1:-}" = "--user" ]; then
    shift
    lib="$HOME/.local/lib/operator-desk"; bin="$HOME/.local/bin"; share="$HOME/.local/share"
else
    lib=/opt/operator-desk; bin=/usr/local/bin; share=/usr/local/share
fi
remove() {
    rm -rf "$lib" "$bin/operator-desk" "$share/applications/$app_id.desktop" \
        "$share/metainfo/$app_id.metainfo.xml" \
        "$share/icons/hicolor/scalable/apps/$app_id.svg"
}
if [ "${1:-}" = "--uninstall" ]; then remove; echo "Operator Desk removed."; exit 0; fi
remove
mkdir -p "$lib" "$bin" "$share/applications" "$share/metainfo" \
    "$share/icons/hicolor/scalable/apps"
cp -a "$here/operator-desk" "$here/_internal" "$lib/"
ln -sf "$lib/operator-desk" "$bin/operator-desk"
cp "$here/share/applications/$app_id.desktop" "$share/applications/"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
cp "$here/share/icons/hicolor/scalable/apps/$app_id.svg" "$share/icons/hicolor/scalable/apps/"
command -v update-desktop-database >/dev/null 2>&1 && \
    update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && \
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Operator Desk installed in $lib; start it from the menu or with: operator-desk"
