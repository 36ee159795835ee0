// year.hpp: the first year written as <four digits>年 in a text.
#pragma once

#include <optional>
#include <string_view>

namespace nianbao::normalize {

constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;

// `folded` is the text as width-folded code points. Four ASCII digits (2021) or four
// Chinese digits (二〇二一, 二零二一, 二○二一), then optional white space, then 年; the
// digits must not continue a longer number. The first such match in kFirstYear..kLastYear
// wins; out-of-range matches (1949年) are skipped.
std::optional<int> FindYear(std::u32string_view folded);

}  // namespace nianbao::normalize
