// Format detection alone: any bytes give a Format or a nianbao::Error naming what they look
// like, and the same bytes always give the same answer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"
#include "nianbao/extract.hpp"

namespace {

int DetectOrMinusOne(std::string_view bytes) {
  try {
    return static_cast<int>(nianbao::DetectFormat(bytes, "fuzz-input"));
  } catch (const nianbao::Error& error) {
    if (error.message().empty()) nianbao::fuzz::Fail("detection error without a message");
    return -1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (DetectOrMinusOne(bytes) != DetectOrMinusOne(bytes)) {
    nianbao::fuzz::Fail("detection is not deterministic");
  }
  return 0;
}
