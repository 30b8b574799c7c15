#!/usr/bin/env bash
# I/O fault injection: for every N, the Nth write, fsync or rename of `keyplan sample` and of an
# editing session fails (ENOSPC for odd N, EIO for even N). Every run must end in success or in
# exit 1 with a message; a sample that failed leaves no file; the plan then passes `keyplan check`
# and holds every edit the session acknowledged.
#
# Usage: fault_injection.sh KEYPLAN EDIT_PROBE SHIM   (or, internally: ... sample N | edit N)
set -uo pipefail
keyplan=$1
probe=$2
shim=$3
export ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=0
edits=12

fail() { echo "FAIL: $*" >&2; exit 1; }

errno_for() { if (( $1 % 2 )); then echo 28; else echo 5; fi; }

sample_case() {
    local n=$1 work out rc
    work=$(mktemp -d) && cd "$work" || exit 1
    out=$(LD_PRELOAD=$shim KEYPLAN_FAULT_AT=$n KEYPLAN_FAULT_ERRNO=$(errno_for "$n") \
        "$keyplan" sample plan.keyplan --as-of 2026-11-23 2>&1)
    rc=$?
    case $rc in
    0) "$keyplan" check plan.keyplan > check.txt || fail "sample, fault at $n: exit 0 but check says $(cat check.txt)"
       rm -f check.txt
       [ "$(ls -A | tr '\n' ' ')" = "plan.keyplan " ] || fail "sample, fault at $n: left $(ls -A)" ;;
    1) [ -n "$out" ] || fail "sample, fault at $n: exit 1 without a message"
       [ -z "$(ls -A)" ] || fail "sample, fault at $n: exit 1 but left $(ls -A): $out" ;;
    *) fail "sample, fault at $n: exit $rc: $out" ;;
    esac
    cd / && rm -rf "$work"
    echo "sample $n $rc"
}

edit_case() {
    local n=$1 base=$2 work out rc line kind id edit value
    work=$(mktemp -d) && cd "$work" || exit 1
    cp "$base" plan.keyplan
    out=$(LD_PRELOAD=$shim KEYPLAN_FAULT_AT=$n KEYPLAN_FAULT_ERRNO=$(errno_for "$n") \
        "$probe" plan.keyplan 0 $edits 2>&1)
    rc=$?
    [ $rc -le 1 ] || fail "edit, fault at $n: exit $rc: $out"
    "$keyplan" check plan.keyplan > check.txt || fail "edit, fault at $n: check says $(cat check.txt) after: $out"
    declare -A acked=()
    while read -r line; do
        set -- $line
        [ "$1" = ack ] && acked["$(( $2 % 2 )) $3"]=$2
    done <<< "$out"
    for key in "${!acked[@]}"; do
        kind=${key% *}; id=${key#* }; edit=${acked[$key]}
        if [ "$kind" = 0 ]; then
            value=$(sqlite3 plan.keyplan "SELECT MAX(arr_minor) FROM arr_change WHERE account_id = $id AND effective_on = '2030-01-01'")
        else
            value=$(sqlite3 plan.keyplan "SELECT substr(notes, 6) FROM account WHERE id = $id")
        fi
        [ -n "$value" ] && [ "$value" -ge "$edit" ] || fail "edit, fault at $n: acknowledged edit $edit of account $id lost (found '$value'): $out"
    done
    cd / && rm -rf "$work"
    echo "edit $n $rc"
}

case ${4:-all} in
sample) sample_case "$5"; exit ;;
edit) edit_case "$5" "$6"; exit ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
LD_PRELOAD=$shim KEYPLAN_FAULT_COUNT=$work/sample.count "$keyplan" sample base.keyplan --as-of 2026-11-23 \
    || fail "the sample without faults"
cp base.keyplan counted.keyplan
LD_PRELOAD=$shim KEYPLAN_FAULT_COUNT=$work/edit.count "$probe" counted.keyplan 0 $edits > /dev/null \
    || fail "the editing session without faults"
samples=$(cat sample.count)
sessions=$(cat edit.count)
[ "$samples" -gt 50 ] && [ "$sessions" -gt 10 ] || fail "too few operations counted ($samples, $sessions): is the shim loaded?"

seq 1 "$samples" | xargs -P 2 -I{} bash "$0" "$keyplan" "$probe" "$shim" sample {} > sample.log || fail "see above"
seq 1 "$sessions" | xargs -P 2 -I{} bash "$0" "$keyplan" "$probe" "$shim" edit {} "$work/base.keyplan" > edit.log \
    || fail "see above"
sample_ok=$(grep -c ' 0$' sample.log); sample_refused=$(grep -c ' 1$' sample.log)
edit_ok=$(grep -c ' 0$' edit.log); edit_refused=$(grep -c ' 1$' edit.log)
[ "$((sample_ok + sample_refused))" -eq "$samples" ] || fail "sample runs missing from the log"
[ "$((edit_ok + edit_refused))" -eq "$sessions" ] || fail "editing runs missing from the log"
echo "keyplan sample: $samples operations; a fault at each: $sample_ok finished, $sample_refused refused with exit 1 and no file"
echo "editing session ($edits edits): $sessions operations; a fault at each: $edit_ok finished, $edit_refused reported the failure; every plan checked, no acknowledged edit lost"
