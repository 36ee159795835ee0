// Internal to extract/: encoding code points as UTF-8, shared by every reader.
#pragma once

#include <unicode/utf8.h>

#include <string>

namespace nianbao::extract_internal {

// Appends the UTF-8 bytes of `code_point` (ICU's U8_APPEND_UNSAFE); surrogates and values
// past U+10FFFF, which have no UTF-8 form, become U+FFFD.
inline void AppendUtf8(std::string& out, char32_t code_point) {
  UChar32 valid = (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF
                      ? 0xFFFD
                      : static_cast<UChar32>(code_point);
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, valid);
  out.append(bytes, static_cast<size_t>(length));
}

inline std::string EncodeUtf8(char32_t code_point) {
  std::string out;
  AppendUtf8(out, code_point);
  return out;
}

}  // namespace nianbao::extract_internal
