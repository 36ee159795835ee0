#!/usr/bin/env bash
# bench/pdf/run.sh FOLDER [BUILD_DIR]
# Times the PDF reader against pdftotext -layout (Poppler's own text extraction: the floor)
# on every *.pdf in FOLDER, in the same run. Both run once per file as a process (same
# start-up cost); the best of 3 rounds counts. Also runs the in-process pdf_bench.
set -euo pipefail
folder=${1:?usage: bench/pdf/run.sh FOLDER [BUILD_DIR]}
build=${2:-$(cd "$(dirname "$0")/../.." && pwd)/build}
nianbao="$build/nianbao"
bench="$build/bench/pdf/pdf_bench"
mapfile -t files < <(find "$folder" -maxdepth 1 -name '*.pdf' | sort)
[ ${#files[@]} -gt 0 ] || { echo "no PDFs in $folder" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext (poppler-utils) is needed" >&2; exit 1; }

pages=0
for file in "${files[@]}"; do
  pages=$((pages + $(pdfinfo "$file" 2>/dev/null | awk '/^Pages:/ {print $2}')))
done

best_of_three() {  # best wall time in seconds of running "$@" on every file
  local best=""
  for _ in 1 2 3; do
    local start end elapsed
    start=$(date +%s.%N)
    for file in "${files[@]}"; do "$@" "$file" >/dev/null 2>&1 || true; done
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$elapsed < $best" | bc -l)" = 1 ]; then best=$elapsed; fi
  done
  echo "$best"
}

pdftotext_layout() { pdftotext -layout "$1" -; }
floor=$(best_of_three pdftotext_layout)
printf 'pdftotext -layout: %d files, %d pages: %.3f s (%.1f pages/s)\n' \
  "${#files[@]}" "$pages" "$floor" "$(echo "$pages / $floor" | bc -l)"
if [ -x "$nianbao" ]; then
  ours=$(best_of_three "$nianbao" dump --compact)
  printf 'nianbao dump:      %d files, %d pages: %.3f s (%.1f pages/s)\n' \
    "${#files[@]}" "$pages" "$ours" "$(echo "$pages / $ours" | bc -l)"
  printf 'ratio nianbao / pdftotext: %.2f\n' "$(echo "$ours / $floor" | bc -l)"
else
  echo "($nianbao not built: no per-process comparison)"
fi
if [ -x "$bench" ]; then "$bench" --repeat 3 "${files[@]}"; fi
