#!/usr/bin/env bash
# A full disk, for real: `keyplan sample` into small tmpfs file systems (300 KB to 3 MB, some
# already partly filled) either succeeds with a plan that passes `keyplan check` or exits 1 and
# leaves no new file; an editing session on a disk that fills up keeps every acknowledged edit;
# opening a plan for writing on a full disk says the disk is full and changes nothing.
# Needs a private mount namespace (unshare from util-linux); where the kernel refuses one, the
# test says so and is reported as skipped (exit 77).
set -euo pipefail
keyplan=$1
probe=$2
export ASAN_OPTIONS=detect_leaks=0
if ! reason=$(unshare -rm true 2>&1); then
    echo "disk-full test skipped: this machine does not allow a private mount namespace to mount a tmpfs ($reason)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$keyplan" sample "$work/full.keyplan" --as-of 2026-11-23

unshare -rm bash -s "$keyplan" "$probe" "$work" <<'INNER'
set -euo pipefail
keyplan=$1
probe=$2
work=$3
disk=$work/disk
mkdir -p "$disk"
fail() { echo "FAIL: $*" >&2; exit 1; }
finished=0; refused=0
for size in 300k 400k 500k 700k 1m 1500k 2m 3m; do
    for filler in 0 50 150 250; do
        mount -t tmpfs -o size=$size tmpfs "$disk"
        dd if=/dev/zero of="$disk/filler" bs=1k count=$filler status=none 2>/dev/null || true
        set +e
        out=$("$keyplan" sample "$disk/plan.keyplan" --as-of 2026-11-23 2>&1)
        rc=$?
        set -e
        rm -f "$disk/filler"
        case $rc in
        0) "$keyplan" check "$disk/plan.keyplan" > /dev/null || fail "$size, $filler KB used: exit 0 but the plan fails its check"
           finished=$((finished + 1)) ;;
        1) [ -z "$(ls -A "$disk")" ] || fail "$size, $filler KB used: exit 1 but left $(ls -A "$disk")"
           echo "$out" | grep -qi "full" || fail "$size, $filler KB used: the message does not say the disk is full: $out"
           refused=$((refused + 1)) ;;
        *) fail "$size, $filler KB used: exit $rc: $out" ;;
        esac
        umount "$disk"
    done
done
echo "keyplan sample on small disks: $finished finished with a sound plan, $refused refused (disk full) leaving nothing"
[ $finished -gt 0 ] && [ $refused -gt 0 ] || fail "expected both outcomes across the sizes"

# Editing until the disk fills: every acknowledged edit is kept, and the plan stays sound.
mount -t tmpfs -o size=1m tmpfs "$disk"
cp "$work/full.keyplan" "$disk/plan.keyplan"
dd if=/dev/zero of="$disk/filler" bs=4k status=none 2>/dev/null || true   # fill to the last block
set +e
out=$("$probe" "$disk/plan.keyplan" 0 40 2>&1)
rc=$?
set -e
case $rc in 0|1) ;; *) fail "editing on a full disk: exit $rc: $out" ;; esac
echo "$out" | grep -qi "full" || fail "editing on a full disk: the failure does not say the disk is full: $out"
rm -f "$disk/filler"
"$keyplan" check "$disk/plan.keyplan" > /dev/null || fail "editing on a full disk left a plan that fails its check"
umount "$disk"

# Opening for writing on a full disk: told why, nothing changed.
mount -t tmpfs -o size=600k tmpfs "$disk"
cp "$work/full.keyplan" "$disk/plan.keyplan"
before=$(sha256sum "$disk/plan.keyplan" | cut -d' ' -f1)
dd if=/dev/zero of="$disk/filler" bs=4k status=none 2>/dev/null || true
set +e
out=$("$probe" "$disk/plan.keyplan" 0 1 2>&1)
rc=$?
set -e
[ $rc = 1 ] || fail "opening on a full disk: exit $rc: $out"
echo "$out" | grep -q "is full" || fail "opening on a full disk does not say the disk is full: $out"
echo "$out" | grep -qi "in use\|process 0\|disk I/O error" && fail "opening on a full disk says: $out"
[ "$(sha256sum "$disk/plan.keyplan" | cut -d' ' -f1)" = "$before" ] || fail "opening on a full disk changed the plan"
echo "opening on a full disk: $(echo "$out" | head -1)"
umount "$disk"
INNER
