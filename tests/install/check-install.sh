#!/bin/sh
# SPDX-License-Identifier: MIT
# The install tree and the .deb: `cmake --install` into a scratch root must give the binary, the
# desktop entry, the AppStream metadata, the icon and the docs where Debian expects them, all
# valid; `cpack -G DEB` must give a package holding the same files and depending on Qt.
# Usage: check-install.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/root/usr" >/dev/null
id=io.github.nsg_auditor.nsg_auditor
for f in bin/nsg-auditor share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg share/doc/nsg-auditor/LICENSE \
         share/doc/nsg-auditor/README.md; do
    [ -e "$work/root/usr/$f" ] || fail "missing from the install tree: /usr/$f"
done
"$work/root/usr/bin/nsg-auditor" --version | grep -q '^nsg-auditor ' || fail "the installed binary does not run"
desktop-file-validate "$work/root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/$id.metainfo.xml" \
    || fail "appstreamcli validate"
grep -q "^Icon=$id\$" "$work/root/usr/share/applications/$id.desktop" || fail "the entry's icon"
# The menu entry in German and French, and the installed binary speaks German when asked.
grep -q '^Comment\[de\]=' "$work/root/usr/share/applications/$id.desktop" || fail "no German menu entry"
grep -q '^Comment\[fr\]=' "$work/root/usr/share/applications/$id.desktop" || fail "no French menu entry"
mkdir -p "$work/config/nsg-auditor"
printf '[settings]\nlanguage=de\n' > "$work/config/nsg-auditor/nsg-auditor.conf"
XDG_CONFIG_HOME="$work/config" "$work/root/usr/bin/nsg-auditor" scan --help \
    | grep -q 'Diese Hilfe anzeigen' || fail "the installed binary does not speak German"

(cd "$build" && cpack -G DEB -B "$work/deb" >/dev/null) || fail "cpack -G DEB"
deb=$(ls "$work"/deb/nsg-auditor_*.deb)
dpkg-deb -c "$deb" > "$work/contents"
for f in ./usr/bin/nsg-auditor ./usr/share/applications/$id.desktop \
         ./usr/share/metainfo/$id.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$id.svg; do
    grep -q " $f\$" "$work/contents" || fail "missing from the .deb: $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1 libsimdjson14 libssl3 \
           fonts-dejavu-core; do
    echo "$depends" | grep -q "$dep" || fail "the .deb does not depend on $dep: $depends"
done
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "architecture"
echo "check-install: ok ($(basename "$deb"), Depends: $depends)"
