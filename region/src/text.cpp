#include "text.hpp"

#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace nianbao::region {

std::vector<std::size_t> CodePointStarts(std::string_view text) {
  std::vector<std::size_t> starts;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t offset = 0;
  while (offset < length) {
    starts.push_back(static_cast<std::size_t>(offset));
    UChar32 code_point = 0;
    U8_NEXT(bytes, offset, length, code_point);
  }
  starts.push_back(text.size());
  return starts;
}

bool IsHan(std::string_view text) {
  if (text.empty()) return false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t offset = 0;
  while (offset < length) {
    UChar32 code_point = 0;
    U8_NEXT(bytes, offset, length, code_point);
    UErrorCode status = U_ZERO_ERROR;
    if (code_point < 0 || uscript_getScript(code_point, &status) != USCRIPT_HAN) return false;
  }
  return true;
}

std::string WithoutWhiteSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != ' ' && c != '\n') out.push_back(c);
  }
  return out;
}

}  // namespace nianbao::region
