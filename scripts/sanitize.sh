#!/usr/bin/env bash
# The test suite under AddressSanitizer and UndefinedBehaviorSanitizer: builds every test
# with -fsanitize=address,undefined -Og -g1 into a build folder of its own and runs ctest there.
# Every process the tests start (the test programs, the nianbao program they run, its forked
# workers) writes its ASan and LeakSanitizer reports into BUILD/sanitizer-reports/; the run
# fails when a test fails or when any report was written, so a finding in a worker process or
# in a child whose exit code a test does not look at still fails it. UBSan reports (GCC's
# runtime writes them to stderr, whatever log_path says) end their process (halt_on_error)
# and are looked for in the tests' own output as well.
#
#   scripts/sanitize.sh [BUILD_DIR]      default: build-sanitize (`scripts/setup.sh sanitize`
#                                        installs the packages first, then calls this)
#
# Environment: SANITIZE_CTEST_ARGS, extra ctest arguments (e.g. "-R dataset_tests").
# Tests labelled no_sanitize are left out (see tests/CMakeLists.txt for which and why).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build-sanitize}

# -g1: line tables only. A report still names file and line of every frame; full debug
# information would make the build 40 % slower (one file: 39 s -> 24 s) on CI's two cores.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-Og -g1" \
  -DNIANBAO_SANITIZE=ON -DNIANBAO_BUILD_BENCH=OFF -DNIANBAO_WERROR=OFF >/dev/null
start=$SECONDS
cmake --build "$build" -j"$(nproc)"
echo "sanitize: built in $((SECONDS - start)) s"

reports=$build/sanitizer-reports
rm -rf "$reports" && mkdir -p "$reports"
# halt_on_error: the first report ends the process (UBSan would go on otherwise).
# intercept_tls_get_addr=0: GCC 12's LeakSanitizer guesses the layout of a dynamically loaded
# library's TLS block from its address and, on glibc 2.36, can take a block for glibc 2.19's
# and scan a range that is not mapped ("Tracer caught signal 11 ... DTLS 9 at 0xef0-...",
# google/sanitizers#1322). A merge that opens both dataset modules (libpq, OpenSSL, Kerberos
# with their TLS) hit it at every exit. Without the interception those blocks are not
# scanned; everything else is, and a leak found there still fails the run.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:intercept_tls_get_addr=0:log_path=$reports/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
start=$SECONDS
status=0
# shellcheck disable=SC2086
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" -LE no_sanitize \
  ${SANITIZE_CTEST_ARGS:-} || status=$?
echo "sanitize: tests ran in $((SECONDS - start)) s"
grep -n -A20 'runtime error: ' "$build/Testing/Temporary/LastTest.log" \
  >"$reports/ubsan-in-test-output" || rm -f "$reports/ubsan-in-test-output"
if compgen -G "$reports/*" >/dev/null; then
  echo "sanitize: sanitizer reports:" >&2
  for report in "$reports"/*; do
    echo "== $report" >&2
    cat "$report" >&2
  done
  exit 1
fi
exit "$status"
