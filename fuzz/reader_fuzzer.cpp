// One reader on arbitrary bytes, detection skipped (ReadOptions::force_format), so the
// reader meets inputs detection would have refused. Built once per format; the format is
// NIANBAO_FUZZ_FORMAT, e.g. kHtml. Out: a Document that keeps the model's promises, or a
// nianbao::Error. Anything else (a crash, a sanitizer report, another exception) is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"
#include "nianbao/extract.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  nianbao::ReadOptions options;
  options.max_pages = 50;
  // OCR of image-only pages is bounded per page; 50 such pages must stay under the fuzzer's
  // minute per input.
  options.ocr_seconds_per_page = 0.5;
  options.force_format = nianbao::Format::NIANBAO_FUZZ_FORMAT;
  try {
    nianbao::fuzz::CheckDocument(nianbao::ReadDocument(bytes, "fuzz-input", options));
  } catch (const nianbao::Error&) {
  }
  return 0;
}
