#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS, one job on one core, then merges
# what it found that adds coverage into the committed corpus (minimised with
# -merge=1, so the corpus only grows by inputs that add coverage).
#
#   cmake --preset fuzz && cmake --build --preset fuzz -j2
#   tests/fuzz/run.sh TARGET SECONDS [extra libFuzzer flags]
#
# TARGET is catalog_loader, json_reader, query_parser, export_roundtrip or
# markdown_importer. The working corpus is build/fuzz/work/TARGET; crashes
# are written to build/fuzz/crashes/TARGET/ and must become files in
# tests/fuzz/regressions/TARGET/ (see docs/reliability.md). The log, whose
# last lines give executions, exec/s and coverage, is
# build/fuzz/logs/TARGET.log.
set -euo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 TARGET SECONDS [libFuzzer flags...]" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${MLLMSEG_FUZZ_BUILD:-$root/build/fuzz}
binary=$build/tests/fuzz/fuzz_$target
corpus=$here/corpus/$target
regressions=$here/regressions/$target
work=$build/work/$target
crashes=$build/crashes/$target
log=$build/logs/$target.log

if [ ! -x "$binary" ]; then
  echo "$0: no $binary; build it with: cmake --preset fuzz && cmake --build --preset fuzz -j2" >&2
  exit 2
fi
if [ ! -d "$corpus" ]; then
  echo "$0: no corpus directory $corpus" >&2
  exit 2
fi

# Inputs bigger than this slow the search down for nothing.
case $target in
  catalog_loader) max_len=8192 ;;
  markdown_importer) max_len=16384 ;;
  query_parser) max_len=8192 ;;  # past k_max_query_bytes (4096), to reach its error
  *) max_len=4096 ;;
esac

logdir=$(dirname "$log")/$target
mkdir -p "$work" "$crashes" "$logdir"
rm -f "$logdir"/fuzz-*.log
seeds=("$corpus")
[ -d "$regressions" ] && seeds+=("$regressions")

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# One job in one worker process: one core, leaving the other free. libFuzzer
# writes a job's output to fuzz-0.log in its working directory. With
# -fork=1 -ignore_crashes=1 among the flags (one worker process too), it goes
# on past a crash, saving each, which is how a target with a known open bug
# still gets its full time.
mode=(-jobs=1 -workers=1)
for flag in "$@"; do
  case $flag in -fork=*) mode=() ;; esac
done
status=0
(cd "$logdir" && "$binary" "${mode[@]}" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" "$@" "$work" "${seeds[@]}" \
  >"$logdir/stdout.log" 2>&1) || status=$?
if [ -f "$logdir/fuzz-0.log" ]; then
  cp "$logdir/fuzz-0.log" "$log"
else
  cp "$logdir/stdout.log" "$log"
fi
grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|stat::|INFO: fuzzed for)' "$log" || tail -n 20 "$log"

# Keep only what adds coverage to the committed corpus.
"$binary" -merge=1 -max_len="$max_len" "$corpus" "$work" >>"$log" 2>&1

crashed=$(find "$crashes" -type f | wc -l)
echo "--- $target: $(find "$corpus" -type f | wc -l) files in $corpus; $crashed files in $crashes"
[ "$crashed" -eq 0 ] || status=1
exit "$status"
