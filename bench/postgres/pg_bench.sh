#!/usr/bin/env bash
# `nianbao run` into PostgreSQL: documents per second with one, two and four runs started at
# once over the same inputs (they share the work through claims, docs/dataset.md), against one
# run into SQLite over the same inputs in the same session; and the bytes each database takes
# per document.
#
#   bench/postgres/pg_bench.sh [NIANBAO] [DOCUMENTS] [JOBS]
#
# DOCUMENTS (default 2000) distinct reports are made by tests/tools/make_distinct_reports.py
# (txt and html, both templates) in a temporary folder. Every run has JOBS worker processes
# (default 1). A PostgreSQL server of the bench's own is started in a temporary folder on a
# Unix socket (initdb, pg_ctl from Debian's postgresql; as `nobody` when run as root), fsync on
# as a real server has it, and stopped at the end. Rate = documents / wall time from the first
# run's start to the last run's end. Bytes per document: SQLite file size (after a WAL
# checkpoint) / documents; PostgreSQL: the nianbao tables with their indexes and TOAST
# (pg_total_relation_size) / documents.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
nianbao=$(realpath "${1:-$root/build/nianbao}")
documents=${2:-2000}
jobs=${3:-1}
bindir=${NIANBAO_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$bindir/initdb" ] || { echo "pg_bench: no PostgreSQL server (apt-get install postgresql)" >&2; exit 2; }
[ -x "$nianbao" ] || { echo "pg_bench: build nianbao first" >&2; exit 2; }

work=$(mktemp -d /tmp/nianbao-pg-bench.XXXXXX)
as_server=()
if [ "$(id -u)" = 0 ]; then
  chown nobody:nogroup "$work"
  as_server=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
stop() {
  "${as_server[@]}" "$bindir/pg_ctl" stop -D "$work/data" -m fast -w >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

python3 "$root/tests/tools/make_distinct_reports.py" "$work/in" "$documents"
(cd /tmp && "${as_server[@]}" "$bindir/initdb" -D "$work/data" -U nianbao --auth=trust -E UTF8 \
  --locale=C >/dev/null)
(cd /tmp && "${as_server[@]}" "$bindir/pg_ctl" start -D "$work/data" -l "$work/server.log" -w \
  -o "-k $work -c listen_addresses=''" >/dev/null)
server="host=$work user=nianbao"
sql() { psql "$server dbname=$1" -qAtc "$2"; }

now_ms() { echo $(($(date +%s%N) / 1000000)); }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { print n / s }'; }

# Runs "$runs" `nianbao run` at once into --db "$1"; prints the wall seconds.
timed_runs() {
  local database=$1 runs=$2 start end pids=()
  start=$(now_ms)
  for ((run = 1; run <= runs; run++)); do
    "$nianbao" run "$work/in" --db "$database" -j "$jobs" --no-progress 2>"$work/run$run.log" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  end=$(now_ms)
  echo "$(((end - start) / 1000)).$(((end - start) % 1000 / 100))"
}

printf '%-34s %9s %9s %9s %12s\n' run documents seconds "docs/s" "bytes/doc"
seconds=$(timed_runs "$work/d.sqlite" 1)
sqlite3 "$work/d.sqlite" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
stored=$(sqlite3 "$work/d.sqlite" 'SELECT count(*) FROM documents')
bytes=$(stat -c %s "$work/d.sqlite")
printf '%-34s %9d %9s %9.1f %12d\n' "SQLite, 1 run -j$jobs" "$stored" "$seconds" \
  "$(rate "$stored" "$seconds")" "$((bytes / stored))"
for runs in 1 2 4; do
  sql postgres "CREATE DATABASE runs$runs"
  seconds=$(timed_runs "$server dbname=runs$runs" "$runs")
  stored=$(sql "runs$runs" 'SELECT count(*) FROM documents')
  processed=$(sql "runs$runs" "SELECT sum((summary->>'processed')::int) FROM runs")
  bytes=$(sql "runs$runs" "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN
    pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")
  [ "$processed" = "$stored" ] || echo "pg_bench: $processed processed for $stored documents" >&2
  printf '%-34s %9d %9s %9.1f %12d\n' "PostgreSQL, $runs run(s) -j$jobs at once" "$stored" \
    "$seconds" "$(rate "$stored" "$seconds")" "$((bytes / stored))"
done
