#!/usr/bin/env bash
# A plan on a read-only file system is opened read-only: reports work, nothing is written, and the
# file is left byte-for-byte as it was. Uses a private mount namespace (unshare from util-linux).
set -euo pipefail
keyplan=$1
probe=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$keyplan" sample "$work/plan.keyplan" --as-of 2026-11-23
before=$(sha256sum "$work/plan.keyplan" | cut -d' ' -f1)
unshare -rm bash -s "$keyplan" "$probe" "$work" <<'INNER'
set -euo pipefail
keyplan=$1
probe=$2
work=$3
mkdir -p "$work/ro"
mount -t tmpfs tmpfs "$work/ro"
cp "$work/plan.keyplan" "$work/ro/"
mount -o remount,ro "$work/ro"
"$keyplan" report "$work/ro/plan.keyplan" --json > "$work/report.json"
"$keyplan" check "$work/ro/plan.keyplan"
"$probe" "$work/ro/plan.keyplan"
grep -q '"key_accounts": 25' "$work/report.json"
cmp "$work/plan.keyplan" "$work/ro/plan.keyplan"
test -z "$(ls -A "$work/ro" | grep -v '^plan.keyplan$' || true)"
INNER
after=$(sha256sum "$work/plan.keyplan" | cut -d' ' -f1)
[ "$before" = "$after" ]
echo "read-only medium: report and check work, nothing written"
