#!/bin/bash
# Keyplan as a desktop citizen: `cmake --install` puts the binaries, the launcher, the AppStream
# entry, the MIME type of a plan and the icons in their FHS places, each valid under its
# validator; a desktop recognises a plan by name and by content; and the .deb CPack builds
# installs and removes cleanly.
#
# desktop_citizen.sh BUILD_DIR SOURCE_DIR MIME_PROBE KEYPLAN
set -euo pipefail
# (Output is read whole, then searched: `cmd | grep -q` under pipefail fails when grep stops
# early and cmd gets SIGPIPE.)
build=$1 source=$2 probe=$3 keyplan=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. Installed into a staging root, everything in its place.
DESTDIR="$work/root" cmake --install "$build" --prefix /usr > "$work/install.log"
share="$work/root/usr/share"
for file in \
    usr/bin/keyplan usr/bin/keyplan-cli usr/bin/keyplan-gui \
    usr/share/applications/org.keyplan.Keyplan.desktop \
    usr/share/metainfo/org.keyplan.Keyplan.metainfo.xml \
    usr/share/mime/packages/keyplan.xml \
    usr/share/icons/hicolor/scalable/apps/org.keyplan.Keyplan.svg \
    usr/share/icons/hicolor/scalable/mimetypes/application-x-keyplan.svg \
    usr/share/icons/hicolor/16x16/apps/org.keyplan.Keyplan.png \
    usr/share/icons/hicolor/48x48/apps/org.keyplan.Keyplan.png \
    usr/share/icons/hicolor/256x256/apps/org.keyplan.Keyplan.png; do
    [ -s "$work/root/$file" ] || fail "cmake --install did not put $file"
done
grep -q "48 x 48" <<< "$(file "$share/icons/hicolor/48x48/apps/org.keyplan.Keyplan.png")" || fail "the 48 px icon is not 48 px"

# 2. Each file valid under its own validator.
desktop-file-validate "$share/applications/org.keyplan.Keyplan.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/org.keyplan.Keyplan.metainfo.xml" || fail "appstreamcli validate"
xmllint --noout "$share/mime/packages/keyplan.xml" || fail "the MIME description is not well-formed"
# As after installing into /usr/share: the system's MIME types and Keyplan's in one database.
cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/"
update-mime-database "$share/mime" || fail "update-mime-database"

# 3. A plan is recognised by its name, and by its content when renamed; a foreign SQLite file is not a plan.
"$keyplan" sample "$work/plan.keyplan" > /dev/null
cp "$work/plan.keyplan" "$work/renamed.dat"
sqlite3 "$work/other.db" "CREATE TABLE t (x)"
export XDG_DATA_DIRS="$share"
[ "$("$probe" "$work/plan.keyplan")" = application/x-keyplan ] || fail "a .keyplan file is not application/x-keyplan"
[ "$("$probe" --content "$work/renamed.dat")" = application/x-keyplan ] || fail "a plan's content is not recognised"
[ "$("$probe" --content "$work/other.db")" = application/vnd.sqlite3 ] || fail "any SQLite file passes for a plan"
unset XDG_DATA_DIRS

# 4. The .deb: built, installed, used, removed, with nothing left behind.
(cd "$build" && cpack -G DEB -B "$work/deb" > "$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/deb/keyplan_*.deb)
grep -q "Depends:.*libqt6widgets6" <<< "$(dpkg-deb --info "$deb")" || fail "the package does not depend on Qt's widgets"
grep -q "./usr/share/mime/packages/keyplan.xml" <<< "$(dpkg-deb --contents "$deb")" || fail "the package has no MIME type"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2> /dev/null || { echo "SKIP: installing a package needs root or sudo"; exit 77; }
    sudo=(sudo -n)
fi
if dpkg-query -W keyplan > /dev/null 2>&1; then fail "a keyplan package is installed already; not touching it"; fi
"${sudo[@]}" dpkg -i "$deb" > "$work/dpkg.log" || { cat "$work/dpkg.log"; fail "dpkg -i"; }
installed=$(dpkg -L keyplan)
grep -qi "keyplan" <<< "$(ASAN_OPTIONS=detect_leaks=0 /usr/bin/keyplan --version)" || { "${sudo[@]}" dpkg -P keyplan; fail "the installed keyplan does not run"; }
# The installed package's MIME type is the system's now (dpkg's trigger updated the database).
[ "$("$probe" --content "$work/renamed.dat")" = application/x-keyplan ] || { "${sudo[@]}" dpkg -P keyplan; fail "the installed system does not recognise a plan"; }
"${sudo[@]}" dpkg -P keyplan > "$work/dpkg.log" || { cat "$work/dpkg.log"; fail "dpkg -P"; }
dpkg-query -W keyplan > /dev/null 2>&1 && fail "the package is still registered"
while IFS= read -r path; do
    [ -f "$path" ] && fail "$path was left behind"
done <<< "$installed"
[ "$("$probe" --content "$work/renamed.dat")" = application/vnd.sqlite3 ] || fail "the MIME type outlived the package"
echo "PASS: installed, recognised, packaged, installed and removed"
