// Text in the debug drawings: the fonts asked for, and labels fitted into the cells they
// name, so that a key label never spills over into the numbers next to it.
#pragma once

#include <string>
#include <string_view>

namespace nianbao::pdf_debug {

// CJK fonts first: with a viewer's default font, Chinese would show as empty boxes.
inline constexpr const char* kSvgFontFamily =
    "'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', sans-serif";

// The advance of `text` at font size 1, estimated: a wide character (East Asian width W or
// F, as ICU says) 1 em, any other 0.6 em (generous for the digits and Latin of keys).
double TextWidthEm(std::string_view text);

struct FittedText {
  std::string text;
  double size = 0;
  bool shortened = false;
};

// `text` at `size` if it fits into `width`; else at a smaller size, down to `min_size`;
// else shortened from the left at its dots, keeping the most specific parts of a key
// ("…third_party.natural"), and as a last resort character by character.
FittedText FitText(const std::string& text, double width, double size, double min_size);

}  // namespace nianbao::pdf_debug
