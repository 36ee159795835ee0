#include "ordinal.hpp"

#include <algorithm>
#include <optional>

#include "chinese_numeral.hpp"
#include "code_points.hpp"

namespace nianbao::normalize {
namespace {

constexpr size_t kMaxOrdinalChars = 3;  // 九十九 / 99
constexpr long long kMaxOrdinal = 99;

std::optional<int> ArabicOrdinal(std::u32string_view digits) {
  if (digits.empty() || digits.size() > kMaxOrdinalChars) return std::nullopt;
  int value = 0;
  for (char32_t code_point : digits) {
    if (!IsAsciiDigit(code_point)) return std::nullopt;
    value = value * 10 + static_cast<int>(code_point - U'0');
  }
  if (value < 1 || value > kMaxOrdinal) return std::nullopt;
  return value;
}

std::optional<int> ChineseOrdinal(std::u32string_view numeral) {
  if (numeral.empty() || numeral.size() > kMaxOrdinalChars) return std::nullopt;
  for (char32_t code_point : numeral) {
    if (!IsChineseNumeralChar(code_point)) return std::nullopt;
  }
  const std::optional<long long> value = ParseChineseNumeral(numeral);
  if (!value || *value < 1 || *value > kMaxOrdinal) return std::nullopt;
  return static_cast<int>(*value);
}

bool IsIdeograph(char32_t code) {
  return code >= 0x3400 && code <= 0x9FFF;
}

// A numeral in parentheses that OCR read as Latin letters ((AN) for （六）) or as another
// ideograph ((世) for （七）): an enumerator whose number is not known, before the Chinese
// label itself.
bool IsMisreadNumeral(std::u32string_view inner) {
  if (inner.size() == 1 && IsIdeograph(inner.front())) return true;
  if (inner.empty() || inner.size() > kMaxOrdinalChars) return false;
  return std::all_of(inner.begin(), inner.end(), [](char32_t code) {
    return (code >= U'A' && code <= U'Z') || (code >= U'a' && code <= U'z');
  });
}

// What a count or a date puts right after a digit (3年, 5个工作日, 2人): the digit is a
// quantity there, not an enumerator whose mark was lost.
bool IsQuantityWord(char32_t code) {
  static constexpr std::u32string_view kWords =
      U"年月日时号个项件次万千百亿元角分人天周家名条位届期批份户座所类种倍岁";
  return kWords.find(code) != std::u32string_view::npos;
}

LabelParts Split(OrdinalStyle style, int ordinal, std::u32string_view rest) {
  LabelParts parts;
  parts.style = style;
  parts.ordinal = ordinal;
  parts.text = EncodeUtf8(rest);
  return parts;
}

// An opening parenthesis and a Chinese numeral whose closing parenthesis OCR lost or read
// as a Latin letter or sign ((七总计, (七j总计 for （七）总计), before the Chinese label
// itself: an enumerator whose number is not trusted.
std::optional<LabelParts> SplitUnclosed(std::u32string_view label) {
  size_t end = 1;
  while (end < label.size() && end <= kMaxOrdinalChars && IsChineseNumeralChar(label[end])) {
    ++end;
  }
  if (end == 1 || end >= label.size()) return std::nullopt;
  if (label[end] < 0x80 && !IsAsciiDigit(label[end])) ++end;  // the parenthesis misread
  if (end >= label.size() || !IsIdeograph(label[end]) || IsChineseNumeralChar(label[end])) {
    return std::nullopt;
  }
  return Split(OrdinalStyle::kNone, 0, label.substr(end));
}

std::optional<LabelParts> SplitParenthesis(std::u32string_view label) {
  if (label.empty() || label.front() != U'(') return std::nullopt;
  const size_t close = label.find(U')');
  if (close == std::u32string_view::npos) return SplitUnclosed(label);
  const std::u32string_view inner = label.substr(1, close - 1);
  const std::u32string_view rest = label.substr(close + 1);
  if (auto arabic = ArabicOrdinal(inner)) {
    return Split(OrdinalStyle::kArabicParenthesis, *arabic, rest);
  }
  if (auto chinese = ChineseOrdinal(inner)) {
    return Split(OrdinalStyle::kChineseParenthesis, *chinese, rest);
  }
  if (IsMisreadNumeral(inner) && !rest.empty() && IsIdeograph(rest.front())) {
    return Split(OrdinalStyle::kNone, 0, rest);
  }
  return SplitUnclosed(label);
}

bool IsEnumeratorMark(std::u32string_view label, size_t pos) {
  if (pos >= label.size()) return false;
  if (label[pos] == U'、') return true;
  // 1. is an enumerator, 1.5 is a number.
  return label[pos] == U'.' && !(pos + 1 < label.size() && IsAsciiDigit(label[pos + 1]));
}

std::optional<LabelParts> SplitMarked(std::u32string_view label) {
  size_t digits_end = 0;
  while (digits_end < label.size() && IsAsciiDigit(label[digits_end])) ++digits_end;
  if (digits_end > 0) {
    // One digit right before the label's first ideograph, its mark lost (OCR reads 3.其它
    // as 3其它): an enumerator whose number is not trusted.
    if (digits_end == 1 && digits_end < label.size() && IsIdeograph(label[digits_end]) &&
        !IsQuantityWord(label[digits_end])) {
      return Split(OrdinalStyle::kNone, 0, label.substr(digits_end));
    }
    auto arabic = ArabicOrdinal(label.substr(0, digits_end));
    if (!arabic || !IsEnumeratorMark(label, digits_end)) return std::nullopt;
    return Split(OrdinalStyle::kArabicDot, *arabic, label.substr(digits_end + 1));
  }
  size_t numeral_end = 0;
  while (numeral_end < label.size() && IsChineseNumeralChar(label[numeral_end])) ++numeral_end;
  if (numeral_end == 0 || !IsEnumeratorMark(label, numeral_end)) return std::nullopt;
  auto chinese = ChineseOrdinal(label.substr(0, numeral_end));
  if (!chinese) return std::nullopt;
  return Split(OrdinalStyle::kChineseComma, *chinese, label.substr(numeral_end + 1));
}

}  // namespace

LabelParts SplitLeadingOrdinal(std::u32string_view normalized) {
  if (auto parts = SplitParenthesis(normalized)) return *parts;
  if (auto parts = SplitMarked(normalized)) return *parts;
  LabelParts whole;
  whole.text = EncodeUtf8(normalized);
  return whole;
}

}  // namespace nianbao::normalize
