#include "svg_text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

namespace nianbao::pdf_debug {
namespace {

constexpr double kNarrowEm = 0.6;
constexpr std::string_view kEllipsis = "…";

// The byte offsets at which each character of `text` starts.
std::vector<size_t> CharacterStarts(std::string_view text) {
  std::vector<size_t> starts;
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t offset = 0;
  while (offset < length) {
    starts.push_back(static_cast<size_t>(offset));
    U8_FWD_1(data, offset, length);
  }
  return starts;
}

bool Fits(std::string_view text, double width, double size) {
  return TextWidthEm(text) * size <= width;
}

FittedText Shortened(const std::string& tail, double width, double size) {
  std::string text = std::string(kEllipsis) + tail;
  return {text, std::min(size, width / TextWidthEm(text)), true};
}

}  // namespace

double TextWidthEm(std::string_view text) {
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  double width = 0;
  int32_t offset = 0;
  while (offset < length) {
    UChar32 code_point = 0;
    U8_NEXT(data, offset, length, code_point);
    const auto east_asian_width =
        static_cast<UEastAsianWidth>(u_getIntPropertyValue(code_point, UCHAR_EAST_ASIAN_WIDTH));
    const bool wide = east_asian_width == U_EA_WIDE || east_asian_width == U_EA_FULLWIDTH;
    width += wide ? 1.0 : kNarrowEm;
  }
  return width;
}

FittedText FitText(const std::string& text, double width, double size, double min_size) {
  const double text_em = TextWidthEm(text);
  if (text_em * size <= width) return {text, size, false};
  if (text_em * min_size <= width) return {text, width / text_em, false};
  for (size_t dot = text.find('.'); dot != std::string::npos; dot = text.find('.', dot + 1)) {
    const std::string tail = text.substr(dot + 1);
    if (Fits(std::string(kEllipsis) + tail, width, min_size)) return Shortened(tail, width, size);
  }
  const std::vector<size_t> starts = CharacterStarts(text);
  for (size_t start : starts) {
    const std::string tail = text.substr(start);
    if (Fits(std::string(kEllipsis) + tail, width, min_size)) return Shortened(tail, width, size);
  }
  return {std::string(kEllipsis), min_size, true};
}

}  // namespace nianbao::pdf_debug
