#!/usr/bin/env bash
# OCR speed and memory: reads every scanned PDF in a folder (e.g. one made by
# tests/tools/make_scans.py) with `nianbao extract` on one core, and prints processor
# seconds per scanned page and the peak resident memory of the process.
#
#   bench/ocr.sh SCAN_FOLDER [BUILD_DIR]
set -euo pipefail
folder=${1:?usage: bench/ocr.sh SCAN_FOLDER [BUILD_DIR]}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${2:-$root/build}
nianbao=$build/nianbao
[ -x "$nianbao" ] || { echo "bench/ocr.sh: build first (scripts/setup.sh build)" >&2; exit 2; }

mapfile -t files < <(find "$folder" -maxdepth 1 -type f -name '*.pdf' | sort)
((${#files[@]})) || { echo "bench/ocr.sh: no PDFs in $folder" >&2; exit 2; }
pages=0
for file in "${files[@]}"; do
  pages=$((pages + $(pdfinfo "$file" | awk '/^Pages:/ {print $2}')))
done
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# One core: taskset pins the process, OMP_THREAD_LIMIT keeps Tesseract's OpenMP to one thread.
OMP_THREAD_LIMIT=1 /usr/bin/time -f '%U %S %e %M' -o "$out.time" \
  taskset -c 0 "$nianbao" extract "${files[@]}" -o "$out" 2>/dev/null || true
read -r user sys wall peak_kib <"$out.time"
rm -f "$out.time"
awk -v u="$user" -v s="$sys" -v w="$wall" -v k="$peak_kib" -v p="$pages" -v f="${#files[@]}" \
  'BEGIN { printf "ocr: %d files, %d pages: %.2f s/page processor time (user+sys), %.2f s/page wall, peak %.0f MiB\n", f, p, (u + s) / p, w / p, k / 1024 }'
