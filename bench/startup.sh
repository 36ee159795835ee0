#!/usr/bin/env bash
# What a crawler pays per file: `nianbao extract FILE` started once per PDF against
# `pdftotext -layout FILE -` started once per PDF (Poppler's own text extraction, the floor
# for a Poppler-based reader), on the PDFs of a folder that have a text layer (scans, which
# run OCR, are left out: `pdffonts` lists no font for them).
#
#   bench/startup.sh CORPUS_FOLDER [BUILD_DIR]
#   BASELINE=/path/to/old/nianbao bench/startup.sh CORPUS_FOLDER [BUILD_DIR]
#
# ROUNDS (default 5) rounds, each timing one pass of pdftotext over every file and one pass of
# nianbao, in alternating order, so both see the same load on a shared machine. Per round the
# ratio of nianbao to pdftotext in wall time and in processor time (user+sys of the processes);
# the median over rounds is the figure. CALLGRIND=1 (needs valgrind, slow) adds the ratio of
# instructions executed over all the files, which does not depend on the machine's load.
# BASELINE: a second nianbao (a copy of the program before a change) measured the same way in
# the same rounds, its pass in turn first, between and last, so a change is measured side by
# side against pdftotext under the same load.
set -euo pipefail
corpus=${1:?usage: bench/startup.sh CORPUS_FOLDER [BUILD_DIR]}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${2:-$root/build}
nianbao=$build/nianbao
rounds=${ROUNDS:-5}
[ -x "$nianbao" ] || { echo "bench/startup.sh: build first (scripts/setup.sh build)" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "bench/startup.sh: needs pdftotext (poppler-utils)" >&2; exit 2; }

files=()
scans=0
while IFS= read -r file; do
  if [ -n "$(pdffonts "$file" 2>/dev/null | tail -n +3)" ]; then files+=("$file"); else scans=$((scans + 1)); fi
done < <(find "$corpus" -maxdepth 1 -type f -name '*.pdf' | sort)
((${#files[@]})) || { echo "bench/startup.sh: no PDFs with a text layer in $corpus" >&2; exit 2; }

baseline=${BASELINE:-}
[ -z "$baseline" ] || [ -x "$baseline" ] || { echo "bench/startup.sh: BASELINE $baseline is not a program" >&2; exit 2; }

run_nianbao() { "$nianbao" extract "$1"; }
run_baseline() { "$baseline" extract "$1"; }
run_pdftotext() { pdftotext -layout -q "$1" -; }

# One pass of "$1" over every file, one process per file; prints "wall_ms cpu_ms".
export -f run_nianbao run_baseline run_pdftotext
export nianbao baseline
pass() {
  local out
  out=$(mktemp)
  /usr/bin/time -f '%e %U %S' -o "$out" bash -c '
    for file in "${@:2}"; do "$1" "$file" </dev/null >/dev/null 2>&1 || true; done' _ "$1" "${files[@]}"
  awk '{ printf "%.0f %.0f\n", $1 * 1000, ($2 + $3) * 1000 }' "$out"
  rm -f "$out"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

wall_ratios=() cpu_ratios=() ours_wall=() floor_wall=() base_wall_ratios=() base_cpu_ratios=()
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
for ((round = 1; round <= rounds; round++)); do
  # The order turns each round, so no one pass always runs first (or last).
  order=(pdftotext nianbao)
  [ -z "$baseline" ] || order+=(baseline)
  for ((turn = 1; turn < round; turn++)); do order=("${order[@]:1}" "${order[0]}"); done
  for who in "${order[@]}"; do
    case $who in
      pdftotext) read -r fw fc < <(pass run_pdftotext) ;;
      nianbao) read -r nw nc < <(pass run_nianbao) ;;
      baseline) read -r bw bc < <(pass run_baseline) ;;
    esac
  done
  wall_ratios+=("$(ratio "$nw" "$fw")")
  cpu_ratios+=("$(ratio "$nc" "$fc")")
  ours_wall+=("$nw") floor_wall+=("$fw")
  printf 'round %d: nianbao %5d ms wall %5d ms cpu, pdftotext %5d ms wall %5d ms cpu' \
    "$round" "$nw" "$nc" "$fw" "$fc" >&2
  if [ -n "$baseline" ]; then
    base_wall_ratios+=("$(ratio "$bw" "$fw")")
    base_cpu_ratios+=("$(ratio "$bc" "$fc")")
    printf ', baseline %5d ms wall %5d ms cpu' "$bw" "$bc" >&2
  fi
  echo >&2
done

n=${#files[@]}
wall=$(printf '%s\n' "${wall_ratios[@]}" | median)
cpu=$(printf '%s\n' "${cpu_ratios[@]}" | median)
ours_ms=$(printf '%s\n' "${ours_wall[@]}" | median)
floor_ms=$(printf '%s\n' "${floor_wall[@]}" | median)
printf 'per-file extract: %d PDFs with text (%d scans left out), %d rounds\n' "$n" "$scans" "$rounds"
printf '  nianbao extract %.1f ms/file, pdftotext -layout %.1f ms/file (median wall)\n' \
  "$(awk -v t="$ours_ms" -v n="$n" 'BEGIN { print t / n }')" \
  "$(awk -v t="$floor_ms" -v n="$n" 'BEGIN { print t / n }')"
printf '  ratio (median of rounds): wall %.2fx, processor %.2fx\n' "$wall" "$cpu"
if [ -n "$baseline" ]; then
  printf '  baseline %s: wall %.2fx, processor %.2fx\n' "$baseline" \
    "$(printf '%s\n' "${base_wall_ratios[@]}" | median)" "$(printf '%s\n' "${base_cpu_ratios[@]}" | median)"
fi

if [ "${CALLGRIND:-0}" = 1 ]; then
  command -v valgrind >/dev/null || { echo "bench/startup.sh: CALLGRIND=1 needs valgrind" >&2; exit 2; }
  # Instructions (callgrind's Ir) summed over every file, one process per file.
  instructions() {
    local total=0 file ir command
    for file in "${files[@]}"; do
      case $1 in
        nianbao) command=("$nianbao" extract "$file") ;;
        baseline) command=("$baseline" extract "$file") ;;
        pdftotext) command=(pdftotext -layout -q "$file" -) ;;
      esac
      ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "${command[@]}" 2>&1 >/dev/null |
        awk '/Collected :/ { print $NF }')
      total=$((total + ir))
    done
    echo "$total"
  }
  ours_ir=$(instructions nianbao)
  floor_ir=$(instructions pdftotext)
  printf '  instructions: nianbao %.0f M/file, pdftotext %.0f M/file, ratio %.2fx\n' \
    "$(awk -v t="$ours_ir" -v n="$n" 'BEGIN { print t / n / 1e6 }')" \
    "$(awk -v t="$floor_ir" -v n="$n" 'BEGIN { print t / n / 1e6 }')" \
    "$(awk -v a="$ours_ir" -v b="$floor_ir" 'BEGIN { print a / b }')"
  if [ -n "$baseline" ]; then
    base_ir=$(instructions baseline)
    printf '  baseline instructions: %.0f M/file, ratio %.2fx\n' \
      "$(awk -v t="$base_ir" -v n="$n" 'BEGIN { print t / n / 1e6 }')" \
      "$(awk -v a="$base_ir" -v b="$floor_ir" 'BEGIN { print a / b }')"
  fi
fi
