#include "code_points.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace nianbao::normalize {

std::u32string DecodeUtf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t offset = 0;
  while (offset < length) {
    UChar32 code_point = 0;
    U8_NEXT_OR_FFFD(bytes, offset, length, code_point);
    out.push_back(static_cast<char32_t>(code_point));
  }
  return out;
}

void AppendUtf8(char32_t code_point, std::string& out) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, U8_MAX_LENGTH,
            static_cast<UChar32>(code_point), error);
  if (error) {
    AppendUtf8(U'\uFFFD', out);
    return;
  }
  out.append(buffer, static_cast<size_t>(length));
}

std::string EncodeUtf8(std::u32string_view code_points) {
  std::string out;
  out.reserve(code_points.size() * 3);
  for (char32_t code_point : code_points) AppendUtf8(code_point, out);
  return out;
}

bool IsWhiteSpace(char32_t code_point) {
  switch (code_point) {
    case U' ':
    case U'\t':
    case U'\n':
    case U'\r':
    case U'\v':
    case U'\f':
    case U'\u200B':  // zero-width space
    case U'\u200C':
    case U'\u200D':
    case U'\u2060':  // word joiner
    case U'\uFEFF':  // byte-order mark / zero-width no-break space
      return true;
    default:
      return code_point > 0x7F && u_isUWhiteSpace(static_cast<UChar32>(code_point));
  }
}

bool IsLineBreak(char32_t code_point) {
  switch (code_point) {
    case U'\n':
    case U'\r':
    case U'\v':
    case U'\f':
    case U'\u0085':
    case U'\u2028':
    case U'\u2029':
      return true;
    default:
      return false;
  }
}

char32_t FoldWidth(char32_t code_point) {
  constexpr char32_t kFullWidthFirst = 0xFF01;
  constexpr char32_t kFullWidthLast = 0xFF5E;
  constexpr char32_t kFullWidthOffset = 0xFEE0;
  if (code_point >= kFullWidthFirst && code_point <= kFullWidthLast) {
    return code_point - kFullWidthOffset;
  }
  switch (code_point) {
    case U'\u3000':
      return U' ';
    case U'\u2212':  // minus sign
    case U'\uFE63':  // small hyphen-minus
      return U'-';
    default:
      return code_point;
  }
}

bool IsAsciiDigit(char32_t code_point) {
  return code_point >= U'0' && code_point <= U'9';
}

std::string CollapseWhiteSpace(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  size_t pos = 0;
  while (pos < text.size() && IsWhiteSpace(text[pos])) ++pos;
  size_t end = text.size();
  while (end > pos && IsWhiteSpace(text[end - 1])) --end;
  while (pos < end) {
    if (!IsWhiteSpace(text[pos])) {
      AppendUtf8(text[pos++], out);
      continue;
    }
    size_t line_breaks = 0;
    for (; pos < end && IsWhiteSpace(text[pos]); ++pos) {
      const bool crlf = text[pos] == U'\r' && pos + 1 < end && text[pos + 1] == U'\n';
      if (IsLineBreak(text[pos]) && !crlf) ++line_breaks;
    }
    if (line_breaks == 0) out.push_back(' ');
    out.append(line_breaks, '\n');
  }
  return out;
}

}  // namespace nianbao::normalize
