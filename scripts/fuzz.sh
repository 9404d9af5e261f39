#!/usr/bin/env bash
# Fuzzes the fuzz tests of cn.nianbao.fuzz one after another (Jazzer fuzzes one test per JVM), SECONDS each
# (default 300), and writes a summary (targets, duration, executions, coverage, findings) to
# bench/results/DATE-fuzz.md. A finding is written beside the test's inputs in src/test/resources, where every
# build replays it: fix the bug and keep the file (renamed to say what it is) as a regression input.
#   scripts/fuzz.sh [SECONDS] [TestClass…]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(TextReaderFuzzTest HtmlReaderFuzzTest DocxReaderFuzzTest MapperFuzzTest PipelineFuzzTest)
fi
input_seconds="${FUZZ_INPUT_SECONDS:-10}"
logs=target/fuzz-logs
mkdir -p "$logs" bench/results
mvn -B -ntp -q -o test-compile || mvn -B -ntp -q test-compile || exit 1

summary="bench/results/$(date +%F)-fuzz.md"
{
  echo "# Fuzzing — $(date +%F), commit $(git rev-parse --short HEAD)"
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1). Command: \`scripts/fuzz.sh $seconds${*:+ $*}\`"
  echo "(Jazzer $(sed -n 's:.*<jazzer.version>\(.*\)</jazzer.version>.*:\1:p' pom.xml), ${input_seconds} s per input)."
  echo
  echo "| target | seconds | executions | exec/s | coverage (edges) | corpus | result |"
  echo "|---|---|---|---|---|---|---|"
} > "$summary.tmp"

status=0
for target in "${targets[@]}"; do
  log="$logs/$target.log"
  echo "fuzzing $target for $seconds s (log: $log)"
  JAZZER_FUZZ=1 mvn -B -ntp -o test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.hooks=true \
    -Djazzer.internal.arg.0=fake_argv0 -Djazzer.internal.arg.1=-max_total_time="$seconds" \
    -Djazzer.internal.arg.2=-timeout="$input_seconds" -Djazzer.internal.arg.3=-print_final_stats=1 \
    > "$log" 2>&1
  outcome=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+[[:space:]].*cov: ' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<< "$last")
  rate=$([ -n "$runs" ] && [ -n "$took" ] && [ "$took" -gt 0 ] && echo $((runs / took)) || echo "–")
  if [ $outcome -eq 0 ]; then
    result="no finding"
  else
    status=1
    what=$(grep -m1 -E '^== Java Exception:|^==[0-9]+== ERROR|Tests run:.*FAIL' "$log" | sed 's/|/\\|/g')
    input=$(grep -m1 -oE '(Test unit written to|Crashing input saved to|written to) [^ ]+' "$log" | awk '{print $NF}')
    result="**finding**: ${what:-see $log} ${input:+(input: \`$input\`)}"
  fi
  echo "| $target | ${took:-–} | ${runs:-–} | $rate | ${cov:-–} | ${corp:-–} | $result |" >> "$summary.tmp"
done
mv "$summary.tmp" "$summary"
cat "$summary"
exit $status
