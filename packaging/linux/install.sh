#!/bin/sh
# Install the one-folder bundle (dist/factcheck, from `make package`) for one user or the
# whole system, with menu entry, icon, AppStream data and the .factcheck file association.
#   packaging/linux/install.sh               # into ~/.local
#   sudo packaging/linux/install.sh /usr/local
# Uninstall: packaging/linux/install.sh --uninstall [PREFIX]
set -eu
APP_ID=org.factcheck.Factcheck
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
UNINSTALL=0
if [ "${1:-}" = "--uninstall" ]; then UNINSTALL=1; shift; fi
PREFIX=${1:-$HOME/.local}
SHARE=$PREFIX/share
BUNDLE=$ROOT/dist/factcheck

refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "$UNINSTALL" = 1 ]; then
  rm -rf "$PREFIX/lib/factcheck"
  rm -f "$PREFIX/bin/factcheck-app" "$PREFIX/bin/factcheck"
  rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
  rm -f "$SHARE/mime/packages/factcheck-mime.xml" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
  for png in "$SHARE"/icons/hicolor/*/apps/$APP_ID.png; do rm -f "$png"; done
  refresh
  echo "Factcheck removed from $PREFIX"
  exit 0
fi

[ -x "$BUNDLE/factcheck-app" ] || { echo "no bundle in $BUNDLE: run 'make package' first" >&2; exit 1; }
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" \
  "$SHARE/mime/packages" "$SHARE/icons/hicolor/scalable/apps"
rm -rf "$PREFIX/lib/factcheck"
cp -R "$BUNDLE" "$PREFIX/lib/factcheck"
ln -sf "$PREFIX/lib/factcheck/factcheck-app" "$PREFIX/bin/factcheck-app"
ln -sf "$PREFIX/lib/factcheck/factcheck" "$PREFIX/bin/factcheck"
# Absolute Exec/TryExec: the menu entry works even when PREFIX/bin is not on PATH.
sed -e "s|^Exec=factcheck-app|Exec=$PREFIX/bin/factcheck-app|" \
    -e "s|^TryExec=factcheck-app|TryExec=$PREFIX/bin/factcheck-app|" \
    "$HERE/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$HERE/factcheck-mime.xml" "$SHARE/mime/packages/"
cp "$ROOT/resources/icons/factcheck.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for dir in "$ROOT"/resources/icons/hicolor/*x*; do
  size=$(basename "$dir")
  mkdir -p "$SHARE/icons/hicolor/$size/apps"
  cp "$dir/apps/factcheck.png" "$SHARE/icons/hicolor/$size/apps/$APP_ID.png"
done
refresh
echo "Factcheck installed in $PREFIX (run: $PREFIX/bin/factcheck-app)"
