#include "cell_parser.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

#include "chinese_numeral.hpp"
#include "code_points.hpp"

namespace nianbao::normalize {
namespace {

constexpr size_t kMaxSignificantDigits = 15;  // beyond this a double is no longer exact

// The cell as code points: `original` for notes, `folded` (width folded) for reading.
struct CellText {
  std::u32string original;
  std::u32string folded;
  size_t begin = 0;  // first non-white-space code point
  size_t end = 0;    // one past the last non-white-space code point

  bool AtEnd(size_t pos) const { return pos >= end; }
  bool StartsWith(size_t pos, std::u32string_view word) const {
    return folded.compare(pos, word.size(), word) == 0 && pos + word.size() <= end;
  }
  size_t SkipWhiteSpace(size_t pos) const {
    while (pos < end && IsWhiteSpace(folded[pos])) ++pos;
    return pos;
  }
};

// The marks reports print for "none": dashes of every length, slashes.
bool IsBlankMark(char32_t code_point) {
  switch (code_point) {
    case U'-':
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
    case U'\u2015':
    case U'\u2500':
    case U'\u2501':
    case U'\uFE58':
    case U'/':
    case U'\\':
    case U'\u2215':
    case U'\u2044':
      return true;
    default:
      return false;
  }
}

bool IsConventionalZero(const CellText& cell) {
  bool only_marks = true;
  size_t visible = 0;
  bool is_wu = false;
  for (size_t pos = cell.begin; pos < cell.end; ++pos) {
    const char32_t code_point = cell.folded[pos];
    if (IsWhiteSpace(code_point)) continue;
    ++visible;
    is_wu = code_point == U'无' || code_point == U'無';
    only_marks = only_marks && IsBlankMark(code_point);
  }
  return only_marks || (visible == 1 && is_wu);
}

CellValue NotANumber(std::string reason) {
  CellValue value;
  value.kind = ValueKind::kNotANumber;
  value.reason = std::move(reason);
  return value;
}

// Words that may stand before the number: signs and 增/减 words, and 共 ("in all").
struct Prefix {
  std::u32string_view word;
  int sign;
};
constexpr std::array kPrefixes = {
    Prefix{U"增加", 1}, Prefix{U"新增", 1}, Prefix{U"增长", 1},  Prefix{U"上升", 1},
    Prefix{U"增", 1},   Prefix{U"+", 1},    Prefix{U"减少", -1}, Prefix{U"下降", -1},
    Prefix{U"减", -1},  Prefix{U"-", -1},   Prefix{U"共", 1},
};

// Reads at most one prefix; returns the sign (+1 / -1) and moves pos past it.
int ReadPrefix(const CellText& cell, size_t& pos) {
  for (const Prefix& prefix : kPrefixes) {
    if (cell.StartsWith(pos, prefix.word)) {
      pos = cell.SkipWhiteSpace(pos + prefix.word.size());
      return prefix.sign;
    }
  }
  return 1;
}

// A decimal number as digits and a power of ten: value = mantissa * 10^exponent.
struct Decimal {
  long long mantissa = 0;
  int exponent = 0;
  size_t significant_digits = 0;

