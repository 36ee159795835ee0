#include "chinese_numeral.hpp"

namespace nianbao::normalize {
namespace {

constexpr long long kTen = 10;
constexpr long long kTenThousand = 10'000;
constexpr long long kHundredMillion = 100'000'000;

bool IsSmallUnit(long long unit) {
  return unit > 1 && unit < kTenThousand;
}

constexpr size_t kMaxDigitStringLength = 15;  // stays exact in a double

std::optional<long long> ParseDigitString(std::u32string_view run) {
  if (run.size() > kMaxDigitStringLength) return std::nullopt;
  long long value = 0;
  for (char32_t code_point : run) {
    const int digit = ChineseDigitValue(code_point);
    if (digit < 0 || code_point == U'两' || code_point == U'兩') return std::nullopt;
    value = value * kTen + digit;
  }
  return value;
}

// Positional reading. A section is the part below 万; 万 and 亿 close a section.
std::optional<long long> ParsePositional(std::u32string_view run) {
  long long total = 0;       // closed by 亿 / 万
  long long section = 0;     // below 万
  long long pending = -1;    // a digit waiting for its unit, -1 when none
  long long last_small = 0;  // last small unit in this section, to reject 十百
  long long last_big = 0;    // last big unit, to reject 万亿 order errors
  bool seen_anything = false;
  for (char32_t code_point : run) {
    const int digit = ChineseDigitValue(code_point);
    if (digit >= 0) {
      if (pending > 0) return std::nullopt;  // 三四: two digits in a row
      pending = digit;
      seen_anything = true;
      continue;
    }
    const long long unit = ChineseUnitValue(code_point);
    if (unit == 0) return std::nullopt;
    if (IsSmallUnit(unit)) {
      if (last_small != 0 && unit >= last_small) return std::nullopt;
      // 十 may stand without a digit at a section start: 十二, and 二十万零十 after a 零.
      const bool section_start = section == 0 && (pending < 0 || total > 0);
      if (pending <= 0 && unit == kTen && section_start) pending = 1;
      if (pending <= 0) return std::nullopt;  // 百 or 零百 without a digit
      section += pending * unit;
      pending = -1;
      last_small = unit;
    } else {
      if (last_big != 0 && unit >= last_big) return std::nullopt;
      section += pending > 0 ? pending : 0;
      if (section == 0) return std::nullopt;  // 万 with nothing before it
      total += section * unit;
      section = 0;
      pending = -1;
      last_small = 0;
      last_big = unit;
    }
    seen_anything = true;
  }
  if (!seen_anything) return std::nullopt;
  return total + section + (pending > 0 ? pending : 0);
}

}  // namespace

int ChineseDigitValue(char32_t code_point) {
  switch (code_point) {
    case U'〇':
    case U'零':
    case U'○':
    case U'◯':
      return 0;
    case U'一':
    case U'壹':
      return 1;
    case U'二':
    case U'贰':
    case U'貳':
    case U'两':
    case U'兩':
      return 2;
    case U'三':
    case U'叁':
    case U'參':
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
    case U'陸':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    default:
      return -1;
  }
}

long long ChineseUnitValue(char32_t code_point) {
  switch (code_point) {
    case U'十':
    case U'拾':
      return kTen;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    case U'万':
    case U'萬':
      return kTenThousand;
    case U'亿':
    case U'億':
      return kHundredMillion;
    default:
      return 0;
  }
}

bool IsChineseNumeralChar(char32_t code_point) {
  return ChineseDigitValue(code_point) >= 0 || ChineseUnitValue(code_point) != 0;
}

std::optional<long long> ParseChineseNumeral(std::u32string_view run) {
  if (run.empty()) return std::nullopt;
  bool has_unit = false;
  for (char32_t code_point : run) has_unit = has_unit || ChineseUnitValue(code_point) != 0;
  if (has_unit) return ParsePositional(run);
  if (run.size() == 1) {
    const int digit = ChineseDigitValue(run.front());
    return digit >= 0 ? std::optional<long long>(digit) : std::nullopt;
  }
  // 三四 and 五六 say "three or four": two digits make a digit string only with a zero.
  const bool has_zero = run.find_first_of(U"〇零○◯") != std::u32string_view::npos;
  if (run.size() == 2 && !has_zero) return std::nullopt;
  return ParseDigitString(run);
}

}  // namespace nianbao::normalize
