#!/usr/bin/env bash
# Installs what Keyplan needs, builds a release build and opens your portfolio (created from the
# sample portfolio on the first run). Arguments are passed to keyplan: scripts/run.sh other.keyplan
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
keyplan_install_packages "${keyplan_build_packages[@]}"
cmake --preset release >/dev/null
cmake --build --preset release --target keyplan
exec build/release/bin/keyplan "$@"
