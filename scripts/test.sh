#!/usr/bin/env bash
# Sets up the machine, builds Nianbao and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mvn -B -ntp verify "$@"
