#!/usr/bin/env bash
# Installs what the tests need, builds a debug build with AddressSanitizer and UBSan, and runs
# every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
keyplan_install_packages "${keyplan_build_packages[@]}" "${keyplan_test_packages[@]}"
cmake --preset debug
cmake --build --preset debug
ctest --preset debug
