#!/usr/bin/env bash
# Sets up the machine (with the browser for the UI tests), builds Nianbao and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
mvn -B -ntp verify "$@"
