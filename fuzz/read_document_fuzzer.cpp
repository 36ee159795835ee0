// Every reader through format detection: bytes in, a Document that keeps the model's
// promises or a nianbao::Error out. Anything else (a crash, a sanitizer report, another
// exception type) is a finding.
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
  try {
    // .doc goes to LibreOffice, an outside program: seconds per input and not our code.
    if (nianbao::DetectFormat(bytes, "fuzz-input") == nianbao::Format::kDoc) return 0;
    nianbao::fuzz::CheckDocument(nianbao::ReadDocument(bytes, "fuzz-input", options));
  } catch (const nianbao::Error&) {
  }
  return 0;
}
