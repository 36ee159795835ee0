// chinese_numeral.hpp: Chinese numerals, common and financial forms.
//
// Two readings, chosen by the characters present:
//  - positional, when a unit character (十百千万亿, 拾佰仟, 萬億) is present:
//    十二 = 12, 一百零五 = 105, 两万 = 20000, 壹佰贰拾 = 120, 十 = 10;
//  - digit string, when there is none and there are at least three digits, or two
//    with a zero: 二〇二一 = 二零二一 = 2021 (years, codes), 三〇 = 30. 三四 is "three or
//    four", so it is malformed. 两 is not a digit-string digit.
#pragma once

#include <optional>
#include <string_view>

namespace nianbao::normalize {

// The digit value 0..9 of 〇/零/○/一…九/两/壹…玖 (and traditional 貳參陸兩), else -1.
int ChineseDigitValue(char32_t code_point);

// 10, 100, 1000 for 十/拾, 百/佰, 千/仟; 10000 for 万/萬; 100000000 for 亿/億; else 0.
long long ChineseUnitValue(char32_t code_point);

bool IsChineseNumeralChar(char32_t code_point);

// The value of a whole run of numeral characters, nullopt when malformed
// (三四十, 十百, 百 without a digit, empty …).
std::optional<long long> ParseChineseNumeral(std::u32string_view run);

}  // namespace nianbao::normalize