  void AddDigit(int digit) {
    if (significant_digits > 0 || digit != 0) ++significant_digits;
    if (significant_digits <= kMaxSignificantDigits) mantissa = mantissa * 10 + digit;
  }
  double Value() const {
    if (exponent >= 0) return static_cast<double>(mantissa) * std::pow(10.0, exponent);
    return static_cast<double>(mantissa) / std::pow(10.0, -exponent);
  }
};

size_t ReadDigitRun(const CellText& cell, size_t pos, Decimal& decimal) {
  while (!cell.AtEnd(pos) && IsAsciiDigit(cell.folded[pos])) {
    decimal.AddDigit(static_cast<int>(cell.folded[pos] - U'0'));
    ++pos;
  }
  return pos;
}

bool IsDigitAt(const CellText& cell, size_t pos) {
  return !cell.AtEnd(pos) && IsAsciiDigit(cell.folded[pos]);
}

// Magnitude characters after Arabic digits: 3万 = 30000. Not when 元 follows (万元 is a
// currency unit, kept as the note).
int MagnitudeExponent(char32_t code_point) {
  switch (code_point) {
    case U'千':
    case U'仟':
      return 3;
    case U'万':
    case U'萬':
      return 4;
    case U'亿':
    case U'億':
      return 8;
    default:
      return 0;
  }
}

struct NumberRead {
  std::optional<double> value;
  size_t pos = 0;      // first code point after the number
  std::string reason;  // when value is empty
};

// Past a line break (with the white space around it) that a narrow cell wrapped a number
// at, when digits follow; else pos itself.
size_t SkipWrap(const CellText& cell, size_t pos) {
  const size_t after = cell.SkipWhiteSpace(pos);
  const bool has_line_break = std::any_of(cell.folded.begin() + static_cast<std::ptrdiff_t>(pos),
                                          cell.folded.begin() + static_cast<std::ptrdiff_t>(after),
                                          [](char32_t c) { return c == U'\n' || c == U'\r'; });
  return has_line_break && IsDigitAt(cell, after) ? after : pos;
}

// One thousands group after its separator. A narrow cell may wrap the number inside the
// group (1,80 / 4 is 1,804): the group's digits continue on the next line only when the
// group is short without them, so the wrap is the one reading. Returns the digit count.
size_t ReadGroup(const CellText& cell, size_t& pos, Decimal& decimal) {
  const size_t begin = pos;
  pos = ReadDigitRun(cell, pos, decimal);
  size_t length = pos - begin;
  if (length < 3 && SkipWrap(cell, pos) != pos) {
    const size_t continued = SkipWrap(cell, pos);
    pos = ReadDigitRun(cell, continued, decimal);
    length += pos - continued;
  }
  return length;
}

NumberRead ReadArabic(const CellText& cell, size_t pos) {
  NumberRead read;
  Decimal decimal;
  const size_t first_group_begin = pos;
  pos = ReadDigitRun(cell, pos, decimal);
  const size_t first_group_length = pos - first_group_begin;
  bool grouped = false;
  while (!cell.AtEnd(pos) && cell.folded[pos] == U',' && IsDigitAt(cell, SkipWrap(cell, pos + 1))) {
    pos = SkipWrap(cell, pos + 1);
    if (ReadGroup(cell, pos, decimal) != 3) {
      read.reason = "bad thousands separators";
      return read;
    }
    grouped = true;
  }
  if (grouped && first_group_length > 3) {
    read.reason = "bad thousands separators";
    return read;
  }
  if (!cell.AtEnd(pos) && cell.folded[pos] == U'.' && IsDigitAt(cell, pos + 1)) {
    const size_t fraction_begin = pos + 1;
    pos = ReadDigitRun(cell, fraction_begin, decimal);
    decimal.exponent -= static_cast<int>(pos - fraction_begin);
  }
  const bool has_fraction = decimal.exponent < 0;
  if (!has_fraction && !cell.AtEnd(pos) &&
      (cell.folded[pos] == U'.' || cell.folded[pos] == U'、')) {
    read.reason = "an enumerator (1. or 1、), not a number";  // 1.属于国家秘密
    return read;
  }
  if (decimal.significant_digits > kMaxSignificantDigits) {
    read.reason = "more than 15 significant digits";
    return read;
  }
  if (!cell.AtEnd(pos)) {
    const int magnitude = MagnitudeExponent(cell.folded[pos]);
    const bool currency = pos + 1 < cell.end && cell.folded[pos + 1] == U'元';
    if (magnitude > 0 && !currency) {
      decimal.exponent += magnitude;
      ++pos;
    }
  }
  read.value = decimal.Value();
  read.pos = pos;
  return read;
}

// What may follow a Chinese numeral: nothing, a counting unit, a bracketed note, or a
// 其中/含 clause. Anything else means the numeral characters were part of a word (一般).
bool IsUnitChar(char32_t code_point) {
  static constexpr std::u32string_view kUnits = U"件项个条次人元家份篇宗起例户批场期名位本册%";
  return kUnits.find(code_point) != std::u32string_view::npos;
}

bool StartsClause(const CellText& cell, size_t pos);
bool IsOpenBracket(char32_t code_point);

// Past the punctuation that may stand before a 其中 clause: 三，其中2件.
size_t SkipClauseSeparator(const CellText& cell, size_t pos) {
  static constexpr std::u32string_view kSeparators = U",;:、。";
  if (!cell.AtEnd(pos) && kSeparators.find(cell.folded[pos]) != std::u32string_view::npos) {
    ++pos;
  }
  return cell.SkipWhiteSpace(pos);
}

bool MayFollowChineseNumeral(const CellText& cell, size_t pos) {
  pos = cell.SkipWhiteSpace(pos);
  if (cell.AtEnd(pos)) return true;
  const char32_t next = cell.folded[pos];
  // A digit is let through so that 三 5 is rejected as two numbers, not as words.
  return IsUnitChar(next) || IsOpenBracket(next) || IsAsciiDigit(next) ||
         StartsClause(cell, SkipClauseSeparator(cell, pos)) || MagnitudeExponent(next) > 0;
}

NumberRead ReadChinese(const CellText& cell, size_t pos) {
  NumberRead read;
  size_t run_end = pos;
  while (!cell.AtEnd(run_end) && IsChineseNumeralChar(cell.folded[run_end])) ++run_end;
  // 三万元: 万元 is the currency unit, so the numeral is 三.
  if (run_end - pos > 1 && run_end < cell.end && cell.folded[run_end] == U'元' &&
      MagnitudeExponent(cell.folded[run_end - 1]) > 0) {
    --run_end;
  }
  const std::u32string_view run(cell.folded.data() + pos, run_end - pos);
  if (!MayFollowChineseNumeral(cell, run_end)) {
    read.reason = "Chinese numeral characters inside words, not a number";
    return read;
  }
  const std::optional<long long> value = ParseChineseNumeral(run);
  if (!value) {
    read.reason = "malformed Chinese numeral";
    return read;
  }
  read.value = static_cast<double>(*value);
  read.pos = run_end;
  return read;
}

bool StartsClause(const CellText& cell, size_t pos) {
  static constexpr std::array<std::u32string_view, 6> kClauseWords = {U"其中", U"含", U"包括",
                                                                      U"包含", U"另", U"内含"};
  for (std::u32string_view word : kClauseWords) {
    if (cell.StartsWith(pos, word)) return true;
  }
  return false;
}

bool IsOpenBracket(char32_t code_point) {
  return code_point == U'(' || code_point == U'[' || code_point == U'【' || code_point == U'〔' ||
         code_point == U'{';
}

bool IsCloseBracket(char32_t code_point) {
  return code_point == U')' || code_point == U']' || code_point == U'】' || code_point == U'〕' ||
         code_point == U'}';
}

// The text after the number is a note unless it holds a competing number: a digit
// outside brackets and before any 其中/含 clause (3 5, 3/5, 12 13, 1 2).
// A Chinese digit right after the number competes too (3 五); later ones are words.
bool HasCompetingNumber(const CellText& cell, size_t pos) {
  const size_t first = cell.SkipWhiteSpace(pos);
  if (!cell.AtEnd(first) && ChineseDigitValue(cell.folded[first]) >= 0) return true;
  int depth = 0;
  for (; pos < cell.end; ++pos) {
    const char32_t code_point = cell.folded[pos];
    if (IsOpenBracket(code_point)) {
      ++depth;
    } else if (IsCloseBracket(code_point)) {
      depth = depth > 0 ? depth - 1 : 0;
    } else if (depth == 0 && StartsClause(cell, pos)) {
      return false;
    } else if (depth == 0 && IsAsciiDigit(code_point)) {
      return true;
    }
  }
  return false;
}

std::string NoteText(const CellText& cell, size_t pos) {
  pos = cell.SkipWhiteSpace(pos);
  return EncodeUtf8(std::u32string_view(cell.original.data() + pos, cell.end - pos));
}

bool HasAnyDigit(const CellText& cell) {
  for (size_t pos = cell.begin; pos < cell.end; ++pos) {
    if (IsAsciiDigit(cell.folded[pos])) return true;
  }
  return false;
}

// Fast path: optional ASCII white space around ASCII digits only.
std::optional<CellValue> ParsePlainDigits(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  auto is_space = [](char byte) { return byte == ' ' || (byte >= '\t' && byte <= '\r'); };
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  if (begin == end || end - begin > kMaxSignificantDigits) return std::nullopt;
  long long value = 0;
  for (size_t pos = begin; pos < end; ++pos) {
    if (text[pos] < '0' || text[pos] > '9') return std::nullopt;
    value = value * 10 + (text[pos] - '0');
  }
  CellValue cell;
  cell.kind = ValueKind::kNumber;
  cell.number = static_cast<double>(value);
  return cell;
}

CellText MakeCellText(std::string_view text) {
  CellText cell;
  cell.original = DecodeUtf8(text);
  cell.folded.reserve(cell.original.size());
  for (char32_t code_point : cell.original) cell.folded.push_back(FoldWidth(code_point));
  cell.end = cell.folded.size();
  while (cell.begin < cell.end && IsWhiteSpace(cell.folded[cell.begin])) ++cell.begin;
  while (cell.end > cell.begin && IsWhiteSpace(cell.folded[cell.end - 1])) --cell.end;
  return cell;
}

}  // namespace

CellValue ParseCellText(std::string_view text) {
  if (auto plain = ParsePlainDigits(text)) return *plain;
  const CellText cell = MakeCellText(text);
  if (IsConventionalZero(cell)) {
    CellValue zero;
    zero.kind = ValueKind::kConventionalZero;
    return zero;
  }
  size_t pos = cell.begin;
  const int sign = ReadPrefix(cell, pos);
  if (cell.AtEnd(pos)) return NotANumber("a sign without a number");
  const char32_t first = cell.folded[pos];
  // A lone 一 is as often a dash drawn with the numeral as it is the number one.
  if (first == U'一' && pos == cell.begin && pos + 1 == cell.end) {
    return NotANumber("a lone 一 is a dash or the number one: ambiguous");
  }
  NumberRead read;
  if (IsAsciiDigit(first)) {
    read = ReadArabic(cell, pos);
  } else if (IsChineseNumeralChar(first)) {
    read = ReadChinese(cell, pos);
  } else {
    return NotANumber(HasAnyDigit(cell) ? "text before the number" : "text, not a number");
  }
  if (!read.value) return NotANumber(read.reason);
  if (HasCompetingNumber(cell, read.pos)) {
    return NotANumber("two numbers without a note pattern");
  }
  CellValue value;
  value.kind = ValueKind::kNumber;
  value.number = *read.value * sign;
  if (value.number == 0) value.number = 0;  // no -0
  value.note = NoteText(cell, read.pos);
  return value;
}

}  // namespace nianbao::normalize
