#!/usr/bin/env bash
# Sets up the machine, builds the jar and runs it. With no arguments it extracts the seed fixtures
# into out/ (the service arrives in a later issue); with arguments it passes them to the jar,
# e.g. scripts/run.sh extract --out out my-report.docx
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -f target/nianbao.jar ] || [ -n "$(find src pom.xml -newer target/nianbao.jar -print -quit)" ]; then
  mvn -B -ntp -q -DskipTests package
fi
if [ $# -eq 0 ]; then
  shopt -s nullglob
  files=(fixtures/seeds/*.txt fixtures/seeds/*.docx fixtures/seeds/*.html fixtures/seeds/*.pdf fixtures/scans/*.jpg)
  set -- extract --out out "${files[@]}"
fi
exec java -jar target/nianbao.jar "$@"
