#!/usr/bin/env bash
# Launch time under Xvfb: from process start until the main window is mapped on screen, for
# Keyplan on the sample plan and for a bare Qt Widgets window, in turn, in the same run. The
# ratio quoted is the median of each pair's ratio, which holds better than the ratio of medians
# when the machine's speed drifts during the run.
# Usage: launch_time.sh KEYPLAN BARE_WINDOW [RUNS]   (run it inside xvfb-run)
set -euo pipefail
keyplan=$1
bare=$2
runs=${3:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$keyplan" sample "$work/sample.keyplan"

# Milliseconds from start until a window whose title contains $2 is viewable.
time_window() {
    local title=$2
    shift 2
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    local pid=$!
    until xwininfo -root -tree 2>/dev/null | grep -F "$title" | grep -q .; do sleep 0.002; done
    local id
    id=$(xwininfo -root -tree | grep -F "$title" | head -1 | awk '{print $1}')
    until xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; do sleep 0.002; done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

export HOME="$work/home"
mkdir -p "$HOME"
bare_times=(); keyplan_times=(); ratios=()
for _ in $(seq "$runs"); do
    b=$(time_window bare 'Bare Qt window' "$bare")
    k=$(time_window keyplan 'Shiftwise key accounts' "$keyplan" "$work/sample.keyplan")
    bare_times+=("$b"); keyplan_times+=("$k")
    ratios+=("$(awk -v k="$k" -v b="$b" 'BEGIN {printf "%.3f", k / b}')")
done
b=$(printf '%s\n' "${bare_times[@]}" | median)
k=$(printf '%s\n' "${keyplan_times[@]}" | median)
r=$(printf '%s\n' "${ratios[@]}" | median)
echo "bare Qt window on screen (median of $runs): $b ms"
echo "keyplan on the sample plan on screen (median of $runs): $k ms"
printf 'ratio, median of the %d pairs: %.2f (target: at most 2)\n' "$runs" "$r"
