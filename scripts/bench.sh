#!/usr/bin/env bash
# Reproduces the benchmark on the generated corpus from a fresh machine: installs what it needs (with
# LibreOffice and the CJK fonts, which print the corpus's PDFs and scans), builds the jar, generates the
# seeded corpus into target/bench-corpus and runs `bench` on it with a 512 MB heap, writing the results
# to bench/results/DATE-corpus.md and .json.
#
#   bash scripts/bench.sh                         300 reports as text, Word, HTML, text PDF; 30 of them scanned
#   bash scripts/bench.sh --count 50 --scans 10   smaller
#   BENCH_ARGS="--no-tesseract" bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
count=300
scans=30
seed=42
while [ "$#" -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --scans) scans=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "usage: scripts/bench.sh [--count N] [--scans N] [--seed N]" >&2; exit 2 ;;
  esac
done
bash scripts/setup.sh --office
mvn -B -q -ntp -DskipTests package
corpus=target/bench-corpus
rm -rf "$corpus"
bash fixtures/corpus.sh --seed "$seed" --count "$count" --formats txt,docx,html,pdf,scan --scans "$scans" \
  --out "$corpus"
# The heap limit is the target's: the run shows whether Nianbao keeps to it.
java -Xmx512m -jar target/nianbao.jar bench ${BENCH_ARGS:-} --out bench/results --name corpus "$corpus"
