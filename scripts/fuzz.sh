#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a while, as many at
# once as there are cores.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     default 30; use 600+ for a long run
#
# Environment: FUZZ_TARGETS (default: all), FUZZ_JOBS (default: cores), FUZZ_BUILD_DIR
# (default: build-fuzz).
# Needs clang and libclang-rt-14-dev (`scripts/setup.sh fuzz` installs them, then calls this).
# Seeds come from samples/ and tests/data/ (each reader gets its own format's files); the
# corpus grows in build-fuzz/corpus/<target>/ across runs; findings land in
# build-fuzz/findings/<target>/. Every finding, once fixed, becomes a file under
# tests/data/regressions/, which the test suite replays.
set -euo pipefail
seconds=${1:-30}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
all_targets="fuzz_detect fuzz_read_document fuzz_html fuzz_docx fuzz_pdf fuzz_text fuzz_normalize fuzz_mapper"
read -r -a targets <<<"${FUZZ_TARGETS:-$all_targets}"

# Line tables only (-g1), as in scripts/sanitize.sh: findings keep file and line, the build is faster.
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
  -DNIANBAO_FUZZ=ON -DNIANBAO_SANITIZE=ON -DNIANBAO_BUILD_TESTS=OFF -DNIANBAO_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

# Seeds per target: file name patterns, and the longest input worth trying (whole documents
# for the readers; cell- and label-sized strings for the normalizers).
declare -A seed_names=(
  [fuzz_detect]='*' [fuzz_read_document]='*' [fuzz_html]='*.html' [fuzz_docx]='*.docx'
  [fuzz_pdf]='*.pdf' [fuzz_text]='*.txt' [fuzz_normalize]='*.txt' [fuzz_mapper]='')
declare -A max_len=(
  [fuzz_detect]=4096 [fuzz_read_document]=1048576 [fuzz_html]=262144 [fuzz_docx]=1048576
  [fuzz_pdf]=1048576 [fuzz_text]=65536 [fuzz_normalize]=512 [fuzz_mapper]=16384)

# -timeout=60: one input running a minute is a hang. A tighter bound reported a 3-page PDF
# that takes 1 s under ASan as a 22 s "timeout" on a loaded two-core machine.
run_target() {
  local target=$1
  local seeds=$build/seeds/$target corpus=$build/corpus/$target findings=$build/findings/$target
  rm -rf "$seeds" && mkdir -p "$seeds" "$corpus" "$findings"
  if [[ -n ${seed_names[$target]} ]]; then
    find "$root/samples" "$root/tests/data" -type f -size -2M -name "${seed_names[$target]}" \
      ! -name '*.json' ! -name '*.py' -exec cp -t "$seeds" {} + 2>/dev/null || true
  fi
  if "$build/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=60 \
      -max_len="${max_len[$target]}" -artifact_prefix="$findings/" -print_final_stats=1 \
      "$corpus" "$seeds" >"$build/$target.log" 2>&1; then
    local runs
    runs=$(grep -oP 'stat::number_of_executed_units:\s*\K\d+' "$build/$target.log" || echo '?')
    echo "fuzz: $target ran ${seconds}s: $runs executions, no finding"
  else
    echo "fuzz: $target FOUND A PROBLEM: see $build/$target.log and $findings/" >&2
    grep -m3 -E 'ERROR|fuzz check failed|deadly signal|Timeout|out-of-memory' "$build/$target.log" >&2 || true
    return 1
  fi
}

status=0
jobs=${FUZZ_JOBS:-$(nproc)}
pids=()
for target in "${targets[@]}"; do
  run_target "$target" &
  pids+=($!)
  if ((${#pids[@]} >= jobs)); then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
