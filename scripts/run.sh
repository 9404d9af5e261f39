#!/usr/bin/env bash
# Sets up the machine, builds the jar and runs it. With no arguments it starts the service on the embedded
# database: data in ./data, inbox folder ./data/inbox, the review pages and the API at http://127.0.0.1:8080/
# (NIANBAO_PORT to change). The first start prints how to log in.
# With arguments it passes them to the jar, e.g. scripts/run.sh extract --out out my-report.docx, or
# scripts/run.sh seeds to extract the seed fixtures into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -f target/nianbao.jar ] || [ -n "$(find src pom.xml -newer target/nianbao.jar -print -quit)" ]; then
  mvn -B -ntp -q -DskipTests package
fi
export OMP_THREAD_LIMIT="${OMP_THREAD_LIMIT:-1}"
if [ $# -eq 0 ]; then
  export NIANBAO_DATA_DIR="${NIANBAO_DATA_DIR:-$PWD/data}"
  export NIANBAO_INBOX="${NIANBAO_INBOX:-$NIANBAO_DATA_DIR/inbox}"
  mkdir -p "$NIANBAO_INBOX"
  echo "Nianbao: http://127.0.0.1:${NIANBAO_PORT:-8080}/ — data in $NIANBAO_DATA_DIR, inbox $NIANBAO_INBOX (Ctrl-C stops)"
  exec java -jar target/nianbao.jar serve
fi
if [ "$1" = seeds ]; then
  shopt -s nullglob
  files=(fixtures/seeds/*.txt fixtures/seeds/*.docx fixtures/seeds/*.html fixtures/seeds/*.pdf fixtures/scans/*.jpg)
  set -- extract --out out "${files[@]}"
fi
exec java -jar target/nianbao.jar "$@"
