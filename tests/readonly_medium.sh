#!/usr/bin/env bash
# A plan on a read-only file system is opened read-only: reports work, nothing is written, and the
# file is left byte-for-byte as it was. Uses a private mount namespace (unshare from util-linux).
set -euo pipefail
keyplan=$1
probe=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$keyplan" sample "$work/plan.keyplan" --as-of 2026-11-23
# A plan whose last edit a crash left in its -wal, copied to the medium with it.
"$keyplan" sample "$work/crashed.keyplan" --as-of 2026-11-23
printf "PRAGMA wal_autocheckpoint = 0;\nUPDATE account SET name = 'Renamed before the crash' WHERE name = 'Northgate Logistics';\n.shell kill -9 \$PPID\n" \
    | sqlite3 "$work/crashed.keyplan" > /dev/null 2>&1 || true
test -s "$work/crashed.keyplan-wal"
before=$(sha256sum "$work/plan.keyplan" | cut -d' ' -f1)
unshare -rm bash -s "$keyplan" "$probe" "$work" <<'INNER'
set -euo pipefail
keyplan=$1
probe=$2
work=$3
mkdir -p "$work/ro"
mount -t tmpfs tmpfs "$work/ro"
cp "$work/plan.keyplan" "$work/ro/"
cp "$work/crashed.keyplan" "$work/crashed.keyplan-wal" "$work/ro/"
mount -o remount,ro "$work/ro"
# The committed edit in the -wal is what is shown, never the older main file alone.
"$keyplan" report "$work/ro/crashed.keyplan" --json > "$work/crashed.json"
grep -q '"name": "Renamed before the crash"' "$work/crashed.json"
! grep -q '"name": "Northgate Logistics"' "$work/crashed.json"
"$keyplan" check "$work/ro/crashed.keyplan"
cmp "$work/crashed.keyplan" "$work/ro/crashed.keyplan"
cmp "$work/crashed.keyplan-wal" "$work/ro/crashed.keyplan-wal"
"$keyplan" report "$work/ro/plan.keyplan" --json > "$work/report.json"
"$keyplan" check "$work/ro/plan.keyplan"
"$probe" "$work/ro/plan.keyplan"
grep -q '"key_accounts": 25' "$work/report.json"
cmp "$work/plan.keyplan" "$work/ro/plan.keyplan"
test -z "$(ls -A "$work/ro" | grep -v '^plan.keyplan$\|^crashed.keyplan$\|^crashed.keyplan-wal$' || true)"
INNER
after=$(sha256sum "$work/plan.keyplan" | cut -d' ' -f1)
[ "$before" = "$after" ]
echo "read-only medium: report and check work, a crash's -wal is read, nothing written"
