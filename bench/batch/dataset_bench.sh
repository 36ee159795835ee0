#!/usr/bin/env bash
# `nianbao run` into SQLite over distinct documents, a baseline nianbao against this one, in
# the same session: documents per second with -j1 and -j2, the parent's own CPU time per
# document, bytes per document; and proof that the dataset change loses nothing: every export
# format of the new dataset is byte for byte the baseline's, and so is every export of the
# baseline's dataset read (migrated) by the new nianbao.
#
#   bench/batch/dataset_bench.sh BASELINE_NIANBAO [NIANBAO] [DOCUMENTS]
#
# DOCUMENTS (default 2000) distinct reports from tests/tools/make_distinct_reports.py (txt
# and html, both templates). Rate = documents / wall time of the run. Processor time per
# document: the parent's alone (task-clock, `perf stat --no-inherit`, when perf is installed),
# and the whole run's, parent and workers (user + system time of the run and the processes it
# waited for, /usr/bin/time); workers = whole - parent. On N cores a run cannot go faster than
# N / (whole processor time per document). Bytes per document: the SQLite file after a WAL
# checkpoint / documents.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
baseline=$(realpath "${1:?usage: dataset_bench.sh BASELINE_NIANBAO [NIANBAO] [DOCUMENTS]}")
nianbao=$(realpath "${2:-$root/build/nianbao}")
documents=${3:-2000}
work=$(mktemp -d /tmp/nianbao-dataset-bench.XXXXXX)

python3 "$root/tests/tools/make_distinct_reports.py" "$work/in" "$documents"
echo "$documents distinct documents; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
trap 'echo "load average at the end $(cut -d" " -f1-3 /proc/loadavg)"; rm -rf "$work"' EXIT
printf '%-10s %-4s %9s %9s %14s %15s %13s %11s %5s\n' nianbao jobs seconds "docs/s" "parent ms/doc" \
  "workers ms/doc" "total ms/doc" "bytes/doc" load

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# label, binary, jobs, database: one run, one line of figures.
run() {
  local label=$1 binary=$2 jobs=$3 database=$4 start end parent_ms=- workers_ms=- total_ms
  rm -f "$database" "$database"-wal "$database"-shm
  start=$(now_ms)
  if command -v perf >/dev/null; then
    /usr/bin/time -f '%U %S' -o "$work/time" perf stat -x, -e task-clock --no-inherit \
      -o "$work/perf" "$binary" run "$work/in" --db "$database" -j "$jobs" --no-progress \
      2>"$work/log"
    parent_ms=$(awk -F, '/task-clock/ { printf "%.2f", $1 / n }' n="$documents" "$work/perf")
  else
    /usr/bin/time -f '%U %S' -o "$work/time" \
      "$binary" run "$work/in" --db "$database" -j "$jobs" --no-progress 2>"$work/log"
  fi
  end=$(now_ms)
  total_ms=$(awk '{ printf "%.2f", ($1 + $2) * 1000 / n }' n="$documents" "$work/time")
  [ "$parent_ms" = - ] || workers_ms=$(awk -v t="$total_ms" -v p="$parent_ms" 'BEGIN { printf "%.2f", t - p }')
  sqlite3 "$database" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
  local stored bytes
  stored=$(sqlite3 "$database" 'SELECT count(*) FROM documents')
  bytes=$(stat -c %s "$database")
  printf '%-10s %-4s %9.1f %9.1f %14s %15s %13s %11d %5s\n' "$label" "-j$jobs" "$(((end - start)))e-3" \
    "$(awk -v n="$stored" -v ms="$((end - start))" 'BEGIN { print n * 1000 / ms }')" \
    "$parent_ms" "$workers_ms" "$total_ms" "$((bytes / stored))" "$(cut -d' ' -f1 /proc/loadavg)"
}

run baseline "$baseline" 1 "$work/base1.sqlite"
run new "$nianbao" 1 "$work/new1.sqlite"
run baseline "$baseline" 2 "$work/base.sqlite"
run new "$nianbao" 2 "$work/new.sqlite"

same=0 differ=0
for format in jsonl csv-wide csv-long reports; do
  "$baseline" export --db "$work/base.sqlite" --format "$format" -o "$work/base.$format"
  "$nianbao" export --db "$work/new.sqlite" --format "$format" -o "$work/new.$format"
  # The baseline's own dataset, read by the new nianbao (a migrated copy when it is older).
  "$nianbao" export --db "$work/base.sqlite" --format "$format" -o "$work/migrated.$format"
  for output in new migrated; do
    if cmp -s "$work/base.$format" "$work/$output.$format"; then
      same=$((same + 1))
    else
      differ=$((differ + 1))
      echo "dataset_bench: $output $format differs from the baseline's" >&2
    fi
  done
done
echo "exports byte-identical to the baseline's: $same of $((same + differ))" \
  "(jsonl, csv-wide, csv-long, reports; new dataset and baseline dataset read by the new nianbao)"
[ "$differ" = 0 ]
