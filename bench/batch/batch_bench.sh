#!/usr/bin/env bash
# Batch throughput of `nianbao run`: documents per second with -j1 and -j2, a fresh process
# per document against long-lived workers, and the peak resident memory of any worker.
#
#   bench/batch/batch_bench.sh CORPUS_DIR [NIANBAO] [MIN_DOCUMENTS] [SKIP_EXTENSIONS]
#
# SKIP_EXTENSIONS (e.g. "doc") leaves those files out: a .doc goes through a LibreOffice
# conversion of several seconds, which would make 2,000 documents take hours.
#
# The corpus's report files (not its *.truth.json) are named repeatedly in a list file until
# there are at least MIN_DOCUMENTS (default 2000) entries, and run with --force so every entry
# is processed even though its content repeats. Nothing is copied.
set -euo pipefail

corpus=${1:?usage: batch_bench.sh CORPUS_DIR [NIANBAO] [MIN_DOCUMENTS]}
nianbao=${2:-$(dirname "$0")/../../build/nianbao}
minimum=${3:-2000}
skip=${4:-}
work=$(mktemp -d /tmp/nianbao-batch-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

find "$corpus" -maxdepth 1 -type f \( -iname '*.pdf' -o -iname '*.docx' -o -iname '*.doc' \
  -o -iname '*.html' -o -iname '*.htm' -o -iname '*.txt' \) | sort > "$work/files"
for extension in $skip; do grep -iv "\.$extension\$" "$work/files" > "$work/kept" || true; mv "$work/kept" "$work/files"; done
distinct=$(wc -l < "$work/files")
[ "$distinct" -gt 0 ] || { echo "no report files in $corpus" >&2; exit 2; }
: > "$work/list"
while [ "$(wc -l < "$work/list")" -lt "$minimum" ]; do cat "$work/files" >> "$work/list"; done
total=$(wc -l < "$work/list")
echo "corpus: $distinct distinct files, $total documents per run; $(nproc) cores"

run() {  # label, extra arguments...
  local label=$1; shift
  rm -f "$work"/db.sqlite*
  local start end
  start=$(date +%s.%N)
  "$nianbao" run --list "$work/list" --db "$work/db.sqlite" --force --no-progress "$@" \
    2> "$work/log" || true
  end=$(date +%s.%N)
  local summary memory
  summary=$(grep ' processed in ' "$work/log" | sed 's/^nianbao run: //')
  memory=$(grep 'peak worker memory' "$work/log" | sed 's/^nianbao run: //')
  printf '%-34s %6.1f docs/s wall  | %s | %s\n' "$label" \
    "$(echo "$total / ($end - $start)" | bc -l)" "$summary" "$memory"
}

run "-j1 (one long-lived worker)" -j 1
run "-j2 (two long-lived workers)" -j 2
run "-j1 --documents-per-worker 1 (fork per document)" -j 1 --documents-per-worker 1
run "-j2 --documents-per-worker 1" -j 2 --documents-per-worker 1
