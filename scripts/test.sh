#!/usr/bin/env bash
# Installs what the tests need, builds a debug build with AddressSanitizer and UBSan, and runs
# every test with CTest (against a throwaway PostgreSQL 15 for the team-mode ones), then the
# importers' fuzz targets for 30 seconds each.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
keyplan_install_packages "${keyplan_build_packages[@]}" "${keyplan_test_packages[@]}"
cmake --preset debug
cmake --build --preset debug
source scripts/pgserver.sh
keyplan_pg_start
ctest --preset debug
# The importers' parsers under libFuzzer, 30 seconds each (scripts/fuzz.sh 600 for a long run).
scripts/fuzz.sh 30
