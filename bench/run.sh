#!/usr/bin/env bash
# The speed ledger: runs every benchmark the project has, on the same machine in the same run,
# and prints one table.
#
#   bench/run.sh CORPUS_FOLDER [BUILD_DIR]
#
# CORPUS_FOLDER holds report files of every format (e.g. ../shared/corpus/dev); nothing is
# copied from it. Per format: documents/s and pages/s of the reader in-process (files read into
# memory first, best of 3 rounds), peak memory of that process; for PDF also the per-process
# time of `nianbao dump` against `pdftotext -layout` on the same files (Poppler's own text
# extraction, the floor for a Poppler-based reader). Then `nianbao extract` per file against
# `pdftotext -layout` per file (bench/startup.sh), the normalizer micro-benchmark and
# (with BATCH=1, slow) the batch run benchmark; with POSTGRES=1 runs into PostgreSQL
# (bench/postgres/pg_bench.sh, 2,000 generated documents).
set -euo pipefail
corpus=${1:?usage: bench/run.sh CORPUS_FOLDER [BUILD_DIR]}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${2:-$root/build}
reader_bench=$build/bench/reader/reader_bench
[ -x "$reader_bench" ] || { echo "bench/run.sh: build first (scripts/setup.sh build)" >&2; exit 2; }

count_files() { find "$corpus" -maxdepth 1 -type f \( "$@" \) | wc -l; }
pdf_pages() {
  local total=0 file
  while IFS= read -r file; do
    total=$((total + $(pdfinfo "$file" 2>/dev/null | awk '/^Pages:/ {print $2}')))
  done < <(find "$corpus" -maxdepth 1 -type f -name '*.pdf')
  echo "$total"
}

# Runs the reader bench for one format; prints "docs_per_s peak_mib".
measure_reader() {
  local format=$1 out
  out=$( { /usr/bin/time -f 'peak_kib %M' "$reader_bench" --format "$format" --repeat 3 "$corpus"; } 2>&1 || true)
  awk '/documents\/s/ { for (i = 1; i <= NF; i++) if ($i == "documents/s,") rate = $(i - 1) }
       /^peak_kib/ { peak = $2 / 1024 }
       END { printf "%s %.0f\n", rate, peak }' <<<"$out"
}

# Wall seconds to run "$@" FILE once per PDF, as separate processes.
time_per_process() {
  local start end
  start=$(date +%s%N)
  while IFS= read -r file; do "$@" "$file" </dev/null >/dev/null 2>&1 || true; done \
    < <(find "$corpus" -maxdepth 1 -type f -name '*.pdf' | sort)
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 ))"
}

pdftotext_layout() { pdftotext -layout -q "$1" -; }

printf '%-8s %6s %6s %10s %10s %9s %14s\n' format files pages "docs/s" "pages/s" "peak MiB" "vs pdftotext"
for format in html docx txt pdf; do
  case $format in
    html) files=$(count_files -name '*.html' -o -name '*.htm') ;;
    *) files=$(count_files -name "*.$format") ;;
  esac
  [ "$files" -gt 0 ] || continue
  read -r rate peak < <(measure_reader "$format")
  pages=- pages_rate=- ratio=-
  if [ "$format" = pdf ]; then
    pages=$(pdf_pages)
    pages_rate=$(awk -v r="$rate" -v p="$pages" -v f="$files" 'BEGIN { printf "%.1f", r * p / f }')
    floor_ms=$(time_per_process pdftotext_layout)
    ours_ms=$(time_per_process "$build/nianbao" dump --compact)
    ratio=$(awk -v a="$ours_ms" -v b="$floor_ms" 'BEGIN { printf "%.2fx", a / b }')
  fi
  printf '%-8s %6s %6s %10s %10s %9s %14s\n' "$format" "$files" "$pages" "$rate" "$pages_rate" "$peak" "$ratio"
done

echo
# What a crawler pays per file: nianbao extract against pdftotext -layout, one process each.
ROUNDS=${ROUNDS:-3} bash "$root/bench/startup.sh" "$corpus" "$build" 2>/dev/null || true

echo
if [ -x "$build/bench/normalize/normalize_bench" ]; then
  "$build/bench/normalize/normalize_bench" 2 || true
fi
if [ "${BATCH:-0}" = 1 ]; then
  echo
  bash "$root/bench/batch/batch_bench.sh" "$corpus" "$build/nianbao" 2000 doc
fi
if [ "${POSTGRES:-0}" = 1 ]; then
  echo
  bash "$root/bench/postgres/pg_bench.sh" "$build/nianbao" 2000
fi
