#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a while.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     default 30; use 600+ for a long run
#
# Seeds come from samples/ and tests/data/; findings land in build-fuzz/findings/<target>/.
# Every crash found becomes a regression file under tests/data/regressions/.
set -euo pipefail
seconds=${1:-30}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNIANBAO_FUZZ=ON -DNIANBAO_SANITIZE=ON -DNIANBAO_BUILD_TESTS=OFF -DNIANBAO_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_read_document fuzz_normalize fuzz_mapper

seed_dir=$build/seeds
rm -rf "$seed_dir" && mkdir -p "$seed_dir"
find "$root/samples" "$root/tests/data" -type f -size -2M ! -name '*.json' -exec cp -t "$seed_dir" {} + 2>/dev/null || true

status=0
# Longest input per target: whole documents for the readers, cell- and label-sized strings for
# the normalizers (a 2 MB PDF seed as a "label" only slows the search).
declare -A max_len=([fuzz_read_document]=1048576 [fuzz_normalize]=512 [fuzz_mapper]=65536)
targets=${FUZZ_TARGETS:-fuzz_read_document fuzz_normalize fuzz_mapper}
for target in $targets; do
  corpus=$build/corpus/$target findings=$build/findings/$target
  mkdir -p "$corpus" "$findings"
  echo "fuzz: $target for ${seconds}s"
  if ! "$build/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len="${max_len[$target]}" \
      -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" "$seed_dir" \
      2>"$build/$target.log"; then
    echo "fuzz: $target found a problem, see $build/$target.log and $findings" >&2
    status=1
  fi
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$build/$target.log" || true
done
exit $status
