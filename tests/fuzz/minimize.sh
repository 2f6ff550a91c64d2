#!/usr/bin/env bash
# Shrinks a committed corpus to the hand-written seeds plus the fewest inputs
# that keep its edge coverage (libFuzzer -merge=1 without hit counts or
# comparison features), so that the CTest replay stays fast in every build.
#
#   tests/fuzz/minimize.sh TARGET
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 TARGET" >&2
  exit 2
fi
target=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${MLLMSEG_FUZZ_BUILD:-$root/build/fuzz}
binary=$build/tests/fuzz/fuzz_$target
corpus=$here/corpus/$target

if [ ! -x "$binary" ]; then
  echo "$0: no $binary; build it with: cmake --preset fuzz && cmake --build --preset fuzz -j2" >&2
  exit 2
fi
fresh=$(mktemp -d)
old=$(mktemp -d)
trap 'rm -rf "$fresh" "$old"' EXIT
cp "$corpus"/seed-* "$fresh"/
mv "$corpus"/* "$old"/
"$binary" -merge=1 -use_counters=0 -use_cmp=0 -use_value_profile=0 -max_len=1048576 "$fresh" "$old" \
  >"$build/logs/$target.minimize.log" 2>&1 || { mv "$old"/* "$corpus"/; echo "$0: merge failed" >&2; exit 1; }
mv "$fresh"/* "$corpus"/
echo "$target: $(find "$old" -type f | wc -l) files ($(du -sh "$old" | cut -f1)) -> $(find "$corpus" -type f | wc -l) files ($(du -sh "$corpus" | cut -f1))"
