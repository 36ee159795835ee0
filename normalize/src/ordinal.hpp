// ordinal.hpp: the enumerator at the start of a normalized label.
#pragma once

#include <string_view>

#include "nianbao/normalize.hpp"

namespace nianbao::normalize {

// `normalized` is NormalizeLabel's output as code points (ASCII parentheses, no white
// space). Recognised, with the text after them returned as LabelParts::text:
//   (一) (十二)        kChineseParenthesis     (1) (12)       kArabicParenthesis
//   一、 十二、 一.    kChineseComma           1. 1、 12.     kArabicDot
// A dot followed by a digit is a decimal (1.5万), not an enumerator. Ordinals run 1..99.
// What OCR makes of an enumerator, (AN) or (世) for （六） or （七）, (七 or (七j for （七） (its
// closing parenthesis lost or misread), or 3其它 for 3.其它 (one digit, its mark lost, before
// an ideograph that is no quantity word), is split off as an enumerator of unknown number
// (kNone, 0).
LabelParts SplitLeadingOrdinal(std::u32string_view normalized);

}  // namespace nianbao::normalize
