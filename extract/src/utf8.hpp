// Internal to extract/: UTF-8 encoding and validation, shared by every reader.
#pragma once

#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>

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

// True if `bytes` is well-formed UTF-8: no overlong forms, surrogates or code points past
// U+10FFFF (ICU's U8_NEXT decides).
inline bool IsValidUtf8(std::string_view bytes) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return false;
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t offset = 0;
  while (offset < length) {
    if (data[offset] < 0x80) {
      ++offset;
      continue;
    }
    UChar32 code_point = 0;
    U8_NEXT(data, offset, length, code_point);
    if (code_point < 0) return false;
  }
  return true;
}

// The number of bytes at the end of `bytes` that start a UTF-8 sequence the text stops in
// the middle of (a file cut short); 0 when the text does not end inside a character.
inline size_t IncompleteUtf8Tail(std::string_view bytes) {
  for (size_t back = 1; back <= 3 && back <= bytes.size(); ++back) {
    const auto byte = static_cast<unsigned char>(bytes[bytes.size() - back]);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    const size_t needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

}  // namespace nianbao::extract_internal
