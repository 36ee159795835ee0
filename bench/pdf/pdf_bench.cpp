// pdf_bench FILE...: reads each PDF with ReadDocumentFile `--repeat` times (default 3) and
// prints the best total time, pages per second and blocks found. In-process: no start-up
// or output cost, the reader alone.
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <string>
#include <vector>

#include "nianbao/extract.hpp"

int main(int argc, char** argv) {
  int repeat = 3;
  std::vector<std::string> files;
  for (int arg_idx = 1; arg_idx < argc; ++arg_idx) {
    if (std::strcmp(argv[arg_idx], "--repeat") == 0 && arg_idx + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++arg_idx]));
    } else {
      files.emplace_back(argv[arg_idx]);
    }
  }
  if (files.empty()) {
    fmt::print(stderr, "usage: pdf_bench [--repeat N] FILE.pdf...\n");
    return 2;
  }
  double best_seconds = 1e300;
  long pages = 0, blocks = 0;
  int errors = 0;
  for (int round = 0; round < repeat; ++round) {
    pages = blocks = 0;
    errors = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const std::string& file : files) {
      try {
        const nianbao::Document document = nianbao::ReadDocumentFile(file);
        pages += document.source.pages.value_or(0);
        blocks += static_cast<long>(document.blocks.size());
      } catch (const nianbao::Error&) {
        ++errors;
      }
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    best_seconds = std::min(best_seconds, elapsed.count());
  }
  fmt::print(
      "pdf_bench: {} files, {} pages, {} blocks, {} errors; best of {}: {:.3f} s, "
      "{:.1f} pages/s, {:.1f} ms/file\n",
      files.size(), pages, blocks, errors, repeat, best_seconds,
      static_cast<double>(pages) / best_seconds,
      1000.0 * best_seconds / static_cast<double>(files.size()));
  return 0;
}
