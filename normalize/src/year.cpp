#include <string>

#include "chinese_numeral.hpp"
#include "code_points.hpp"
#include "nianbao/normalize.hpp"

namespace nianbao::normalize {
namespace {

// The years a report can be about: 1949年 in prose is history, not the report's year.
constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;
constexpr size_t kYearDigits = 4;

int YearDigit(char32_t code_point) {
  if (IsAsciiDigit(code_point)) return static_cast<int>(code_point - U'0');
  if (code_point == U'两' || code_point == U'兩') return -1;
  return ChineseDigitValue(code_point);
}

bool SameKind(char32_t a, char32_t b) {
  return IsAsciiDigit(a) == IsAsciiDigit(b);
}

// The year whose digits end just before `digits_end`, if there is one.
std::optional<int> YearEndingAt(std::u32string_view text, size_t digits_end) {
  if (digits_end < kYearDigits) return std::nullopt;
  const size_t digits_begin = digits_end - kYearDigits;
  int year = 0;
  for (size_t pos = digits_begin; pos < digits_end; ++pos) {
    const int digit = YearDigit(text[pos]);
    if (digit < 0 || !SameKind(text[pos], text[digits_begin])) return std::nullopt;
    year = year * 10 + digit;
  }
  if (digits_begin > 0) {
    const char32_t before = text[digits_begin - 1];
    if (YearDigit(before) >= 0 && SameKind(before, text[digits_begin])) return std::nullopt;
  }
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  return year;
}

}  // namespace

std::vector<YearSpan> FindYears(std::u32string_view text) {
  std::u32string folded(text);
  for (char32_t& code_point : folded) code_point = FoldWidth(code_point);
  std::vector<YearSpan> years;
  for (size_t pos = 0; pos < folded.size(); ++pos) {
    if (folded[pos] != U'年') continue;
    size_t digits_end = pos;
    while (digits_end > 0 && IsWhiteSpace(folded[digits_end - 1])) --digits_end;
    if (auto year = YearEndingAt(folded, digits_end)) {
      years.push_back({*year, digits_end - kYearDigits});
    }
  }
  return years;
}

}  // namespace nianbao::normalize
