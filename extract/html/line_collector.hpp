// Internal to the html reader: turns text runs into lines as a browser lays them out.
//
// In:  text nodes in document order and line breaks (from <br> and block elements).
// Out: the non-empty lines, white space collapsed and trimmed.
//
// Runs of white space (ASCII, NBSP, zero-width space) collapse to one space, and that space
// is dropped between two CJK/full-width characters (a source line break inside Chinese
// text is not a word gap). Inline runs are joined as they are, so
// "<span>2</span><span>0</span>" gives "20". Leading and trailing spaces and ideographic
// spaces (U+3000) are trimmed from each line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "utf8.hpp"

namespace nianbao::html {

class LineCollector {
 public:
  void AddText(std::string_view utf8);
  // Text from <pre>: its line breaks are kept.
  void AddPreformatted(std::string_view utf8);
  void LineBreak();
  std::vector<std::string> TakeLines();

 private:
  void AddCodePoint(char32_t code_point);

  std::string line_;
  bool pending_space_ = false;
  char32_t last_ = 0;
  std::vector<std::string> lines_;
};

// Lines joined with '\n'.
std::string JoinLines(const std::vector<std::string>& lines);

// Decodes one code point from valid UTF-8 at `pos` and advances it.
char32_t NextCodePoint(std::string_view utf8, size_t& pos);
using extract_internal::AppendUtf8;  // extract/src/utf8.hpp

// The text without any white space (ASCII, NBSP, U+3000, line breaks).
std::string WithoutSpaces(std::string_view utf8);

}  // namespace nianbao::html
