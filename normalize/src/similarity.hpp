// similarity.hpp: how alike two labels are.
#pragma once

#include <string_view>

namespace nianbao::normalize {

// 1 - Levenshtein(a, b) / max(|a|, |b|) over code points; 1 when both are empty.
// Labels longer than kMaxSimilarityLength code points are compared for equality only,
// so hostile input cannot make the quadratic distance hang.
constexpr size_t kMaxSimilarityLength = 4096;

// With `floor` > 0, a similarity below `floor` may be given as 0: the distance is computed
// no further than it takes to know (a mapper thresholding thousands of pairs per document
// needs the exact figure only for the close ones).
double CodePointSimilarity(std::u32string_view a, std::u32string_view b, double floor = 0);

}  // namespace nianbao::normalize
