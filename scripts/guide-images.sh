#!/usr/bin/env bash
# Makes the user guide's pictures (docs/guide/images) anew from the sample plan, on a 1600×1000
# screen in English: run it after a change the pictures show, look at them, and commit them.
#
#   scripts/guide-images.sh [BUILD_DIR]      (default build/debug, built already)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/debug}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$build/bin/keyplan" sample "$work/sample.keyplan" >/dev/null
KEYPLAN_TEST_DATA="$root/tests/data" "$build/tests/keyplan_screenshots" "$work/sample.keyplan" "$work/images" \
    --screen large --language en --guide
cp "$work"/images/*.png "$root/docs/guide/images/"
ls -l "$root/docs/guide/images"
