#!/usr/bin/env bash
# Builds the importers' fuzz targets with clang (libFuzzer, AddressSanitizer, UBSan) and runs each
# for SECONDS seconds (default 30), seeded from the import fixtures (real exports). A crash leaves
# its input in build/fuzz/crashes/ and fails the script.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_csv fuzz_vcard fuzz_values fuzz_records fuzz_table fuzz_planjson)
cmake -S tests/fuzz -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache > build/fuzz.configure.log
cmake --build build/fuzz -j2 > build/fuzz.build.log
mkdir -p build/fuzz/crashes
for target in "${targets[@]}"; do
    corpus="build/fuzz/corpus/$target"
    mkdir -p "$corpus"
    case "$target" in
        fuzz_vcard) seeds=$(find tests/data/import/vcard -type f) ;;
        fuzz_records) seeds=$(find tests/data/import/salesforce_lwc_recipes -name '*.json') ;;
        fuzz_planjson) seeds=$(find tests/data/plan-json -name '*.json') ;;
        *) seeds=$(find tests/data/import -name '*.csv') ;;
    esac
    for seed in $seeds; do cp -f "$seed" "$corpus/$(basename "$seed")"; done
    echo "== $target, ${seconds}s"
    ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "build/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="build/fuzz/crashes/$target-" -print_final_stats=1 "$corpus" 2>&1 \
        | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|artifact)" || true
    if ls build/fuzz/crashes/"$target"-* > /dev/null 2>&1; then
        echo "$target found a crash: build/fuzz/crashes/" >&2
        exit 1
    fi
done
