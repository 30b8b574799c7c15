#!/usr/bin/env bash
# Builds a release build and prints the benchmark figures on a generated 2,000-account portfolio,
# imports and exports (8,800 opportunities, 100,000 contacts, the plan as JSON and ICS),
# then the launch time against a bare Qt window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
keyplan_install_packages "${keyplan_build_packages[@]}" "${keyplan_test_packages[@]}"
cmake --preset release >/dev/null
cmake --build --preset release --target keyplan keyplan_bench keyplan_map_bench keyplan_pipeline_bench keyplan_qbr_bench keyplan_backup_bench keyplan_import_bench bare_window
KEYPLAN_BINARY=build/release/bin/keyplan QT_QPA_PLATFORM=offscreen build/release/tests/bench/keyplan_bench "$@"
QT_QPA_PLATFORM=offscreen build/release/tests/bench/keyplan_map_bench
QT_QPA_PLATFORM=offscreen build/release/tests/bench/keyplan_pipeline_bench
QT_QPA_PLATFORM=offscreen build/release/tests/bench/keyplan_qbr_bench
build/release/tests/bench/keyplan_backup_bench
backups=$(mktemp -d)
KEYPLAN_BINARY=build/release/bin/keyplan KEYPLAN_BACKUP_DIR="$backups" QT_QPA_PLATFORM=offscreen \
    build/release/tests/bench/keyplan_import_bench --runs 3
rm -rf "$backups"
xvfb-run -a -s "-screen 0 1600x1000x24" tests/bench/launch_time.sh build/release/bin/keyplan build/release/tests/bench/bare_window
