#!/usr/bin/env bash
# Runs each fuzz target for SECONDS on its corpus (the seeds make_corpus.py writes, plus what earlier runs in OUT
# kept), one after the other, and prints the executions of each. Exits non-zero when a target found a crash, a hang,
# a leak or undefined behaviour: its input is in OUT/findings/TARGET/, its report at the end of OUT/TARGET.log.
# Usage: fuzz/run_fuzzers.sh BUILD_DIR SECONDS OUT_DIR [TARGET...]   (targets: csv toml time template)
set -uo pipefail

build=$1 seconds=$2 out=$3
shift 3
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv toml time template)
here=$(cd "$(dirname "$0")" && pwd)

# The largest input each target is given: an extract's first rows, a configuration file, a time, a template.
declare -A max_len=([csv]=65536 [toml]=32768 [time]=256 [template]=32768)

python3 "$here/make_corpus.py" "$out/seeds" || exit 1
export LSAN_OPTIONS="suppressions=$here/../tests/lsan.supp"
export UBSAN_OPTIONS="print_stacktrace=1"

passed=0 failed=0
for t in "${targets[@]}"; do
  mkdir -p "$out/corpus/$t" "$out/findings/$t"
  log="$out/$t.log"
  "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len="${max_len[$t]}" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$out/findings/$t/" "$out/corpus/$t" "$out/seeds/$t" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: //p' "$log" | tail -1)
  corpus=$(find "$out/corpus/$t" -type f | wc -l)
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1))
    echo "fuzz $t: ${seconds} s, ${execs:-?} executions, corpus ${corpus} inputs, no finding"
  else
    failed=$((failed + 1))
    echo "fuzz $t: FINDING after ${execs:-?} executions (exit $rc); input in $out/findings/$t/, report:"
    tail -n 60 "$log"
  fi
done
echo "fuzz: ${passed} passed, ${failed} failed"
[ $failed -eq 0 ]
