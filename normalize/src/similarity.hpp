// similarity.hpp: how alike two labels are.
#pragma once

#include <string_view>

namespace nianbao::normalize {

// 1 - Levenshtein(a, b) / max(|a|, |b|) over code points; 1 when both are empty.
// Labels longer than kMaxSimilarityLength code points are compared for equality only,
// so hostile input cannot make the quadratic distance hang.
constexpr size_t kMaxSimilarityLength = 4096;

double CodePointSimilarity(std::u32string_view a, std::u32string_view b);

}  // namespace nianbao::normalize
