#!/usr/bin/env bash
# nianbao set-up: installs the Debian 12 packages the project needs (only what is missing;
# `apt-get update` only then), builds, installs the nianbao program (into /usr/local/bin as
# root, else ~/.local/bin; PREFIX overrides), and then runs what was asked for.
#
#   scripts/setup.sh build     install + build (default)
#   scripts/setup.sh samples   install + build the program only + extract every report in
#                              samples/ into samples.jsonl. The samples are our own readable
#                              reports: any that gives an error record (exit code 1) means
#                              the set-up is broken, and fails the command like any other
#                              failure of extract. With NIANBAO_NO_LIBREOFFICE=1 the .doc
#                              sample is left out.
#   scripts/setup.sh test      install + build + run the test suite (ctest)
#   scripts/setup.sh sanitize  install + build the tests with AddressSanitizer and UBSan
#                              (-Og -g) into build-sanitize and run them there: any report,
#                              from any process the tests start, fails the command. Tests
#                              labelled no_sanitize are left out (tests/CMakeLists.txt says
#                              which and why). The program is not installed from this build.
#   scripts/setup.sh fuzz [S]  install (with clang) + build and run every fuzz target for S
#                              seconds (default 30; scripts/fuzz.sh)
#
# Environment: BUILD_DIR (default: build), PREFIX (where the program is installed, in
# PREFIX/bin), NIANBAO_NO_LIBREOFFICE=1 to skip LibreOffice
# (then .doc files give a clear error instead of a record), NIANBAO_WERROR=1 to fail the
# build on any compiler warning (CI does).
set -euo pipefail

mode=${1:-build}
case "$mode" in
  build | samples | test | sanitize | fuzz) ;;
  *)
    echo "usage: scripts/setup.sh [build|samples|test|sanitize|fuzz [SECONDS]]" >&2
    exit 2
    ;;
esac
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
if [[ $mode == sanitize ]]; then build_dir=${BUILD_DIR:-$root/build-sanitize}; fi

packages=(
  cmake ninja-build g++ pkg-config
  nettle-dev libicu-dev libxml2-dev libzip-dev libsqlite3-dev zlib1g-dev
  liblzma-dev  # libxml2.a, linked from the archive, needs liblzma (CMakeLists.txt)
  libpq-dev  # libpq: `nianbao run --db postgresql://…`
  libpoppler-private-dev libpoppler-dev poppler-utils
  libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim tesseract-ocr-eng
  img2pdf python3-pil
  nlohmann-json3-dev libcli11-dev libfmt-dev libboost-dev catch2
  python3
  sqlite3  # the shell docs/dataset.md's queries are tried in
  unicode-data  # EquivalentUnifiedIdeograph.txt, compiled into the normalize stage
)
if [[ ${NIANBAO_NO_LIBREOFFICE:-0} != 1 ]]; then
  packages+=(libreoffice-writer-nogui)
fi
if [[ $mode == test || $mode == sanitize ]]; then
  packages+=(chromium fonts-wqy-zenhei)  # the review report's browser tests and screenshots
  packages+=(postgresql)  # initdb and pg_ctl: the dataset tests start a server of their own
fi
if [[ $mode == fuzz ]]; then
  packages+=(clang libclang-rt-14-dev)  # libFuzzer and the sanitizers' runtimes
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

# apt's own progress, one line per step: the package lists fetched, each package downloaded
# ("Get:N …") and set up ("[k/N] Setting up …"); dpkg's unpacking chatter left out.
show_apt_progress() {
  awk -v total="$1" '
    /^(Selecting previously unselected|Preparing to unpack|Unpacking |\(Reading database)/ { next }
    /^Setting up / { printf "[%d/%d] %s\n", ++done, total, $0; fflush(); next }
    { print; fflush() }'
}

if ((${#missing[@]})); then
  echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) != 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  echo "setup: apt-get update"
  "${sudo_cmd[@]}" apt-get update
  total=$(apt-get install -s --no-install-recommends "${missing[@]}" | grep -c '^Inst ' || true)
  echo "setup: apt-get install: ${total} packages with their dependencies"
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 \
    "${missing[@]}" | show_apt_progress "$total"
else
  echo "setup: all Debian packages present"
fi

if [[ $mode == fuzz ]]; then
  exec bash "$root/scripts/fuzz.sh" "${2:-30}"
fi

if [[ $mode == sanitize ]]; then
  exec bash "$root/scripts/sanitize.sh" "$build_dir"
fi

werror=OFF
if [[ ${NIANBAO_WERROR:-0} == 1 ]]; then werror=ON; fi
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNIANBAO_WERROR=$werror >/dev/null
targets=()
if [[ $mode == samples ]]; then targets=(--target nianbao); fi
cmake --build "$build_dir" -j"$(nproc)" "${targets[@]}"

# The program, where the README's `nianbao …` finds it.
if [[ -z ${PREFIX:-} ]]; then
  if [[ $(id -u) == 0 ]]; then PREFIX=/usr/local; else PREFIX=$HOME/.local; fi
fi
cmake --install "$build_dir" --prefix "$PREFIX" >/dev/null
echo "setup: installed $PREFIX/bin/nianbao"
if [[ $(command -v nianbao || true) != "$PREFIX/bin/nianbao" ]]; then
  echo "setup: $PREFIX/bin is not first on your PATH: add it, or run $PREFIX/bin/nianbao"
fi

case "$mode" in
  samples)
    out="$root/samples.jsonl"
    samples=()
    for sample in "$root"/samples/*.*; do
      if [[ ${NIANBAO_NO_LIBREOFFICE:-0} == 1 && $sample == *.doc ]]; then continue; fi
      samples+=("$sample")
    done
    "$build_dir/nianbao" extract "${samples[@]}" -o "$out"
    echo "setup: records written to $out"
    ;;
  test)
    ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)"
    ;;
esac
