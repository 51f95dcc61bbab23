#!/bin/sh
# The .ts files hold every string of the sources: running update_translations (lupdate over
# app/ and ui/) must leave them byte for byte as committed. The originals are put back either
# way, so a failing check does not rewrite the working tree.
# Usage: check-up-to-date.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
source=$2
keep=$(mktemp -d)
trap 'cp "$keep"/*.ts "$source/translations/"; rm -rf "$keep"' EXIT
cp "$source"/translations/*.ts "$keep/"
cmake --build "$build" --target update_translations >"$keep/lupdate.log" 2>&1 || {
    cat "$keep/lupdate.log"
    exit 1
}
status=0
for ts in "$keep"/*.ts; do
    name=$(basename "$ts")
    if ! cmp -s "$ts" "$source/translations/$name"; then
        echo "translations/$name is not up to date: run 'cmake --build build --target update_translations', translate what is new (no type=\"unfinished\" may remain), and commit it:"
        diff -u "$ts" "$source/translations/$name" | head -40
        status=1
    fi
done
exit $status
